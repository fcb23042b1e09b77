"""Matrix coding query: rows × columns of codes, cases, documents, attribute values or sets.

Each cell counts one measure of :mod:`analysis.measures` (references by default, words,
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

from sqlalchemy import Subquery, and_, select, union_all

from analysis.code_tree import CodeTree
from analysis.filters import QueryFilter
from analysis.matrix_axes import Axis, Item, ResolvedAxis, resolve_axis
from analysis.matrix_facts import SEMANTICS, FactsBuilder, key_width, sides
from analysis.measures import Cells, Key, check_measures, measure_cells
from analysis.provenance import describe
from analysis.scope import attribute_columns, resolved_regions
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
        index = {attribute.name: i for i, attribute in enumerate(attributes)}
        regions = resolved_regions(attributes, query_filter.where)
        builder = FactsBuilder(
            regions,
            query_filter,
            options.semantics,
            options.include_subcodes,
            (key_width(rows), key_width(columns)),
        )
        row_sides = sides(rows, index.get(rows.attribute.name) if rows.attribute else None)
        column_sides = sides(
            columns, index.get(columns.attribute.name) if columns.attribute else None
        )
        selects = [builder.facts(r, c) for r in row_sides for c in column_sides]
        row_keys = ["rk", *(f"r{i}" for i in range(key_width(rows)))]
        column_keys = ["ck", *(f"c{i}" for i in range(key_width(columns)))]
        cells: Cells = {}
        totals: tuple[Cells, Cells, Cells] = ({}, {}, {})
        facts: Subquery | None = None
        if selects:
            facts = (selects[0] if len(selects) == 1 else union_all(*selects)).subquery("facts")
            cells = measure_cells(connection, facts, row_keys + column_keys, [measure], progress)
            totals = (
                measure_cells(connection, facts, row_keys, [measure]),
                measure_cells(connection, facts, column_keys, [measure]),
                measure_cells(connection, facts, [], [measure]),
            )
        provenance = describe(connection, "matrix coding", query_filter, builder.pieces("read"))
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
        (cells, *totals),
        provenance,
        None if facts is None else _passages(db, facts, row_keys, column_keys, rows, columns),
    )


def _key(item: Item, width: int) -> Key:
    return (item.kind, *item.key, *([None] * (width - len(item.key))))


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
    row_width, column_width = key_width(rows), key_width(columns)
    row_keys = [_key(item, row_width) for item in rows.items]
    column_keys = [_key(item, column_width) for item in columns.items]
    by_row = [row_totals.get(key, {}).get(measure, 0) for key in row_keys]
    by_column = [column_totals.get(key, {}).get(measure, 0) for key in column_keys]
    values: list[list[Number]] = []
    for r, row_key in enumerate(row_keys):
        line: list[Number] = []
        for c, column_key in enumerate(column_keys):
            value: Number = cells.get(row_key + column_key, {}).get(measure, 0)
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
        grand_total=grand.get((), {}).get(measure, 0),
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
    db: ProjectDatabase,
    facts: Subquery,
    row_keys: list[str],
    column_keys: list[str],
    rows: ResolvedAxis,
    columns: ResolvedAxis,
) -> Callable[[int, int], list[PassageRef]]:
    """The passages behind a cell, read when a view asks for them."""

    def passages(row: int, column: int) -> list[PassageRef]:
        key = _key(rows.items[row], len(row_keys) - 1) + _key(
            columns.items[column], len(column_keys) - 1
        )
        tests = [
            facts.c[name] == value for name, value in zip(row_keys + column_keys, key, strict=True)
        ]
        query = (
            select(facts.c.document_id, facts.c.start, facts.c.end, facts.c.coding_id)
            .where(and_(*tests))
            .distinct()
            .order_by(facts.c.document_id, facts.c.start, facts.c.end, facts.c.coding_id)
        )
        with db.read() as connection:
            return [PassageRef(*row) for row in connection.execute(query)]

    return passages
