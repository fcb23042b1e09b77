"""Pieces the Word reports share: numbers as a language writes them, captions with Word's own
numbering field, small grey notes, repeated header rows, shaded cells and page layout.
Documents are saved through :func:`exporters.safe_file.write_replacing`.

python-docx is imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

from typing import Any

from models.result_table import Number

GREY = (0x59, 0x59, 0x59)


def number_text(value: Number, language: str, *, percent: bool = False) -> str:
    """``value`` as ``language`` writes it: ``1.234``/``12,5 %`` in Danish,
    ``1,234``/``12.5%`` in English. Whole numbers plainly, percentages with one decimal,
    other fractions with up to three."""
    if percent:
        text = f"{float(value):,.1f}"
    elif isinstance(value, int) or float(value).is_integer():
        text = f"{int(value):,d}"
    else:
        text = f"{float(value):,.3f}".rstrip("0").rstrip(".")
    if language == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return f"{text}\u00a0%" if percent else text
    return f"{text}%" if percent else text


def add_caption(document: Any, word: str, text: str) -> Any:
    """A paragraph in Word's *Caption* style: ``word`` (``Tabel``), a SEQ number field that
    Word keeps counting (its current number written in, so the text reads ``Tabel 1: …``
    before Word updates fields), and ``text``. Returns the paragraph."""
    paragraph = document.add_paragraph(style="Caption")
    paragraph.add_run(f"{word} ")
    number = _count_captions(document, word) + 1
    _field_char(paragraph.add_run(), "begin")
    _instruction(paragraph.add_run(), f" SEQ {word} \\* ARABIC ")
    _field_char(paragraph.add_run(), "separate")
    paragraph.add_run(str(number))
    _field_char(paragraph.add_run(), "end")
    paragraph.add_run(f": {text}")
    return paragraph


def _field_char(run: Any, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    run._r.append(mark)


def _instruction(run: Any, text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = text
    run._r.append(instruction)


def _count_captions(document: Any, word: str) -> int:
    from docx.oxml.ns import qn

    wanted = f" SEQ {word} \\* ARABIC "
    return sum(1 for found in document.element.body.iter(qn("w:instrText")) if found.text == wanted)


def add_small(paragraph: Any, text: str, *, size: float = 8, bold: bool = False) -> Any:
    """Add ``text`` to ``paragraph`` in small grey type; returns the run."""
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor(*GREY)
    run.bold = bold
    return run


def repeat_as_header(row: Any) -> None:
    """Mark a table row as the header row Word repeats at the top of each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def shade(cell: Any, colour: str) -> None:
    """Fill a table cell with ``colour`` (``RRGGBB``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fill = OxmlElement("w:shd")
    fill.set(qn("w:val"), "clear")
    fill.set(qn("w:color"), "auto")
    fill.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(fill)


def make_landscape(section: Any) -> None:
    """Turn ``section`` to landscape, swapping its page width and height."""
    from docx.enum.section import WD_ORIENT

    if section.orientation != WD_ORIENT.LANDSCAPE:
        width, height = section.page_width, section.page_height
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width


def text_width(section: Any) -> Any:
    """The width between the margins of ``section`` (an EMU length)."""
    return section.page_width - section.left_margin - section.right_margin


def use_a4(section: Any) -> None:
    """A4 paper with 2.5 cm margins, as Danish reports are printed."""
    from docx.shared import Cm

    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))


def use_report_fonts(document: Any, body: str = "Calibri") -> None:
    """Set the body text (and with it tables and captions) in ``body``, 11 pt, as Danish
    offices write reports, instead of the template's serif theme font."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = document.styles["Normal"]
    normal.font.name = body
    normal.font.size = Pt(11)
    fonts = normal.element.rPr.rFonts
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:eastAsia"), body)
