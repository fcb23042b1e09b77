"""``tekstur query … --format xlsx|docx --out FILE --language da|en``."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from models.commands import AddMemo, apply_command
from models.database import open_project
from tests.analysis.hand_project import build_hand_project
from tests.app.cli_runner import run


@pytest.fixture
def hand(project: str) -> str:
    """The hand-built project with a memo on Bjørn's coding about the doctors."""
    with open_project(project) as db:
        ids = build_hand_project(db)
        memo = AddMemo("Lægerne – igen", "", "coding_id", ids.codings["læge_fg_ane"])
        apply_command(db, memo)
    return project


def _rows(path: Path, sheet: int = 0) -> list[tuple[Any, ...]]:
    book: Any = openpyxl.load_workbook(path)
    return list(book.worksheets[sheet].iter_rows(values_only=True))


@pytest.mark.parametrize("kind", [["frequencies"], ["matrix"], ["words", "--lang", "da"]])
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_report_needs_out(
    hand: str, capsys: pytest.CaptureFixture[str], kind: list[str], fmt: str
) -> None:
    status, out, err = run(capsys, "query", hand, *kind, "--format", fmt)
    assert status == 1 and out == ""
    assert err == f"tekstur: --format {fmt} writes a file: add --out FILE.{fmt}\n"


def test_crosstab_as_a_workbook_in_english(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "krydstabel æøå.xlsx"
    status, out, _ = run(
        capsys, "query", hand, "crosstab", "--attribute", "Afdeling", "--measure", "cases",
        "--format", "xlsx", "--out", str(target), "--language", "en",
    )  # fmt: skip
    assert status == 0 and target.name in out
    rows = _rows(target)
    assert rows[1] == ("Code", "Forsøg", "Ordinær", "Total")
    assert rows[-1] == ("Total", 2, 1, 3)
    facts = dict(row for row in _rows(target, 1) if row[1] is not None)
    assert facts["Query"] == "crosstab" and facts["Codings considered"] == "13"


def test_matrix_workbook_in_danish_by_default(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "matrix.xlsx"
    status, _, _ = run(
        capsys, "query", hand, "matrix", "--cols", "attribute:Rolle", "--percent", "row",
        "--format", "xlsx", "--out", str(target),
    )  # fmt: skip
    assert status == 0
    book: Any = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    assert book.sheetnames[1] == "Sådan er tabellen lavet"
    assert [c.value for c in sheet[2]][-1] == "I alt"
    konflikt = next(row for row in sheet.iter_rows(min_row=3) if row[0].value.endswith("Konflikt"))
    assert [c.value for c in konflikt[1:4]] == [0, 1, 0]
    assert konflikt[2].number_format == "0.0%"


def test_segments_as_the_segments_table(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook, table = tmp_path / "segmenter.xlsx", tmp_path / "segmenter.csv"
    common = ["query", hand, "segments", "--code", "Lægelige oplysninger"]
    assert run(capsys, *common, "--format", "xlsx", "--out", str(workbook))[0] == 0
    rows = _rows(workbook)
    assert rows[0] == (
        "Dokument", "Taler", "Sag", "Afdeling", "Alder", "Rolle", "Runde",
        "Niveau 1", "Koder", "Start", "Slut", "Tekst", "Memo",
    )  # fmt: skip
    assert [(r[0], r[2], r[6], r[7], r[11], r[12]) for r in rows[1:]] == [
        ("Fokusgruppe R1", "Bjørn", "R1", "Lægelige oplysninger", "lægerne svarer sent",
         "Lægerne – igen"),
        ("Interview Søren", "Søren", "R3", "Lægelige oplysninger",
         "Lægen skrev en attest, og cafe\u0301en", None),
    ]  # fmt: skip
    facts = dict(row for row in _rows(workbook, 1) if row[1] is not None)
    assert facts["Forespørgsel"] == "Kodede segmenter"
    assert facts["Koder"] == "Lægelige oplysninger"
    status, out, _ = run(capsys, *common, "--format", "csv", "--out", str(table))
    assert status == 0 and "2 coded segment(s)" in out
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfDokument;Taler;Sag;")
    assert "Lægerne – igen" in raw.decode("utf-8-sig")


def test_segments_refuse_docx_and_search_refuses_reports(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "s.docx"
    status, _, err = run(
        capsys, "query", hand, "segments", "--format", "docx", "--out", str(target)
    )
    assert status == 1 and "not as docx" in err and not target.exists()
    with pytest.raises(SystemExit):
        run(capsys, "query", hand, "search", "tid", "--format", "xlsx", "--out", str(target))
    assert "invalid choice: 'xlsx'" in capsys.readouterr().err


def test_an_unwritable_out_is_one_line_naming_it(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mangler" / "rapport.xlsx"
    status, _, err = run(capsys, "query", hand, "frequencies", "--format", "xlsx", "--out",
                         str(target))  # fmt: skip
    assert status == 1
    assert err == f"tekstur: cannot write {target}: No such file or directory\n"


def test_frequencies_as_a_word_report(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("exporters.table_docx")
    target = tmp_path / "frekvenser æøå.docx"
    status, out, _ = run(
        capsys, "query", hand, "frequencies", "--format", "docx", "--out", str(target)
    )
    assert status == 0 and target.name in out
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "Lægelige oplysninger" in body
