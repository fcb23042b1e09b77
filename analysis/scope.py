"""Which case a passage counts for and which attribute values reach it: one rule, in SQL.

**Cases.** Every character of a document belongs to at most one case:

1. a character inside a speaker turn that is linked to a case belongs to that case;
2. any other character belongs to the document's case, when the document is linked to one;
3. otherwise it belongs to no case.

So a document is cut into *regions* (:func:`case_regions`), each owned by one case or by none.
A coding is cut at the region borders into *pieces* (:func:`coding_pieces`): a coding inside
one turn is one piece; a coding that spans the turns of two participants, or a participant's
turn and the interviewer's, has one piece per region it overlaps. **A coding counts for every
case that owns one of its pieces** (once per case, however many pieces), and the words and
characters it contributes to a case are those of the pieces that case owns.

**Attribute values.** The value of attribute NAME for a piece is its case's value of the case
attribute NAME when the case has one; otherwise its document's value of the document attribute
NAME; otherwise it has none. Values are resolved per region, so every piece of a region shares
them, and attribute conditions (:class:`analysis.filters.Where`) select regions: only the
pieces of regions that satisfy them are read. When the case and the document attribute of one
name have different types, a resolved value keeps its own type (text ``47`` and number 47 are
different values).

Every query reads these regions: co-occurrence cuts codings into pieces in SQL
(:func:`coding_pieces`); segments, frequencies, matrix and crosstab read the same regions and
cut the codings as NumPy columns (:mod:`analysis.columns`), which the tests hold to the same
pieces. So all of them count cases and attribute values the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import aliased

from analysis.filters import AttributeCondition, QueryFilter, Where
from models.cases import (
    VALUE_COLUMNS,
    AttributeDefinition,
    AttributeTarget,
    AttributeType,
    AttributeValue,
)
from models.codes import Coding
from models.documents import Document, SpeakerTurn

BEYOND = 2_147_483_647  # the end of a region that runs to the end of its document


class UnknownNameError(LookupError):
    """A query names an attribute, code, coder, document or set the project does not have."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class AttributeColumns:
    """How one attribute name is resolved: its case and document definitions (either None)."""

    name: str
    case_definition: tuple[int, str] | None  # (attribute id, type)
    document_definition: tuple[int, str] | None

    @property
    def types(self) -> list[str]:
        """The value types in play, in a fixed order."""
        kinds = {d[1] for d in (self.case_definition, self.document_definition) if d}
        return sorted(kinds)


def attribute_columns(connection: Connection, names: Iterable[str]) -> list[AttributeColumns]:
    """Look up attribute names; UnknownNameError names one that is neither case nor document."""
    rows = connection.execute(
        select(
            AttributeDefinition.id,
            AttributeDefinition.name,
            AttributeDefinition.type,
            AttributeDefinition.target,
        )
    ).all()
    found: list[AttributeColumns] = []
    for name in names:
        mine = {row.target: (row.id, str(row.type)) for row in rows if row.name == name}
        if not mine:
            known = ", ".join(sorted({row.name for row in rows})) or "none"
            raise UnknownNameError(f"the project has no attribute called '{name}' (has: {known})")
        found.append(
            AttributeColumns(
                name, mine.get(AttributeTarget.CASE), mine.get(AttributeTarget.DOCUMENT)
            )
        )
    return found


def case_regions() -> CTE:
    """Every document cut into regions ``(document_id, start, end, case_id)`` by the case rule.

    Regions of one document do not overlap and together cover it (where two linked turns
    overlap, the shared text is the earlier turn's); ``case_id`` is NULL for text that belongs
    to no case; a last region ends at ``BEYOND``.
    """
    linked = (
        select(
            SpeakerTurn.document_id,
            SpeakerTurn.start,
            SpeakerTurn.end,
            SpeakerTurn.case_id,
            func.max(SpeakerTurn.end)
            .over(
                partition_by=SpeakerTurn.document_id,
                order_by=(SpeakerTurn.start, SpeakerTurn.end),
                rows=(None, -1),
            )
            .label("before_end"),
        )
        .where(SpeakerTurn.case_id.is_not(None))
        .subquery("linked")
    )
    gap_start = func.coalesce(linked.c.before_end, 0)
    # Where linked turns overlap, the earlier turn keeps the shared text.
    turn_start = case((gap_start > linked.c.start, gap_start), else_=linked.c.start)
    turns = select(
        linked.c.document_id, turn_start.label("start"), linked.c.end, linked.c.case_id
    ).where(turn_start < linked.c.end)
    gaps = (
        select(linked.c.document_id, gap_start, linked.c.start, Document.case_id)
        .join(Document, Document.id == linked.c.document_id)
        .where(gap_start < linked.c.start)
    )
    last = (
        select(linked.c.document_id, func.max(linked.c.end).label("end"))
        .group_by(linked.c.document_id)
        .subquery("last_turn")
    )
    tails = select(last.c.document_id, last.c.end, literal(BEYOND), Document.case_id).join(
        Document, Document.id == last.c.document_id
    )
    has_linked = exists().where(
        SpeakerTurn.document_id == Document.id, SpeakerTurn.case_id.is_not(None)
    )
    wholes = select(Document.id, literal(0), literal(BEYOND), Document.case_id).where(~has_linked)
    return union_all(turns, gaps, tails, wholes).cte("case_regions")


