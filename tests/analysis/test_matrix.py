"""Matrix coding queries on the hand-built project; every cell worked out by hand.

Reminder of who owns what (see hand_project): Åse's and Bjørn's turns in the focus group are
theirs, the interviewer's text and the speaker labels there belong to no case; all of the
interview is Søren's; the note has no case. Coding ids are named as in ``CODINGS``.
"""

from __future__ import annotations

import pytest

from analysis.filters import QueryFilter, Where
from analysis.matrix import MatrixOptions, matrix_query
from analysis.matrix_axes import Axis
from analysis.scope import UnknownNameError
from models.database import ProjectDatabase
from models.result_table import PassageRef, ResultTable
from tests.analysis.hand_project import FOCUS_GROUP, HandProject, build_hand_project, span

CODES = ["Samarbejde", "Samarbejde/Tillid", "Samarbejde/Konflikt", "Lægelige oplysninger", "Tid"]


@pytest.fixture
def hand(db: ProjectDatabase) -> HandProject:
    return build_hand_project(db)


def run(db: ProjectDatabase, rows: str, columns: str, **options: object) -> ResultTable:
    return matrix_query(
        db,
        MatrixOptions(Axis.parse(rows), Axis.parse(columns), **options),  # type: ignore[arg-type]
    )


def grid(table: ResultTable) -> dict[str, list[int | float]]:
    return dict(zip(table.row_labels, table.values, strict=True))


def test_codes_by_cases_counts_references_inside_each_cases_text(
    db: ProjectDatabase, hand: HandProject
) -> None:
    table = run(db, "codes", "cases")
    # Cases in Danish order (Å last); Dorte has no text and gets zeros.
    assert table.column_labels == ["Bjørn", "Dorte", "Søren", "Åse"]
    assert grid(table) == {
        "Samarbejde": [0, 0, 2, 0],  # both in the interview
        "Samarbejde/Tillid": [0, 0, 2, 2],  # ane's and jonas's, in each document
        # Konflikt in the focus group touches Bjørn's turn and the interviewer's; the note's
        # Konflikt belongs to no case, so it is in no column.
        "Samarbejde/Konflikt": [1, 0, 0, 0],
        "Lægelige oplysninger": [1, 0, 1, 0],
        # jonas's "tilliden vokser.\nBjørn: Hos os er der kø" counts for Åse and for Bjørn.
        "Tid": [1, 0, 0, 3],
    }
    # Totals are references over the whole row: the Tid coding in two columns is one, so Tid
    # has 3, not 4. Konflikt's total leaves out the note (in no column).
    assert table.row_totals == [2, 4, 1, 2, 3]
    # Bjørn: Konflikt, Lægelige, Tid. Søren: 2 Samarbejde, 2 Tillid, Lægelige. Åse: 2 Tillid, 3 Tid.
    assert table.column_totals == [3, 0, 5, 5]
    assert table.grand_total == 12  # all 13 codings but the note's
    assert table.row_keys == [hand.codes[c] for c in CODES]
    assert table.column_keys == [hand.cases[c] for c in ("Bjørn", "Dorte", "Søren", "Åse")]


def test_words_count_only_the_text_inside_the_column(
    db: ProjectDatabase, hand: HandProject
) -> None:
    table = run(db, "codes", "cases", measure="words")
    cells = grid(table)
    # Tid × Bjørn: his part of jonas's coding, "Hos os er der kø": 5 words. Tid × Åse: "Vi har
    # tid til borgeren nu 😀" 6 + "papirerne tager tid" 3 + "tilliden vokser." 2 = 11.
    assert cells["Tid"] == [5, 0, 0, 11]
    # The row total leaves out "Bjørn" in the label "\nBjørn: ", which is no one's: 16, not 17.
    assert table.row_totals is not None and table.row_totals[4] == 16
    # Konflikt × Bjørn: "der kø, og lægerne svarer sent." is 6 words; the interviewer's 4 are
    # no one's.
    assert cells["Samarbejde/Konflikt"] == [6, 0, 0, 0]
    # Bjørn's whole turn is coded: "Hos os er der kø, og lægerne svarer sent." is 9 words.
    assert table.column_totals is not None and table.column_totals[0] == 9


