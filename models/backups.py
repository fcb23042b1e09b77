"""Rolling backups of a project file, and restoring one.

Backups of ``Interview.tekstur`` live in the folder ``Interview.backups`` beside it, one
complete project file each, named by when it was made (UTC) and why:
``Interview-20250314T101500Z-open.tekstur``. They are written with SQLite's online backup
API, so a backup is consistent even while the project is open and being changed, and
first into a hidden ``.partial`` file that only becomes a backup once it is whole: a full
disk or a folder Tekstur cannot write to fails with a message and never touches the
project. Backups are stand-alone files (no ``-wal``), so any Tekstur can open one.

Which backups pruning keeps (:func:`backups_to_keep`):

* every backup from the last hour;
* the newest backup of each clock hour (UTC) of the last 24 hours;
* the newest backup of each day (UTC) of the last 30 days;
* and always the newest three, however old.
"""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from models.database import PROJECT_SUFFIX, ProjectDatabase, ProjectError, ProjectLocation
from models.project_lock import ProjectLock, ProjectLockedError

FOLDER_SUFFIX = ".backups"
KEEP_NEWEST = 3
KEEP_ALL_FOR = timedelta(hours=1)
HOURLY_FOR = timedelta(hours=24)
DAILY_FOR = timedelta(days=30)
BEFORE_RESTORE = "before-restore"
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(
    r"^(?P<stem>.*)-(?P<time>\d{8}T\d{6}Z)-(?P<reason>[a-z0-9-]+?)(?:\.(?P<n>\d+))?"
    + re.escape(PROJECT_SUFFIX)
    + "$"
)


class BackupError(ProjectError):
    """A backup could not be made, read or restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when (UTC) and why it was made, its size in bytes, and
    how many codings it holds (when asked for)."""

    path: Path
    made_at: datetime
    reason: str
    size: int
    codings: int | None = None
    number: int = 0  # tells apart backups made within the same second


def backup_folder(project: Path) -> Path:
    """The folder beside ``project`` that holds its backups."""
    return project.with_name(f"{project.stem}{FOLDER_SUFFIX}")


def _slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"


def make_backup(project: Path, reason: str, *, now: datetime | None = None) -> BackupInfo:
    """Write a consistent copy of ``project`` into its backup folder and describe it.

    Raises BackupError (the project unchanged, no partial file left) when the folder cannot
    be made or written, the disk is full, or the project cannot be read.
    """
    made_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    folder = backup_folder(project)
    stem, slug = project.stem, _slug(reason)
    partial: Path | None = None
    try:
        folder.mkdir(exist_ok=True)
        stamp = made_at.strftime(_STAMP)
        # Backups made within one second are numbered in the order they were made.
        number = len(list(folder.glob(f"{glob.escape(stem)}-{stamp}-*")))
        name = f"{stem}-{stamp}-{slug}{f'.{number}' if number else ''}{PROJECT_SUFFIX}"
        while (folder / name).exists():
            number += 1
            name = f"{stem}-{stamp}-{slug}.{number}{PROJECT_SUFFIX}"
        partial = folder / f".{name}.partial"
        _copy_database(project, partial, journal_mode="DELETE")
        _sync(partial)
        partial.replace(folder / name)
    except (OSError, sqlite3.Error) as error:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise BackupError(
            f"cannot write a backup of {project} into {folder}: {_why(error)};"
            " the project itself is unchanged"
        ) from error
    path = folder / name
    return BackupInfo(path, made_at, slug, path.stat().st_size, number=number)


