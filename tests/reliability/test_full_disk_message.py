"""A command that runs out of space is refused with a message about the disk, not SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.disk_full import LimitPages
from bench.fault_operations import fingerprint
from importers.batch import import_files
from models.commands import AddDocument, CommandError, apply_command
from models.database import ProjectDatabase

TEXT = "I: Fortæl om jeres samarbejde med lægen. 😀 æøå\n" * 4000


def test_a_full_disk_refuses_the_command_and_changes_nothing(sqlite_db: ProjectDatabase) -> None:
    apply_command(sqlite_db, AddDocument("Interview 1", "I: Hej æøå"))
    LimitPages(2)(sqlite_db)
    before = fingerprint(sqlite_db)
    with pytest.raises(CommandError, match="disk is full, so nothing was changed") as refused:
        apply_command(sqlite_db, AddDocument("Interview 2", TEXT))
    assert "INSERT" not in str(refused.value)
    assert fingerprint(sqlite_db) == before


def test_a_batch_import_on_a_full_disk_reports_each_file(
    sqlite_db: ProjectDatabase, tmp_path: Path
) -> None:
    for number in (1, 2):
        (tmp_path / f"Interview {number}.txt").write_text(f"{number}\n{TEXT}", encoding="utf-8")
    LimitPages(2)(sqlite_db)
    before = fingerprint(sqlite_db)
    report = import_files(sqlite_db, [tmp_path])
    assert [outcome.status for outcome in report.outcomes] == ["refused", "refused"]
    assert all("disk is full" in outcome.message for outcome in report.outcomes)
    assert fingerprint(sqlite_db) == before
