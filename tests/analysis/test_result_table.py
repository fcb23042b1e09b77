"""The table every query returns."""

from __future__ import annotations

import pytest

from models.result_table import PassageRef, ResultTable


def _table() -> ResultTable:
    return ResultTable(
        title="Kodning × Rolle",
        row_header="Kode",
        row_labels=["Borgerrelationer/Tillid", "Lægelige oplysninger"],
        column_labels=["Borger", "Sagsbehandler"],
        values=[[2, 1], [0, 3]],
        measure="references",
        row_totals=[3, 3],
        column_totals=[2, 4],
        grand_total=6,
        provenance={"query": "matrix"},
        cell_passages=lambda r, c: [PassageRef(r + 1, c, c + 5, None)],
        row_keys=[7, 8],
        column_keys=["Borger", "Sagsbehandler"],
        row_kind="code",
        column_kind="attribute:Rolle",
    )


def test_cells_are_found_by_index_and_by_label() -> None:
    table = _table()
    assert table.shape == (2, 2)
    assert table.value(1, 1) == 3
    assert table.cell("Borgerrelationer/Tillid", "Sagsbehandler") == 1
    with pytest.raises(KeyError):
        table.cell("Tillid", "Borger")


def test_passages_are_asked_for_lazily() -> None:
    assert _table().passages(1, 0) == [PassageRef(2, 0, 5, None)]
    bare = ResultTable("t", "Kode", ["a"], ["b"], [[1]], "references")
    assert bare.passages(0, 0) == []


def test_values_must_match_the_labels() -> None:
    with pytest.raises(ValueError, match="2 × 1"):
        ResultTable("t", "Kode", ["a", "b"], ["c"], [[1]], "references")
    with pytest.raises(ValueError, match="row_keys"):
        ResultTable("t", "Kode", ["a"], ["c"], [[1]], "references", row_keys=[1, 2])
