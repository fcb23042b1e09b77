"""Auto-coding from search hits, speakers and headings: plans, previews, one undo step."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from analysis.autocode import (
    AutocodePreview,
    PlannedCoding,
    Spread,
    added_codings,
    auto_coding,
    plan_headings,
    plan_search,
    plan_speakers,
)
from analysis.search import SearchMode, SearchOptions
from analysis.text_scope import TextScope
from models.codes import Coding
from models.commands import CommandError, UndoStack, apply_command
from models.database import ProjectDatabase
from models.documents import Coder
from models.paths import code_path, find_code
from models.progress import OperationCancelledError
from tests.analysis.text_project import FOCUS_GROUP, INTERVIEW, build, snapshot, span

BORGER = SearchOptions("borger*", SearchMode.WILDCARD)


def texts(plan_codings: list[PlannedCoding], document_id: int, text: str) -> list[str]:
    return [text[c.start : c.end] for c in plan_codings if c.document_id == document_id]


def test_hits_spread_to_sentences_merge_within_a_sentence(db: ProjectDatabase) -> None:
    ids = build(db)
    plan = plan_search(db, BORGER, Spread.SENTENCE, "Auto/Borgere")
    assert texts(plan.codings, ids.focus_group, FOCUS_GROUP) == [
        "Hvordan oplever I samarbejdet med borgerne?",
        "Vi når at lære borgeren at kende 😀 og borgerens familie.",
        "Borgerne venter i måneder.",
    ]
    assert texts(plan.codings, ids.interview, INTERVIEW) == [
        "Borgere som mig får hjælp af borgerrådgiveren."
    ]
    assert plan.preview() == AutocodePreview(passages=4, documents=2, codes=1, left_out=3)
    emoji = next(c for c in plan.codings if "😀" in FOCUS_GROUP[c.start : c.end])
    assert (emoji.start, emoji.end) == span(
        FOCUS_GROUP, "Vi når at lære borgeren at kende 😀 og borgerens familie."
    )


@pytest.mark.parametrize(
    ("spread", "passages", "left_out"),
    [(Spread.HIT, 9, 0), (Spread.PARAGRAPH, 6, 0), (Spread.TURN, 4, 3)],
)
def test_other_spreads(db: ProjectDatabase, spread: Spread, passages: int, left_out: int) -> None:
    ids = build(db)
    plan = plan_search(db, BORGER, spread, "Auto/Borgere")
    assert (len(plan.codings), plan.left_out) == (passages, left_out)
    if spread is Spread.TURN:
        assert texts(plan.codings, ids.focus_group, FOCUS_GROUP)[2] == (
            "Lægelige oplysninger kommer sent. Borgerne venter i måneder."
        )
    if spread is Spread.PARAGRAPH:
        assert texts(plan.codings, ids.interview, INTERVIEW)[0] == (
            "Borger: Min sagsbehandler lytter 👍🏽 og ringer tilbage. Jeg føler mig hørt."
        )


def test_by_speaker_and_by_case(db: ProjectDatabase) -> None:
    ids = build(db)
    plan = plan_speakers(db, "Talere/Åse", speakers=["sagsbehandler åse"])
    assert texts(plan.codings, ids.focus_group, FOCUS_GROUP) == [
        "Vi når at lære borgeren at kende 😀 og borgerens familie. Tilliden vokser, f.eks. når"
        " vi ringer tilbage.",
        "Sagen skal være klar, før den går til teamet.",
    ]
    by_case = plan_speakers(db, "Talere/Åse", case_ids=[ids.case_ase])
    assert by_case.codings == plan.codings
    both = plan_speakers(db, "Talere", speakers=["Borger"], case_ids=[ids.case_ase])
    assert both.preview() == AutocodePreview(passages=5, documents=2, codes=1, left_out=0)
    with pytest.raises(ValueError, match="speaker or case"):
        plan_speakers(db, "Talere")


def test_by_heading_codes_each_answer_under_the_parent(db: ProjectDatabase) -> None:
    ids = build(db)
    reports: list[int] = []
    plan = plan_headings(db, "Interviewguide", progress=lambda d, t, w: reports.append(d))
    assert reports == [0, 1]
    answers = {c.code_path: INTERVIEW[c.start : c.end] for c in plan.codings}
    assert answers == {
        "Interviewguide/Om forløbet": INTERVIEW[
            span(INTERVIEW, "Hvordan har det været?")[0] : span(INTERVIEW, "borgerrådgiveren.")[1]
        ],
        "Interviewguide/Om forløbet/Hvordan har det været?": (
            "Borger: Min sagsbehandler lytter 👍🏽 og ringer tilbage. Jeg føler mig hørt."
        ),
        "Interviewguide/Om forløbet/Hvad med økonomien?": (
            "Borger: Økonomien er stram. Borgere som mig får hjælp af borgerrådgiveren."
        ),
        "Interviewguide/Afslutning": "Noget at tilføje?\nBorger: Nej, tak.",
        "Interviewguide/Afslutning/Noget at tilføje?": "Borger: Nej, tak.",
    }
    assert {c.document_id for c in plan.codings} == {ids.interview}
    assert plan_headings(db, "Guide", document_ids=[ids.focus_group]).codings == []


def test_apply_undo_and_redo_as_one_step(db: ProjectDatabase) -> None:
    build(db)
    before = snapshot(db)
    stack = UndoStack(db)
    plan = plan_headings(db, "Interviewguide")
    command = auto_coding(plan, "Åse Auto")
    stack.push(command)
    assert added_codings(command) == 5
    applied = snapshot(db)
    with db.read() as connection:
        coder = connection.execute(select(Coder.id).where(Coder.name == "Åse Auto")).scalar_one()
        coded = connection.execute(
            select(Coding.code_id, Coding.start, Coding.end).where(Coding.coder_id == coder)
        ).all()
        paths = {code_path(connection, code_id) for code_id, _start, _end in coded}
    assert paths == {c.code_path for c in plan.codings}
    assert sorted((s, e) for _c, s, e in coded) == sorted((c.start, c.end) for c in plan.codings)
    assert stack.undo() == plan.label
    assert snapshot(db) == before
    stack.redo()
    assert snapshot(db) == applied


def test_codings_the_coder_has_are_not_added_again(db: ProjectDatabase) -> None:
    ids = build(db)
    plan = plan_search(db, BORGER, Spread.HIT, "Borgerrelationer/Tillid")
    first = auto_coding(plan, ids.ane)
    apply_command(db, first)
    assert added_codings(first) == 9
    state = snapshot(db)
    again = auto_coding(plan_search(db, BORGER, Spread.HIT, "Borgerrelationer/Tillid"), "ane")
    apply_command(db, again)
    assert added_codings(again) == 0
    assert snapshot(db) == state
    other = auto_coding(plan, "jonas")
    apply_command(db, other)
    assert added_codings(other) == 9


def test_many_hits_in_one_step(db: ProjectDatabase) -> None:
    ids = build(db)
    plan = plan_search(db, SearchOptions("*", SearchMode.WILDCARD), Spread.HIT, "Alle ord")
    assert len(plan.codings) > 50
    apply_command(db, auto_coding(plan, "ane"))
    again = auto_coding(plan, "ane")
    apply_command(db, again)
    assert added_codings(again) == 0
    with db.read() as connection:
        code = find_code(connection, "Alle ord")
        count = len(connection.execute(select(Coding.id).where(Coding.code_id == code)).all())
    assert count == len(plan.codings)
    assert ids.trust != code


def test_a_missing_coder_or_bad_path_changes_nothing(db: ProjectDatabase) -> None:
    build(db)
    before = snapshot(db)
    plan = plan_search(db, BORGER, Spread.HIT, "Ny kode")
    with pytest.raises(CommandError, match="coder 999"):
        apply_command(db, auto_coding(plan, 999))
    assert snapshot(db) == before
    with pytest.raises(ValueError, match="empty level"):
        plan_search(db, BORGER, Spread.HIT, "Ny//kode")


def test_restricted_search_and_cancelling(db: ProjectDatabase) -> None:
    ids = build(db)
    scoped = SearchOptions("borger*", SearchMode.WILDCARD, scope=TextScope(speakers=("I",)))
    plan = plan_search(db, scoped, Spread.TURN, "Spørgsmål")
    assert texts(plan.codings, ids.focus_group, FOCUS_GROUP) == [
        "Hvordan oplever I samarbejdet med borgerne?"
    ]

    def cancel(done: int, total: int, what: str) -> None:
        raise OperationCancelledError

    with pytest.raises(OperationCancelledError):
        plan_search(db, BORGER, Spread.SENTENCE, "Auto", cancel)
