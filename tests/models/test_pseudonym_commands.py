"""Pseudonymising documents rewrites the text once, moves every span with it, and undoes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models import Coding, Document, Pseudonymisation, SpeakerTurn
from models.commands import Batch, CommandError, UndoStack, apply_command
from models.commands.pseudonyms import (
    ClearPseudonymTerms,
    PseudonymiseDocument,
    RemovePseudonymTerm,
    SetPseudonymTerm,
    positioned_tables,
)
from models.database import ProjectDatabase
from models.integrity import check_project
from models.pseudonym_plan import occurrences, plan_replacements, replace_terms
from models.pseudonyms import TermDecision, TermOrigin, TermSpec, accepted_terms, read_terms
from tests.models.pseudonym_project import (
    ACCEPTED,
    CATEGORIES,
    CUT,
    REJECTED,
    plant,
    spanned_texts,
)
from tests.models.sample_project import snapshot


def store_mapping(db: ProjectDatabase) -> None:
    """The planted mapping, accepted and rejected terms, in one step."""
    commands = [
        SetPseudonymTerm(TermSpec(s, r, CATEGORIES[s], origin=TermOrigin.FOUND))
        for s, r in ACCEPTED.items()
    ]
    commands += [
        SetPseudonymTerm(TermSpec(s, r, "term", TermDecision.REJECTED)) for s, r in REJECTED.items()
    ]
    apply_command(db, Batch("Mapping", commands))


def pseudonymise_all(db: ProjectDatabase) -> Batch:
    """One PseudonymiseDocument per document, planned from the project's accepted mapping."""
    with db.read() as connection:
        terms = accepted_terms(connection)
        documents = connection.execute(select(Document.id, Document.name, Document.text)).all()
    return Batch(
        "Pseudonymise",
        [
            PseudonymiseDocument(d.id, plan_replacements(d.text, terms), "ane", d.name)
            for d in documents
        ],
    )


def document_text(db: ProjectDatabase, document_id: int) -> str:
    with db.read() as connection:
        return str(
            connection.execute(select(Document.text).where(Document.id == document_id)).scalar()
        )


def test_every_span_keeps_its_words_and_no_identifier_remains(db: ProjectDatabase) -> None:
    planted = plant(db)
    store_mapping(db)
    before = {d: spanned_texts(db, d) for d in (planted.interview, planted.focus_group)}
    stack = UndoStack(db)
    stack.push(pseudonymise_all(db))

    for document_id, spans in before.items():
        text = document_text(db, document_id)
        for surface in ACCEPTED:
            assert occurrences(text, surface) == [], surface
        after = spanned_texts(db, document_id)
        assert after.keys() == spans.keys()
        for key, old in spans.items():
            if key == ("codings", planted.cut_coding):
                continue
            assert after[key].split() == replace_terms(old, ACCEPTED).split(), key
    interview = document_text(db, planted.interview)
    assert "Karens kollega Jens Berg" in interview  # the genitive s follows the name
    assert "kollega" in interview and "ikke bo der" in interview  # rejected; not a name
    assert after_cut(db, planted.cut_coding) == "Karen Holm fra"
    assert CUT not in interview
    assert check_project(db) == []


def after_cut(db: ProjectDatabase, coding_id: int) -> str:
    """The text under one coding now."""
    with db.read() as connection:
        row = connection.execute(
            select(Document.text, Coding.start, Coding.end)
            .join(Coding, Coding.document_id == Document.id)
            .where(Coding.id == coding_id)
        ).one()
    return str(row.text[row.start : row.end])


