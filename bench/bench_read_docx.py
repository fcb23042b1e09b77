"""Time the .docx reader alone on 10,000-word transcripts (median and best of many runs).

Two shapes: one run per paragraph (as generated files are), and Word-like markup with
several formatted runs per paragraph, revision ids, language tags and proofing marks.

Usage: python -m bench.bench_read_docx [--words N] [--runs N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
import zipfile

from bench.figures import record
from importers import docx_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SENTENCE = "Vi har fået mere tid til borgerne, og det gør en forskel i samarbejdet med lægen."
RUN_PROPERTIES = (
    '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:lang w:val="da-DK"/></w:rPr>'
)


def docx(words: int, word_like: bool) -> bytes:
    """A transcript of about ``words`` words, plain or with Word-like run markup."""
    paragraphs: list[str] = []
    written = 0
    while written < words:
        speaker = "I" if len(paragraphs) % 2 else "K1"
        if word_like:
            runs = "".join(
                f'<w:r w:rsidR="00A1B2C3">{RUN_PROPERTIES}<w:t xml:space="preserve">{SENTENCE} '
                '</w:t></w:r><w:proofErr w:type="spellStart"/>'
                for _ in range(5)
            )
            paragraphs.append(
                '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6">'
                '<w:pPr><w:spacing w:after="120"/></w:pPr>'
                f'<w:r>{RUN_PROPERTIES}<w:t xml:space="preserve">{speaker}: </w:t></w:r>'
                f"{runs}</w:p>"
            )
        else:
            text = " ".join([SENTENCE] * 5)
            paragraphs.append(
                f'<w:p><w:r><w:t xml:space="preserve">{speaker}: {text}</w:t></w:r></w:p>'
            )
        written += 5 * len(SENTENCE.split()) + 1
    document = f'<w:document xmlns:w="{W}"><w:body>{"".join(paragraphs)}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> None:
    """Print the time to read one document of each shape."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=50)
    options = parser.parse_args(argv)
    for label, word_like in (("one run per paragraph", False), ("Word-like markup", True)):
        data = docx(options.words, word_like)
        words = sum(len(b.text.split()) for b in docx_file.read(data, "bench.docx").blocks)
        timings = []
        for _ in range(options.runs):
            start = time.perf_counter()
            docx_file.read(data, "bench.docx")
            timings.append(time.perf_counter() - start)
        median, best = statistics.median(timings) * 1000, min(timings) * 1000
        record(f"read one .docx ({label})", median, "ms", note=f"{words:,} words")
        print(
            f"{label}: {words:,} words, {len(data) / 1024:,.0f} kB zipped, "
            f"median {median:.2f} ms, best {best:.2f} ms, {words / median * 1000:,.0f} words/s"
        )


if __name__ == "__main__":
    main()
