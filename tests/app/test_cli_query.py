"""``tekstur query``: every kind, every format, and one-line errors for unknown names."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from models.database import open_project
from tests.analysis.hand_project import build_hand_project
from tests.app.cli_runner import run


@pytest.fixture
def hand(project: str) -> str:
    with open_project(project) as db:
        build_hand_project(db)
    return project


def test_frequencies_as_a_table(hand: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "query", hand, "frequencies")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Code frequencies (references,words,documents,cases)"
    # Tid: 3 references, 17 words, 1 document, 2 cases (see the analysis tests for why).
    assert lines[-1].split() == ["Tid", "3", "17", "1", "2"]


def test_matrix_csv_has_paths_and_percentages_as_numbers(
    hand: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys, "query", hand, "matrix", "--rows", "codes:Samarbejde", "--cols",
        "attribute:Rolle", "--percent", "row", "--subcodes", "--format", "csv",
    )  # fmt: skip
    assert status == 0
    assert list(csv.reader(io.StringIO(out))) == [
        ["Code", "Borger", "Leder", "Sagsbehandler"],
        ["Samarbejde/Tillid", "50", "0", "50"],
        ["Samarbejde/Konflikt", "0", "100", "0"],
    ]


def test_matrix_same_case_with_coders_and_conditions(
    hand: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["query", hand, "matrix", "--cols", "codes", "--format", "csv"]
    _, intersection, _ = run(capsys, *base)
    _, same_case, _ = run(capsys, *base, "--semantics", "same-case")
    # Lægelige × Tid: no overlap, but Bjørn has both.
    assert list(csv.reader(io.StringIO(intersection)))[4][5] == "0"
    assert list(csv.reader(io.StringIO(same_case)))[4][5] == "1"
    _, out, _ = run(capsys, *base[:3], "--coder", "ane", "--where", "Alder>40", "--where",
                    "Rolle=Borger", "--any", "--format", "csv")  # fmt: skip
    # ane's Tid codings are Åse's (45) and count for her, whichever condition holds.
    assert list(csv.reader(io.StringIO(out)))[5] == ["Tid", "0", "0", "0", "2"]


def test_crosstab_json_and_out_file(
    hand: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "krydstabel.json"
    status, out, _ = run(
        capsys, "query", hand, "crosstab", "--attribute", "Afdeling", "--measure", "cases",
        "--format", "json", "--out", str(target),
    )  # fmt: skip
    assert status == 0 and "krydstabel.json" in out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [c["label"] for c in data["columns"]] == ["Forsøg", "Ordinær"]
    assert data["column_totals"] == [2, 1] and data["grand_total"] == 3
    assert data["provenance"]["query"] == "crosstab"
    assert data["provenance"]["codings considered"] == "13"


def test_cooccurrence_and_segments(hand: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "query", hand, "cooccurrence", "--within", "5", "--format", "csv")
    medical = list(csv.reader(io.StringIO(out)))[4]
    assert medical == ["Lægelige oplysninger", "0", "0", "1", "2", "1"]  # Tid: 5 apart
    status, out, _ = run(
        capsys, "query", hand, "segments", "--code", "Lægelige oplysninger", "--format", "csv",
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [(r["Document"], r["Case"], r["Runde"], r["Text"]) for r in rows] == [
        ("Fokusgruppe R1", "Bjørn", "R1", "lægerne svarer sent"),
        ("Interview Søren", "Søren", "R3", "Lægen skrev en attest, og cafe\u0301en"),
    ]
    _, out, _ = run(capsys, "query", hand, "segments", "--doc", "Notat", "--context", "6")
    assert out.splitlines()[-2:] == ["  Mødet «blev aflyst» – vi ", "1 coded segment(s)"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["matrix", "--rows", "codes:Samarbejde/Tvivl"], "no code 'Samarbejde/Tvivl'"),
        (["matrix", "--cols", "attribute:Køn"], "no attribute called 'Køn'"),
        (["matrix", "--cols", "set:Kontrol"], "no set called 'Kontrol'"),
        (["frequencies", "--coder", "bo"], "no coder called 'bo'"),
        (["segments", "--doc", "Interview 9"], "no document called 'Interview 9'"),
        (["crosstab", "--attribute", "Afdeling", "--where", "Alder>fyrre"], "not a number"),
        (["frequencies", "--where", "Rolle"], "NAME=VALUE"),
        (["matrix", "--rows", "personer"], "unknown axis"),
    ],
)
def test_unknown_names_are_one_line_errors(
    hand: str, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    status, out, err = run(capsys, "query", hand, *arguments)
    assert status == 1 and out == ""
    assert message in err and err.count("\n") == 1
