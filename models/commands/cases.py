"""Commands on cases, typed attributes and the links from documents and speakers to cases."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from models.cases import (
    VALUE_COLUMNS,
    AttributeDefinition,
    AttributeTarget,
    AttributeType,
    AttributeValue,
    Case,
)
from models.changes import ChangeRecorder
from models.commands.base import Command, CommandError
from models.documents import Document, SpeakerTurn

AttributeScalar = str | float | int | bool | date


def _fits(kind: AttributeType, value: AttributeScalar) -> bool:
    if kind is AttributeType.TEXT:
        return isinstance(value, str)
    if kind is AttributeType.NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is AttributeType.DATE:
        return isinstance(value, date)
    return isinstance(value, bool)


def _exists(tx: ChangeRecorder, column: Any, key: int, what: str) -> None:
    if tx.connection.execute(select(column).where(column == key)).first() is None:
        raise CommandError(f"{what} {key} does not exist")


class CreateCase(Command):
    """Create a case (a participant, a case file, a department); its id is ``case_id``."""

    def __init__(self, name: str, description: str = "") -> None:
        self.name, self.description = name.strip(), description
        self.case_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Create case '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty or taken name."""
        if not self.name:
            raise CommandError("a case needs a name")
        if tx.connection.execute(select(Case.id).where(Case.name == self.name)).first():
            raise CommandError(f"a case called '{self.name}' already exists")
        self.case_id = tx.insert(Case, name=self.name, description=self.description)


class DeleteCase(Command):
    """Delete a case with its attribute values; documents and turns are unlinked, not deleted."""

    def __init__(self, case_id: int) -> None:
        self.case_id = case_id

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Delete case"

    def record(self, tx: ChangeRecorder) -> None:
        """Delete through the recorder, which remembers every unlinked turn for undo."""
        _exists(tx, Case.id, self.case_id, "case")
        tx.delete(Case, [self.case_id])


class DefineAttribute(Command):
    """Define a typed attribute for cases or documents; its id is ``attribute_id``."""

    def __init__(
        self, name: str, kind: AttributeType, target: AttributeTarget = AttributeTarget.CASE
    ) -> None:
        self.name, self.kind, self.target = name.strip(), kind, target
        self.attribute_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Define attribute '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty name or one already defined for the same target."""
        if not self.name:
            raise CommandError("an attribute needs a name")
        clash = select(AttributeDefinition.id).where(
            AttributeDefinition.name == self.name, AttributeDefinition.target == self.target
        )
        if tx.connection.execute(clash).first():
            raise CommandError(f"attribute '{self.name}' already exists")
        count = tx.connection.execute(select(func.count(AttributeDefinition.id))).scalar_one()
        self.attribute_id = tx.insert(
            AttributeDefinition, name=self.name, type=self.kind, target=self.target, position=count
        )


class DeleteAttribute(Command):
    """Delete an attribute and every value it holds (undoable)."""

    def __init__(self, attribute_id: int) -> None:
        self.attribute_id = attribute_id

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Delete attribute"

    def record(self, tx: ChangeRecorder) -> None:
        """Delete through the recorder."""
        _exists(tx, AttributeDefinition.id, self.attribute_id, "attribute")
        tx.delete(AttributeDefinition, [self.attribute_id])


class SetAttributeValue(Command):
    """Set (or with ``value=None`` clear) one attribute value of one case or document."""

    def __init__(self, attribute_id: int, owner_id: int, value: AttributeScalar | None) -> None:
        self.attribute_id, self.owner_id, self.value = attribute_id, owner_id, value

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Edit attribute value"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a value of the wrong type, e.g. text for a number attribute."""
        definition = tx.connection.execute(
            select(AttributeDefinition).where(AttributeDefinition.id == self.attribute_id)
        ).first()
        if definition is None:
            raise CommandError(f"attribute {self.attribute_id} does not exist")
        is_case = definition.target is AttributeTarget.CASE
        owner_column = "case_id" if is_case else "document_id"
        _exists(
            tx,
            Case.id if is_case else Document.id,
            self.owner_id,
            "case" if is_case else "document",
        )
        if self.value is not None and not _fits(definition.type, self.value):
            raise CommandError(
                f"{self.value!r} is not a {definition.type.value} value for '{definition.name}'"
            )
        owner = getattr(AttributeValue, owner_column)
        current = tx.connection.execute(
            select(AttributeValue.id).where(
                AttributeValue.attribute_id == self.attribute_id, owner == self.owner_id
            )
        ).scalar()
        value = self.value
        if isinstance(value, int) and not isinstance(value, bool):
            value = float(value)  # numbers are stored as floats; 47 and 47.0 are one value
        column = VALUE_COLUMNS[definition.type]
        if self.value is None:
            if current is not None:
                tx.delete(AttributeValue, [current])
        elif current is None:
            tx.insert(
                AttributeValue,
                attribute_id=self.attribute_id,
                **{owner_column: self.owner_id, column: value},
            )
        else:
            tx.update(AttributeValue, current, **{column: value})


class LinkDocumentToCase(Command):
    """Link a whole document to a case (or unlink it with ``case_id=None``)."""

    def __init__(self, document_id: int, case_id: int | None) -> None:
        self.document_id, self.case_id = document_id, case_id

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Link document to case"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse unknown documents or cases."""
        _exists(tx, Document.id, self.document_id, "document")
        if self.case_id is not None:
            _exists(tx, Case.id, self.case_id, "case")
        tx.update(Document, self.document_id, case_id=self.case_id)


class LinkSpeakerToCase(Command):
    """Link every turn of a speaker to a case, in one document or (``document_id=None``) all.

    Afterwards passages spoken by that speaker count for the case.
    """

    def __init__(self, speaker: str, case_id: int | None, document_id: int | None = None) -> None:
        self.speaker, self.case_id, self.document_id = speaker, case_id, document_id
        self.turns_linked = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Link speaker '{self.speaker}' to case"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse when no turn has that speaker label."""
        if self.case_id is not None:
            _exists(tx, Case.id, self.case_id, "case")
        query = select(SpeakerTurn.id).where(SpeakerTurn.speaker == self.speaker)
        if self.document_id is not None:
            query = query.where(SpeakerTurn.document_id == self.document_id)
        turn_ids = list(tx.connection.execute(query.order_by(SpeakerTurn.id)).scalars())
        if not turn_ids:
            raise CommandError(f"no speaker turns of '{self.speaker}' found")
        self.turns_linked = sum(
            tx.update(SpeakerTurn, turn_id, case_id=self.case_id) for turn_id in turn_ids
        )


class LinkSpeakerToNamedCase(Command):
    """Link a speaker's turns to the case called ``case_name``, creating the case if needed."""

    def __init__(self, speaker: str, case_name: str, document_id: int | None = None) -> None:
        self.speaker, self.case_name, self.document_id = speaker, case_name.strip(), document_id
        self.turns_linked = 0
        self.case_created = False

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Link speaker '{self.speaker}' to case '{self.case_name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Find or create the case, then link as :class:`LinkSpeakerToCase` does."""
        found = tx.connection.execute(select(Case.id).where(Case.name == self.case_name))
        case_id = found.scalar()
        if case_id is None:
            create = CreateCase(self.case_name)
            create.record(tx)
            case_id, self.case_created = create.case_id, True
        link = LinkSpeakerToCase(self.speaker, case_id, self.document_id)
        link.record(tx)
        self.turns_linked = link.turns_linked
