"""The demo's transcripts as a researcher would import them: text files and Word files.

Two focus groups follow an interview guide. They are kept as Markdown beside this module and
written as ``.docx`` files (``#`` lines become Word headings) when the demo is built, so that
the importer meets real Word headings, the way a transcriber's document has them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from resources.demo.content import TRANSCRIPTS

_HEADING = re.compile(r"(#{1,6})\s+(.*)")


def write_import_files(folder: Path) -> list[Path]:
    """Write every demo transcript into ``folder`` in its import format; returns the files."""
    written = []
    for transcript in TRANSCRIPTS:
        if transcript.suffix == ".md":
            target = folder / f"{transcript.name}.docx"
            markdown_to_docx(transcript.source.read_text(encoding="utf-8"), target)
        else:
            target = folder / transcript.source.name
            shutil.copyfile(transcript.source, target)
        written.append(target)
    return written


def markdown_to_docx(markdown: str, target: Path) -> None:
    """Write ``markdown`` as a Word file: one paragraph per non-blank line, ``#`` as headings."""
    import docx  # python-docx is loaded only when a demo is built

    document = docx.Document()
    for line in markdown.splitlines():
        heading = _HEADING.fullmatch(line.strip())
        if heading is not None:
            document.add_heading(heading.group(2), level=len(heading.group(1)))
        elif line.strip():
            document.add_paragraph(line)
    document.core_properties.author = "Tekstur"
    document.save(str(target))
