"""Rolling backups: the pruning rule on a given clock, verifying, restoring, and a full disk."""

from __future__ import annotations

import errno
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Coding, Document
from models.backups import (
    BackupError,
    BackupInfo,
    backup_folder,
    backups_to_keep,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
    verify_backup,
)
from models.commands import AddDocument, CodePassage, apply_command
from models.database import create_project, open_project
from models.integrity import check_project

NOW = datetime(2025, 3, 14, 12, 30, tzinfo=UTC)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Sagsbehandling æøå.tekstur"
    with create_project(path) as db:
        document = AddDocument("Interview ø", "Vi taler om tillid og samarbejde. 😀 æøå")
        apply_command(db, document)
        assert document.document_id is not None
        apply_command(db, CodePassage(document.document_id, "Tillid", "Åse", 11, 17))
    return path


def codings(path: Path) -> int:
    with open_project(path) as db, db.read() as connection:
        return int(connection.execute(select(func.count()).select_from(Coding)).scalar_one())


def fake(hours_ago: float, number: int = 0) -> BackupInfo:
    made = NOW - timedelta(hours=hours_ago)
    return BackupInfo(Path(f"{hours_ago}-{number}.tekstur"), made, "auto", 1, number=number)


def kept_ages(backups: list[BackupInfo]) -> list[float]:
    keep = backups_to_keep(backups, NOW)
    return sorted(float(str(b.path).split("-")[0]) for b in backups if b.path in keep)


def test_prune_keeps_the_last_hour_then_hourly_then_daily_and_always_three() -> None:
    every_20_minutes_for_40_days = [fake(i / 3) for i in range(40 * 24 * 3)]
    kept = kept_ages(every_20_minutes_for_40_days)
    assert kept[:3] == pytest.approx([0, 1 / 3, 2 / 3])  # the last hour: 12:30, 12:10, 11:50
    # 11:50 already stands for the 11 o'clock hour, so 11:30 and 11:10 go; then the newest
    # of each earlier hour (10:50, 9:50, …) while younger than 24 hours: 23 of them.
    hourly = [age for age in kept if 1 <= age < 24]
    assert hourly == pytest.approx([1 + 2 / 3 + h for h in range(23)])
    # 14 and 13 March are already kept; then each earlier day's newest (23:50) for 30 days:
    # 12 March back to 12 February.
    daily = [age for age in kept if age >= 24]
    assert len(daily) == 29 and max(daily) < 30 * 24
    assert daily[:2] == pytest.approx([36 + 2 / 3, 60 + 2 / 3])
    assert len(kept) == 3 + 23 + 29


def test_prune_always_keeps_the_newest_three_however_old() -> None:
    old = [fake(24 * 100 + i) for i in range(5)]
    assert kept_ages(old) == [2400.0, 2401.0, 2402.0]
    assert len(backups_to_keep([fake(0.1, 0), fake(0.1, 1)], NOW)) == 2


def test_backups_are_listed_newest_first_and_pruned_from_disk(project: Path) -> None:
    for hours in (0, 0.5, 3, 3.2, 50, 51, 24 * 40):
        made = make_backup(project, "Auto æøå", now=NOW - timedelta(hours=hours))
        assert made.reason == "auto" and made.path.parent == backup_folder(project)
    twin = make_backup(project, "auto", now=NOW)  # same second: a numbered name
    assert twin.number == 1 and twin.path.name.endswith("-auto.1.tekstur")
    listed = list_backups(project, count_codings=True)
    assert listed[0].path == twin.path
    assert [b.made_at for b in listed] == sorted((b.made_at for b in listed), reverse=True)
    assert {b.codings for b in listed} == {1}
    removed = prune_backups(project, NOW)
    left = {NOW - b.made_at for b in list_backups(project)}
    assert left == {timedelta(0), timedelta(hours=0.5), timedelta(hours=3), timedelta(hours=50)}
    assert len(removed) == 3 and not any(path.exists() for path in removed)


def test_a_backup_is_a_whole_project_even_while_the_project_is_open(project: Path) -> None:
    with open_project(project) as db:
        made = make_backup(project, "open")
        apply_command(db, AddDocument("Senere", "Kommer ikke med i kopien."))
    assert verify_backup(made.path) == []
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    with open_project(made.path, read_only=True) as copy, copy.read() as connection:
        assert list(connection.execute(select(Document.name)).scalars()) == ["Interview ø"]


def test_verify_reports_a_damaged_backup(project: Path) -> None:
    made = make_backup(project, "manual")
    data = bytearray(made.path.read_bytes())
    data[0:16] = b"not a database!!"
    made.path.write_bytes(bytes(data))
    problems = verify_backup(made.path)
    assert problems and "not an SQLite database" in problems[0]
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(project, made.path)
    assert codings(project) == 1


def test_restore_puts_the_backup_back_and_keeps_what_was_there(project: Path) -> None:
    made = make_backup(project, "manual")
    with open_project(project) as db:
        apply_command(db, AddDocument("Ny", "Skal forsvinde ved gendannelse."))
        with pytest.raises(BackupError, match="close it before restoring"):
            restore_backup(project, made.path)
    saved = restore_backup(project, made.path)
    assert saved.reason == "before-restore" and verify_backup(saved.path) == []
    with open_project(project) as db:
        assert check_project(db) == []
        with db.read() as connection:
            names = list(connection.execute(select(Document.name)).scalars())
    assert names == ["Interview ø"]
    with open_project(saved.path, read_only=True) as before, before.read() as connection:
        assert len(list(connection.execute(select(Document.name)).scalars())) == 2


def test_a_failed_write_leaves_no_partial_file_and_the_project_whole(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self: Path, target: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    with pytest.raises(BackupError) as failed:
        make_backup(project, "auto")
    assert "no space left on device" in str(failed.value)
    assert "the project itself is unchanged" in str(failed.value)
    assert list(backup_folder(project).iterdir()) == []
    assert codings(project) == 1


def test_a_folder_that_cannot_be_made_is_a_clear_error(project: Path) -> None:
    backup_folder(project).write_text("a file where the folder should be")
    with pytest.raises(BackupError, match=str(backup_folder(project).name)):
        make_backup(project, "auto")
    assert codings(project) == 1


@pytest.fixture
def tiny_backup_disk(project: Path) -> Iterator[Path]:
    """A 32 KiB file system mounted where the backups go (needs the right to mount)."""
    folder = backup_folder(project)
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr!r}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_fails_the_backup_not_the_project(
    project: Path, tiny_backup_disk: Path
) -> None:
    with open_project(project) as db:
        for number in range(40):
            apply_command(db, AddDocument(f"Langt interview {number} æøå", "Tekst. " * 400))
    with pytest.raises(BackupError, match="the project itself is unchanged"):
        make_backup(project, "auto")
    assert list(tiny_backup_disk.iterdir()) == []
    with open_project(project) as db:
        assert check_project(db) == []
