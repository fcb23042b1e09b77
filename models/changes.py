"""Row-level change sets: what a command did, replayable forwards and backwards.

Every command writes through a :class:`ChangeRecorder`, which executes each insert, update
and delete at once and remembers it with the full row or the old and new values. Inverting
the list gives the exact undo, including rows removed by ``ON DELETE CASCADE`` or changed by
``ON DELETE SET NULL``: the recorder follows the foreign keys itself before it deletes, so
nothing disappears behind its back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, func, select, text

from models.base import Base

Row = dict[str, Any]
_CHUNK = 500  # stays well below SQLite's limit on bound parameters


class ChangeConflictError(Exception):
    """A recorded change no longer fits the database, because someone else changed it."""


@dataclass(frozen=True)
class RowChange:
    """One row inserted (``before`` is None), deleted (``after`` is None) or updated.

    For inserts and deletes the row dict is complete; for updates it holds only the columns
    that changed. ``key`` is the row's primary key.
    """

    table: str
    key: tuple[Any, ...]
    before: Row | None
    after: Row | None

    @property
    def kind(self) -> str:
        """``insert``, ``update`` or ``delete``."""
        if self.before is None:
            return "insert"
        return "delete" if self.after is None else "update"

    def inverted(self) -> RowChange:
        """The change that undoes this one."""
        return RowChange(self.table, self.key, self.after, self.before)


def invert(changes: Sequence[RowChange]) -> list[RowChange]:
    """The changes that undo ``changes``, in the order they must be applied."""
    return [change.inverted() for change in reversed(changes)]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _key_clause(table: Table) -> Any:
    return and_(*(column == bindparam(f"k_{column.name}") for column in table.primary_key))


def _key_params(table: Table, key: tuple[Any, ...]) -> Row:
    return {f"k_{column.name}": value for column, value in zip(table.primary_key, key, strict=True)}


def apply_changes(connection: Connection, changes: Sequence[RowChange]) -> None:
    """Execute recorded changes, in batches, checking that each still applies.

    Updates only apply where the row still holds the ``before`` values, and deletes only where
    the row still exists, so replaying an undo over someone else's edit fails loudly instead
    of silently overwriting it.
    """
    for (name, kind, columns), batch_iter in groupby(
        changes, key=lambda c: (c.table, c.kind, tuple(sorted((c.after or {}).keys())))
    ):
        batch = list(batch_iter)
        table = _table(name)
        if kind == "insert":
            connection.execute(table.insert(), [dict(change.after or {}) for change in batch])
            continue
        if kind == "delete":
            statement: Any = table.delete().where(_key_clause(table))
            params = [_key_params(table, change.key) for change in batch]
        else:
            guards = [table.c[c].is_not_distinct_from(bindparam(f"b_{c}")) for c in columns]
            statement = (
                table.update()
                .where(_key_clause(table), *guards)
                .values({c: bindparam(f"a_{c}") for c in columns})
            )
            params = [
                _key_params(table, change.key)
                | {f"b_{c}": (change.before or {})[c] for c in columns}
                | {f"a_{c}": (change.after or {})[c] for c in columns}
                for change in batch
            ]
        result = connection.execute(statement, params)
        if result.rowcount != len(params):
            raise ChangeConflictError(
                f"{len(params) - result.rowcount} row(s) in {name} were changed by someone else"
            )


class ChangeRecorder:
    """Writes to a project inside one transaction and records every row it touched."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.changes: list[RowChange] = []

    def insert(self, model: type[Base], **values: Any) -> Any:
        """Insert one row and return its primary key (the id for ordinary tables)."""
        return self.insert_many(model, [values])[0]

    def insert_many(self, model: type[Base], rows: Iterable[Mapping[str, Any]]) -> list[Any]:
        """Insert rows, filling in column defaults so the record is complete; return their keys."""
        table: Table = model.__table__  # type: ignore[assignment]
        complete = [_with_defaults(table, row) for row in rows]
        if not complete:
            return []
        keys: list[Any]
        if _has_surrogate_id(table):
            keys = _allocate_ids(self.connection, table, len(complete))
            for row, key in zip(complete, keys, strict=True):
                row["id"] = key
        else:
            keys = [tuple(row[c.name] for c in table.primary_key) for row in complete]
        self.connection.execute(table.insert(), complete)
        names = _primary_key_names(table)
        self.changes.extend(
            RowChange(table.name, tuple(row[n] for n in names), None, row) for row in complete
        )
        return keys

    def update(self, model: type[Base], key: Any, **values: Any) -> bool:
        """Change some columns of one row; returns False when nothing actually changed."""
        table: Table = model.__table__  # type: ignore[assignment]
        key_tuple = key if isinstance(key, tuple) else (key,)
        current = self.connection.execute(
            select(*(table.c[c] for c in values)).where(_key_clause(table)),
            _key_params(table, key_tuple),
        ).first()
        if current is None:
            raise ChangeConflictError(f"row {key_tuple} of {table.name} does not exist")
        before = dict(zip(values, current, strict=True))
        changed = {c: v for c, v in values.items() if before[c] != v}
        if not changed:
            return False
        change = RowChange(table.name, key_tuple, {c: before[c] for c in changed}, changed)
        apply_changes(self.connection, [change])
        self.changes.append(change)
        return True

    def delete(self, model: type[Base], keys: Iterable[Any]) -> int:
        """Delete rows by id together with everything that depends on them; returns the count.

        Rows that cascade are recorded first, rows whose reference is set to NULL are recorded
        as updates, and a reference that forbids deletion raises ChangeConflictError.
        """
        table: Table = model.__table__  # type: ignore[assignment]
        rows = self._fetch(table, table.c.id, list(keys))
        self._delete_rows(table, rows, seen=set())
        return len(rows)

    def replay(self, changes: Sequence[RowChange]) -> None:
        """Apply changes recorded earlier (an undo or a redo) and record them again."""
        apply_changes(self.connection, changes)
        self.changes.extend(changes)

    def _fetch(self, table: Table, column: Any, values: Sequence[Any]) -> list[Row]:
        rows: list[Row] = []
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            result = self.connection.execute(select(table).where(column.in_(chunk)))
            rows.extend(dict(row._mapping) for row in result)
        return rows

    def _delete_rows(self, table: Table, rows: list[Row], seen: set[tuple[str, Any]]) -> None:
        rows = [r for r in rows if (table.name, _key(table, r)) not in seen]
        if not rows:
            return
        seen.update((table.name, _key(table, r)) for r in rows)
        for child, fk in _references_to(table):
            parent_values = list({r[fk.column.name] for r in rows} - {None})
            dependents = self._fetch(child, fk.parent, parent_values)
            if not dependents:
                continue
            rule = (fk.ondelete or "NO ACTION").upper()
            if rule == "CASCADE":
                self._delete_rows(child, dependents, seen)
            elif rule == "SET NULL":
                nulls = [
                    RowChange(
                        child.name,
                        _key(child, d),
                        {fk.parent.name: d[fk.parent.name]},
                        {fk.parent.name: None},
                    )
                    for d in dependents
                    if (child.name, _key(child, d)) not in seen
                ]
                apply_changes(self.connection, nulls)
                self.changes.extend(nulls)
            else:
                raise ChangeConflictError(
                    f"{len(dependents)} row(s) in {child.name} still refer to {table.name}"
                )
        deletes = [RowChange(table.name, _key(table, r), r, None) for r in rows]
        apply_changes(self.connection, deletes)
        self.changes.extend(deletes)


