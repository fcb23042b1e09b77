"""The coded quotes report as Word: headings per code, indented quotes, attribution lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from exporters.quotes_docx import description_lines, write_quotes_docx
from models.quote_report import Quote, QuoteReport, QuoteSection

TRUST = Quote(
    text="Vi har tid til borgeren nu 😀 og tilliden vokser.",
    attribution="Sagsbehandler, Forsøgsafdeling, R1",
    document_name="Fokusgruppe R1",
    document_id=1,
    start=10,
    end=58,
    coders=("ane", "jonas"),
)
HEARD = Quote(
    text="Min sagsbehandler ringer tilbage.\nJeg føler mig hørt.",
    attribution="Borger, R3",
    document_name="Interview Søren",
    document_id=2,
    start=30,
    end=83,
    coders=("ane",),
    before="Fortæl om dit forløb. ",
    after=" Lægen skrev",
)
REPORT = QuoteReport(
    project="Færre sager på Ærø",
    made="2026-03-05T09:30:00+00:00",
    template="{Rolle}, {Afdeling}, {Runde}",
    sections=(
        QuoteSection(
            1,
            ("Samarbejde",),
            1,
            "Definition: Når borger og sagsbehandler arbejder sammen.\nBrug når: de taler om det.",
            (),
            2,
        ),
        QuoteSection(2, ("Samarbejde", "Tillid"), 2, "", (TRUST, HEARD)),
        QuoteSection(3, ("Samarbejde", "Konflikt"), 2, "Uenighed om sagen.", ()),
        QuoteSection(4, ("Opgaver", "Lægelige oplysninger"), 1, "", (TRUST,)),
    ),
    settings={
        "codes": "Samarbejde, Opgaver/Lægelige oplysninger",
        "coders": "all",
        "where": "none",
        "template": "{Rolle}, {Afdeling}, {Runde}",
    },
)


def read(path: Path) -> Any:
    from docx import Document

    return Document(str(path))


def body_after_title_page(document: Any) -> list[Any]:
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if 'w:br w:type="page"' in p._p.xml)
    return list(paragraphs[start + 1 :])


def test_title_page_names_project_date_and_how_the_quotes_were_chosen(tmp_path: Path) -> None:
    path = tmp_path / "citater.docx"
    write_quotes_docx(REPORT, path)
    document = read(path)
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Citatrapport"
    assert document.paragraphs[0].style.name == "Title"
    assert texts[1] == "Færre sager på Ærø · 5.3.2026"
    assert "Sådan er citaterne udvalgt" in texts
    assert "Koder: Samarbejde, Opgaver/Lægelige oplysninger" in texts
    assert "Kodere: alle" in texts
    assert "Skabelon for kildeangivelse: {Rolle}, {Afdeling}, {Runde}" in texts
    assert document.core_properties.title == "Citatrapport"


def test_a_heading_per_code_by_level_with_its_description(tmp_path: Path) -> None:
    path = tmp_path / "citater.docx"
    write_quotes_docx(REPORT, path)
    body = body_after_title_page(read(path))
    headings = [(p.style.name, p.text) for p in body if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Samarbejde"),
        ("Heading 2", "Tillid"),
        ("Heading 2", "Konflikt"),
        ("Heading 1", "Lægelige oplysninger"),
    ]
    described = next(p for p in body if p.text == "Når borger og sagsbehandler arbejder sammen.")
    assert all(run.italic for run in described.runs)
    assert not any("Brug når" in p.text for p in body)  # guidance for coders stays out
    texts = [p.text for p in body]
    # Konflikt has no quotes and nothing below it; Samarbejde's quotes are under Tillid.
    assert texts.count("Ingen citater.") == 1
    assert texts.index("Ingen citater.") == texts.index("Uenighed om sagen.") + 1
    # A top heading deeper in the tree says where it sits.
    assert "Opgaver / Lægelige oplysninger" in texts


def test_quotes_indented_in_quotation_marks_with_attribution(tmp_path: Path) -> None:
    from docx.shared import Cm

    path = tmp_path / "citater.docx"
    write_quotes_docx(REPORT, path)
    body = body_after_title_page(read(path))
    quote = next(p for p in body if "tilliden vokser" in p.text)
    assert quote.text == "„Vi har tid til borgeren nu 😀 og tilliden vokser.“"
    assert abs(quote.paragraph_format.left_indent - Cm(1)) < Cm(0.05)
    line = body[body.index(quote) + 1]
    assert line.text == "— Sagsbehandler, Forsøgsafdeling, R1"
    assert line.alignment.name == "RIGHT"
    assert all(run.font.size.pt < 11 for run in line.runs)
    with_context = next(p for p in body if "ringer tilbage" in p.text)
    assert with_context.text == (
        "[…] Fortæl om dit forløb. „Min sagsbehandler ringer tilbage.\n"
        "Jeg føler mig hørt.“ Lægen skrev […]"
    )
    context = with_context.runs[0]
    assert context.text.startswith("[…]") and context.font.color.rgb is not None
    assert with_context.runs[1].font.color.rgb is None  # the quote itself is not greyed


def test_english_words_and_quotation_marks(tmp_path: Path) -> None:
    path = tmp_path / "quotes.docx"
    progress: list[tuple[int, int, str]] = []
    write_quotes_docx(
        REPORT,
        path,
        language="en",
        title="Voices from the trial",
        progress=lambda *a: progress.append(a),
    )
    document = read(path)
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["Voices from the trial", "Færre sager på Ærø · 2026-03-05"]
    assert "How the quotes were chosen" in texts and "Coders: all" in texts
    assert "“Vi har tid til borgeren nu 😀 og tilliden vokser.”" in texts
    assert "No quotes." in texts
    assert progress[0] == (0, 4, "Samarbejde") and progress[-1] == (4, 4, "")


def test_context_does_not_start_with_the_end_of_a_sentence(tmp_path: Path) -> None:
    cut = Quote("Jeg føler mig hørt.", "Borger", "Interview", 2, 40, 59, before=". I: Og så? ")
    report = QuoteReport("Ærø", "2026-03-05", "", (QuoteSection(2, ("Tillid",), 1, "", (cut,)),))
    write_quotes_docx(report, tmp_path / "kontekst.docx")
    assert "[…] I: Og så? „Jeg føler mig hørt.“" in [
        p.text for p in read(tmp_path / "kontekst.docx").paragraphs
    ]


def test_description_lines() -> None:
    assert description_lines("Definition: Tid til borgeren.\n\nBrug når: altid.\nEksempel: x") == [
        "Tid til borgeren."
    ]
    assert description_lines("Første afsnit.\nAndet afsnit.") == ["Første afsnit.", "Andet afsnit."]


def test_unwritable_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(OSError, match=r"citater\.docx"):
        write_quotes_docx(REPORT, tmp_path / "findes ikke" / "citater.docx")