def _copy_database(source: Path, target: Path, *, journal_mode: str) -> None:
    """Copy ``source`` onto ``target`` page by page with SQLite's online backup API."""
    if not source.is_file():
        raise FileNotFoundError(2, "no such file", str(source))
    reader = sqlite3.connect(source)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
            writer.execute(f"PRAGMA journal_mode = {journal_mode}")
        finally:
            writer.close()
    finally:
        reader.close()


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _why(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower() if error.strerror[:1].isupper() else error.strerror
    return str(error) or type(error).__name__


def list_backups(project: Path, *, count_codings: bool = False) -> list[BackupInfo]:
    """The backups of ``project``, newest first; ``count_codings`` reads each one's count."""
    folder = backup_folder(project)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        made_at = datetime.strptime(match["time"], _STAMP).replace(tzinfo=UTC)
        codings = _count_codings(path) if count_codings else None
        number = int(match["n"] or 0)
        found.append(
            BackupInfo(path, made_at, match["reason"], path.stat().st_size, codings, number)
        )
    return sorted(found, key=lambda info: (info.made_at, info.number), reverse=True)


def _count_codings(path: Path) -> int | None:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return int(connection.execute("SELECT count(*) FROM codings").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """The backups pruning keeps at ``now`` (the rule is in the module's docstring).

    A backup counts for its hour and its day whichever rule kept it, so a day whose
    evening backup is kept hourly keeps no second one for the day.
    """
    newest_first = sorted(backups, key=lambda info: (info.made_at, info.number), reverse=True)
    keep = {info.path for info in newest_first[:KEEP_NEWEST]}
    hours: set[datetime] = set()
    days: set[object] = set()
    for info in newest_first:
        age = now - info.made_at
        hour = info.made_at.replace(minute=0, second=0, microsecond=0)
        day = info.made_at.date()
        hourly = age < HOURLY_FOR and hour not in hours
        daily = age < DAILY_FOR and day not in days
        if age < KEEP_ALL_FOR or hourly or daily:
            keep.add(info.path)
        if info.path in keep:
            hours.add(hour)
            days.add(day)
    return keep


def prune_backups(project: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rule no longer keeps; returns the files deleted."""
    backups = list_backups(project)
    keep = backups_to_keep(backups, now or datetime.now(UTC))
    removed = []
    for info in backups:
        if info.path not in keep:
            try:
                info.path.unlink()
            except OSError as error:
                raise BackupError(
                    f"cannot delete the old backup {info.path}: {_why(error)}"
                ) from error
            removed.append(info.path)
    return removed


def verify_backup(path: Path) -> list[str]:
    """Every problem found in the backup at ``path`` (opened read-only); none: it is whole."""
    from models.database import open_project
    from models.integrity import check_project

    try:
        with open_project(path, read_only=True) as db:
            return check_project(db)
    except ProjectError as error:
        return [str(error)]
    except sqlite3.Error as error:  # pragma: no cover - a file damaged past SQLite's checks
        return [f"{path}: {error}"]


def restore_backup(project: Path, backup: Path) -> BackupInfo:
    """Make ``project`` what ``backup`` holds; returns the backup of what it held before.

    Refuses a damaged backup, and a project open for writing anywhere (the one-writer lock
    is held while restoring, so nobody opens it meanwhile). The current state is backed up
    first (reason ``before-restore``); the restored project is checked, and put back as it
    was if the check fails.
    """
    problems = verify_backup(backup)
    if problems:
        raise BackupError(f"{backup} was not restored, it is damaged: {problems[0]}")
    try:
        lock = ProjectLock.acquire(project)
    except ProjectLockedError as error:
        raise BackupError(
            f"{project} is open in Tekstur ({error.holder}); close it before restoring a backup"
        ) from error
    try:
        saved = make_backup(project, BEFORE_RESTORE)
        try:
            _copy_database(backup, project, journal_mode="WAL")
        except (OSError, sqlite3.Error) as error:
            raise BackupError(f"cannot restore {backup} onto {project}: {_why(error)}") from error
        with ProjectDatabase(ProjectLocation.parse(project)) as db:
            from models.integrity import check_project

            problems = check_project(db)
        if problems:
            _copy_database(saved.path, project, journal_mode="WAL")
            raise BackupError(
                f"{project} was put back as it was: the restored copy failed its check"
                f" ({problems[0]})"
            )
    finally:
        lock.release()
    return saved
