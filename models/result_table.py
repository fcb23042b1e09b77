"""The one table every query returns: labelled rows and columns of numbers, with provenance.

A :class:`ResultTable` is plain data (no Qt, no pandas), so the command line, the query panels
and the Excel, Word, CSV and JSON exporters all read the same object. ``row_keys`` and
``column_keys`` hold the ids behind the labels (code, case, document or set ids, attribute
values as text, measure names) and ``row_kind``/``column_kind`` say which, so a view can drill
down. ``cell_passages`` lists, lazily, the passages behind one cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Number = int | float
Key = int | str


@dataclass(frozen=True)
class PassageRef:
    """A passage behind a cell: code points ``[start, end)`` of a document.

    ``coding_id`` names the coding the passage comes from, or is None when the passage is not
    one coding (an intersection of two codings, a text-search hit).
    """

    document_id: int
    start: int
    end: int
    coding_id: int | None = None


@dataclass(frozen=True)
class ResultTable:
    """A query result: ``values[r][c]`` is the cell of ``row_labels[r]`` × ``column_labels[c]``.

    ``measure`` names what the cells count (``references``, ``words``, ``documents``,
    ``cases``, ``presence`` …). With ``percent`` True the cells are percentages (0–100) and
    ``provenance["percent"]`` says of what (``row`` or ``column``); the totals stay counts.
    ``row_totals[r]`` is the measure over the whole row (not necessarily the sum of its cells:
    a document coded in two columns is one document in the total), likewise
    ``column_totals`` and ``grand_total``; each is None when a total means nothing for the
    query. ``provenance`` records how the table was made, as text, in insertion order: query
    kind, options, filters, coders, and the numbers of documents and codings considered.
    """

    title: str
    row_header: str
    row_labels: list[str]
    column_labels: list[str]
    values: list[list[Number]]
    measure: str
    percent: bool = False
    row_totals: list[Number] | None = None
    column_totals: list[Number] | None = None
    grand_total: Number | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    cell_passages: Callable[[int, int], list[PassageRef]] | None = field(
        default=None, compare=False, repr=False
    )
    row_keys: list[Key] = field(default_factory=list)
    column_keys: list[Key] = field(default_factory=list)
    row_kind: str = ""
    column_kind: str = ""

    def __post_init__(self) -> None:
        rows, columns = len(self.row_labels), len(self.column_labels)
        if len(self.values) != rows or any(len(row) != columns for row in self.values):
            raise ValueError(f"a table of {rows} × {columns} labels needs as many values")
        for name, keys, size in (
            ("row_keys", self.row_keys, rows),
            ("column_keys", self.column_keys, columns),
            ("row_totals", self.row_totals, rows),
            ("column_totals", self.column_totals, columns),
        ):
            if keys is not None and keys != [] and len(keys) != size:
                raise ValueError(f"{name} has {len(keys)} entries for {size} labels")

    @property
    def shape(self) -> tuple[int, int]:
        """(number of rows, number of columns)."""
        return len(self.row_labels), len(self.column_labels)

    def value(self, row: int, column: int) -> Number:
        """The cell at ``row``, ``column`` (indices into the labels)."""
        return self.values[row][column]

    def cell(self, row_label: str, column_label: str) -> Number:
        """The cell found by its labels; KeyError when either label is not in the table."""
        try:
            r, c = self.row_labels.index(row_label), self.column_labels.index(column_label)
        except ValueError:
            raise KeyError((row_label, column_label)) from None
        return self.values[r][c]

    def passages(self, row: int, column: int) -> list[PassageRef]:
        """The passages behind a cell, in document and text order (empty when unknown)."""
        if self.cell_passages is None:
            return []
        return self.cell_passages(row, column)