def test_attribute_values_reach_passages_through_the_case_first(
    db: ProjectDatabase, hand: HandProject
) -> None:
    rolle = run(db, "codes", "attribute:Rolle")
    assert rolle.column_labels == ["Borger", "Leder", "Sagsbehandler"]
    assert rolle.column_keys == ["Borger", "Leder", "Sagsbehandler"]
    # Borger = Søren (Dorte has no text), Leder = Bjørn, Sagsbehandler = Åse: as by cases.
    assert grid(rolle)["Tid"] == [0, 1, 3]
    assert rolle.column_totals == [5, 3, 5]
    runde = run(db, "codes", "attribute:Runde", measure="cases")
    # R2 is stored (for the interview) but Søren's own R3 beats it: R2 reaches nothing. R1 is
    # the focus group's (Åse and Bjørn have no case Runde) and the note's.
    assert runde.column_labels == ["R1", "R2", "R3"]
    assert grid(runde) == {
        "Samarbejde": [0, 0, 1],
        "Samarbejde/Tillid": [1, 0, 1],  # Åse; Søren
        "Samarbejde/Konflikt": [1, 0, 0],  # Bjørn (the note's R1 passage has no case)
        "Lægelige oplysninger": [1, 0, 1],
        "Tid": [2, 0, 0],  # Åse and Bjørn
    }
    assert runde.column_totals == [2, 0, 1]
    ages = run(db, "codes:Samarbejde", "attribute:Alder", include_subcodes=True)
    assert ages.column_labels == ["31", "45", "52", "60"]  # numbers in numeric order
    assert grid(ages) == {"Samarbejde/Tillid": [2, 2, 0, 0], "Samarbejde/Konflikt": [0, 0, 1, 0]}


def test_code_by_code_intersection_against_same_case(
    db: ProjectDatabase, hand: HandProject
) -> None:
    both = grid(run(db, "codes", "codes"))
    present = grid(run(db, "codes", "codes", semantics="same-case"))
    # Lægelige × Tid. Intersection: "lægerne svarer sent" does not overlap jonas's Tid ("… der
    # kø"), nor does Søren's "Lægen skrev …": 0. Same case: Bjørn has Lægelige and (through
    # his part of jonas's Tid coding) Tid, so his Lægelige coding counts: 1.
    assert both["Lægelige oplysninger"][4] == 0
    assert present["Lægelige oplysninger"][4] == 1
    # Tid × Tillid. Intersection: ane's "Vi har tid …" overlaps jonas's Tillid and jonas's Tid
    # overlaps both Tillid codings; ane's "papirerne tager tid" overlaps nothing: 2. Same case:
    # all three Tid codings have a piece of Åse's, and Åse has Tillid: 3.
    assert both["Tid"][1] == 2
    assert present["Tid"][1] == 3
    # Konflikt × Tid overlap in "der kø"; Samarbejde × Tillid: both of its codings hold
    # "Jeg føler mig hørt.".
    assert both["Samarbejde/Konflikt"][4] == 1
    assert both["Samarbejde"] == [2, 2, 0, 0, 0]
    cases = grid(run(db, "codes", "codes", semantics="same-case", measure="cases"))
    assert cases["Lægelige oplysninger"] == [1, 1, 1, 2, 1]  # Søren, Søren, Bjørn, both, Bjørn
    overlap_words = grid(run(db, "codes:Samarbejde", "codes", measure="words"))
    # Tillid ∩ Tid: "Vi har tid til borgeren nu 😀" (6) and "tilliden vokser" (2) = 8; Konflikt ∩
    # Tid: "der kø" = 2.
    assert overlap_words["Samarbejde/Tillid"][4] == 8
    assert overlap_words["Samarbejde/Konflikt"][4] == 2