def resolved_regions(attributes: Sequence[AttributeColumns], where: Where) -> CTE:
    """The case regions with each attribute's resolved value, and whether ``where`` holds.

    ``attributes`` must include every attribute ``where`` names. For attribute ``i`` and each
    of its value types there is a column ``a{i}_{type}``; ``passes`` is 1 for a region whose
    text the conditions let through, else 0.
    """
    regions = case_regions()
    columns: list[ColumnElement[Any]] = [
        regions.c.document_id,
        regions.c.start,
        regions.c.end,
        regions.c.case_id,
    ]
    froms: Any = regions
    joined: dict[str, tuple[Any, Any]] = {}
    for index, attribute in enumerate(attributes):
        case_value = aliased(AttributeValue, name=f"cv{index}")
        document_value = aliased(AttributeValue, name=f"dv{index}")
        joined[attribute.name] = (case_value, document_value)
        froms = froms.outerjoin(
            case_value,
            and_(
                case_value.attribute_id == _id(attribute.case_definition),
                case_value.case_id == regions.c.case_id,
            ),
        ).outerjoin(
            document_value,
            and_(
                document_value.attribute_id == _id(attribute.document_definition),
                document_value.document_id == regions.c.document_id,
            ),
        )
        for kind in attribute.types:
            column = VALUE_COLUMNS[AttributeType(kind)]
            value = case(
                (case_value.id.is_not(None), getattr(case_value, column)),
                else_=getattr(document_value, column),
            )
            columns.append(value.label(f"a{index}_{kind}"))
    by_name = {attribute.name: attribute for attribute in attributes}
    tests: list[ColumnElement[bool]] = []
    for condition in where.conditions:
        if condition.name not in by_name:
            raise UnknownNameError(f"the project has no attribute called '{condition.name}'")
        attribute = by_name[condition.name]
        case_value, document_value = joined[condition.name]
        tests.append(
            case(
                (
                    case_value.id.is_not(None),
                    _test(case_value, attribute.case_definition, condition),
                ),
                else_=_test(document_value, attribute.document_definition, condition),
            )
        )
    passes: ColumnElement[int] = literal(1)
    if tests:
        held = or_(*tests) if where.match_any else and_(*tests)
        passes = case((held, 1), else_=0)
    return select(*columns, passes.label("passes")).select_from(froms).cte("resolved_regions")


def _id(definition: tuple[int, str] | None) -> int:
    return -1 if definition is None else definition[0]


def _test(
    value: Any, definition: tuple[int, str] | None, condition: AttributeCondition
) -> ColumnElement[bool]:
    """``condition`` on one side (case or document) of an attribute; no definition: no value."""
    if definition is None:
        return true() if condition.op == "!=" else false()
    kind = AttributeType(definition[1])
    typed = condition.typed_value(kind)
    column = getattr(value, VALUE_COLUMNS[kind])
    tests: dict[str, ColumnElement[bool]] = {
        "=": column == typed,
        "!=": or_(column.is_(None), column != typed),
        "<": column < typed,
        ">": column > typed,
        "<=": column <= typed,
        ">=": column >= typed,
    }
    return tests[condition.op]


def coding_pieces(
    regions: CTE | None, query_filter: QueryFilter, code_ids: Sequence[int] | None = None
) -> Select[*tuple[Any, ...]]:
    """The filtered codings cut into pieces at the borders of ``regions``.

    Columns: ``coding_id, document_id, code_id, coder_id, case_id, start, end`` (the piece),
    ``coding_start, coding_end``, and the ``a{i}_{type}`` value columns of ``regions``. With
    ``regions`` None each coding is one piece with no case: enough for a query that neither
    counts cases nor tests attributes (``query_filter.where`` must then be empty).
    """
    if regions is None:
        if query_filter.where:
            raise ValueError("attribute conditions need the case regions")
        query: Select[*tuple[Any, ...]] = select(
            Coding.id.label("coding_id"),
            Coding.document_id,
            Coding.code_id,
            Coding.coder_id,
            null().label("case_id"),
            Coding.start.label("start"),
            Coding.end.label("end"),
            Coding.start.label("coding_start"),
            Coding.end.label("coding_end"),
        )
    else:
        start = case((regions.c.start > Coding.start, regions.c.start), else_=Coding.start)
        end = case((regions.c.end < Coding.end, regions.c.end), else_=Coding.end)
        values = [column for column in regions.c if column.name.startswith("a")]
        query = (
            select(
                Coding.id.label("coding_id"),
                Coding.document_id,
                Coding.code_id,
                Coding.coder_id,
                regions.c.case_id,
                start.label("start"),
                end.label("end"),
                Coding.start.label("coding_start"),
                Coding.end.label("coding_end"),
                *values,
            )
            .join(
                regions,
                and_(
                    regions.c.document_id == Coding.document_id,
                    regions.c.start < Coding.end,
                    regions.c.end > Coding.start,
                ),
            )
            .where(regions.c.passes == 1)
        )
    if code_ids is not None:
        query = query.where(Coding.code_id.in_(list(code_ids)) if code_ids else false())
    if query_filter.document_ids is not None:
        query = query.where(Coding.document_id.in_(list(query_filter.document_ids)))
    if query_filter.coder_ids is not None:
        query = query.where(Coding.coder_id.in_(list(query_filter.coder_ids)))
    return query
