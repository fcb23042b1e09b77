"""``tekstur autocode``: previews, one-step coding, and one-line errors."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.codes import Coding
from models.database import open_project
from models.documents import Coder
from models.paths import find_code
from tests.analysis.text_project import build, snapshot
from tests.app.cli_runner import run


@pytest.fixture
def texts(project: str) -> str:
    """The text-analysis project in a project file."""
    with open_project(project) as db:
        build(db)
    return project


def coded(project: str, path: str) -> list[tuple[int, int, str]]:
    with open_project(project) as db, db.read() as connection:
        code = find_code(connection, path)
        rows = connection.execute(
            select(Coding.start, Coding.end, Coder.name)
            .join(Coder, Coder.id == Coding.coder_id)
            .where(Coding.code_id == code)
            .order_by(Coding.document_id, Coding.start)
        )
        return [(start, end, name) for start, end, name in rows]


def test_dry_run_previews_and_stores_nothing(
    texts: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_project(texts) as db:
        before = snapshot(db)
    status, out, err = run(
        capsys, "autocode", texts, "--search", "borger*", "--wildcard", "--spread", "sentence",
        "--code", "Auto/Borgere", "--dry-run",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out == (
        "Would code 4 passage(s) in 2 document(s) with 'Auto/Borgere';"
        " 3 hit(s) outside every sentence left out\n"
    )
    with open_project(texts) as db:
        assert snapshot(db) == before


def test_search_hits_coded_once_by_the_coder(
    texts: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("autocode", texts, "--search", "borgerne", "--code", "Auto/Borgerne", "--coder", "åse")
    status, out, _ = run(capsys, *args)
    assert status == 0
    assert out == "Coded 2 passage(s) in 1 document(s) with 'Auto/Borgerne' by åse\n"
    assert [name for _s, _e, name in coded(texts, "Auto/Borgerne")] == ["åse", "åse"]
    status, out, _ = run(capsys, *args)
    assert out.endswith("by åse (2 already coded)\n")
    assert len(coded(texts, "Auto/Borgerne")) == 2


def test_speakers_cases_and_headings(
    texts: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEKSTUR_CODER", "jonas")
    status, out, _ = run(capsys, "autocode", texts, "--speaker", "Borger", "--code", "Borger")
    assert (status, out) == (0, "Coded 3 passage(s) in 1 document(s) with 'Borger' by jonas\n")
    status, out, _ = run(capsys, "autocode", texts, "--case", "Åse", "--code", "Åse", "--dry-run")
    assert out == "Would code 2 passage(s) in 1 document(s) with 'Åse'\n"
    status, out, _ = run(capsys, "autocode", texts, "--headings", "--code", "Guide")
    assert out == "Coded 5 passage(s) in 1 document(s) with 5 codes under 'Guide' by jonas\n"
    assert len(coded(texts, "Guide/Om forløbet/Hvad med økonomien?")) == 1


def test_lemma_search_spread_to_turns(texts: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "autocode", texts, "--search", "økonomi", "--lemma", "--lang", "da",
        "--spread", "turn", "--code", "Økonomi", "--document", "Borgerinterview R3",
    )  # fmt: skip
    assert status == 0, out
    assert out.startswith("Coded 1 passage(s) in 1 document(s) with 'Økonomi'")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--search", "ring(er", "--regex"), "'ring(er' is not a valid regular expression"),
        (("--speaker", "Ukendt"), "no speaker called 'Ukendt'"),
        (("--case", "Ingen"), "no case called 'Ingen'"),
        (("--speaker", "Borger", "--document", "Mangler"), "no document called 'Mangler'"),
        (("--speaker", "Borger", "--regex"), "go with --search"),
        (("--search", "tid", "--code", "A//B"), "empty level"),
    ],
)
def test_errors_are_one_line(
    texts: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code = () if "--code" in args else ("--code", "Kode")
    status, out, err = run(capsys, "autocode", texts, *args, *code)
    assert status == 1 and out == ""
    assert err.startswith("tekstur: ") and message in err and err.count("\n") == 1


def test_nothing_found_codes_nothing(texts: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "autocode", texts, "--search", "zebra", "--code", "Zebra")
    assert (status, out) == (0, "Nothing to code: 0 passage(s) in 0 document(s) with 'Zebra'\n")
    assert coded(texts, "Zebra") == []
