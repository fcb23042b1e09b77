"""``tekstur query PROJECT agreement``: CSV columns, summaries, formats and unknown names."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from models.database import open_project
from tests.analysis.agreement_project import build
from tests.app.cli_runner import run


@pytest.fixture
def coded(project: str) -> str:
    with open_project(project) as db:
        build(db)
    return project


def test_csv_rows_summaries_and_overall(coded: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys, "query", coded, "agreement", "--coder-a", "ane", "--coder-b", "jonas",
        "--format", "csv",
    )  # fmt: skip
    assert (status, err) == (0, "")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == [
        "code", "document", "size", "kappa", "agreement", "a_and_b", "neither",
        "disagreement", "a_not_b", "b_not_a",
    ]  # fmt: skip
    # The hand-worked example: both 50, A only 100, B only 50 of 1000 characters.
    assert ["Tid", "Interview Søren", "1000", "0.3182", "85.00", "5.00", "80.00", "15.00",
            "10.00", "5.00"] in rows  # fmt: skip
    assert rows[4][:3] == ["Samarbejde", "(all documents)", "1140"]
    assert rows[-1][:3] == ["(overall)", "", str(4 * 1140)]
    assert len(rows) == 1 + 4 * (3 + 1) + 1


def test_groups_units_and_filters(coded: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "query", coded, "agreement", "--coder-a", "ane,birk", "--coder-b", "jonas",
        "--code", "Samarbejde", "--doc", "Fokusgruppe Æbleø", "--unit", "paragraph",
        "--format", "csv",
    )  # fmt: skip
    assert status == 0
    rows = list(csv.reader(io.StringIO(out)))
    # Paragraphs: A (ane + birk) lines 1 and 4, B lines 1 and 2, both line 1 → 3 of 5 agree.
    assert rows[1] == ["Samarbejde", "Fokusgruppe Æbleø", "5", "0.1667", "60.00", "20.00",
                       "40.00", "40.00", "20.00", "20.00"]  # fmt: skip
    assert len(rows) == 4


def test_json_has_counts_and_alpha(coded: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "query", coded, "agreement", "--coder-a", "ane,birk", "--coder-b", "jonas",
        "--code", "Tid", "--code", "Lægelige oplysninger", "--format", "json",
    )  # fmt: skip
    assert status == 0
    data = json.loads(out)
    first = data["rows"][0]
    # birk coded Tid on [85, 95) of the focus group; nobody in B did.
    assert (first["code"], first["document"], first["a"], first["b"]) == (
        "Tid", "Fokusgruppe Æbleø", 10, 0,
    )  # fmt: skip
    assert first["kappa"] == 0.0
    assert set(data["alpha"]) == {"Tid", "Lægelige oplysninger"}
    # birk's Tid lies inside jonas's Lægelige oplysninger: cu-alpha below 1.
    assert data["cu_alpha"] < 1 and data["cu_alpha_note"] == ""


def test_xlsx_report(coded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "enighed.xlsx"
    status, out, _ = run(
        capsys, "query", coded, "agreement", "--coder-a", "ane", "--coder-b", "jonas",
        "--format", "xlsx", "--out", str(target), "--language", "da",
    )  # fmt: skip
    assert status == 0 and str(target) in out
    sheet = load_workbook(target).worksheets[0]
    texts = {str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value}
    assert "Kappa" in texts and "Tid · Interview Søren" in texts and "(samlet)" in texts


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--coder-b", "nobody"], "no coder called 'nobody'"),
        (["--coder-b", "jonas", "--code", "Nix"], "no code 'Nix'"),
        (["--coder-b", "jonas", "--doc", "Ukendt"], "no document called 'Ukendt'"),
        (["--coder-b", "ane"], "both groups"),
    ],
)
def test_unknown_names_are_one_line(
    coded: str, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    status, out, err = run(capsys, "query", coded, "agreement", "--coder-a", "ane", *extra)
    assert status == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
