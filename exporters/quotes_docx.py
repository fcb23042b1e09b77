"""The coded quotes report as a Word document: a heading per code and its attributed quotes.

The first page holds the title, the project and the date, and a short paragraph on how the
quotes were chosen (codes, coders, attribute conditions, order, template). Then each code
gets a heading of its level (Heading 1, 2, 3 …), its description in italics, and its quotes:
each an indented paragraph in quotation marks (``„…“`` in Danish, ``“…”`` in English), with
any context around it in grey after ``[…]``, followed by its attribution line in smaller
type, right-aligned after an em dash. What it reads is a :class:`models.quote_report.QuoteReport`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from exporters.docx_parts import GREY, add_small, use_a4, use_report_fonts
from exporters.report_labels import provenance_rows, report_label
from exporters.safe_file import write_replacing
from models.progress import Progress, no_progress
from models.quote_report import Quote, QuoteReport, QuoteSection

QUOTE_INDENT_CM = 1.0
MARKS = {"da": ("\u201e", "\u201c"), "en": ("\u201c", "\u201d")}
ELLIPSIS = "[\u2026]"
EM_DASH = "\u2014"
DEFINITION = "Definition:"
# Lines of a description meant for coders, left out of a report (see codebooks.builtin).
GUIDANCE = ("Brug når:", "Brug ikke når:", "Eksempel:", "Use when:", "Do not use when:", "Example:")


def write_quotes_docx(
    report: QuoteReport,
    path: Path,
    *,
    language: str = "da",
    title: str | None = None,
    progress: Progress = no_progress,
) -> None:
    """Write ``report`` to the Word document ``path``, its own words in ``language``.

    ``title`` replaces the default title (*Citatrapport* / *Coded quotes*). ``path`` is
    replaced only once the document is whole; OSError names the file when it cannot be
    written.
    """
    from docx import Document

    document = Document()
    use_a4(document.sections[0])
    use_report_fonts(document)
    chosen_title = title or report_label("quotes report", language)
    document.core_properties.title = chosen_title
    _title_page(document, report, chosen_title, language)
    total = len(report.sections)
    for done, section in enumerate(report.sections):
        progress(done, total, section.name)
        _section(document, section, language)
    progress(total, total, "")
    write_replacing(Path(path), lambda target: document.save(str(target)))


def made_date(made: str, language: str) -> str:
    """The date of an ISO time stamp as ``language`` writes it (``22.11.2026``/``2026-11-22``)."""
    try:
        day = datetime.fromisoformat(made).date()
    except ValueError:
        return made
    return f"{day.day}.{day.month}.{day.year}" if language == "da" else day.isoformat()


def _title_page(document: Any, report: QuoteReport, title: str, language: str) -> None:
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document.add_heading(title, level=0)
    line = document.add_paragraph()
    line.add_run(
        " \u00b7 ".join(p for p in (report.project, made_date(report.made, language)) if p)
    )
    line.runs[0].font.size = Pt(13)
    document.add_heading(report_label("quotes provenance", language), level=2)
    for label, value in provenance_rows(report.settings, language):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        add_small(paragraph, f"{label}: ", size=10, bold=True)
        add_small(paragraph, value, size=10)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def _section(document: Any, section: QuoteSection, language: str) -> None:
    from docx.shared import Pt

    document.add_heading(section.name, level=min(section.level, 9))
    if section.level == 1 and len(section.path) > 1:  # where a top heading sits in the tree
        where = document.add_paragraph()
        where.paragraph_format.keep_with_next = True
        add_small(where, " / ".join(section.path), size=9)
    for line in description_lines(section.description):
        described = document.add_paragraph()
        described.paragraph_format.space_after = Pt(4)
        described.paragraph_format.keep_with_next = True
        described.add_run(line).italic = True
    for quote in section.quotes:
        add_quote(document, quote, language)
    if not section.quotes and not section.quotes_below:
        document.add_paragraph().add_run(report_label("no quotes", language)).italic = True


def description_lines(description: str) -> list[str]:
    """What a report says about a code: its description up to the coders' guidance (*Brug
    når*, *Eksempel* …), without a leading ``Definition:`` label."""
    lines: list[str] = []
    for line in (part.strip() for part in description.split("\n")):
        if line.startswith(GUIDANCE):
            break
        if line:
            lines.append(line.removeprefix(DEFINITION).strip())
    return [line for line in lines if line]


def add_quote(document: Any, quote: Quote, language: str) -> tuple[Any, Any]:
    """Add ``quote`` as an indented paragraph and its attribution line; returns both."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    opening, closing = MARKS.get(language, MARKS["en"])
    paragraph = document.add_paragraph()
    layout = paragraph.paragraph_format
    layout.left_indent = layout.right_indent = Cm(QUOTE_INDENT_CM)
    layout.space_before, layout.space_after = Pt(6), Pt(1)
    layout.keep_with_next = True
    # Context cut after a sentence's end would start with its full stop: leave that out.
    before, after = quote.before.strip().lstrip(".,;:!?)\u2013\u2014 "), quote.after.strip()
    if before:
        context = paragraph.add_run(f"{ELLIPSIS} {_one_line(before)} ")
        context.font.color.rgb = RGBColor(*GREY)
    _add_lines(paragraph, f"{opening}{quote.text.strip()}{closing}")
    if after:
        context = paragraph.add_run(f" {_one_line(after)} {ELLIPSIS}")
        context.font.color.rgb = RGBColor(*GREY)
    attribution = document.add_paragraph()
    attribution.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    line_layout = attribution.paragraph_format
    line_layout.left_indent = line_layout.right_indent = Cm(QUOTE_INDENT_CM)
    line_layout.space_after = Pt(10)
    add_small(attribution, f"{EM_DASH} {quote.attribution}", size=9)
    return paragraph, attribution


def _add_lines(paragraph: Any, text: str) -> Any:
    """Add ``text`` as one run, its line ends kept as line breaks; returns the run."""
    run = paragraph.add_run()
    for number, line in enumerate(text.split("\n")):
        if number:
            run.add_break()
        run.add_text(line)
    return run


def _one_line(text: str) -> str:
    return " ".join(text.split())
