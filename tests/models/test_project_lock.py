"""One writer at a time on a project file; read-only opening; read-only folders and media."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models import Document
from models.commands import AddDocument, apply_command
from models.database import (
    ProjectDatabase,
    ProjectError,
    ProjectLocation,
    create_project,
    migrate_project,
    open_project,
)
from models.project_lock import ProjectLockedError, decide_access, lock_path, open_for_reading

REPO = Path(__file__).parents[2]
HOLD = (
    "import sys\n"
    "from models.database import open_project\n"
    "db = open_project(sys.argv[1])\n"
    "print('holding', flush=True)\n"
    "sys.stdin.readline()\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Rådgivning æøå.tekstur"
    with create_project(path) as db:
        apply_command(db, AddDocument("Samtale ø", "Borgeren fortæller om sin hverdag. 😀"))
    return path


def document_names(db: ProjectDatabase) -> list[str]:
    with db.read() as connection:
        return list(connection.execute(select(Document.name).order_by(Document.id)).scalars())


def test_a_second_open_in_the_same_process_is_refused_naming_the_file(project: Path) -> None:
    with open_project(project), pytest.raises(ProjectLockedError) as refused:
        open_project(project)
    message = str(refused.value)
    assert str(project) in message and "already open in this Tekstur" in message
    assert refused.value.holder.endswith(f"@{socket.gethostname()}")


def test_create_holds_the_lock_and_close_releases_it(tmp_path: Path) -> None:
    path = tmp_path / "ny æøå.tekstur"
    db = create_project(path)
    with pytest.raises(ProjectLockedError):
        open_project(path)
    db.close()
    db.close()  # twice is harmless
    assert not lock_path(path).exists()
    with open_project(path) as again:
        assert again.project_name() == "ny æøå"
        with pytest.raises(ProjectLockedError):
            migrate_project(path)
    assert migrate_project(path).after == migrate_project(path).before


def _hold_in_child(project: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(project)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "holding", child.stderr.read() if child.stderr else ""
    return child


def test_another_process_holding_the_project_is_named(project: Path) -> None:
    child = _hold_in_child(project)
    try:
        with pytest.raises(ProjectLockedError) as refused:
            open_project(project)
        assert "open in another Tekstur" in str(refused.value)
        assert f"@{socket.gethostname()}" in str(refused.value)
        with open_for_reading(project) as reader:  # commands that only read still work
            assert reader.read_only and document_names(reader) == ["Samtale ø"]
    finally:
        child.communicate("\n", timeout=30)
    assert child.returncode == 0
    with open_project(project) as db:
        assert not db.read_only


def test_a_killed_holder_leaves_no_stale_lock(project: Path) -> None:
    child = _hold_in_child(project)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    assert lock_path(project).exists()  # the sidecar stays, but nobody holds its lock
    with open_project(project) as db:
        apply_command(db, AddDocument("Efter nedbrud", "Det virker igen."))
        assert document_names(db) == ["Samtale ø", "Efter nedbrud"]


def test_read_only_open_reads_but_never_writes(project: Path) -> None:
    before = project.read_bytes()
    with open_project(project) as writer, open_project(project, read_only=True) as reader:
        assert reader.read_only and reader.read_only_reason is None
        assert document_names(reader) == ["Samtale ø"]
        with pytest.raises(ProjectError, match="is open read-only"):
            apply_command(reader, AddDocument("Nej", "Må ikke gemmes."))
        apply_command(writer, AddDocument("Ja", "Skrevet af den ene skriver."))
        assert document_names(reader) == ["Samtale ø", "Ja"]  # sees committed work
    with open_project(project) as db:
        assert document_names(db) == ["Samtale ø", "Ja"]
    assert before != project.read_bytes()


def test_read_only_refuses_a_project_that_needs_an_upgrade(project: Path) -> None:
    raw = ProjectDatabase(ProjectLocation.parse(project))
    with raw.write() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    raw.close()
    with pytest.raises(ProjectError, match="must be upgraded"):
        open_project(project, read_only=True)
    assert not lock_path(project).exists()


@pytest.fixture
def read_only_folder(project: Path) -> Iterator[Path]:
    """The project's folder, made read-only: by permissions, or (as root, whom permissions
    do not stop) by a read-only bind mount of it."""
    folder = project.parent
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    view = folder.parent / f"{folder.name}-skrivebeskyttet"
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"running as root and cannot bind-mount: {mounted.stderr!r}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


def test_a_read_only_folder_opens_read_only_with_a_reason(read_only_folder: Path) -> None:
    project = read_only_folder / "Rådgivning æøå.tekstur"
    with open_project(project) as db:
        assert db.read_only
        assert db.read_only_reason is not None and str(read_only_folder) in db.read_only_reason
        assert document_names(db) == ["Samtale ø"]
        with pytest.raises(ProjectError, match="read-only"):
            apply_command(db, AddDocument("Nej", "Kan ikke gemmes."))
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["Rådgivning æøå.tekstur"]


def test_decisions_for_file_and_folder_permissions(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not decide_access(project).read_only
    real_access = os.access

    def no_write_on_file(path: object, mode: int) -> bool:
        return real_access(path, mode) and not (Path(str(path)) == project and mode & os.W_OK)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_write_on_file)
    access = decide_access(project)
    assert access.read_only and not access.immutable
    assert access.reason is not None and "the file" in access.reason
    with open_project(project) as db:
        assert db.read_only and document_names(db) == ["Samtale ø"]

    def no_write_in_folder(path: object, mode: int) -> bool:
        return real_access(path, mode) and not (Path(str(path)) == project.parent and mode & 2)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_write_in_folder)
    access = decide_access(project)
    assert access.read_only and access.immutable
    Path(f"{project}-shm").unlink(missing_ok=True)
    Path(f"{project}-wal").write_bytes(b"unsaved changes")
    with pytest.raises(ProjectError, match="cannot be read from the read-only folder"):
        decide_access(project)