def _key(table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(row[name] for name in _primary_key_names(table))


@cache
def _primary_key_names(table: Table) -> tuple[str, ...]:
    return tuple(column.name for column in table.primary_key)


def _references_to(table: Table) -> list[tuple[Table, Any]]:
    return [
        (child, fk)
        for child in Base.metadata.sorted_tables
        for fk in child.foreign_keys
        if fk.column.table is table
    ]


@cache
def _default_plan(table: Table) -> tuple[tuple[str, Callable[[], Any]], ...]:
    """For each column a caller may leave out: how to fill it (the surrogate id excepted)."""
    plan: list[tuple[str, Callable[[], Any]]] = []
    for column in table.columns:
        if column.primary_key and _has_surrogate_id(table):
            continue
        default = column.default
        if default is not None and default.is_callable:
            plan.append((column.name, partial(default.arg, None)))  # type: ignore[attr-defined]
        else:
            value = default.arg if default is not None else None  # type: ignore[attr-defined]
            plan.append((column.name, partial(_constant, value)))
    return tuple(plan)


def _constant(value: Any) -> Any:
    return value


def _with_defaults(table: Table, row: Mapping[str, Any]) -> Row:
    complete = dict(row)
    for name, make in _default_plan(table):
        if name not in complete:
            complete[name] = make()
    return complete


def _has_surrogate_id(table: Table) -> bool:
    return "id" in table.c and len(table.primary_key.columns) == 1


def _allocate_ids(connection: Connection, table: Table, count: int) -> list[int]:
    """Reserve ``count`` new ids, so that rows can be inserted in one batch with known keys.

    Asking the database to return generated ids would force SQLAlchemy to insert row by row
    on SQLite to keep them in order. On SQLite the write transaction holds the only write
    lock, so the next ids are simply the ones after the highest ever used; on PostgreSQL they
    come from the table's sequence, which is safe with concurrent writers.
    """
    if connection.dialect.name == "sqlite":
        highest = connection.execute(select(func.max(table.c.id))).scalar() or 0
        used = connection.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)
        ).scalar()
        first = max(highest, used or 0) + 1
        return list(range(first, first + count))
    sequence = "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
    ids = connection.execute(text(sequence), {"table": table.name, "n": count}).scalars()
    return sorted(ids)
