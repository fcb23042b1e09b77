"""Co-occurrence on the hand-built project; every cell worked out by hand."""

from __future__ import annotations

import pytest

from analysis.cooccurrence import CooccurrenceOptions, cooccurrence_query
from analysis.filters import QueryFilter, Where
from models.database import ProjectDatabase
from models.result_table import ResultTable
from tests.analysis.hand_project import HandProject, build_hand_project

S, T, K, L, TID = range(5)  # Samarbejde, Tillid, Konflikt, Lægelige oplysninger, Tid


@pytest.fixture
def hand(db: ProjectDatabase) -> HandProject:
    return build_hand_project(db)


def table(db: ProjectDatabase, **options: object) -> ResultTable:
    return cooccurrence_query(db, CooccurrenceOptions(**options))  # type: ignore[arg-type]


def test_overlapping_codings_are_counted_in_pairs(db: ProjectDatabase, hand: HandProject) -> None:
    counts = table(db).values
    # Diagonal: each code's codings.
    assert [counts[i][i] for i in range(5)] == [2, 4, 2, 2, 3]
    # Both Samarbejde codings hold "Jeg føler mig hørt.", which both Tillid codings in the
    # interview are: 2 × 2 pairs.
    assert counts[S][T] == counts[T][S] == 4
    # ane's "tilliden vokser" meets jonas's Tid; jonas's Tillid meets ane's and jonas's Tid.
    assert counts[T][TID] == 3
    assert counts[K][TID] == 1  # "der kø"
    assert counts[K][L] == 1  # "lægerne svarer sent" inside Konflikt
    assert counts[L][TID] == 0  # ", og " lies between "… der kø" and "lægerne …"


def test_c_coefficient(db: ProjectDatabase, hand: HandProject) -> None:
    c = table(db, measure="coefficient").values
    # Samarbejde–Tillid: both Samarbejde codings meet Tillid, two of Tillid's four meet
    # Samarbejde: n12 = (2 + 2) / 2 = 2, c = 2 / (2 + 4 − 2) = 0.5.
    assert c[S][T] == c[T][S] == 0.5
    # Tillid–Tid: 2 of Tillid's, 2 of Tid's: c = 2 / (4 + 3 − 2) = 0.4.
    assert c[T][TID] == pytest.approx(0.4)
    # One-to-one meetings give ATLAS.ti's value: Konflikt–Lægelige 1 / (2 + 2 − 1).
    assert c[K][L] == pytest.approx(1 / 3)
    assert c[K][TID] == pytest.approx(1 / 4)
    assert c[L][TID] == 0.0
    assert c[TID][TID] == 1.0


def test_within_characters_and_same_units(db: ProjectDatabase, hand: HandProject) -> None:
    # Lægelige's "lægerne …" starts 5 characters (", og ") after jonas's Tid ends.
    assert table(db, within=5).values[L][TID] == 1
    assert table(db, within=4).values[L][TID] == 0
    # ane's "tilliden vokser" is 4 characters (" og ") after ane's "Vi har tid … 😀": with
    # within 4 Tillid–Tid gains that pair.
    assert table(db, within=4).values[T][TID] == 4
    # The same two pairs meet in one sentence ("Hos os er der kø, og lægerne svarer sent.";
    # "Vi har tid til borgeren nu 😀 og tilliden vokser."), and in one turn.
    for unit in ("sentence", "turn", "paragraph"):
        values = table(db, unit=unit).values
        assert (values[L][TID], values[T][TID]) == (1, 4), unit


def test_filters_sub_codes_and_passages(db: ProjectDatabase, hand: HandProject) -> None:
    leader = table(db, filter=QueryFilter(where=Where.parse(["Rolle=Leder"])))
    # Only Bjørn's text: Konflikt meets Lægelige and Tid there; Tillid has nothing of his.
    assert leader.values[K][L] == leader.values[K][TID] == 1
    assert leader.values[T][T] == 0
    rolled = table(db, codes="Samarbejde", include_subcodes=True)
    assert rolled.row_labels == ["Samarbejde/Tillid", "Samarbejde/Konflikt"]
    assert rolled.values == [[4, 0], [0, 2]]
    cell = table(db).passages(K, L)
    assert [p.coding_id for p in cell] == [
        hand.codings["konflikt_fg_ane"],
        hand.codings["læge_fg_ane"],
    ]
    options = CooccurrenceOptions("Samarbejde", None, 20, "turn", "coefficient", True)
    assert CooccurrenceOptions.from_json(options.to_json()) == options
    with pytest.raises(ValueError, match="unit"):
        CooccurrenceOptions(unit="side")
