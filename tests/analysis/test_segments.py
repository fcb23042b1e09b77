"""Coded segments: the retrieval every panel and report quotes from."""

from __future__ import annotations

import pytest

from analysis.filters import Where
from analysis.segments import coded_segments
from models.database import ProjectDatabase
from tests.analysis.hand_project import HandProject, build_hand_project


@pytest.fixture
def hand(db: ProjectDatabase) -> HandProject:
    return build_hand_project(db)


def test_every_coding_in_document_and_text_order(db: ProjectDatabase, hand: HandProject) -> None:
    segments = coded_segments(db)
    # Documents by name (Fokusgruppe R1, Interview Søren, Notat), then by start, end, id.
    assert [s.coding_id for s in segments] == [
        hand.codings[name]
        for name in (
            "tid_fg_ane",  # "Vi har tid …" starts where jonas's Tillid starts, and is shorter
            "tillid_fg_jonas",
            "tillid_fg_ane",
            "tid_fg_jonas",
            "konflikt_fg_ane",
            "læge_fg_ane",
            "tid_fg2_ane",
            "samarbejde_int_ane",
            "tillid_int_ane",  # three codings of the same span: by coding id
            "samarbejde_int2_ane",
            "tillid_int_jonas",
            "læge_int_jonas",
            "konflikt_note_jonas",
        )
    ]


def test_a_segment_carries_text_code_coder_speaker_case_and_attributes(
    db: ProjectDatabase, hand: HandProject
) -> None:
    by_id = {s.coding_id: s for s in coded_segments(db)}
    emoji = by_id[hand.codings["tid_fg_ane"]]
    assert emoji.text == "Vi har tid til borgeren nu 😀"
    assert (emoji.document_name, emoji.code_path, emoji.coder_name) == (
        "Fokusgruppe R1",
        ("Tid",),
        "ane",
    )
    assert (emoji.speaker, emoji.case_name) == ("Åse", "Åse")
    # Åse has no case attribute Runde, so the focus group's own Runde=R1 reaches her passage.
    assert emoji.attributes == {
        "Rolle": "Sagsbehandler",
        "Afdeling": "Forsøg",
        "Alder": "45",
        "Runde": "R1",
    }
    soren = by_id[hand.codings["læge_int_jonas"]]
    # The interview is linked to Søren as a whole; his case's Runde=R3 beats the document's R2.
    assert soren.text == "Lægen skrev en attest, og cafe\u0301en"
    assert (soren.speaker, soren.case_name, soren.attributes["Runde"]) == ("Søren", "Søren", "R3")
    note = by_id[hand.codings["konflikt_note_jonas"]]
    assert (note.speaker, note.case_name, note.attributes) == (None, None, {"Runde": "R1"})


def test_a_coding_across_two_speakers_names_both_cases(
    db: ProjectDatabase, hand: HandProject
) -> None:
    by_id = {s.coding_id: s for s in coded_segments(db)}
    across = by_id[hand.codings["tid_fg_jonas"]]  # "tilliden vokser.\nBjørn: Hos os er der kø"
    assert across.speaker == "Åse / Bjørn"
    assert across.case_name == "Åse / Bjørn"
    assert across.attributes["Rolle"] == "Sagsbehandler / Leder"
    assert across.attributes["Runde"] == "R1"  # the same value for both is named once
    # Bjørn's turn and the interviewer's: the interviewer's text belongs to no case.
    conflict = by_id[hand.codings["konflikt_fg_ane"]]
    assert (conflict.speaker, conflict.case_name) == ("Bjørn / I", "Bjørn")


def test_filters_by_code_subcodes_coder_and_document(
    db: ProjectDatabase, hand: HandProject
) -> None:
    def ids(**options: object) -> set[int]:
        return {s.coding_id for s in coded_segments(db, **options)}  # type: ignore[arg-type]

    cooperation = hand.codes["Samarbejde"]
    own = {hand.codings["samarbejde_int_ane"], hand.codings["samarbejde_int2_ane"]}
    assert ids(code_ids=[cooperation]) == own
    children = {
        hand.codings[name]
        for name in (
            "tillid_fg_ane",
            "tillid_int_ane",
            "tillid_fg_jonas",
            "tillid_int_jonas",
            "konflikt_fg_ane",
            "konflikt_note_jonas",
        )
    }
    assert ids(code_ids=[cooperation], include_subcodes=True) == own | children
    assert ids(code_ids=[cooperation], include_subcodes=True, coder_ids=[hand.coders["jonas"]]) == {
        hand.codings[name]
        for name in ("tillid_fg_jonas", "tillid_int_jonas", "konflikt_note_jonas")
    }
    assert ids(document_ids=[hand.documents["note"]]) == {hand.codings["konflikt_note_jonas"]}
    assert ids(code_ids=[]) == set()


def test_attribute_conditions_select_the_pieces_read(
    db: ProjectDatabase, hand: HandProject
) -> None:
    older = coded_segments(db, where=Where.parse(["Alder>46"]))
    # Only Bjørn (52) is older than 46: his three passages, each naming only him.
    assert {s.coding_id for s in older} == {
        hand.codings[n] for n in ("tid_fg_jonas", "konflikt_fg_ane", "læge_fg_ane")
    }
    assert {s.case_name for s in older} == {"Bjørn"}
    # Runde resolves to R3 for Søren (case) and R1 elsewhere (documents); R2 reaches nothing.
    assert coded_segments(db, where=Where.parse(["Runde=R2"])) == []
    either = coded_segments(db, where=Where.parse(["Rolle=Leder", "Runde=R3"], match_any=True))
    assert {s.document_name for s in either} == {"Fokusgruppe R1", "Interview Søren"}
    assert len(either) == 3 + 5  # Bjørn's three passages and all five of the interview
    # "!=" keeps passages with no value at all: the note and the interviewer's text.
    not_leader = coded_segments(db, where=Where.parse(["Rolle!=Leder", "Alder<40"], True))
    assert hand.codings["konflikt_note_jonas"] in {s.coding_id for s in not_leader}


def test_context_is_cut_at_word_boundaries(db: ProjectDatabase, hand: HandProject) -> None:
    by_id = {s.coding_id: s for s in coded_segments(db, context_chars=12)}
    trust = by_id[hand.codings["tillid_fg_ane"]]  # "tilliden vokser"
    # The 12 code points before are "ren nu 😀 og " (the emoji is one); "ren" is the cut-off
    # end of "borgeren" and goes. After: ".\nBjørn: Hos" is followed by a space, so nothing is cut.
    assert trust.before == " nu 😀 og "
    assert trust.after == ".\nBjørn: Hos"
    note = by_id[hand.codings["konflikt_note_jonas"]]  # "blev aflyst" in "Mødet blev aflyst – vi"
    assert note.before == "Mødet "
    assert note.after == " – vi ses i "
    assert coded_segments(db)[0].before == ""