def test_same_case_with_documents_and_attributes(db: ProjectDatabase, hand: HandProject) -> None:
    documents = run(db, "codes", "documents", semantics="same-case", measure="cases")
    assert documents.column_labels == ["Fokusgruppe R1", "Interview Søren", "Notat"]
    # A case "has" a document when it owns text in it: Åse and Bjørn the focus group, Søren
    # the interview. Tid's cases (Åse, Bjørn) both have the focus group.
    assert grid(documents)["Tid"] == [2, 0, 0]
    assert grid(documents)["Samarbejde"] == [0, 1, 0]
    departments = run(db, "cases", "attribute:Afdeling", semantics="same-case")
    # Every coding piece of a case, under the case's own department.
    assert grid(departments) == {
        "Bjørn": [0, 3],
        "Dorte": [0, 0],
        "Søren": [5, 0],
        "Åse": [5, 0],
    }


def test_percentages_divide_by_the_row_or_column_total(
    db: ProjectDatabase, hand: HandProject
) -> None:
    table = run(db, "codes", "attribute:Rolle", percent="row")
    assert table.percent and table.provenance["percent"] == "row"
    # Tid: Leder 1 and Sagsbehandler 3 of 3 references (the coding in both counts once in the
    # total), so the row adds up to more than 100.
    assert grid(table)["Tid"] == [0.0, pytest.approx(100 / 3), 100.0]
    assert grid(table)["Samarbejde/Tillid"] == [50.0, 0.0, 50.0]
    assert table.row_totals == [2, 4, 1, 2, 3]  # totals stay counts
    columns = run(db, "codes", "attribute:Rolle", percent="column")
    # Leder (Bjørn) has 3 references: Konflikt, Lægelige, Tid one each.
    assert [row[1] for row in columns.values] == [0.0, 0.0, *[pytest.approx(100 / 3)] * 3]


def test_sets_filters_and_presence(db: ProjectDatabase, hand: HandProject) -> None:
    members = run(db, "set:Forsøgsgruppen", "codes:Samarbejde")
    assert members.row_labels == ["Åse", "Søren"]  # the set's order
    assert grid(members) == {"Åse": [2, 0], "Søren": [2, 0]}
    ane = QueryFilter(coder_ids=(hand.coders["ane"],))
    assert grid(run(db, "codes", "cases", filter=ane))["Tid"] == [0, 0, 0, 2]
    older = QueryFilter(where=Where.parse(["Alder>46"]))
    # Only Bjørn's text is read: even Tid × Åse is empty.
    assert grid(run(db, "codes", "cases", filter=older))["Tid"] == [1, 0, 0, 0]
    presence = run(db, "codes", "cases", measure="presence")
    assert grid(presence)["Tid"] == [1, 0, 0, 1]


def test_cell_passages_are_the_pieces_in_the_cell(db: ProjectDatabase, hand: HandProject) -> None:
    table = run(db, "codes", "cases")
    tid, bjorn = table.row_labels.index("Tid"), table.column_labels.index("Bjørn")
    start, end = span(FOCUS_GROUP, "Hos os er der kø")
    assert table.passages(tid, bjorn) == [
        PassageRef(hand.documents["fg"], start, end, hand.codings["tid_fg_jonas"])
    ]
    assert table.passages(tid, table.column_labels.index("Dorte")) == []


def test_unknown_names_and_options_as_json(db: ProjectDatabase, hand: HandProject) -> None:
    with pytest.raises(UnknownNameError, match="Køn"):
        run(db, "codes", "attribute:Køn")
    with pytest.raises(UnknownNameError, match="Samarbejde/Tvivl"):
        run(db, "codes:Samarbejde/Tvivl", "cases")
    with pytest.raises(UnknownNameError, match="Kontrolgruppen"):
        run(db, "set:Kontrolgruppen", "cases")
    with pytest.raises(ValueError, match="unknown axis"):
        Axis.parse("personer")
    options = MatrixOptions(
        Axis("codes", "Samarbejde"),
        Axis("cases", ids=(3, 1)),
        "words",
        "column",
        "same-case",
        True,
        QueryFilter(None, (1,), Where.parse(["Rolle=Borger"])),
    )
    assert MatrixOptions.from_json(options.to_json()) == options
