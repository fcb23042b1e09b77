"""The one rule for cases and attribute values, in SQL (segments) and in columns (tables)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from analysis.columns import cut_pieces, read_codings, read_regions
from analysis.filters import QueryFilter, Where
from analysis.matrix import MatrixOptions, matrix_query
from analysis.matrix_axes import Axis
from analysis.scope import attribute_columns, case_regions, coding_pieces, resolved_regions
from models import DocumentKind
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    CreateCase,
    EnsureCodePath,
    EnsureCoder,
    LinkSpeakerToCase,
    TurnSpan,
    apply_command,
)
from models.database import ProjectDatabase
from tests.analysis.hand_project import FOCUS_GROUP, HandProject, build_hand_project, span


@pytest.fixture
def hand(db: ProjectDatabase) -> HandProject:
    return build_hand_project(db)


def test_regions_cut_the_focus_group_by_speaker(db: ProjectDatabase, hand: HandProject) -> None:
    regions = case_regions()
    with db.read() as connection:
        rows = connection.execute(
            select(regions.c.start, regions.c.end, regions.c.case_id)
            .where(regions.c.document_id == hand.documents["fg"])
            .order_by(regions.c.start)
        ).all()
    ase, bjorn = hand.cases["Åse"], hand.cases["Bjørn"]
    first = span(FOCUS_GROUP, "Vi har tid til borgeren nu 😀 og tilliden vokser.")
    second = span(FOCUS_GROUP, "Hos os er der kø, og lægerne svarer sent.")
    third = span(FOCUS_GROUP, "Det går fint, men papirerne tager tid.")
    # Åse's and Bjørn's turns are theirs; everything between them (the labels, the
    # interviewer) is no one's, up to the end of the document.
    assert [tuple(row) for row in rows] == [
        (0, first[0], None),
        (*first, ase),
        (first[1], second[0], None),
        (*second, bjorn),
        (second[1], third[0], None),
        (*third, ase),
        (third[1], 2_147_483_647, None),
    ]


def test_sql_pieces_and_column_pieces_agree(db: ProjectDatabase, hand: HandProject) -> None:
    unfiltered: set[tuple[int, int, int, int]] = set()
    for where in (Where(), Where.parse(["Alder>40"]), Where.parse(["Rolle!=Leder"])):
        query_filter = QueryFilter(where=where)
        with db.read() as connection:
            names = [c.name for c in where.conditions]
            attributes = attribute_columns(connection, names)
            pieces = coding_pieces(resolved_regions(attributes, where), query_filter).subquery()
            in_sql = {
                (row.coding_id, row.case_id or -1, row.start, row.end)
                for row in connection.execute(select(pieces))
            }
            codings = read_codings(connection, query_filter, ids=True)
            cut = cut_pieces(codings, read_regions(connection, attributes, query_filter))
        in_columns = set(
            zip(
                codings.id[cut.coding].tolist(),
                cut.case.tolist(),
                cut.start.tolist(),
                cut.end.tolist(),
                strict=True,
            )
        )
        assert in_sql == in_columns, where
        unfiltered = unfiltered or in_sql
    # The coding across Åse's and Bjørn's turns has three pieces: Åse's, the label, Bjørn's.
    across = hand.codings["tid_fg_jonas"]
    assert sorted(p[1] for p in unfiltered if p[0] == across) == sorted(
        [-1, hand.cases["Åse"], hand.cases["Bjørn"]]
    )


def test_overlapping_turns_give_the_shared_text_to_the_earlier_turn(db: ProjectDatabase) -> None:
    text = "Ane og Bo taler i munden på hinanden her."
    add = AddDocument(
        "Overlap",
        text,
        DocumentKind.FOCUS_GROUP,
        [TurnSpan(0, 20, "Ane"), TurnSpan(10, 41, "Bo")],
    )
    apply_command(db, add)
    ane, bo = CreateCase("Ane"), CreateCase("Bo")
    for command in (ane, bo):
        apply_command(db, command)
    apply_command(db, LinkSpeakerToCase("Ane", ane.case_id, add.document_id))
    apply_command(db, LinkSpeakerToCase("Bo", bo.case_id, add.document_id))
    code, coder = EnsureCodePath("Overlap"), EnsureCoder("ane")
    apply_command(db, code)
    apply_command(db, coder)
    assert add.document_id and code.code_id and coder.coder_id
    apply_command(
        db, AddCodings([CodingSpan(add.document_id, code.code_id, coder.coder_id, 12, 18)])
    )
    # [12, 18) lies in both turns; Ane's turn starts first, so it is hers alone.
    table = matrix_query(db, MatrixOptions(Axis("codes"), Axis("cases")))
    assert table.column_labels == ["Ane", "Bo"]
    assert table.values == [[1, 0]]


def test_same_case_reads_only_the_text_the_filters_let_through(
    db: ProjectDatabase, hand: HandProject
) -> None:
    # Bjørn has Tid only in his part of jonas's coding across turns. Reading only Åse's and
    # Søren's text (Afdeling=Forsøg), Bjørn is out: Lægelige × Tid has no case left, while
    # Tillid × Tid keeps Åse.
    forsøg = QueryFilter(where=Where.parse(["Afdeling=Forsøg"]))
    table = matrix_query(
        db, MatrixOptions(Axis("codes"), Axis("codes"), "cases", None, "same-case", False, forsøg)
    )
    cells = dict(zip(table.row_labels, table.values, strict=True))
    assert cells["Lægelige oplysninger"][4] == 0
    assert cells["Samarbejde/Tillid"][4] == 1


def test_a_set_mixing_codes_and_cases_is_refused(db: ProjectDatabase, hand: HandProject) -> None:
    from analysis.scope import UnknownNameError
    from models.commands import AddToSet

    apply_command(db, AddToSet(hand.sets["Forsøgsgruppen"], "code_id", hand.codes["Tid"]))
    with pytest.raises(UnknownNameError, match="mixes codes with cases"):
        matrix_query(db, MatrixOptions(Axis("set", "Forsøgsgruppen"), Axis("cases")))
