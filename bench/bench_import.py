"""Import 1,000 generated ``.docx`` focus-group transcripts of 10,000 words each.

Goal from the import issue: at least 1,000,000 words per second end to end (reading, speaker
turns, storing in a new SQLite project) and under 500 MB of memory, on a two-core machine.
Figures printed: words, files, seconds, words per second, the peak resident memory of the
importing process and of the largest reader process, and reading alone for one file.

Usage: python -m bench.bench_import [--files N] [--words N] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from bench.figures import record
from importers.batch import import_files
from importers.formats import read_document
from importers.transcript import build_transcript
from models.database import create_project

WORDS = """
    borgeren sagsbehandleren tillid møde lægelige oplysninger forløb praktik ressourceforløb
    rehabiliteringsteamet leverandør opfølgning plan sygedagpenge jobcentret samarbejde tid
    sager ringer tilbage hørt tryg økonomi ryggen kollegerne afdelingen forsøget færre mere
    og at det er jeg vi de har ikke som på med for til en et i kan skal vil også når så men
    """.split()  # noqa: SIM905
SPEAKERS = (("I", "Interviewer"), ("SA", "Sagsbehandler Åse"), ("SB", "Sagsbehandler Bøje"))
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels"'
    ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def transcript_docx(path: Path, words: int, rng: random.Random) -> None:
    """Write a focus-group transcript of about ``words`` words with a speaker legend."""
    paragraphs = [_paragraph("Fokusgruppe, runde 1 – forsøgsafdelingen")]
    paragraphs += [_paragraph(f"{short}: {name}") for short, name in SPEAKERS]
    paragraphs.append(_paragraph(""))
    written = 0
    while written < words:
        short = rng.choice(SPEAKERS)[0]
        length = min(rng.randint(20, 120), words - written)
        said = " ".join(rng.choice(WORDS) for _ in range(length))
        paragraphs.append(_paragraph(f"{short}: {said[0].upper()}{said[1:]}."))
        written += length + 1
    body = "".join(paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)


def main(argv: list[str] | None = None) -> None:
    """Generate the files, import them into a new project and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="generate into (and keep) this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch) / "transskriptioner"
        folder.mkdir(parents=True, exist_ok=True)
        rng = random.Random(1)
        for number in range(args.files):
            path = folder / f"R{number % 3 + 1}_fokusgruppe_{number:04d}.docx"
            if not path.exists():
                transcript_docx(path, args.words, rng)
        sample = (folder / "R1_fokusgruppe_0000.docx").read_bytes()
        single = []
        for _ in range(7):
            began = time.perf_counter()
            build_transcript(read_document(sample, "sample.docx").blocks)
            single.append(time.perf_counter() - began)
        project = Path(scratch) / "bench.tekstur"
        with create_project(project, name="Import benchmark") as db:
            began = time.perf_counter()
            report = import_files(db, [folder])
            seconds = time.perf_counter() - began
    words = sum(outcome.words for outcome in report.outcomes)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"files imported        {report.count('imported'):,} of {len(report.outcomes):,}")
    print(f"words                 {words:,}")
    print(f"seconds               {seconds:.2f}")
    print(f"words per second      {words / seconds:,.0f}  (goal ≥ 1,000,000)")
    print(f"peak memory, importer {own:,.0f} MB;  largest reader process {workers:,.0f} MB")
    print(f"one file, read + turns {statistics.median(single) * 1000:.1f} ms (median of 7)")
    record(
        "import .docx, words per second",
        words / seconds,
        "words/s",
        goal=1e6,
        better="higher",
        note=f"{report.count('imported'):,} files, {words:,} words",
    )
    record("import, peak memory (largest process)", max(own, workers), "MB", goal=500)


if __name__ == "__main__":
    main()