def test_speaker_labels_and_the_record_of_what_was_done(db: ProjectDatabase) -> None:
    planted = plant(db)
    store_mapping(db)
    apply_command(db, pseudonymise_all(db))
    with db.read() as connection:
        speakers = set(
            connection.execute(
                select(SpeakerTurn.speaker).where(SpeakerTurn.document_id == planted.interview)
            ).scalars()
        )
        records = connection.execute(
            select(Pseudonymisation).order_by(Pseudonymisation.document_id)
        ).all()
    assert speakers == {"I", "Mads"}
    interview = next(r for r in records if r.document_id == planted.interview)
    assert interview.applied_by == "ane"
    # Tove Hansen, Jobcenter Århus, Tove, Toves, René Ørsted, CPR, Søren ×3, address, Tove
    assert interview.replacements == 11
    used = json.loads(interview.terms)
    assert {entry["replacement"]: entry["count"] for entry in used}["Karen"] == 3
    assert all(surface not in interview.terms for surface in ACCEPTED)


def test_undo_restores_text_and_positions_exactly_and_redo_repeats(db: ProjectDatabase) -> None:
    plant(db)
    store_mapping(db)
    before = snapshot(db)
    stack = UndoStack(db)
    stack.push(pseudonymise_all(db))
    after = snapshot(db)
    assert after != before
    stack.undo()
    assert snapshot(db) == before
    stack.redo()
    assert snapshot(db) == after


def test_a_text_changed_since_planning_is_refused(db: ProjectDatabase) -> None:
    planted = plant(db)
    store_mapping(db)
    stale = pseudonymise_all(db)
    apply_command(db, pseudonymise_all(db))
    before = snapshot(db)
    with pytest.raises(CommandError, match="has changed"):
        apply_command(db, stale)
    assert snapshot(db) == before
    with pytest.raises(CommandError, match="nothing to replace"):
        apply_command(db, PseudonymiseDocument(planted.interview, [], "ane"))


def test_every_positioned_table_is_moved() -> None:
    names = {table.name for table in positioned_tables()}
    assert {"codings", "speaker_turns", "headings", "annotations"} <= names


@pytest.mark.parametrize(
    ("term", "message"),
    [
        (TermSpec("Tove", "Tove K.", "person"), "still contains 'Tove'"),
        (TermSpec("Ida", "Søren", "person"), "contains 'Søren'"),
        (TermSpec("Karen", "Lis", "person"), "already used in the replacement"),
        (TermSpec("Ida", "", "person"), "needs a replacement"),
        (TermSpec("  ", "Lis", "person"), "needs a text"),
        (TermSpec("Ida", "Lis", "person", gender="x"), "gender"),
    ],
)
def test_mapping_refuses_replacements_that_keep_identifiers(
    db: ProjectDatabase, term: TermSpec, message: str
) -> None:
    store_mapping(db)
    before = snapshot(db)
    with pytest.raises(CommandError, match=message):
        apply_command(db, SetPseudonymTerm(term))
    assert snapshot(db) == before


def test_mapping_is_edited_removed_and_cleared_with_undo(db: ProjectDatabase) -> None:
    store_mapping(db)
    stack = UndoStack(db)
    stack.push(SetPseudonymTerm(TermSpec("Tove", "Lone", "person", gender="f")))
    stack.push(SetPseudonymTerm(TermSpec("Ida Ærø", "Lis Bak", "person")))
    with db.read() as connection:
        terms = {t.surface: t for t in read_terms(connection)}
    assert terms["Tove"].replacement == "Lone" and terms["Tove"].gender == "f"
    assert terms["Tove"].origin is TermOrigin.USER
    assert terms["Ida Ærø"].decision is TermDecision.ACCEPTED
    assert terms["kollega"].decision is TermDecision.REJECTED
    stack.push(RemovePseudonymTerm("Ida Ærø"))
    with pytest.raises(CommandError, match="not in the pseudonym mapping"):
        apply_command(db, RemovePseudonymTerm("Ida Ærø"))
    full = snapshot(db)
    stack.push(ClearPseudonymTerms())
    with db.read() as connection:
        assert read_terms(connection) == []
    stack.undo()
    assert snapshot(db) == full
    stack.undo()
    stack.undo()
    stack.undo()
    with db.read() as connection:
        assert accepted_terms(connection)["Tove"] == "Karen"
