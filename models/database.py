"""Open, create and upgrade Tekstur projects: one SQLite file, or a PostgreSQL database.

A project on a laptop is a ``*.tekstur`` file (SQLite in WAL mode, foreign keys on, a busy
timeout, every commit synced to disk). A team project is a ``postgresql://`` URL. Both carry an
Alembic revision: an older SQLite file is upgraded in place after a backup copy is written; an
older PostgreSQL database must be upgraded on purpose with ``tekstur migrate``. The open
project itself (:class:`ProjectDatabase`, :class:`ProjectLocation`, :class:`ProjectError`) is
in :mod:`models.project_database`; import those names from either module.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, insert, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from models.documents import Project
from models.project_database import ProjectDatabase, ProjectError, ProjectLocation

__all__ = [
    "PROJECT_SUFFIX",
    "SCHEMA_HEAD",
    "SCHEMA_REVISIONS",
    "MigrationResult",
    "ProjectDatabase",
    "ProjectError",
    "ProjectLocation",
    "backup_sqlite_project",
    "create_project",
    "migrate_project",
    "open_project",
]

# Every schema revision Tekstur knows, oldest first; the last one is what this version writes.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
PROJECT_SUFFIX = ".tekstur"
_SQLITE_HEADER = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    """What an upgrade did: the revisions before and after, and the backup it wrote."""

    before: str
    after: str
    backup: Path | None


def create_project(target: str | Path, name: str | None = None) -> ProjectDatabase:
    """Create a new, empty project at ``target`` and return it open.

    Refuses to touch an existing file or a PostgreSQL database that already has tables.
    """
    from models.project_lock import ProjectLock

    location = ProjectLocation.parse(target)
    lock = None
    if location.path is not None:
        if location.path.exists():
            raise ProjectError(f"{location.path} already exists; choose another name")
        if not location.path.parent.is_dir():
            raise ProjectError(f"folder {location.path.parent} does not exist")
        lock = ProjectLock.acquire(location.path)
    db = ProjectDatabase(location, lock=lock)
    try:
        with db.read() as connection:
            if inspect(connection).get_table_names():
                raise ProjectError(f"{location} already holds tables; use an empty database")
        with db.write() as connection:
            _run_alembic(connection, SCHEMA_HEAD)
            default_name = (
                location.path.stem if location.path else make_url(db.location.url).database
            )
            connection.execute(insert(Project).values(name=name or default_name or "Tekstur"))
    except BaseException as error:
        db.close()
        if location.path is not None:  # never leave a half-made project file behind
            for leftover in ("", "-wal", "-shm"):
                Path(f"{location.path}{leftover}").unlink(missing_ok=True)
        if isinstance(error, DBAPIError):
            raise ProjectError(f"cannot create {location}: {_first_line(error)}") from error
        raise
    return db


def open_project(
    target: str | Path, *, upgrade: bool = True, read_only: bool = False
) -> ProjectDatabase:
    """Open an existing project, upgrading an older SQLite file after writing a backup.

    A project file opened for writing is locked until it is closed: a second open for
    writing raises ProjectLockedError naming who has it. ``read_only`` opens without the
    lock and never writes (nor upgrades). A file Tekstur cannot write to (a read-only
    medium, no permission on the file or its folder) opens read-only by itself, with the
    reason in ``db.read_only_reason``.

    Raises ProjectError with a message for the user when the target is missing, is not a
    Tekstur project, was written by a newer Tekstur, or is a PostgreSQL database that needs
    ``tekstur migrate``.
    """
    from models.project_lock import ProjectLock, decide_access

    location = ProjectLocation.parse(target)
    lock, immutable, reason = None, False, None
    if location.path is not None:
        _check_sqlite_file(location.path)
        access = decide_access(location.path)
        immutable = access.immutable
        if access.read_only and not read_only:
            read_only, reason = True, access.reason
        elif not read_only:
            lock = ProjectLock.acquire(location.path)
    db = ProjectDatabase(location, read_only=read_only, immutable=immutable, lock=lock)
    db.read_only_reason = reason
    try:
        revision = _known_revision(db)
        if revision != SCHEMA_HEAD:
            if read_only:
                raise ProjectError(
                    f"{location} uses schema {revision} and must be upgraded to {SCHEMA_HEAD},"
                    " which a read-only open never does; open it once for writing"
                )
            if not location.is_sqlite:
                raise ProjectError(
                    f"{location} uses schema {revision}; this Tekstur needs {SCHEMA_HEAD}."
                    f" Run: tekstur migrate {location}"
                )
            if not upgrade:
                raise ProjectError(f"{location} uses schema {revision} and must be upgraded")
            _upgrade(db, revision)
    except DBAPIError as error:
        db.close()
        raise ProjectError(f"cannot open {location}: {_first_line(error)}") from error
    except ProjectError:
        db.close()
        raise
    return db


def migrate_project(target: str | Path) -> MigrationResult:
    """Upgrade a project to the schema this Tekstur writes; a no-op when it is current."""
    from models.project_lock import ProjectLock

    location = ProjectLocation.parse(target)
    lock = None
    if location.path is not None:
        _check_sqlite_file(location.path)
        lock = ProjectLock.acquire(location.path)
    with ProjectDatabase(location, lock=lock) as db:
        try:
            revision = _known_revision(db)
            if revision == SCHEMA_HEAD:
                return MigrationResult(revision, revision, None)
            return _upgrade(db, revision)
        except DBAPIError as error:
            raise ProjectError(f"cannot migrate {location}: {_first_line(error)}") from error


def _known_revision(db: ProjectDatabase) -> str:
    revision = db.schema_revision()
    if revision is None:
        raise ProjectError(f"{db.location} is not a Tekstur project (it has no Tekstur schema)")
    if revision not in SCHEMA_REVISIONS:
        raise ProjectError(
            f"{db.location} was written by a newer Tekstur (schema {revision}); update Tekstur"
        )
    return revision


def _upgrade(db: ProjectDatabase, revision: str) -> MigrationResult:
    backup = None
    if db.location.path is not None:
        backup = backup_sqlite_project(db.location.path, f"schema-{revision}")
    with db.engine.connect() as connection:
        if db.location.is_sqlite:
            # Table rebuilds in SQLite migrations must not fire ON DELETE CASCADE; the
            # pragma only takes effect outside a transaction, so set it before BEGIN.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        with connection.begin():
            _run_alembic(connection, SCHEMA_HEAD)
            if db.location.is_sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise ProjectError(f"upgrade of {db.location} broke a reference in {broken[0]}")
        connection.invalidate()  # do not hand out a connection with foreign keys off
    return MigrationResult(revision, SCHEMA_HEAD, backup)


def _run_alembic(connection: Connection, revision: str) -> None:
    # Alembic is imported here, not at module level: opening a current project never needs it.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def backup_sqlite_project(path: Path, reason: str) -> Path:
    """Write a consistent copy of a project file beside it with SQLite's online backup API."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.backup-{reason}-{stamp}{PROJECT_SUFFIX}")
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return backup


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        raise ProjectError(f"{path} does not exist")
    if not path.is_file():
        raise ProjectError(f"{path} is not a file")
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header != _SQLITE_HEADER:
        raise ProjectError(f"{path} is not a Tekstur project (not an SQLite database file)")


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(error).__name__
