"""``tekstur backup`` (make, prune, verify, list) and ``tekstur restore``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Document
from models.backups import backup_folder
from models.commands import AddDocument, apply_command
from models.database import open_project
from tests.app.cli_runner import run


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "Hjemmepleje æøå.tekstur"
    assert run(capsys, "init", str(path))[0] == 0
    with open_project(path) as db:
        apply_command(db, AddDocument("Besøg ø", "Hjælperen kommer kl. 8. 😀"))
    return path


def names(path: Path) -> list[str]:
    with open_project(path) as db, db.read() as connection:
        return list(connection.execute(select(Document.name).order_by(Document.id)).scalars())


def test_backup_prints_the_verified_file_and_lists_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "backup", str(project))
    assert status == 0, err
    made = Path(out.splitlines()[0])
    assert made.parent == backup_folder(project) and made.is_file()
    assert made.name.startswith("Hjemmepleje æøå-") and made.name.endswith("-manual.tekstur")
    status, out, _ = run(capsys, "backup", str(project), "--list")
    assert status == 0
    (line,) = out.splitlines()
    assert "manual" in line and "0 codings" in line and str(made) in line


def test_backup_works_while_the_project_is_open_and_restore_waits_for_it_to_close(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_project(project) as db:
        status, out, _ = run(capsys, "backup", str(project), "--reason", "før ændring")
        assert status == 0
        made = Path(out.splitlines()[0])
        apply_command(db, AddDocument("Senere besøg", "Fjernes igen."))
        status, _, err = run(capsys, "restore", str(project), str(made))
        assert status == 1 and "close it before restoring" in err
        status, out, _ = run(capsys, "info", str(project))  # reading still works
        assert status == 0 and "Documents  2" in out
    assert names(project) == ["Besøg ø", "Senere besøg"]
    status, out, err = run(capsys, "restore", str(project), str(made))
    assert status == 0, err
    assert names(project) == ["Besøg ø"]
    saved = Path(out.splitlines()[1].removeprefix("What it held before is in "))
    # a backup made in the same second as another is numbered: ...-before-restore.1.tekstur
    assert saved.is_file() and re.search(r"-before-restore(\.\d+)?\.tekstur$", saved.name)
    assert run(capsys, "check", str(project))[0] == 0


def test_clear_errors_for_missing_files(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "backup", str(tmp_path / "findes ikke.tekstur"))
    assert status == 1 and "findes ikke.tekstur does not exist" in err
    status, _, err = run(capsys, "restore", str(project), str(tmp_path / "væk.tekstur"))
    assert status == 1 and "væk.tekstur does not exist" in err
    status, out, _ = run(capsys, "backup", str(project), "--list")
    assert status == 0 and out.startswith("No backups of")
