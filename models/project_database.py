"""An open Tekstur project: where it lives and how Tekstur reads and writes it.

:class:`ProjectLocation` reads a target, a ``*.tekstur`` file or a ``postgresql://`` URL;
:class:`ProjectDatabase` holds the engine, short read and write transactions and ORM
sessions. A project file's connections run in WAL mode with foreign keys on, a busy timeout
and every commit synced to disk, and a writer takes SQLite's write lock when it begins. A
read-only project opens with ``mode=ro`` and never writes. Opening, creating and upgrading
a project are in :mod:`models.database`, which these names are also imported from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from models.documents import Project

if TYPE_CHECKING:
    from models.project_lock import ProjectLock


class ProjectError(Exception):
    """A project cannot be opened, created or upgraded; the message tells the user why."""


@dataclass(frozen=True)
class ProjectLocation:
    """Where a project lives: a SQLite file path or a PostgreSQL URL."""

    url: str
    path: Path | None

    @classmethod
    def parse(cls, target: str | Path) -> ProjectLocation:
        """Read a command-line style target: ``postgresql://…`` or a file path."""
        raw = str(target)
        if raw.startswith(("postgresql://", "postgres://", "postgresql+")):
            url = make_url(raw)
            return cls(url.set(drivername="postgresql+psycopg").render_as_string(False), None)
        path = Path(raw).expanduser().absolute()
        return cls(f"sqlite:///{path}", path)

    @property
    def is_sqlite(self) -> bool:
        """True for a project file, False for a PostgreSQL database."""
        return self.path is not None

    def __str__(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


class ProjectDatabase:
    """An open project: its engine, short read and write transactions, and ORM sessions.

    ``read_only`` projects never write (``write()`` refuses); ``lock`` is the one-writer
    lock :func:`open_project` took, released by :meth:`close`.
    """

    def __init__(
        self,
        location: ProjectLocation,
        *,
        read_only: bool = False,
        immutable: bool = False,
        lock: ProjectLock | None = None,
    ) -> None:
        self.location = location
        self.read_only = read_only
        self.read_only_reason: str | None = None  # set when Tekstur chose read-only itself
        self._lock = lock
        if location.path is not None and read_only:
            uri = _read_only_uri(location.path, immutable)
            self.engine = create_engine(
                location.url,
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            )
            event.listen(self.engine, "connect", _configure_read_only_connection)
            event.listen(self.engine, "begin", _begin_sqlite_transaction)
            self._write_engine: Engine = self.engine
        elif location.is_sqlite:
            self.engine = create_engine(location.url)
            event.listen(self.engine, "connect", _configure_sqlite_connection)
            event.listen(self.engine, "begin", _begin_sqlite_transaction)
            # Writers take the write lock when they begin, so two writers never deadlock
            # half-way through a command; readers never wait for writers in WAL mode.
            self._write_engine = self.engine.execution_options(tekstur_begin="BEGIN IMMEDIATE")
        else:
            options = {"options": "-c default_transaction_read_only=on"} if read_only else {}
            self.engine = create_engine(location.url, pool_pre_ping=True, connect_args=options)
            self._write_engine = self.engine

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a read transaction that is rolled back afterwards."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in one write transaction: committed at the end, or rolled back whole."""
        if self.read_only:
            raise ProjectError(f"{self.location} is open read-only; nothing can be changed")
        with self._write_engine.begin() as connection:
            yield connection

    def session(self) -> Session:
        """A new ORM session for reading typed objects."""
        return Session(self.engine, autoflush=False, expire_on_commit=False)

    def schema_revision(self) -> str | None:
        """The Alembic revision of the schema, or None when the database has no Tekstur schema."""
        with self.read() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def project_name(self) -> str:
        """The name stored in the project row."""
        with self.read() as connection:
            name = connection.execute(select(Project.name)).scalar()
        return name or ""

    def close(self) -> None:
        """Close every pooled connection and give up the write lock; safe to call twice."""
        self.engine.dispose()
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> ProjectDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's begin event issue BEGIN itself instead of pysqlite's implicit one.
    dbapi_connection.isolation_level = None
    for pragma in (
        "PRAGMA busy_timeout = 10000",
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
    ):
        dbapi_connection.execute(pragma)


def _configure_read_only_connection(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    for pragma in ("PRAGMA busy_timeout = 10000", "PRAGMA query_only = ON"):
        dbapi_connection.execute(pragma)


def _read_only_uri(path: Path, immutable: bool) -> str:
    """An SQLite URI that opens ``path`` read-only (``immutable``: without ``-shm``/``-wal``)."""
    uri = f"{path.as_uri()}?mode=ro"
    return f"{uri}&immutable=1" if immutable else uri


def _begin_sqlite_transaction(connection: Connection) -> None:
    connection.exec_driver_sql(connection.get_execution_options().get("tekstur_begin", "BEGIN"))
