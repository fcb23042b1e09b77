"""Saved-query commands on SQLite and PostgreSQL: what they store, refuse, and undo."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models import SavedQuery
from models.commands import (
    CommandError,
    DeleteSavedQuery,
    RenameSavedQuery,
    SaveQuery,
    UndoStack,
    apply_command,
)
from models.database import ProjectDatabase
from tests.models.sample_project import snapshot

MATRIX_OPTIONS = {"rows": [3, 1], "columns": {"attribute": "Afdeling"}, "note": "Forsøg æøå"}


def stored(db: ProjectDatabase) -> list[tuple[str, str, dict[str, object]]]:
    with db.read() as connection:
        rows = connection.execute(
            select(SavedQuery.name, SavedQuery.kind, SavedQuery.options).order_by(SavedQuery.id)
        ).all()
    return [(name, kind, json.loads(options)) for name, kind, options in rows]


def test_save_rename_delete_and_undo_each(db: ProjectDatabase) -> None:
    empty = snapshot(db)
    stack = UndoStack(db)
    save = SaveQuery("  Tillid × afdeling  ", "matrix", MATRIX_OPTIONS)
    stack.push(save)
    assert save.saved_query_id is not None
    assert stored(db) == [("Tillid × afdeling", "matrix", MATRIX_OPTIONS)]
    saved = snapshot(db)
    stack.push(RenameSavedQuery(save.saved_query_id, "Tillid pr. afdeling – R1"))
    assert [name for name, _, _ in stored(db)] == ["Tillid pr. afdeling – R1"]
    stack.push(DeleteSavedQuery(save.saved_query_id))
    assert stored(db) == []
    stack.undo()
    assert [name for name, _, _ in stored(db)] == ["Tillid pr. afdeling – R1"]
    stack.undo()
    assert snapshot(db) == saved
    stack.undo()
    assert snapshot(db) == empty
    stack.redo()
    assert snapshot(db) == saved


def test_options_given_as_json_text_are_kept_as_an_object(db: ProjectDatabase) -> None:
    apply_command(db, SaveQuery("Ord", "words", '{"language": "da", "top": 50}'))
    assert stored(db) == [("Ord", "words", {"language": "da", "top": 50})]


def test_replacing_a_saved_query_keeps_its_id_and_undo_restores_the_old_options(
    db: ProjectDatabase,
) -> None:
    first = SaveQuery("Hyppigheder", "frequencies", {"aggregate": False})
    apply_command(db, first)
    before = snapshot(db)
    again = SaveQuery("Hyppigheder", "frequencies", {"aggregate": True}, replace=True)
    undo = apply_command(db, again)
    assert again.saved_query_id == first.saved_query_id
    assert stored(db) == [("Hyppigheder", "frequencies", {"aggregate": True})]
    apply_command(db, undo)
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("name", "kind", "options", "message"),
    [
        ("  ", "matrix", {}, "a saved query needs a name"),
        ("Navn", "", {}, "is not a kind of query"),
        ("Navn", "matrix", "[1, 2]", "must be a JSON object"),
        ("Navn", "matrix", "{rækker", "not valid JSON"),
        ("Tillid × afdeling", "matrix", {}, "already exists"),
    ],
)
def test_bad_saves_are_refused_and_change_nothing(
    db: ProjectDatabase, name: str, kind: str, options: str | dict[str, object], message: str
) -> None:
    apply_command(db, SaveQuery("Tillid × afdeling", "matrix", MATRIX_OPTIONS))
    before = snapshot(db)
    with pytest.raises(CommandError, match=message):
        apply_command(db, SaveQuery(name, kind, options))
    assert snapshot(db) == before


def test_rename_to_a_taken_name_and_missing_queries_are_refused(db: ProjectDatabase) -> None:
    first, second = SaveQuery("Første", "matrix", {}), SaveQuery("Anden", "crosstab", {})
    apply_command(db, first)
    apply_command(db, second)
    assert first.saved_query_id is not None
    with pytest.raises(CommandError, match="'Anden' already exists"):
        apply_command(db, RenameSavedQuery(first.saved_query_id, "Anden"))
    assert apply_command(db, RenameSavedQuery(first.saved_query_id, "Første")).changes == []
    with pytest.raises(CommandError, match="does not exist"):
        apply_command(db, RenameSavedQuery(999, "Tredje"))
    with pytest.raises(CommandError, match="does not exist"):
        apply_command(db, DeleteSavedQuery(999))
    assert [name for name, _, _ in stored(db)] == ["Første", "Anden"]
