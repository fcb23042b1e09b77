"""Positions under arbitrary text: pseudonymising a stored document moves every span, and
line ends read from a file never shift a position.

UTF-16 round trips, the text-edit position map and REFI-QDA's CRLF mapping have their own
property tests beside their modules; these add what runs through the project and readers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bench.fault_operations import fingerprint
from importers.formats import read_document
from importers.transcript import build_transcript
from models.codes import Coding
from models.commands import AddAnnotation, AddDocument, CodePassage, apply_command
from models.commands.pseudonyms import PseudonymiseDocument
from models.database import ProjectDatabase, create_project
from models.integrity import check_project
from models.notes import Annotation
from models.pseudonym_plan import plan_replacements
from models.text_edits import PositionMap

TERMS = {"Ane": "Person 1", "Bøje Æblø": "B", "Ålborg": "en by i Nordjylland"}
PIECES = st.sampled_from(
    [*TERMS, "Ane's", " ", "\n", "og", "é", "e\u0301", "😀", "👩🏽‍⚕️", "æøå", "\U00010348", "."]
)
_numbers = itertools.count(1)
SETTINGS = settings(
    max_examples=15,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProjectDatabase]:
    """One project for every example: each adds a document of its own."""
    with create_project(tmp_path_factory.mktemp("positioner") / "p.tekstur") as db:
        yield db


@SETTINGS
@given(st.lists(PIECES, min_size=4, max_size=60).map("".join), st.data())
def test_pseudonymising_a_stored_document_moves_every_span_and_undo_restores_it(
    shared_db: ProjectDatabase, text: str, data: st.DataObject
) -> None:
    replacements = plan_replacements(text, TERMS)
    if not replacements:
        return
    db = shared_db
    add = AddDocument(f"Dokument {next(_numbers)}", text)  # examples repeat texts
    apply_command(db, add)
    assert add.document_id is not None
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))).filter(
                lambda span: span[0] < span[1]
            ),
            min_size=1,
            max_size=6,
            unique=True,  # coding the same passage twice stores it once
        )
    )
    for start, end in spans:
        apply_command(db, CodePassage(add.document_id, "Tema", "Mette", start, end))
    apply_command(db, AddAnnotation(add.document_id, *spans[0], "Note"))
    before = fingerprint(db)
    undo = apply_command(db, PseudonymiseDocument(add.document_id, replacements, "Mette"))
    moved = PositionMap([r.edit for r in replacements], len(text))
    with db.read() as connection:
        codings = connection.execute(
            select(Coding.start, Coding.end)
            .where(Coding.document_id == add.document_id)
            .order_by(Coding.id)
        ).all()
        annotation = connection.execute(
            select(Annotation.start, Annotation.end).where(
                Annotation.document_id == add.document_id
            )
        ).one()
    assert [tuple(row) for row in codings] == moved.spans(spans)
    assert tuple(annotation) == moved.span(*spans[0])
    assert check_project(db) == []
    apply_command(db, undo)
    assert fingerprint(db) == before


@settings(max_examples=60, deadline=timedelta(seconds=5))
@given(
    st.lists(
        st.text(alphabet="abæø 😀\u0301I:", min_size=1, max_size=12),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["\r\n", "\r", "\n"]),
)
def test_any_line_ends_give_the_same_text_and_positions(lines: list[str], end: str) -> None:
    if not "".join(lines).strip():
        return
    unix = build_transcript(read_document("\n".join(lines).encode(), "a.txt").blocks)
    other = build_transcript(read_document(end.join(lines).encode(), "a.txt").blocks)
    assert other.text == unix.text
    assert "\r" not in other.text
    assert [(t.start, t.end, t.speaker) for t in other.turns] == [
        (t.start, t.end, t.speaker) for t in unix.turns
    ]
