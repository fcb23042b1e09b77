"""A ResultTable written as CSV, JSON and plain text."""

from __future__ import annotations

import csv
import io
import json

from exporters.table_files import number_text, table_json, text_table, write_csv, write_json
from models.result_table import ResultTable


def _table(percent: bool = False) -> ResultTable:
    return ResultTable(
        title="Matrix coding: codes × attribute:Rolle",
        row_header="Code",
        row_labels=["Borgerrelationer/Tillid", "Lægelige oplysninger"],
        column_labels=["Borger", "Sagsbehandler"],
        values=[[100 / 3, 50.0], [0.0, 100.0]] if percent else [[2, 1], [0, 3]],
        measure="references",
        percent=percent,
        row_totals=[3, 3],
        column_totals=[2, 4],
        grand_total=6,
        provenance={"query": "matrix coding", "percent": "row" if percent else "none"},
        row_keys=[7, 8],
        column_keys=["Borger", "Sagsbehandler"],
    )


def test_numbers_are_plain_numbers() -> None:
    assert [number_text(v) for v in (12, 100 / 3, 50.0, 0.0, 2 / 3 * 1e-5)] == [
        "12", "33.3333", "50", "0", "0",
    ]  # fmt: skip


def test_csv_is_labels_and_cells_only() -> None:
    out = io.StringIO()
    write_csv(_table(percent=True), out)
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [
        ["Code", "Borger", "Sagsbehandler"],
        ["Borgerrelationer/Tillid", "33.3333", "50"],
        ["Lægelige oplysninger", "0", "100"],
    ]


def test_json_keeps_everything() -> None:
    out = io.StringIO()
    write_json(_table(), out)
    data = json.loads(out.getvalue())
    assert data == table_json(_table())
    assert data["rows"][0] == {"label": "Borgerrelationer/Tillid", "key": 7, "values": [2, 1]}
    assert data["columns"][1] == {"label": "Sagsbehandler", "key": "Sagsbehandler"}
    assert (data["row_totals"], data["column_totals"], data["grand_total"]) == ([3, 3], [2, 4], 6)
    assert "æ" in out.getvalue()  # written as text, not as \\u escapes


def test_text_table_is_aligned_with_totals() -> None:
    assert text_table(_table()).splitlines() == [
        "Matrix coding: codes × attribute:Rolle (references)",
        "Code                     Borger  Sagsbehandler  Total",
        "Borgerrelationer/Tillid       2              1      3",
        "Lægelige oplysninger          0              3      3",
        "Total                         2              4      6",
    ]
    assert text_table(_table(percent=True)).splitlines()[2].split()[1:] == ["33.3", "50.0", "3"]
