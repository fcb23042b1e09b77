"""Team projects on PostgreSQL: every change is announced, and open windows listen.

Each command's transaction also sends ``pg_notify('tekstur_changes', payload)``. PostgreSQL
delivers a notification only when the transaction commits, so a rolled-back command is never
announced and a listener never sees a change before it can read it. The payload is a small
JSON object: the tables the command wrote, the documents and codes it touched (or ``"all"``
when there are more than :data:`MAX_IDS`), and the origin — an id of the sending
:class:`ProjectDatabase` — so a window can ignore its own echo.

:class:`ChangeListener` holds its own connection that LISTENs on the channel and hands out
decoded :class:`TeamChange` objects; it reconnects after a dropped connection and then reports
that anything may have changed (announcements sent meanwhile are lost). SQLite projects send
nothing: there is one writer per file, on one machine.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, select, text
from sqlalchemy.engine import make_url

from models.base import Base
from models.changes import RowChange
from models.database import ProjectDatabase, ProjectError, ProjectLocation

if TYPE_CHECKING:
    import psycopg

CHANNEL = "tekstur_changes"
MAX_IDS = 100  # more than this many ids are announced as "all" (a payload stays far below 8 kB)
_ALL = "all"
_origins: WeakKeyDictionary[ProjectDatabase, str] = WeakKeyDictionary()


def origin_id(db: ProjectDatabase) -> str:
    """The id this open project signs its announcements with (one per ProjectDatabase)."""
    origin = _origins.get(db)
    if origin is None:
        origin = _origins[db] = uuid.uuid4().hex
    return origin


@dataclass(frozen=True)
class TeamChange:
    """What one committed command changed, as announced to everyone with the project open.

    ``document_ids`` and ``code_ids`` are None when any document or code may be affected.
    """

    origin: str
    tables: frozenset[str]
    document_ids: frozenset[int] | None
    code_ids: frozenset[int] | None

    @classmethod
    def everything(cls, origin: str = "") -> TeamChange:
        """A change that may have touched anything (after a dropped connection)."""
        tables = frozenset(Base.metadata.tables)
        return cls(origin, tables, None, None)

    def touches_document(self, document_id: int) -> bool:
        """Whether what a view of this document draws may have changed."""
        if self.document_ids is None or document_id in self.document_ids:
            return True
        return bool(self.tables & {"codes", "coders"})  # names and colours drawn in any text

    def merged(self, other: TeamChange) -> TeamChange:
        """One change covering both (the origin of ``self`` is kept)."""
        return TeamChange(
            self.origin,
            self.tables | other.tables,
            _union(self.document_ids, other.document_ids),
            _union(self.code_ids, other.code_ids),
        )

    def to_payload(self) -> str:
        """The JSON text sent with the notification."""
        return json.dumps(
            {
                "origin": self.origin,
                "tables": sorted(self.tables),
                "documents": _ids_out(self.document_ids),
                "codes": _ids_out(self.code_ids),
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_payload(cls, payload: str) -> TeamChange | None:
        """Decode a notification's payload; None when it is not one Tekstur sent."""
        try:
            data = json.loads(payload)
            return cls(
                str(data["origin"]),
                frozenset(str(t) for t in data["tables"]),
                _ids_in(data["documents"]),
                _ids_in(data["codes"]),
            )
        except (ValueError, KeyError, TypeError):
            return None


def _union(a: frozenset[int] | None, b: frozenset[int] | None) -> frozenset[int] | None:
    return None if a is None or b is None else a | b


def _ids_out(ids: frozenset[int] | None) -> list[int] | str:
    return _ALL if ids is None or len(ids) > MAX_IDS else sorted(ids)


def _ids_in(value: Any) -> frozenset[int] | None:
    if value == _ALL:
        return None
    if not isinstance(value, list):
        raise TypeError("ids must be a list or 'all'")
    return frozenset(int(v) for v in value)


def describe_changes(
    connection: Connection, origin: str, changes: Sequence[RowChange]
) -> TeamChange:
    """The announcement for ``changes``, read inside the transaction that made them.

    An update records only the columns it changed, so the document and code of an updated
    row (a resized coding) are looked up by its key.
    """
    documents: set[int] = set()
    codes: set[int] = set()
    lookups: dict[str, set[Any]] = {}
    for change in changes:
        table = Base.metadata.tables[change.table]
        keys = [c.name for c in table.primary_key]
        seen = [dict(zip(keys, change.key, strict=True)), change.before or {}, change.after or {}]
        if change.table == "documents":
            documents.add(change.key[0])
        elif change.table == "codes":
            codes.add(change.key[0])
        for reference, found in (("document_id", documents), ("code_id", codes)):
            if reference not in table.c:
                continue
            values = {row[reference] for row in seen if row.get(reference) is not None}
            found.update(values)
            if not values and change.kind == "update" and keys == ["id"]:
                lookups.setdefault(change.table, set()).add(change.key[0])
    for name, ids in lookups.items():
        table = Base.metadata.tables[name]
        names = [c for c in ("document_id", "code_id") if c in table.c]
        query = select(*(table.c[c] for c in names)).where(table.c.id.in_(sorted(ids)))
        for row in connection.execute(query):
            for reference, value in zip(names, row, strict=True):
                if value is not None:
                    (documents if reference == "document_id" else codes).add(value)
    return TeamChange(
        origin,
        frozenset(change.table for change in changes),
        _capped(documents),
        _capped(codes),
    )


