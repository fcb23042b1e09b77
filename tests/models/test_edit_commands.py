"""Renaming cases and attributes, a case with its values, annotation edits: each undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from models import Annotation, AttributeValue, Case
from models.commands import Command, CommandError, apply_command
from models.commands.edits import (
    CreateCaseWithValues,
    EditAnnotation,
    RenameAttribute,
    RenameCase,
)
from models.database import ProjectDatabase
from tests.models.sample_project import SampleIds, populate, snapshot

COMMANDS: dict[str, Callable[[SampleIds], Command]] = {
    "rename case": lambda s: RenameCase(s.case_citizen, "Borger 3 – Søren Ærø"),
    "rename attribute": lambda s: RenameAttribute(s.role, "Rolle i forløbet"),
    "create case with values": lambda s: CreateCaseWithValues(
        "Leder Åse", [(s.role, "Leder"), (s.age, 52.0), (s.age + 1, date(2020, 1, 6))]
    ),
    "edit annotation": lambda s: EditAnnotation(1, "Hvor mange måneder præcist?"),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_apply_undo_redo_restore_every_row(db: ProjectDatabase, name: str) -> None:
    sample = populate(db)
    before = snapshot(db)
    undo = apply_command(db, COMMANDS[name](sample))
    after = snapshot(db)
    assert after != before
    redo = apply_command(db, undo)
    assert snapshot(db) == before
    apply_command(db, redo)
    assert snapshot(db) == after


def test_case_with_values_stores_typed_values(db: ProjectDatabase) -> None:
    sample = populate(db)
    command = CreateCaseWithValues("Leder Åse", [(sample.role, "Leder"), (sample.age, None)])
    apply_command(db, command)
    with db.read() as connection:
        values = connection.execute(
            select(AttributeValue.attribute_id, AttributeValue.value_text).where(
                AttributeValue.case_id == command.case_id
            )
        ).all()
    assert [tuple(row) for row in values] == [(sample.role, "Leder")]


def test_a_wrong_value_refuses_the_new_case_too(db: ProjectDatabase) -> None:
    sample = populate(db)
    before = snapshot(db)
    with pytest.raises(CommandError, match="is not a number value for 'Alder'"):
        apply_command(db, CreateCaseWithValues("Leder Åse", [(sample.age, "halvtreds")]))
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda s: RenameCase(s.case_citizen, "Sagsbehandler A"), "already exists"),
        (lambda s: RenameCase(s.case_citizen, "  "), "needs a name"),
        (lambda s: RenameCase(999, "Ny"), "does not exist"),
        (lambda s: RenameAttribute(s.role, "Alder"), "already exists"),
        (lambda s: RenameAttribute(s.role, ""), "needs a name"),
        (lambda s: RenameAttribute(999, "Ny"), "does not exist"),
        (lambda s: EditAnnotation(999, "Ny"), "does not exist"),
    ],
)
def test_refusals_change_nothing(
    db: ProjectDatabase, make: Callable[[SampleIds], Command], message: str
) -> None:
    sample = populate(db)
    before = snapshot(db)
    with pytest.raises(CommandError, match=message):
        apply_command(db, make(sample))
    assert snapshot(db) == before


def test_renaming_keeps_the_same_name_and_values(db: ProjectDatabase) -> None:
    sample = populate(db)
    apply_command(db, RenameCase(sample.case_citizen, " Borger 3 "))
    apply_command(db, EditAnnotation(1, "Ændret ✍🏽"))
    with db.read() as connection:
        name = connection.execute(select(Case.name).where(Case.id == sample.case_citizen))
        assert name.scalar() == "Borger 3"
        note = connection.execute(select(Annotation.text).where(Annotation.id == 1))
        assert note.scalar() == "Ændret ✍🏽"
