"""``tekstur report quotes``: the Word report from the command line, and one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from models.database import create_project
from tests.analysis.hand_project import build_hand_project
from tests.app.cli_runner import run


@pytest.fixture(scope="module")
def hand(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("rapport") / "forsøg på Ærø.tekstur"
    db = create_project(path, name="Forsøg på Ærø")
    build_hand_project(db)
    db.close()
    return str(path)


def paragraphs(path: Path) -> list[Any]:
    from docx import Document

    return list(Document(str(path)).paragraphs)


def test_quotes_report_of_a_code_and_its_sub_codes(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "citater.docx"
    status, printed, err = run(
        capsys, "report", "quotes", hand, "--codes", "Samarbejde", "--out", str(out)
    )
    assert (status, err) == (0, "")
    assert printed == f"Wrote 5 quote(s) under 3 code(s) to {out}\n"
    found = paragraphs(out)
    headings = [(p.style.name, p.text) for p in found if p.style.name.startswith("Heading ")]
    assert headings == [
        ("Heading 2", "Sådan er citaterne udvalgt"),
        ("Heading 1", "Samarbejde"),
        ("Heading 2", "Tillid"),
        ("Heading 2", "Konflikt"),
    ]
    texts = [p.text for p in found]
    assert "„Jeg føler mig hørt.“" in texts
    assert texts[texts.index("„Jeg føler mig hørt.“") + 1] == "— Borger, Forsøg, R3"
    assert "— R1" in texts  # the note: no case, so only the document's Runde


def test_order_filters_template_context_and_english(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "quotes.docx"
    status, _, err = run(
        capsys, "report", "quotes", hand, "--codes", "Samarbejde/Tillid", "Tid",
        "--template", "{taler} ({Alder}), {Afdeling}", "--order", "Alder",
        "--where", "Afdeling=Forsøg", "--coder", "ane", "--context", "16",
        "--language", "en", "--out", str(out),
    )  # fmt: skip
    assert (status, err) == (0, "")
    texts = [p.text for p in paragraphs(out)]
    assert texts[0] == "Coded quotes"
    assert "Order: Alder" in texts and "Coders: ane" in texts
    assert "Attribute conditions: Afdeling=Forsøg" in texts
    lines = [t for t in texts if t.startswith("— ")]
    # Tillid: Søren (31) before Åse (45) by age; then Tid (Åse only, both of ane's codings).
    assert lines == [
        "— Søren (31), Forsøg",
        "— Åse (45), Forsøg",
        "— Åse (45), Forsøg",
        "— Åse (45), Forsøg",
    ]
    heard = next(t for t in texts if "hørt" in t)
    assert heard == "[…] ringer tilbage. “Jeg føler mig hørt.” Søren: Lægen […]"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--codes", "Samarbejde", "Ukendt", "Tid/Mangler"], "no codes 'Ukendt', 'Tid/Mangler'"),
        (["--codes", "Tid", "--template", "{Rolle}, {Afd}"], "{Afd}"),
        (["--codes", "Tid", "--order", "Køn"], "Køn"),
        (["--codes", "Tid", "--coder", "ane", "mette"], "no coder called 'mette'"),
        (["--codes", "Tid", "--where", "Ålder>3"], "Ålder"),
    ],
)
def test_unknown_names_are_one_line_errors(
    hand: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    out = tmp_path / "citater.docx"
    status, printed, err = run(capsys, "report", "quotes", hand, *arguments, "--out", str(out))
    assert status == 1 and printed == ""
    assert err.startswith("tekstur: ") and err.count("\n") == 1
    assert message in err
    assert not out.exists()


def test_the_report_must_be_a_docx_file(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        capsys, "report", "quotes", hand, "--codes", "Tid", "--out", str(tmp_path / "c.pdf")
    )
    assert status == 1 and "c.pdf" in err and ".docx" in err
    status, _, err = run(
        capsys,
        "report",
        "quotes",
        hand,
        "--codes",
        "Tid",
        "--out",
        str(tmp_path / "ingen" / "c.docx"),
    )
    assert status == 1 and "c.docx" in err
