"""Crosstab on the hand-built project; every cell worked out by hand."""

from __future__ import annotations

import pytest

from analysis.crosstab import CrosstabOptions, crosstab_query
from analysis.filters import QueryFilter, Where
from models.database import ProjectDatabase
from tests.analysis.hand_project import HandProject, build_hand_project


@pytest.fixture
def hand(db: ProjectDatabase) -> HandProject:
    return build_hand_project(db)


def test_cases_per_department_with_totals(db: ProjectDatabase, hand: HandProject) -> None:
    table = crosstab_query(db, CrosstabOptions("Afdeling", measure="cases"))
    # Forsøg: Åse and Søren; Ordinær: Bjørn (and Dorte, who has no text).
    assert table.title == "Crosstab: Afdeling"
    assert table.column_labels == ["Forsøg", "Ordinær"]
    assert dict(zip(table.row_labels, table.values, strict=True)) == {
        "Samarbejde": [1, 0],  # Søren
        "Samarbejde/Tillid": [2, 0],  # Åse, Søren
        "Samarbejde/Konflikt": [0, 1],  # Bjørn (the note's passage has no department)
        "Lægelige oplysninger": [1, 1],  # Søren; Bjørn
        "Tid": [1, 1],  # Åse; Bjørn
    }
    assert table.row_totals == [1, 2, 1, 2, 2]
    assert table.column_totals == [2, 1]  # cases with any coding in each department
    assert table.grand_total == 3
    assert table.provenance["query"] == "crosstab"


def test_percentages_of_the_column_total(db: ProjectDatabase, hand: HandProject) -> None:
    table = crosstab_query(db, CrosstabOptions("Afdeling", measure="cases", percent="column"))
    cells = dict(zip(table.row_labels, table.values, strict=True))
    # Both Forsøg cases have Tillid; one of the two has Lægelige; Bjørn is all of Ordinær.
    assert cells["Samarbejde/Tillid"] == [100.0, 0.0]
    assert cells["Lægelige oplysninger"] == [50.0, 100.0]
    rows = crosstab_query(db, CrosstabOptions("Afdeling", codes="Samarbejde", percent="row"))
    # References: Tillid's 4 are 2 Åse + 2 Søren, all Forsøg; Konflikt: Bjørn's 1 of 1.
    assert dict(zip(rows.row_labels, rows.values, strict=True)) == {
        "Samarbejde/Tillid": [100.0, 0.0],
        "Samarbejde/Konflikt": [0.0, 100.0],
    }


def test_filters_and_json(db: ProjectDatabase, hand: HandProject) -> None:
    leaders_out = QueryFilter(where=Where.parse(["Rolle!=Leder"]))
    table = crosstab_query(db, CrosstabOptions("Afdeling", filter=leaders_out))
    assert table.column_totals == [10, 0]  # Åse's 5 and Søren's 5 references; Bjørn is out
    options = CrosstabOptions("Runde", "Samarbejde", (1, 2), "words", "row", True, leaders_out)
    assert CrosstabOptions.from_json(options.to_json()) == options
