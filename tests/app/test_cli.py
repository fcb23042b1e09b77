"""The ``tekstur`` command line: scripting a project, exit statuses and messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from models import Coding
from models.commands import AddDocument, apply_command
from models.database import SCHEMA_HEAD, open_project
from tests.app.cli_runner import run

REPO = Path(__file__).parents[2]
TEXT = "I: Hvad betyder tilliden?\nBorger: At hun ringer tilbage 😀 – også om fredagen.\n"


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "forsøg.tekstur")
    assert run(capsys, "init", path, "--name", "Forsøg R1") == (0, f"Created {path}\n", "")
    with open_project(path) as db:
        apply_command(db, AddDocument("Borgerinterview 3", TEXT))
    return path


def test_info_counts_what_the_project_holds(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "info", project, "--json")
    assert status == 0
    assert json.loads(out) == {
        "name": "Forsøg R1",
        "location": project,
        "schema": SCHEMA_HEAD,
        "documents": 1,
        "codes": 0,
        "codings": 0,
        "cases": 0,
        "coders": 0,
    }
    status, out, _ = run(capsys, "info", project)
    assert "Documents  1" in out and "Project    Forsøg R1" in out


def test_code_creates_the_path_and_the_coder(
    project: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    start = TEXT.index("At hun")
    end = TEXT.index(" –")
    monkeypatch.setenv("TEKSTUR_CODER", "søren")
    status, out, err = run(
        capsys,
        "code",
        project,
        "--doc",
        "Borgerinterview 3",
        "--code",
        "Borgerrelationer/Tilgængelighed",
        "--start",
        str(start),
        "--end",
        str(end),
    )
    assert (status, err) == (0, "")
    assert out == (
        f"Coded 'Borgerrelationer/Tilgængelighed' on 'Borgerinterview 3' [{start}, {end})"
        " by søren: «At hun ringer tilbage 😀»\n"
    )
    status, out, _ = run(
        capsys,
        "code",
        project,
        "--doc",
        "Borgerinterview 3",
        "--code",
        "Borgerrelationer/Tilgængelighed",
        "--start",
        str(start),
        "--end",
        str(end),
    )
    assert out.startswith("Already coded")
    summary = json.loads(run(capsys, "info", project, "--json")[1])
    assert (summary["codes"], summary["codings"], summary["coders"]) == (2, 1, 1)
    with open_project(project) as db, db.read() as connection:
        span = connection.execute(select(Coding.start, Coding.end)).one()
    assert TEXT[span.start : span.end] == "At hun ringer tilbage 😀"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--doc", "Ukendt", "--code", "A", "--start", "0", "--end", "2"],
            "no document called 'Ukendt'",
        ),
        (
            ["--doc", "Borgerinterview 3", "--code", "A", "--start", "0", "--end", "999"],
            "which has 78 characters",
        ),  # code points: the emoji is one
        (
            ["--doc", "Borgerinterview 3", "--code", "A//B", "--start", "0", "--end", "2"],
            "empty level",
        ),
    ],
)
def test_code_errors_are_one_line_and_change_nothing(
    project: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, "code", project, *argv)
    assert status == 1 and out == ""
    assert err.startswith("tekstur: ") and message in err and err.count("\n") == 1
    assert json.loads(run(capsys, "info", project, "--json")[1])["codes"] == 0


def test_check_passes_on_a_whole_project(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", project) == (0, f"OK: {project} is whole\n", "")


def test_missing_and_foreign_projects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "info", str(tmp_path / "mangler.tekstur"))
    assert status == 1 and "does not exist" in err
    foreign = tmp_path / "noter.tekstur"
    foreign.write_text("Interviewer: Hej\n", encoding="utf-8")
    status, _, err = run(capsys, "check", str(foreign))
    assert status == 1 and "not a Tekstur project" in err
    status, _, err = run(capsys, "init", str(foreign))
    assert status == 1 and "already exists" in err


def test_migrate_reports_a_current_project(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "migrate", project) == (0, f"Already at schema {SCHEMA_HEAD}\n", "")


def test_usage_errors_exit_with_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "code", "x.tekstur"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "required" in result.stderr


def test_the_command_line_never_loads_qt(project: str) -> None:
    probe = (
        "import sys, app.cli\n"
        f"status = app.cli.main(['info', {project!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_init_and_info_on_postgresql(postgres: object, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.pg_server import ThrowawayPostgres

    assert isinstance(postgres, ThrowawayPostgres)
    url = postgres.create_database()
    try:
        plain_url = url.replace("postgresql+psycopg://", "postgresql://")
        assert run(capsys, "init", plain_url, "--name", "Teamprojekt")[0] == 0
        status, out, _ = run(capsys, "info", plain_url, "--json")
        assert status == 0 and json.loads(out)["name"] == "Teamprojekt"
        assert run(capsys, "check", plain_url)[0] == 0
        assert run(capsys, "migrate", plain_url)[1] == f"Already at schema {SCHEMA_HEAD}\n"
    finally:
        postgres.drop_database(url)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False)),
        (["gui"], (None, False)),
        (["gui", "x.tekstur"], ("x.tekstur", False)),
        (["gui", "--demo"], (None, True)),
    ],
)
def test_no_command_and_gui_open_the_window(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], expected: tuple[str | None, bool]
) -> None:
    import app.gui.launch

    calls: list[tuple[str | None, bool]] = []

    def fake_run_gui(project: str | None = None, demo: bool = False) -> int:
        calls.append((project, demo))
        return 0

    monkeypatch.setattr(app.gui.launch, "run_gui", fake_run_gui)
    assert main(argv) == 0
    assert calls == [expected]
