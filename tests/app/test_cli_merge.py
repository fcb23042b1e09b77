"""``tekstur merge PROJECT OTHER --as-coder NAME``: a summary, JSON, and one-line refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.commands import AddDocument, apply_command
from models.database import open_project
from models.documents import Coder
from tests.app.cli_runner import run
from tests.importers.test_project_merge import FOCUS, INTERVIEW, other_project


@pytest.fixture
def target(project: str) -> str:
    with open_project(project) as db:
        apply_command(db, AddDocument("Interview med borger", INTERVIEW))
        apply_command(db, AddDocument("Fokusgruppe R1", FOCUS))
    return project


def test_merge_prints_what_it_did(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = other_project(tmp_path)
    status, out, err = run(capsys, "merge", target, str(other), "--as-coder", "Jonas Ø")
    assert status == 0
    assert "Added 2 coding(s) from jonas.tekstur as 'Jonas Ø' in 2 document(s)" in out
    assert "3 new code(s)" in out  # Samarbejde, Samarbejde/Tillid, Tid
    assert "Notat kun hos Jonas" in err
    status, _, err = run(capsys, "merge", target, str(other), "--as-coder", "Jonas Ø")
    assert status == 1 and "already has 2 coding(s)" in err
    assert len(err.strip().splitlines()) == 1
    status, out, _ = run(
        capsys, "merge", target, str(other), "--as-coder", "Jonas Ø", "--replace", "--json"
    )
    assert status == 0
    data = json.loads(out)
    assert (data["codings_added"], data["codings_removed"]) == (2, 2)
    assert data["documents_unmatched"] == ["Notat kun hos Jonas"]


def test_a_missing_file_is_one_line(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "merge", target, "findes-ikke.qdpx", "--as-coder", "x")
    assert (status, out) == (1, "")
    assert "findes-ikke.qdpx" in err and len(err.strip().splitlines()) == 1


def test_a_project_is_not_merged_into_itself(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    same = str(Path(target).parent / "." / Path(target).name)
    status, out, err = run(capsys, "merge", target, same, "--as-coder", "Åse")
    assert (status, out) == (1, "")
    assert err == (
        f"tekstur: {Path(target).name} is this project itself: choose the other coder's copy\n"
    )
    with open_project(target) as db, db.read() as connection:
        assert connection.execute(select(func.count()).select_from(Coder)).scalar_one() == 0
