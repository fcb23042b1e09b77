"""Small edits the workbench's sheets and panels need: renaming cases and attributes, a case
created together with its attribute values, and changing an annotation's text."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from models.cases import AttributeDefinition, Case
from models.changes import ChangeRecorder
from models.commands.base import Command, CommandError
from models.commands.cases import AttributeScalar, CreateCase, SetAttributeValue
from models.notes import Annotation


class RenameCase(Command):
    """Give a case another name; its links and attribute values stay."""

    def __init__(self, case_id: int, name: str) -> None:
        self.case_id, self.name = case_id, name.strip()

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Rename case to '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an unknown case, an empty name or one another case has."""
        if tx.connection.execute(select(Case.id).where(Case.id == self.case_id)).first() is None:
            raise CommandError(f"case {self.case_id} does not exist")
        if not self.name:
            raise CommandError("a case needs a name")
        clash = tx.connection.execute(select(Case.id).where(Case.name == self.name)).scalar()
        if clash not in (None, self.case_id):
            raise CommandError(f"a case called '{self.name}' already exists")
        tx.update(Case, self.case_id, name=self.name)


class RenameAttribute(Command):
    """Give an attribute another name; its type and values stay."""

    def __init__(self, attribute_id: int, name: str) -> None:
        self.attribute_id, self.name = attribute_id, name.strip()

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Rename attribute to '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an unknown attribute, an empty name or one taken for the same target."""
        target = tx.connection.execute(
            select(AttributeDefinition.target).where(AttributeDefinition.id == self.attribute_id)
        ).scalar()
        if target is None:
            raise CommandError(f"attribute {self.attribute_id} does not exist")
        if not self.name:
            raise CommandError("an attribute needs a name")
        clash = tx.connection.execute(
            select(AttributeDefinition.id).where(
                AttributeDefinition.name == self.name, AttributeDefinition.target == target
            )
        ).scalar()
        if clash not in (None, self.attribute_id):
            raise CommandError(f"attribute '{self.name}' already exists")
        tx.update(AttributeDefinition, self.attribute_id, name=self.name)


class CreateCaseWithValues(Command):
    """Create a case and set some of its attribute values in the same step (a pasted row)."""

    def __init__(self, name: str, values: Sequence[tuple[int, AttributeScalar | None]]) -> None:
        self.name, self.values = name.strip(), list(values)
        self.case_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Create case '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Create the case as :class:`CreateCase` does, then set each value that is not None."""
        create = CreateCase(self.name)
        create.record(tx)
        assert create.case_id is not None
        self.case_id = create.case_id
        for attribute_id, value in self.values:
            if value is not None:
                SetAttributeValue(attribute_id, create.case_id, value).record(tx)


class EditAnnotation(Command):
    """Change the text of an annotation; its span stays."""

    def __init__(self, annotation_id: int, text: str) -> None:
        self.annotation_id, self.text = annotation_id, text

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Edit annotation"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an annotation that is gone."""
        found = select(Annotation.id).where(Annotation.id == self.annotation_id)
        if tx.connection.execute(found).first() is None:
            raise CommandError(f"annotation {self.annotation_id} does not exist")
        tx.update(Annotation, self.annotation_id, text=self.text)