def _capped(ids: set[int]) -> frozenset[int] | None:
    return None if len(ids) > MAX_IDS else frozenset(ids)


def announce_changes(
    db: ProjectDatabase, connection: Connection, changes: Sequence[RowChange]
) -> None:
    """Queue the announcement of ``changes`` in the open transaction (PostgreSQL only).

    Sent inside the transaction on purpose: PostgreSQL delivers it on commit, and drops it
    on rollback.
    """
    if not changes or connection.dialect.name != "postgresql":
        return
    change = describe_changes(connection, origin_id(db), changes)
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": CHANNEL, "payload": change.to_payload()},
    )


def connection_arguments(location: ProjectLocation) -> dict[str, Any]:
    """libpq keyword arguments for a PostgreSQL project (password only when the URL has one;
    otherwise libpq's ``.pgpass`` and environment apply)."""
    url = make_url(location.url)
    arguments: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
    for key, value in url.query.items():
        arguments[key] = value if isinstance(value, str) else value[-1]
    return arguments


class ChangeListener:
    """Listens for announcements on a PostgreSQL project with a connection of its own.

    :meth:`poll` returns the changes that arrived (waiting up to ``timeout`` seconds). A
    dropped connection is opened again on a later poll (at most every ``retry_seconds``);
    the first poll after that returns :meth:`TeamChange.everything`, because announcements
    sent while it was away are lost.
    """

    def __init__(self, location: ProjectLocation | str, *, retry_seconds: float = 2.0) -> None:
        self.location = (
            location if isinstance(location, ProjectLocation) else ProjectLocation.parse(location)
        )
        if self.location.is_sqlite:
            raise ProjectError(f"{self.location} is a project file; only PostgreSQL announces")
        self.retry_seconds = retry_seconds
        self._connection: psycopg.Connection[Any] | None = None
        self._next_attempt = 0.0
        self._missed = False
        self.connect()

    @property
    def connected(self) -> bool:
        """Whether the listening connection is open."""
        return self._connection is not None and not self._connection.closed

    def connect(self) -> None:
        """Open the connection and LISTEN; raises psycopg.OperationalError when unreachable."""
        import psycopg  # only team projects need the driver directly

        self.close()
        connection = psycopg.connect(
            **connection_arguments(self.location), autocommit=True, connect_timeout=10
        )
        connection.execute(f"LISTEN {CHANNEL}")
        self._connection = connection

    def fileno(self) -> int | None:
        """The socket to watch for readability, or None while disconnected."""
        return self._connection.fileno() if self.connected and self._connection else None

    def poll(self, timeout: float = 0.0) -> list[TeamChange]:
        """The changes announced since the last poll, waiting up to ``timeout`` seconds."""
        if not self.connected and not self._reconnect():
            return []
        if self._missed:
            self._missed = False
            return [TeamChange.everything()]
        assert self._connection is not None
        import psycopg

        try:
            notes = list(self._connection.notifies(timeout=timeout))
        except psycopg.Error:
            self._lost()
            return []
        decoded = (TeamChange.from_payload(n.payload) for n in notes if n.channel == CHANNEL)
        return [change for change in decoded if change is not None]

    def _reconnect(self) -> bool:
        if time.monotonic() < self._next_attempt:
            return False
        import psycopg

        try:
            self.connect()
        except psycopg.Error:
            self._next_attempt = time.monotonic() + self.retry_seconds
            return False
        return True

    def _lost(self) -> None:
        self.close()
        self._missed = True
        self._next_attempt = time.monotonic()

    def backend_pid(self) -> int | None:
        """The server process of the listening connection (None while disconnected)."""
        return self._connection.info.backend_pid if self.connected and self._connection else None

    def close(self) -> None:
        """Stop listening and close the connection."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


def merge_changes(changes: Iterable[TeamChange]) -> TeamChange | None:
    """One change covering all of ``changes`` (None when there are none)."""
    merged: TeamChange | None = None
    for change in changes:
        merged = change if merged is None else merged.merged(change)
    return merged
