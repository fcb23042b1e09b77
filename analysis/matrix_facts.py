"""The pieces a matrix counts, each tagged with its row and column: one SQL relation.

The **content** of a cell is coded text: the pieces of the codings at the code of the row
(or of the column, when only the columns are codes; with no code on either side, every
coding). The other side selects which of those pieces fall in the cell:

- *intersection* (NVivo ``AND``): the piece lies inside the other item — in that case's text,
  in that document, in text whose attribute value is that value (see :mod:`analysis.scope`),
  or, for code × code, overlapping a coding at the other code; then only the overlap counts
  (its words), and the reference is the row code's coding;
- *same case* (co-presence): the piece's case has the other item anywhere in the text read —
  the case, a document in which the case owns text, an attribute value that reaches some of
  the case's text, a coding at the other code. Pieces with no case count for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import CTE, ColumnElement, Subquery, and_, case, literal, null, or_, select
from sqlalchemy.sql import Select

from analysis.code_tree import code_ancestry
from analysis.filters import QueryFilter
from analysis.matrix_axes import Item, ResolvedAxis
from analysis.measures import reference_key
from analysis.scope import AttributeColumns, coding_pieces

SEMANTICS = ("intersection", "same-case")


@dataclass(frozen=True)
class Side:
    """The items of one kind on one side of the matrix."""

    kind: str
    items: list[Item]
    attribute: AttributeColumns | None
    value_index: int | None  # which resolved attribute columns hold its values

    @property
    def ids(self) -> list[Any]:
        """The ids of code, case and document items."""
        return [item.key[0] for item in self.items]


def sides(axis: ResolvedAxis, value_index: int | None) -> list[Side]:
    """One :class:`Side` per kind of item on ``axis``."""
    return [
        Side(kind, [i for i in axis.items if i.kind == kind], axis.attribute, value_index)
        for kind in axis.kinds()
    ]


def key_width(axis: ResolvedAxis) -> int:
    """How many key columns the axis needs (a value of a two-typed attribute needs two)."""
    return max([len(item.key) for item in axis.items] or [1])


class FactsBuilder:
    """Builds the tagged pieces for each pair of row and column kinds."""

    def __init__(
        self,
        regions: CTE,
        query_filter: QueryFilter,
        semantics: str,
        rolled_up: bool,
        widths: tuple[int, int],
    ) -> None:
        if semantics not in SEMANTICS:
            raise ValueError(f"unknown semantics '{semantics}'; use intersection or same-case")
        self.regions, self.filter, self.semantics = regions, query_filter, semantics
        self.rolled_up, self.widths = rolled_up, widths
        self._pieces = coding_pieces(regions, query_filter)
        self._ancestry = code_ancestry()

    def pieces(self, name: str) -> Subquery:
        """A fresh alias of the filtered pieces."""
        return self._pieces.subquery(name)

    def facts(self, row: Side, column: Side) -> Select[Any]:
        """The tagged pieces of one pair of kinds, in the uniform column layout."""
        content = self.pieces("content")
        froms: Any = content
        conditions: list[ColumnElement[bool]] = []
        start: ColumnElement[Any] = content.c.start
        end: ColumnElement[Any] = content.c.end
        keys: dict[str, list[ColumnElement[Any]]] = {}
        content_side = "row" if row.kind == "code" else "col" if column.kind == "code" else None
        for name, side in (("row", row), ("col", column)):
            if name == content_side:
                froms, key, test = self._content_codes(froms, content, side)
                keys[name] = [key]
                conditions.append(test)
            elif side.kind == "code":  # code × code: the other code's codings
                froms, key, start, end = self._other_codes(froms, content, side, start, end)
                keys[name] = [key]
            elif self.semantics == "intersection" or side.kind == "case":
                keys[name], test = self._direct(content, side)
                conditions.append(test)
            else:
                froms, keys[name] = self._case_has(froms, content, side)
        ref = reference_key(content, self.rolled_up and content_side is not None)
        if self.semantics == "same-case":
            conditions.append(content.c.case_id.is_not(None))
        return (
            select(
                literal(row.kind).label("rk"),
                *_padded(keys["row"], self.widths[0], "r"),
                literal(column.kind).label("ck"),
                *_padded(keys["col"], self.widths[1], "c"),
                ref.label("ref"),
                content.c.coding_id,
                content.c.document_id,
                content.c.case_id,
                start.label("start"),
                end.label("end"),
            )
            .select_from(froms)
            .where(and_(*conditions))
        )

    def _content_codes(self, froms: Any, content: Subquery, side: Side) -> tuple[Any, Any, Any]:
        if not self.rolled_up:
            return froms, content.c.code_id, content.c.code_id.in_(side.ids)
        ancestry = self._ancestry.alias("content_codes")
        froms = froms.join(ancestry, ancestry.c.code_id == content.c.code_id)
        return froms, ancestry.c.row_code, ancestry.c.row_code.in_(side.ids)

    def _other_codes(
        self, froms: Any, content: Subquery, side: Side, start: Any, end: Any
    ) -> tuple[Any, Any, Any, Any]:
        other = self.pieces("other")
        key: Any = other.c.code_id
        test = other.c.code_id.in_(side.ids)
        if self.rolled_up:
            ancestry = self._ancestry.alias("other_codes")
            other_froms: Any = other.join(ancestry, ancestry.c.code_id == other.c.code_id)
            key, test = ancestry.c.row_code, ancestry.c.row_code.in_(side.ids)
        else:
            other_froms = other
        if self.semantics == "same-case":
            has = (
                select(other.c.case_id.label("case_id"), key.label("k0"))
                .select_from(other_froms)
                .where(test, other.c.case_id.is_not(None))
                .distinct()
                .subquery("has_code")
            )
            froms = froms.join(has, has.c.case_id == content.c.case_id)
            return froms, has.c.k0, start, end
        tagged = (
            select(other.c.document_id, other.c.start, other.c.end, key.label("k0"))
            .select_from(other_froms)
            .where(test)
            .subquery("overlapping")
        )
        froms = froms.join(
            tagged,
            and_(
                tagged.c.document_id == content.c.document_id,
                tagged.c.start < content.c.end,
                content.c.start < tagged.c.end,
            ),
        )
        start = case((tagged.c.start > content.c.start, tagged.c.start), else_=content.c.start)
        end = case((tagged.c.end < content.c.end, tagged.c.end), else_=content.c.end)
        return froms, tagged.c.k0, start, end

    def _direct(self, content: Subquery, side: Side) -> tuple[list[Any], ColumnElement[bool]]:
        if side.kind == "case":
            return [content.c.case_id], content.c.case_id.in_(side.ids)
        if side.kind == "document":
            return [content.c.document_id], content.c.document_id.in_(side.ids)
        columns = self._value_columns(content, side)
        return columns, or_(*(column.is_not(None) for column in columns))

    def _value_columns(self, relation: Any, side: Side) -> list[Any]:
        assert side.attribute is not None and side.value_index is not None
        return [relation.c[f"a{side.value_index}_{kind}"] for kind in side.attribute.types]

    def _case_has(self, froms: Any, content: Subquery, side: Side) -> tuple[Any, list[Any]]:
        regions = self.regions
        test: ColumnElement[bool]
        if side.kind == "document":
            columns = [regions.c.document_id]
            test = regions.c.document_id.in_(side.ids)
        else:
            columns = self._value_columns(regions, side)
            test = or_(*(column.is_not(None) for column in columns))
        query = select(
            regions.c.case_id.label("case_id"),
            *(column.label(f"k{i}") for i, column in enumerate(columns)),
        ).where(test, regions.c.case_id.is_not(None))
        if self.filter.document_ids is not None:
            query = query.where(regions.c.document_id.in_(self.filter.document_ids))
        has = query.distinct().subquery(f"has_{side.kind}")
        froms = froms.join(has, has.c.case_id == content.c.case_id)
        return froms, [has.c[f"k{i}"] for i in range(len(columns))]


def _padded(keys: list[Any], width: int, prefix: str) -> list[Any]:
    padded = [key.label(f"{prefix}{i}") for i, key in enumerate(keys)]
    padded += [null().label(f"{prefix}{i}") for i in range(len(keys), width)]
    return padded
