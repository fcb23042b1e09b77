"""Commands on saved queries: save (or overwrite) a named query, rename it, delete it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from models.base import utcnow
from models.changes import ChangeRecorder
from models.commands.base import Command, CommandError
from models.saved import SavedQuery

NAME_LIMIT = 300
KIND_LIMIT = 40


def options_text(options: str | Mapping[str, Any]) -> str:
    """Options as the JSON text a saved query keeps; refuses anything but a JSON object."""
    if isinstance(options, str):
        try:
            parsed = json.loads(options)
        except ValueError as error:
            raise CommandError(f"the query's options are not valid JSON ({error})") from error
    else:
        parsed = dict(options)
    if not isinstance(parsed, dict):
        raise CommandError("the query's options must be a JSON object")
    return json.dumps(parsed, ensure_ascii=False, sort_keys=True)


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise CommandError("a saved query needs a name")
    if len(cleaned) > NAME_LIMIT:
        raise CommandError(f"a saved query's name has at most {NAME_LIMIT} characters")
    return cleaned


def _id_named(tx: ChangeRecorder, name: str) -> int | None:
    found = tx.connection.execute(select(SavedQuery.id).where(SavedQuery.name == name)).scalar()
    return None if found is None else int(found)


def _name_of(tx: ChangeRecorder, saved_query_id: int) -> str:
    name = tx.connection.execute(
        select(SavedQuery.name).where(SavedQuery.id == saved_query_id)
    ).scalar()
    if name is None:
        raise CommandError(f"saved query {saved_query_id} does not exist")
    return str(name)


class SaveQuery(Command):
    """Save a query of ``kind`` with its options under ``name``; its id is ``saved_query_id``.

    A name already taken is refused, unless ``replace`` is set: then that saved query gets the
    new kind and options (undo brings the old ones back).
    """

    def __init__(
        self,
        name: str,
        kind: str,
        options: str | Mapping[str, Any],
        *,
        replace: bool = False,
    ) -> None:
        self.name, self.kind, self.options, self.replace = name, kind, options, replace
        self.saved_query_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Save query '{self.name.strip()}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty or taken name, an unnamed kind, or options that are not an object."""
        name = _check_name(self.name)
        kind = self.kind.strip()
        if not kind or len(kind) > KIND_LIMIT:
            raise CommandError(f"'{self.kind}' is not a kind of query")
        options = options_text(self.options)
        existing = _id_named(tx, name)
        now = utcnow()
        if existing is None:
            self.saved_query_id = tx.insert(
                SavedQuery, name=name, kind=kind, options=options, created_at=now, updated_at=now
            )
            return
        if not self.replace:
            raise CommandError(f"a saved query called '{name}' already exists")
        self.saved_query_id = existing
        if tx.update(SavedQuery, existing, kind=kind, options=options):
            tx.update(SavedQuery, existing, updated_at=now)


class RenameSavedQuery(Command):
    """Give a saved query another name."""

    def __init__(self, saved_query_id: int, name: str) -> None:
        self.saved_query_id, self.name = saved_query_id, name

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Rename saved query to '{self.name.strip()}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a saved query that is gone, or a name another one has."""
        _name_of(tx, self.saved_query_id)
        name = _check_name(self.name)
        if _id_named(tx, name) not in (None, self.saved_query_id):
            raise CommandError(f"a saved query called '{name}' already exists")
        if tx.update(SavedQuery, self.saved_query_id, name=name):
            tx.update(SavedQuery, self.saved_query_id, updated_at=utcnow())


class DeleteSavedQuery(Command):
    """Delete a saved query (undo brings it back with its id and options)."""

    def __init__(self, saved_query_id: int) -> None:
        self.saved_query_id = saved_query_id

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Delete saved query"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a saved query that is already gone."""
        _name_of(tx, self.saved_query_id)
        tx.delete(SavedQuery, [self.saved_query_id])
