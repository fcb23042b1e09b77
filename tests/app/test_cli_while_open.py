"""Commands that only read a project work while a Tekstur window holds it; writers are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.database import create_project, open_project
from tests.analysis.hand_project import build_hand_project
from tests.app.cli_runner import run


@pytest.fixture
def held(tmp_path: Path) -> Path:
    """A project built and then held open for writing, as an open window holds it."""
    path = tmp_path / "Åbent projekt.tekstur"
    with create_project(path) as db:
        build_hand_project(db)
    return path


def test_reading_commands_run_while_the_project_is_open_elsewhere(
    held: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with open_project(held):
        status, out, err = run(capsys, "query", str(held), "frequencies")
        assert status == 0, err
        assert out.splitlines()[-1].split() == ["Tid", "3", "17", "1", "2"]
        status, _, err = run(capsys, "query", str(held), "words", "--top", "5")
        assert status == 0, err
        out_file = tmp_path / "kodebog æøå.qdc"
        status, _, err = run(capsys, "codebook", "export", str(held), str(out_file))
        assert status == 0 and out_file.is_file(), err


def test_a_changing_command_is_refused_while_the_project_is_open_elsewhere(
    held: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_project(held):
        status, _, err = run(capsys, "init", str(held))
        assert status != 0
        status, _, err = run(
            capsys, "code", str(held), "--doc", "x", "--code", "Tid", "--start", "0", "--end", "1"
        )
        assert status != 0 and str(held.name) in err
