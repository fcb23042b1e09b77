"""Small edits the workbench's sheets and panels need: renaming cases and attributes, many
attribute values at once, cases created with their values, and changing an annotation's text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from models.cases import (
    VALUE_COLUMNS,
    AttributeDefinition,
    AttributeTarget,
    AttributeType,
    AttributeValue,
    Case,
)
from models.changes import ChangeRecorder, RowChange
from models.commands.base import Command, CommandError
from models.commands.cases import AttributeScalar
from models.documents import Document
from models.notes import Annotation

_CHUNK = 500  # stays well below SQLite's limit on bound parameters
_VALUES = AttributeValue.__tablename__


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


class SetAttributeValues(Command):
    """Set or clear many attribute values of cases or documents in one step (a paste).

    Each item is ``(attribute_id, owner_id, value)``; the owner is a case or a document as
    the attribute says, and ``None`` clears the value. Later items win over earlier ones for
    the same cell. Reads and inserts in bulk, so thousands of cells take one moment.
    """

    def __init__(
        self, values: Sequence[tuple[int, int, AttributeScalar | None]], label: str | None = None
    ) -> None:
        self.values = list(values)
        self._label = label
        self.values_changed = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return self._label or f"Set {len(self.values)} attribute value(s)"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse unknown attributes or owners and values of the wrong type; store the rest."""
        cells = {(a, o): v for a, o, v in self.values}
        definitions = {
            row.id: row
            for row in tx.connection.execute(
                select(AttributeDefinition).where(
                    AttributeDefinition.id.in_({a for a, _ in cells} or {-1})
                )
            )
        }
        for (attribute_id, _), value in cells.items():
            definition = definitions.get(attribute_id)
            if definition is None:
                raise CommandError(f"attribute {attribute_id} does not exist")
            if value is not None and not _fits(definition.type, value):
                raise CommandError(
                    f"{value!r} is not a {definition.type.value} value for '{definition.name}'"
                )
        for target in AttributeTarget:
            owners = {o for (a, o) in cells if definitions[a].target is target}
            _check_owners(tx, target, owners)
        current = _current_values(tx, cells, definitions)
        inserts, updates, deletes = [], [], []
        for (attribute_id, owner_id), value in cells.items():
            definition = definitions[attribute_id]
            column = VALUE_COLUMNS[definition.type]
            existing = current.get((attribute_id, owner_id))
            if value is None:
                if existing is not None:
                    deletes.append(existing[0])
                continue
            # Numbers are stored as floats, as SetAttributeValue stores them.
            stored = (
                float(value) if isinstance(value, int) and not isinstance(value, bool) else value
            )
            if existing is None:
                owner = "case_id" if definition.target is AttributeTarget.CASE else "document_id"
                inserts.append({"attribute_id": attribute_id, owner: owner_id, column: stored})
            elif existing[1][column] != stored:
                before = {column: existing[1][column]}
                updates.append(RowChange(_VALUES, (existing[0],), before, {column: stored}))
        # The recorder applies and records row changes in batches of the same columns (its
        # undo/redo path); one update at a time would cost a query pair per pasted cell.
        tx.replay(sorted(updates, key=lambda change: sorted(change.after or {})))
        self.values_changed = len(inserts) + len(updates) + tx.delete(AttributeValue, deletes)
        tx.insert_many(AttributeValue, inserts)


class AddCasesWithValues(Command):
    """Create cases together with some of their attribute values (pasted rows), in one step.

    Each item is ``(name, [(attribute_id, value), …])``; ``case_ids`` are the new ids.
    """

    def __init__(
        self, cases: Sequence[tuple[str, Sequence[tuple[int, AttributeScalar | None]]]]
    ) -> None:
        self.cases = [(name.strip(), list(values)) for name, values in cases]
        self.case_ids: list[int] = []

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Create {len(self.cases)} case(s)"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty name, a name given twice, or one another case has."""
        names = [name for name, _ in self.cases]
        if any(not name for name in names):
            raise CommandError("a case needs a name")
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise CommandError(f"the case name '{repeated[0]}' is given twice")
        taken = tx.connection.execute(select(Case.name).where(Case.name.in_(names))).scalars()
        for name in taken:
            raise CommandError(f"a case called '{name}' already exists")
        self.case_ids = tx.insert_many(Case, [{"name": name} for name in names])
        values = [
            (attribute_id, case_id, value)
            for case_id, (_, pairs) in zip(self.case_ids, self.cases, strict=True)
            for attribute_id, value in pairs
            if value is not None
        ]
        SetAttributeValues(values).record(tx)


def _fits(kind: AttributeType, value: AttributeScalar) -> bool:
    if kind is AttributeType.TEXT:
        return isinstance(value, str)
    if kind is AttributeType.NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is AttributeType.DATE:
        return isinstance(value, date)
    return isinstance(value, bool)


def _check_owners(tx: ChangeRecorder, target: AttributeTarget, owners: set[int]) -> None:
    table = Case if target is AttributeTarget.CASE else Document
    wanted = sorted(owners)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found = set(tx.connection.execute(select(table.id).where(table.id.in_(chunk))).scalars())
        missing = [key for key in chunk if key not in found]
        if missing:
            raise CommandError(f"{target.value} {missing[0]} does not exist")


def _current_values(
    tx: ChangeRecorder,
    cells: dict[tuple[int, int], AttributeScalar | None],
    definitions: dict[int, Any],
) -> dict[tuple[int, int], tuple[int, dict[str, Any]]]:
    """The id and value columns of the cells' current values, by (attribute id, owner id)."""
    current: dict[tuple[int, int], tuple[int, dict[str, Any]]] = {}
    value_columns = [getattr(AttributeValue, name) for name in VALUE_COLUMNS.values()]
    for target, owner_column in (
        (AttributeTarget.CASE, AttributeValue.case_id),
        (AttributeTarget.DOCUMENT, AttributeValue.document_id),
    ):
        attributes = {a for a in definitions if definitions[a].target is target}
        owners = sorted({o for (a, o) in cells if a in attributes})
        for start in range(0, len(owners), _CHUNK):
            query = select(
                AttributeValue.id, AttributeValue.attribute_id, owner_column, *value_columns
            ).where(
                AttributeValue.attribute_id.in_(attributes),
                owner_column.in_(owners[start : start + _CHUNK]),
            )
            for row in tx.connection.execute(query):
                key, attribute_id, owner_id = row[0], row[1], row[2]
                values = {name: row._mapping[name] for name in VALUE_COLUMNS.values()}
                if owner_id is not None:
                    current[attribute_id, owner_id] = (key, values)
    return current


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
