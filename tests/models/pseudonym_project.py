"""A small project with planted identifiers, for the pseudonymisation tests of every layer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from models import Annotation, Coding, Document, DocumentKind, Heading, SpeakerTurn
from models.commands import (
    AddAnnotation,
    AddCodings,
    AddDocument,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    HeadingSpan,
    TurnSpan,
    apply_command,
)
from models.database import ProjectDatabase

INTERVIEW = (
    "Interview med borger\n"
    "I: Hvordan gik mødet med Tove Hansen fra Jobcenter Århus?\n"
    "Søren: Tove ringede 😀 og sagde, at Toves kollega Rene\u0301 Ørsted ville komme. "
    "Mit CPR er 010203-1234.\n"
    "I: Og Søren?\n"
    "Søren: Jeg bor på Åboulevarden 12 – Tove kender det, og jeg vil ikke bo der.\n"
)
FOCUS_GROUP = (
    "I: Hvem er jeres kontaktperson?\n"
    "Sagsbehandler A: Det er Tove. Hun svarer på tove@jobcenter.dk.\n"
    "Sagsbehandler B: Ja, Tove Hansen er god. 👍🏽\n"
)
ACCEPTED = {
    "Tove Hansen": "Karen Holm",
    "Tove": "Karen",
    "Søren": "Mads",
    "Rene\u0301 Ørsted": "Jens Berg",
    "010203-1234": "[CPR]",
    "Åboulevarden 12": "[ADRESSE]",
    "Jobcenter Århus": "[ORGANISATION]",
    "tove@jobcenter.dk": "[EMAIL]",
}
CATEGORIES = {
    "Tove Hansen": "person",
    "Tove": "person",
    "Søren": "person",
    "Rene\u0301 Ørsted": "person",
    "010203-1234": "cpr",
    "Åboulevarden 12": "address",
    "Jobcenter Århus": "organisation",
    "tove@jobcenter.dk": "email",
}
REJECTED = {"kollega": "[ROLLE]"}
CODED = [
    "Tove ringede 😀 og sagde",
    "at Toves kollega Rene\u0301 Ørsted ville komme.",
    "Mit CPR er 010203-1234.",
    "Tove kender det, og jeg vil ikke bo der.",
]
CUT = "ve Hansen fra"  # a coding that cuts into a name grows to the whole replacement


def turns_of(text: str, first_line: int = 0) -> list[TurnSpan]:
    """One turn per line ``Speaker: words`` from ``first_line`` on."""
    turns, offset = [], 0
    for number, line in enumerate(text.split("\n")):
        if number >= first_line and ":" in line:
            turns.append(TurnSpan(offset, offset + len(line), line.split(":", 1)[0]))
        offset += len(line) + 1
    return turns


def where(text: str, passage: str) -> tuple[int, int]:
    """Code point span of the first ``passage`` in ``text``."""
    start = text.index(passage)
    return start, start + len(passage)


@dataclass
class Planted:
    """Ids of the planted documents and the coding that cuts a name."""

    interview: int
    focus_group: int
    cut_coding: int


def plant(db: ProjectDatabase) -> Planted:
    """Two documents with names, a CPR number, an address and an e-mail, coded and annotated."""
    interview = AddDocument(
        "Borgerinterview R1",
        INTERVIEW,
        DocumentKind.INTERVIEW,
        turns_of(INTERVIEW, first_line=1),
        headings=[HeadingSpan(0, len("Interview med borger"), 1)],
    )
    apply_command(db, interview)
    group = AddDocument(
        "Fokusgruppe R1", FOCUS_GROUP, DocumentKind.FOCUS_GROUP, turns_of(FOCUS_GROUP)
    )
    apply_command(db, group)
    code, coder = EnsureCodePath("Borgerrelationer/Tillid"), EnsureCoder("ane")
    apply_command(db, code)
    apply_command(db, coder)
    assert interview.document_id and group.document_id and code.code_id and coder.coder_id
    spans = [
        CodingSpan(interview.document_id, code.code_id, coder.coder_id, *where(INTERVIEW, p))
        for p in [*CODED, CUT]
    ]
    spans.append(
        CodingSpan(group.document_id, code.code_id, coder.coder_id, *where(FOCUS_GROUP, "Tove."))
    )
    add = AddCodings(spans)
    apply_command(db, add)
    apply_command(
        db,
        AddAnnotation(
            interview.document_id, *where(INTERVIEW, "Åboulevarden 12"), "Adresse – slet"
        ),
    )
    apply_command(
        db, AddAnnotation(interview.document_id, *where(INTERVIEW, "mødet med"), "Første møde")
    )
    return Planted(interview.document_id, group.document_id, add.coding_ids[len(CODED)])


def spanned_texts(db: ProjectDatabase, document_id: int) -> dict[tuple[str, int], str]:
    """The text under every coding, turn, heading and annotation of a document, by table and id."""
    found: dict[tuple[str, int], str] = {}
    with db.read() as connection:
        text = connection.execute(
            select(Document.text).where(Document.id == document_id)
        ).scalar_one()
        for model in (Coding, SpeakerTurn, Heading, Annotation):
            rows = connection.execute(
                select(model.id, model.start, model.end).where(model.document_id == document_id)
            )
            for key, start, end in rows:
                found[(model.__tablename__, key)] = text[start:end]
    return found
