"""Co-occurrence: code × code, how often codings of two codes meet, and the c-coefficient.

Two codings (of different codes, in one document) **co-occur** when they overlap; with
``within`` N also when at most N characters lie between them; with ``unit`` also when both
touch the same sentence, paragraph or speaker turn (units as :mod:`analysis.text_units`
defines them). Filters apply as everywhere (:mod:`analysis.scope`): with attribute conditions
only the passing pieces of a coding can meet.

- **count** (the co-occurrence frequency): the number of pairs of co-occurring codings, one
  at each code. The diagonal holds each code's number of codings.
- **coefficient**: ATLAS.ti's ``c = n12 / (n1 + n2 − n12)`` with n1, n2 the codes' numbers of
  codings and n12 the mean of "codings of code 1 that co-occur with code 2" and "codings of
  code 2 that co-occur with code 1". When every coding meets at most one coding of the other
  code, n12 is the pair count and c is ATLAS.ti's; when one coding meets several, c stays
  between 0 (never together) and 1 (always together) instead of exceeding 1.

With ``include_subcodes`` a code's codings include its sub-codes'.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from analysis.code_tree import CodeTree
from analysis.filters import QueryFilter
from analysis.provenance import describe
from analysis.scope import attribute_columns, coding_pieces, resolved_regions
from analysis.text_units import paragraph_spans, sentence_spans, turn_spans
from models.database import ProjectDatabase
from models.documents import Document
from models.progress import Progress, no_progress
from models.result_table import Number, PassageRef, ResultTable

UNITS = ("sentence", "paragraph", "turn")
CO_MEASURES = ("count", "coefficient")
Occurrence = tuple[int, int, int]  # (start, end, coding id)


@dataclass(frozen=True)
class CooccurrenceOptions:
    """Which codes (the codes under ``codes``, or ``code_ids``) and when codings meet."""

    codes: str | None = None
    code_ids: tuple[int, ...] | None = None
    within: int | None = None
    unit: str | None = None
    measure: str = "count"
    include_subcodes: bool = False
    filter: QueryFilter = field(default_factory=QueryFilter)

    def __post_init__(self) -> None:
        if self.unit is not None and self.unit not in UNITS:
            raise ValueError(f"unit is sentence, paragraph or turn, not '{self.unit}'")
        if self.measure not in CO_MEASURES:
            raise ValueError(f"measure is count or coefficient, not '{self.measure}'")
        if self.within is not None and self.within < 0:
            raise ValueError("within takes a number of characters, 0 or more")

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_json` reads back."""
        return {
            "codes": self.codes,
            "code_ids": None if self.code_ids is None else list(self.code_ids),
            "within": self.within,
            "unit": self.unit,
            "measure": self.measure,
            "include_subcodes": self.include_subcodes,
            "filter": self.filter.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CooccurrenceOptions:
        """The options :meth:`to_json` wrote."""
        ids = data.get("code_ids")
        return cls(
            data.get("codes"),
            None if ids is None else tuple(int(i) for i in ids),
            data.get("within"),
            data.get("unit"),
            data.get("measure", "count"),
            bool(data.get("include_subcodes", False)),
            QueryFilter.from_json(data.get("filter", {})),
        )


def cooccurrence_query(
    db: ProjectDatabase, options: CooccurrenceOptions, progress: Progress = no_progress
) -> ResultTable:
    """The code × code table of ``options.measure``."""
    query_filter = options.filter
    with db.read() as connection:
        tree = CodeTree.load(connection)
        if options.code_ids is not None:
            rows = list(options.code_ids)
        else:
            rows = tree.in_tree_order(None if options.codes is None else tree.find(options.codes))
        owners: dict[int, list[int]] = defaultdict(list)  # code -> the rows it counts for
        for row in rows:
            for code in [row, *(tree.descendants(row) if options.include_subcodes else [])]:
                owners[code].append(row)
        regions = None
        if query_filter.where:
            names = dict.fromkeys(c.name for c in query_filter.where.conditions)
            regions = resolved_regions(attribute_columns(connection, names), query_filter.where)
        pieces = coding_pieces(regions, query_filter, list(owners)).subquery("pieces")
        found = connection.execute(
            select(
                pieces.c.document_id,
                pieces.c.coding_id,
                pieces.c.code_id,
                pieces.c.start,
                pieces.c.end,
            ).order_by(pieces.c.document_id, pieces.c.start)
        ).all()
        provenance = describe(
            connection,
            "co-occurrence",
            query_filter,
            len({row.document_id for row in found}),
            len({row.coding_id for row in found}),
        )
        by_document: dict[int, list[Occurrence]] = defaultdict(list)
        codes_of: dict[int, int] = {}
        spans: dict[int, tuple[int, int, int]] = {}
        for document_id, coding_id, code_id, start, end in found:
            by_document[document_id].append((start, end, coding_id))
            codes_of[coding_id] = code_id
            spans[coding_id] = (document_id, start, end)
        meetings = _Meetings()
        for done, document_id in enumerate(sorted(by_document)):
            progress(done, len(by_document), "co-occurrence")
            units = _units(connection, db, document_id, options.unit)
            for a, b in _pairs(by_document[document_id], options.within, units):
                meetings.add(a, b, owners[codes_of[a]], owners[codes_of[b]])
    counts: dict[int, int] = defaultdict(int)
    for code_id in codes_of.values():
        for row in owners[code_id]:
            counts[row] += 1
    provenance.update(
        {
            "codes": options.codes or ("chosen" if options.code_ids else "all"),
            "within": "overlap only" if options.within is None else f"{options.within} characters",
            "unit": options.unit or "none",
            "measure": options.measure,
            "sub-codes": "rolled up" if options.include_subcodes else "not included",
        }
    )
    values = [[meetings.value(r, c, counts, options.measure) for c in rows] for r in rows]
    labels = [tree.label(code) for code in rows]

    def passages(r: int, c: int) -> list[PassageRef]:
        ids = meetings.shared[(rows[r], rows[c])] | meetings.shared[(rows[c], rows[r])]
        found = [PassageRef(*spans[coding_id], coding_id) for coding_id in ids]
        return sorted(found, key=lambda p: (p.document_id, p.start, p.end, p.coding_id or 0))

    return ResultTable(
        title="Co-occurrence",
        row_header="Code",
        row_labels=labels,
        column_labels=list(labels),
        values=values,
        measure=options.measure,
        provenance=provenance,
        cell_passages=passages,
        row_keys=list(rows),
        column_keys=list(rows),
        row_kind="code",
        column_kind="code",
    )


class _Meetings:
    """Co-occurring pairs per pair of codes, and which codings took part."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[int, int], int] = defaultdict(int)
        self.shared: dict[tuple[int, int], set[int]] = defaultdict(set)

    def add(self, a: int, b: int, rows_a: list[int], rows_b: list[int]) -> None:
        for row_a in rows_a:
            for row_b in rows_b:
                if row_a == row_b:
                    continue
                self.pairs[(row_a, row_b)] += 1
                self.pairs[(row_b, row_a)] += 1
                self.shared[(row_a, row_b)].add(a)
                self.shared[(row_b, row_a)].add(b)

    def value(self, row: int, column: int, counts: dict[int, int], measure: str) -> Number:
        if row == column:
            return counts[row] if measure == "count" else (1.0 if counts[row] else 0.0)
        if measure == "count":
            return self.pairs[(row, column)]
        n12 = (len(self.shared[(row, column)]) + len(self.shared[(column, row)])) / 2
        whole = counts[row] + counts[column] - n12
        return n12 / whole if whole > 0 else 0.0


def _units(
    connection: Any, db: ProjectDatabase, document_id: int, unit: str | None
) -> list[tuple[int, int]]:
    if unit is None:
        return []
    if unit == "turn":
        return turn_spans(db, document_id)
    text = connection.execute(select(Document.text).where(Document.id == document_id)).scalar_one()
    return sentence_spans(text) if unit == "sentence" else paragraph_spans(text)


def _pairs(
    occurrences: list[Occurrence], within: int | None, units: list[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Pairs of distinct codings (ids, in a fixed order) whose occurrences meet."""
    reach = 0 if within is None else within + 1  # overlap: no gap; within N: a gap of ≤ N
    met: set[tuple[int, int]] = set()
    ordered = sorted(occurrences)
    for i, (_, end, coding) in enumerate(ordered):
        for other_start, _, other in ordered[i + 1 :]:
            if other_start >= end + reach:
                break
            if other != coding:
                met.add((min(coding, other), max(coding, other)))
    if units:
        touched = _unit_ranges(ordered, units)
        met |= _pairs([(first, last + 1, coding) for first, last, coding in touched], None, [])
    return met


def _unit_ranges(occurrences: list[Occurrence], units: list[tuple[int, int]]) -> list[Occurrence]:
    """Each occurrence as ``(first unit, last unit, coding)`` of the units it touches."""
    starts = [s for s, _ in units]
    ends = [e for _, e in units]
    ranges: list[Occurrence] = []
    for start, end, coding in occurrences:
        first = bisect_right(ends, start)
        last = bisect_left(starts, end) - 1
        if last >= first:
            ranges.append((first, last, coding))
    return ranges
