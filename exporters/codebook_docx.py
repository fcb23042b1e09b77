"""A codebook as a Word document: a title, a heading per code by level, colour and description.

Meant to be read and printed by coders: each code's heading starts with a swatch in its
colour and is followed by the colour's value, how much it has been used, and its description,
with the definition / use when / do not use when / example labels in bold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models.codebook_spec import CodebookSpec, CodeSpec
from models.paths import join_code_path

LABELS = {
    "da": {
        "codebook": "Kodebog",
        "codes": "koder",
        "colour": "Farve",
        "usage": "Brugt i {codings} kodninger i {documents} dokumenter",
        "path": "Sti",
        "no_description": "Ingen beskrivelse.",
    },
    "en": {
        "codebook": "Codebook",
        "codes": "codes",
        "colour": "Colour",
        "usage": "Used in {codings} codings in {documents} documents",
        "path": "Path",
        "no_description": "No description.",
    },
}
_FIELD_LABELS = (
    "Definition:",
    "Brug når:",
    "Brug ikke når:",
    "Eksempel:",
    "Use when:",
    "Do not use when:",
    "Example:",
)
SWATCH = "\u25a0"  # a filled square drawn in the code's colour


def export_codebook_docx(spec: CodebookSpec, path: Path, language: str = "da") -> None:
    """Write ``spec`` to the Word document ``path``, names and labels in ``language``."""
    from docx import Document
    from docx.shared import Pt

    labels = LABELS.get(language, LABELS["en"])
    chosen = spec.in_language(language)
    document = Document()
    document.core_properties.title = chosen.name
    document.add_heading(f"{labels['codebook']}: {chosen.name}", level=0)
    intro = document.add_paragraph(f"{chosen.count()} {labels['codes']}")
    intro.runs[0].italic = True
    for names, code in chosen.walk():
        heading = document.add_heading(level=min(len(names), 9))
        if code.color:
            swatch = heading.add_run(SWATCH + " ")
            _colour_run(swatch, code.color)
        heading.add_run(code.name)
        meta = document.add_paragraph()
        meta.paragraph_format.space_after = Pt(2)
        _add_small(meta, f"{labels['path']}: {join_code_path(list(names))}")
        if code.color:
            _add_small(meta, f"   {labels['colour']}: ")
            _colour_run(meta.add_run(SWATCH), code.color)
            _add_small(meta, f" {code.color}")
        if code.codings:
            usage = labels["usage"].format(codings=code.codings, documents=code.documents)
            _add_small(meta, f"   {usage}")
        _add_description(document, code, labels["no_description"])
    document.save(str(path))


def _add_small(paragraph: Any, text: str) -> None:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def _colour_run(run: Any, color: str) -> None:
    from docx.shared import RGBColor

    run.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())


def _add_description(document: Any, code: CodeSpec, empty: str) -> None:
    lines = [line.strip() for line in code.description.split("\n") if line.strip()]
    if not lines:
        document.add_paragraph(empty).runs[0].italic = True
        return
    for line in lines:
        paragraph = document.add_paragraph()
        label = next((f for f in _FIELD_LABELS if line.startswith(f)), None)
        if label is None:
            paragraph.add_run(line)
            continue
        paragraph.add_run(label).bold = True
        rest = paragraph.add_run(line[len(label) :])
        if label in ("Eksempel:", "Example:"):
            rest.italic = True
