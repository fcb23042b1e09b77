"""A :class:`ResultTable` as CSV or JSON, and plain records (e.g. coded segments) as CSV.

CSV: the header row holds the row header and the column labels; each line the row label
(a code's path with ``/`` between levels) and the cells. Numbers are written as numbers with
a decimal point: counts as integers, percentages with up to four decimals. Totals are left
out of the CSV (a program reading it wants the cells); the JSON holds everything: labels,
keys, cells, totals and how the table was made.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from models.result_table import Number, ResultTable


def number_text(value: Number) -> str:
    """A cell as CSV text: ``12``, ``33.3333``, ``100``."""
    if isinstance(value, float):
        text = f"{value:.4f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    return str(value)


def write_csv(table: ResultTable, out: TextIO) -> None:
    """Write the table's cells as CSV to ``out`` (opened with ``newline=""``)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([table.row_header, *table.column_labels])
    for label, row in zip(table.row_labels, table.values, strict=True):
        writer.writerow([label, *(number_text(value) for value in row)])


def table_json(table: ResultTable) -> dict[str, Any]:
    """The table as a JSON-ready dict."""
    return {
        "title": table.title,
        "measure": table.measure,
        "percent": table.percent,
        "row_header": table.row_header,
        "row_kind": table.row_kind,
        "column_kind": table.column_kind,
        "rows": [
            {"label": label, "key": key, "values": values}
            for label, key, values in zip(
                table.row_labels, _keys(table.row_keys, table.row_labels), table.values, strict=True
            )
        ],
        "columns": [
            {"label": label, "key": key}
            for label, key in zip(
                table.column_labels, _keys(table.column_keys, table.column_labels), strict=True
            )
        ],
        "row_totals": table.row_totals,
        "column_totals": table.column_totals,
        "grand_total": table.grand_total,
        "provenance": table.provenance,
    }


def write_json(table: ResultTable, out: TextIO) -> None:
    """Write the table as one JSON object (UTF-8 text, æøå kept as they are)."""
    json.dump(table_json(table), out, ensure_ascii=False)
    out.write("\n")


def write_records_csv(
    headers: Sequence[str], records: Sequence[Sequence[Any]], out: TextIO
) -> None:
    """Write a header row and one line per record (numbers as in :func:`number_text`)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    for record in records:
        writer.writerow(
            [
                number_text(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
                for v in record
            ]
        )


def text_table(table: ResultTable) -> str:
    """The table as aligned plain text for a terminal, with its totals when it has them."""
    header = [table.row_header, *table.column_labels]
    lines = [
        [label, *(_shown(v, table.percent) for v in row)]
        for label, row in zip(table.row_labels, table.values, strict=True)
    ]
    if table.row_totals is not None:
        header.append("Total")
        for line, total in zip(lines, table.row_totals, strict=True):
            line.append(_shown(total, False))
    if table.column_totals is not None:
        footer = ["Total", *(_shown(v, False) for v in table.column_totals)]
        if table.row_totals is not None:
            footer.append("" if table.grand_total is None else _shown(table.grand_total, False))
        lines.append(footer)
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    rendered = [
        "  ".join(
            [
                line[0].ljust(widths[0]),
                *(c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)),
            ]
        )
        for line in [header, *lines]
    ]
    unit = (
        f"{table.measure}, % of {table.provenance.get('percent', '')}"
        if table.percent
        else table.measure
    )
    return "\n".join([f"{table.title} ({unit})", *(line.rstrip() for line in rendered)])


def _shown(value: Number, percent: bool) -> str:
    if percent:
        return f"{value:.1f}"
    return number_text(value)


def _keys(keys: list[Any], labels: list[str]) -> list[Any]:
    return keys if keys else [None] * len(labels)
