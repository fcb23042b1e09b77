"""The rows or columns of a matrix: codes, cases, documents, attribute values or a set's members.

An :class:`Axis` is what the user chose (``codes:Borgerrelationer``, ``attribute:Rolle`` …);
:func:`resolve_axis` turns it into :class:`Item` s, each with a label and the key a piece is
matched against. Items of a code axis are codes in tree order (``codes`` alone: every code;
``codes:PATH``: every code under PATH); cases and documents are sorted by name; the values of
an attribute are those stored for it (for cases or for documents) in their natural order
(numbers by size, dates by time, text alphabetically); a set's members keep the set's order
and may mix codes, cases and documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from analysis.code_tree import CodeTree
from analysis.filters import value_text
from analysis.scope import AttributeColumns, UnknownNameError, attribute_columns
from models.cases import VALUE_COLUMNS, AttributeType, AttributeValue, Case
from models.documents import Document
from models.notes import ItemSet, SetMember

AXIS_KINDS = ("codes", "cases", "documents", "attribute", "set")


@dataclass(frozen=True)
class Axis:
    """One side of a matrix: ``kind`` with an optional ``name`` (code path, attribute, set).

    ``ids`` picks exactly these codes, cases or documents (in this order) instead.
    """

    kind: str
    name: str | None = None
    ids: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        if self.kind not in AXIS_KINDS:
            raise ValueError(f"unknown axis '{self.kind}'; use one of {', '.join(AXIS_KINDS)}")
        if self.kind in ("attribute", "set") and not self.name:
            raise ValueError(f"'{self.kind}' needs a name, as in {self.kind}:NAME")

    @classmethod
    def parse(cls, text: str) -> Axis:
        """Read ``codes[:PATH]``, ``cases``, ``documents``, ``attribute:NAME`` or ``set:NAME``."""
        kind, _, name = text.partition(":")
        return cls(kind.strip(), name.strip() or None)

    def __str__(self) -> str:
        return self.kind if self.name is None else f"{self.kind}:{self.name}"

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_json` reads back."""
        return {
            "kind": self.kind,
            "name": self.name,
            "ids": None if self.ids is None else list(self.ids),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Axis:
        """The axis :meth:`to_json` wrote."""
        ids = data.get("ids")
        return cls(data["kind"], data.get("name"), None if ids is None else tuple(ids))


@dataclass(frozen=True)
class Item:
    """One row or column: ``kind`` code, case, document or value, matched by ``key``.

    ``key`` is ``(id,)``, or for a value one entry per value type of the attribute (the
    value in its type's place, None elsewhere). ``ref`` is what a view drills down with.
    """

    kind: str
    key: tuple[Any, ...]
    label: str
    ref: int | str


@dataclass(frozen=True)
class ResolvedAxis:
    """An axis's items, and the attribute it reads (for an attribute axis)."""

    axis: Axis
    items: list[Item]
    attribute: AttributeColumns | None = None

    def kinds(self) -> list[str]:
        """The kinds of item present, in a fixed order."""
        return [
            k for k in ("code", "case", "document", "value") if any(i.kind == k for i in self.items)
        ]


def resolve_axis(connection: Connection, tree: CodeTree, axis: Axis) -> ResolvedAxis:
    """The items of ``axis``; UnknownNameError names a code path, attribute or set not found."""
    if axis.kind == "codes":
        if axis.ids is not None:
            codes = list(axis.ids)
        else:
            codes = tree.in_tree_order(None if axis.name is None else tree.find(axis.name))
        return ResolvedAxis(axis, [Item("code", (c,), tree.label(c), c) for c in codes])
    if axis.kind in ("cases", "documents"):
        model: Any = Case if axis.kind == "cases" else Document
        query = select(model.id, model.name)
        if axis.ids is not None:
            query = query.where(model.id.in_(axis.ids))
        rows = sorted(connection.execute(query).all(), key=lambda row: danish_order(row.name))
        if axis.ids is not None:
            rows.sort(key=lambda row: axis.ids.index(row.id))  # type: ignore[union-attr]
        kind = "case" if axis.kind == "cases" else "document"
        return ResolvedAxis(axis, [Item(kind, (i,), name, i) for i, name in rows])
    if axis.kind == "attribute":
        assert axis.name is not None
        attribute = attribute_columns(connection, [axis.name])[0]
        return ResolvedAxis(axis, _values(connection, attribute), attribute)
    return ResolvedAxis(axis, _members(connection, tree, axis.name or ""))


_DANISH_LAST = str.maketrans(
    {"æ": "z\u0001", "ø": "z\u0002", "å": "z\u0003", "ä": "z\u0001", "ö": "z\u0002"}
)


def danish_order(name: str) -> tuple[str, str]:
    """A sort key that puts æ, ø and å after z, as Danish does, whatever the database does."""
    return name.casefold().translate(_DANISH_LAST), name


def _values(connection: Connection, attribute: AttributeColumns) -> list[Item]:
    found: set[tuple[Any, ...]] = set()
    for definition in (attribute.case_definition, attribute.document_definition):
        if definition is None:
            continue
        attribute_id, kind = definition
        column = getattr(AttributeValue, VALUE_COLUMNS[AttributeType(kind)])
        place = attribute.types.index(kind)
        for value in connection.execute(
            select(column).where(AttributeValue.attribute_id == attribute_id).distinct()
        ).scalars():
            if value is not None:
                key = [None] * len(attribute.types)
                key[place] = value
                found.add(tuple(key))
    ordered = sorted(found, key=_value_order)
    return [Item("value", key, value_text(_only(key)), value_text(_only(key))) for key in ordered]


def _value_order(key: tuple[Any, ...]) -> list[tuple[bool, Any]]:
    return [
        (value is None, danish_order(value) if isinstance(value, str) else value or 0)
        for value in key
    ]


def _only(key: tuple[Any, ...]) -> Any:
    return next(value for value in key if value is not None)


def _members(connection: Connection, tree: CodeTree, name: str) -> list[Item]:
    set_id = connection.execute(select(ItemSet.id).where(ItemSet.name == name)).scalar()
    if set_id is None:
        raise UnknownNameError(f"the project has no set called '{name}'")
    members = connection.execute(
        select(SetMember.code_id, SetMember.case_id, SetMember.document_id)
        .where(SetMember.set_id == set_id)
        .order_by(SetMember.id)
    ).all()
    cases = dict(connection.execute(select(Case.id, Case.name)).all())
    documents = dict(connection.execute(select(Document.id, Document.name)).all())
    items: list[Item] = []
    for code_id, case_id, document_id in members:
        if code_id is not None:
            items.append(Item("code", (code_id,), tree.label(code_id), code_id))
        elif case_id is not None:
            items.append(Item("case", (case_id,), cases[case_id], case_id))
        elif document_id is not None:
            items.append(Item("document", (document_id,), documents[document_id], document_id))
    return items
