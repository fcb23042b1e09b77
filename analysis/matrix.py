"""Matrix coding query: rows × columns of codes, cases, documents, attribute values or sets.

Each cell counts one measure of :mod:`analysis.tally` (references by default, words,
documents, cases or presence) over the pieces :mod:`analysis.matrix_facts` assigns to it,
under *intersection* or *same-case* semantics; filters as in :mod:`analysis.filters`.
Totals are the measure over a whole row (column, table), so a reference that falls in two
columns is one reference in its row's total. Row (column) percentages divide each cell by its
row's (column's) total; a row's percentages can then add up to more than 100.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import select

from analysis.code_tree import CodeTree
from analysis.columns import Codings, cut_pieces, read_codings, read_regions
from analysis.filters import QueryFilter
from analysis.matrix_axes import Axis, ResolvedAxis, resolve_axis
from analysis.matrix_facts import SEMANTICS, FactsBuilder
from analysis.measures import check_measures
from analysis.provenance import describe
from analysis.scope import UnknownNameError, attribute_columns
from analysis.tally import Cells, Facts, WordPositions, passage_refs, tally
from models.codes import Coding
from models.database import ProjectDatabase
from models.progress import Progress, no_progress
from models.result_table import Number, PassageRef, ResultTable

PERCENTS = ("row", "column")
HEADERS = {"codes": "Code", "cases": "Case", "documents": "Document"}


@dataclass(frozen=True)
class MatrixOptions:
    """What a matrix coding query counts; saved queries keep it as JSON."""

    rows: Axis = field(default_factory=lambda: Axis("codes"))
    columns: Axis = field(default_factory=lambda: Axis("cases"))
    measure: str = "references"
    percent: str | None = None
    semantics: str = "intersection"
    include_subcodes: bool = False
    filter: QueryFilter = field(default_factory=QueryFilter)

    def __post_init__(self) -> None:
        check_measures([self.measure])
        if self.percent is not None and self.percent not in PERCENTS:
            raise ValueError(f"percent is 'row' or 'column', not '{self.percent}'")
        if self.semantics not in SEMANTICS:
            raise ValueError(f"unknown semantics '{self.semantics}'; use intersection or same-case")

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_json` reads back."""
        return {
            "rows": self.rows.to_json(),
            "columns": self.columns.to_json(),
            "measure": self.measure,
            "percent": self.percent,
            "semantics": self.semantics,
            "include_subcodes": self.include_subcodes,
            "filter": self.filter.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MatrixOptions:
        """The options :meth:`to_json` wrote."""
        return cls(
            Axis.from_json(data["rows"]),
            Axis.from_json(data["columns"]),
            data.get("measure", "references"),
            data.get("percent"),
            data.get("semantics", "intersection"),
            bool(data.get("include_subcodes", False)),
            QueryFilter.from_json(data.get("filter", {})),
        )


def matrix_query(
    db: ProjectDatabase,
    options: MatrixOptions,
    progress: Progress = no_progress,
    title: str | None = None,
) -> ResultTable:
    """Run the matrix; the table has totals, and percentages when ``options.percent`` is set."""
    query_filter, measure = options.filter, options.measure
    with db.read() as connection:
        tree = CodeTree.load(connection)
        rows = resolve_axis(connection, tree, options.rows)
        columns = resolve_axis(connection, tree, options.columns)
        names = [a.attribute.name for a in (rows, columns) if a.attribute is not None]
        names += [condition.name for condition in query_filter.where.conditions]
        attributes = attribute_columns(connection, list(dict.fromkeys(names)))
        progress(0, 3, "codings")
        codings = read_codings(
            connection,
            query_filter,
            _codes_read(tree, (rows, columns), options.include_subcodes),
            coders=options.include_subcodes,
        )
        regions = read_regions(connection, attributes, query_filter)
        pieces = cut_pieces(codings, regions)
        progress(1, 3, "counting")
        builder = FactsBuilder(
            tree,
            codings,
            regions,
            pieces,
            query_filter,
            options.semantics,
            options.include_subcodes,
        )
        try:
            facts = builder.facts(
                rows,
                columns,
                passage_refs(codings, options.include_subcodes),
                {attribute.name: i for i, attribute in enumerate(attributes)},
            )
        except ValueError as error:
            raise UnknownNameError(str(error)) from None
        words = None
        if measure == "words":
            progress(2, 3, "words")
            words = WordPositions(connection, np.unique(facts.document).tolist())
        width = max(len(columns.items), 1)
        counted = (
            tally(facts, [measure], words),
            tally(facts.regrouped(facts.cell // width), [measure], words),
            tally(facts.regrouped(facts.cell % width), [measure], words),
            tally(facts.regrouped(np.zeros_like(facts.cell)), [measure], words),
        )
        provenance = describe(connection, "matrix coding", query_filter, *pieces.counted())
    progress(3, 3, "")
    provenance.update(
        {
            "rows": str(options.rows),
            "columns": str(options.columns),
            "measure": measure,
            "percent": options.percent or "none",
            "semantics": options.semantics,
            "sub-codes": "rolled up" if options.include_subcodes else "not included",
        }
    )
    return assemble(
        title or f"Matrix coding: {options.rows} × {options.columns}",
        rows,
        columns,
        measure,
        options.percent,
        counted,
        provenance,
        _passages(db, query_filter, facts, codings, width),
    )


def _codes_read(
    tree: CodeTree, axes: tuple[ResolvedAxis, ResolvedAxis], rolled_up: bool
) -> list[int] | None:
    """The codes whose codings the matrix needs (None: all, when no side is codes)."""
    codes = [item.key[0] for axis in axes for item in axis.items if item.kind == "code"]
    if not codes:
        return None
    read = tree.with_descendants(codes) if rolled_up else list(dict.fromkeys(codes))
    return None if len(read) == len(tree.names) else read


def assemble(
    title: str,
    rows: ResolvedAxis,
    columns: ResolvedAxis,
    measure: str,
    percent: str | None,
    counted: tuple[Cells, Cells, Cells, Cells],
    provenance: dict[str, str],
    passages: Callable[[int, int], list[PassageRef]] | None,
) -> ResultTable:
    """The table from counted cells and totals, with percentages when asked for."""
    cells, row_totals, column_totals, grand = counted
    width = max(len(columns.items), 1)
    by_row = [row_totals.get(r, {}).get(measure, 0) for r in range(len(rows.items))]
    by_column = [column_totals.get(c, {}).get(measure, 0) for c in range(len(columns.items))]
    values: list[list[Number]] = []
    for r in range(len(rows.items)):
        line: list[Number] = []
        for c in range(len(columns.items)):
            value: Number = cells.get(r * width + c, {}).get(measure, 0)
            if percent is not None:
                whole = by_row[r] if percent == "row" else by_column[c]
                value = 100.0 * value / whole if whole else 0.0
            line.append(value)
        values.append(line)
    return ResultTable(
        title=title,
        row_header=_header(rows),
        row_labels=[item.label for item in rows.items],
        column_labels=[item.label for item in columns.items],
        values=values,
        measure=measure,
        percent=percent is not None,
        row_totals=list(by_row),
        column_totals=list(by_column),
        grand_total=grand.get(0, {}).get(measure, 0),
        provenance=provenance,
        cell_passages=passages,
        row_keys=[item.ref for item in rows.items],
        column_keys=[item.ref for item in columns.items],
        row_kind=_kind(rows),
        column_kind=_kind(columns),
    )


def _header(axis: ResolvedAxis) -> str:
    if axis.axis.kind == "attribute":
        return axis.axis.name or ""
    if axis.axis.kind == "set":
        return f"Set {axis.axis.name}"
    return HEADERS[axis.axis.kind]


def _kind(axis: ResolvedAxis) -> str:
    kinds = axis.kinds()
    if axis.axis.kind == "attribute":
        return f"attribute:{axis.axis.name}"
    return kinds[0] if len(kinds) == 1 else "mixed"


def _passages(
    db: ProjectDatabase, query_filter: QueryFilter, facts: Facts, codings: Codings, width: int
) -> Callable[[int, int], list[PassageRef]]:
    """The passages behind a cell: the pieces counted in it, in document and text order.

    The codings' ids are looked up when a cell is opened (the counting never needs them).
    """

    def passages(row: int, column: int) -> list[PassageRef]:
        assert facts.coding is not None
        inside = facts.cell == row * width + column
        coding = facts.coding[inside]
        keys = set(
            zip(
                codings.document[coding].tolist(),
                codings.code[coding].tolist(),
                codings.start[coding].tolist(),
                codings.end[coding].tolist(),
                strict=True,
            )
        )
        ids: dict[tuple[int, int, int, int], list[int]] = {}
        with db.read() as connection:
            query = select(
                Coding.document_id, Coding.code_id, Coding.start, Coding.end, Coding.id
            ).where(Coding.document_id.in_({key[0] for key in keys}))
            if query_filter.coder_ids is not None:
                query = query.where(Coding.coder_id.in_(query_filter.coder_ids))
            for document_id, code_id, start, end, coding_id in connection.execute(query):
                if (document_id, code_id, start, end) in keys:
                    ids.setdefault((document_id, code_id, start, end), []).append(coding_id)
        found = {
            (document_id, start, end, coding_id)
            for document_id, start, end, c in zip(
                facts.document[inside].tolist(),
                facts.start[inside].tolist(),
                facts.end[inside].tolist(),
                coding.tolist(),
                strict=True,
            )
            for coding_id in ids.get(
                (
                    int(codings.document[c]),
                    int(codings.code[c]),
                    int(codings.start[c]),
                    int(codings.end[c]),
                ),
                [],
            )
        }
        return [PassageRef(*passage) for passage in sorted(found)]

    return passages
