"""``tekstur query PROJECT words`` and ``tekstur query PROJECT search``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from models.database import open_project
from tests.analysis.text_project import FOCUS_GROUP, build, span
from tests.app.cli_runner import run


@pytest.fixture
def texts(project: str) -> str:
    """The text-analysis project in a project file."""
    with open_project(project) as db:
        build(db)
    return project


def test_words_table(texts: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "query", texts, "words", "--lang", "da", "--top", "2")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Word frequency (occurrences)"
    assert lines[1].split() == ["Word", "Count", "Documents"]
    assert lines[2].split() == ["borger", "8", "2"]
    assert lines[3].split() == ["sagsbehandler", "4", "2"]
    assert lines[4].split()[0] == "Total" and len(lines) == 5


def test_words_restricted_as_csv_and_json(
    texts: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = run(
        capsys, "query", texts, "words", "--speaker", "Sagsbehandler Bøje", "--format", "csv"
    )
    assert status == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["Word", "Count", "Documents"]
    assert ["borger", "1", "1"] in rows and ["lægelig", "1", "1"] in rows
    target = tmp_path / "ord.json"
    status, out, _ = run(
        capsys, "query", texts, "words", "--code", "Borgerrelationer/Tillid", "--min-length",
        "5", "--format", "json", "--out", str(target),
    )  # fmt: skip
    assert status == 0 and str(target) in out
    table = json.loads(target.read_text(encoding="utf-8"))
    assert [row["label"] for row in table["rows"]] == ["føler", "tillid"]
    assert table["provenance"]["codes"] == "Borgerrelationer/Tillid"
    assert table["provenance"]["minimum length"] == "5"


def test_own_stop_words_and_forms(
    texts: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    stop_words = tmp_path / "stopord.txt"
    stop_words.write_text("borger\nsagsbehandler\n", encoding="utf-8")
    _, out, _ = run(capsys, "query", texts, "words", "--stop-words", str(stop_words), "--top", "1")
    assert out.splitlines()[2].split()[0] not in ("borger", "sagsbehandler")
    _, out, _ = run(capsys, "query", texts, "words", "--forms", "--format", "csv")
    words = [row[0] for row in csv.reader(io.StringIO(out))]
    assert "borgerne" in words and "borger" in words and "borgeren" in words


def test_search_kwic_table(texts: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "query", texts, "search", "borgerens", "--context", "3", "--case", "Åse"
    )
    assert status == 0
    start, end = span(FOCUS_GROUP, "borgerens")
    assert out == (
        f"Fokusgruppe R1 forsøg [{start}, {end}) Sagsbehandler Åse  kende 😀 og «borgerens»"
        " familie. Tilliden vokser,\n1 hit(s)\n"
    )


def test_search_as_csv_and_json(texts: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "query", texts, "search", "borger*", "--wildcard", "--document",
        "Fokusgruppe R1 forsøg", "--format", "csv",
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["Document", "Speaker", "Start", "End", "Left", "Hit", "Right"]
    assert [row[5] for row in rows[1:]] == ["borgerne", "borgeren", "borgerens", "Borgerne"]
    assert rows[1][1] == "I"
    _, out, _ = run(capsys, "query", texts, "search", "økonomi", "--lemma", "--format", "json")
    hits = json.loads(out)
    assert [hit["hit"] for hit in hits] == ["økonomien", "Økonomien"]
    assert hits[1]["speaker"] == "Borger" and hits[1]["document"] == "Borgerinterview R3"
    _, out, _ = run(capsys, "query", texts, "search", "Ringer", "--match-case")
    assert out == "0 hit(s)\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search", "ring(", "--regex"), "'ring(' is not a valid regular expression"),
        (("words", "--document", "Mangler"), "no document called 'Mangler'"),
        (("words", "--speaker", "Ingen"), "no speaker called 'Ingen'"),
        (("search", "tid", "--case", "Ukendt"), "no case called 'Ukendt'"),
        (("search", "tid", "--code", "Ingen/Kode"), "no code at 'Ingen/Kode'"),
        (("words", "--min-length", "0"), "at least 1"),
        (("words", "--stop-words", "mangler.txt"), "mangler.txt"),
    ],
)
def test_errors_are_one_line(
    texts: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    status, out, err = run(capsys, "query", texts, *args)
    assert status == 1 and out == ""
    assert err.startswith("tekstur: ") and message in err and err.count("\n") == 1
