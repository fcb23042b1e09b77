"""A small Danish project for text search, word frequency and auto-coding tests.

A focus group whose turns are linked to a participant's case, and a citizen interview with
interview-guide headings, linked to the citizen's case as a whole. Emoji stand before some
words, so code point positions differ from UTF-16 positions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models import DocumentKind
from models.codes import Code, Coding
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    CreateCase,
    EnsureCodePath,
    EnsureCoder,
    HeadingSpan,
    LinkDocumentToCase,
    LinkSpeakerToCase,
    TurnSpan,
    apply_command,
)
from models.database import ProjectDatabase
from models.documents import Coder

FOCUS_GROUP = (
    "Fokusgruppe om samarbejdet\n"
    "I: Hvordan oplever I samarbejdet med borgerne?\n"
    "Sagsbehandler Åse: Vi når at lære borgeren at kende 😀 og borgerens familie. Tilliden"
    " vokser, f.eks. når vi ringer tilbage.\n"
    "Sagsbehandler Bøje: Lægelige oplysninger kommer sent. Borgerne venter i måneder.\n"
    "I: Og rehabiliteringsteamet?\n"
    "Sagsbehandler Åse: Sagen skal være klar, før den går til teamet.\n"
)
INTERVIEW = (
    "Interviewguide\n"
    "Om forløbet\n"
    "Hvordan har det været?\n"
    "Borger: Min sagsbehandler lytter 👍🏽 og ringer tilbage. Jeg føler mig hørt.\n"
    "Hvad med økonomien?\n"
    "Borger: Økonomien er stram. Borgere som mig får hjælp af borgerrådgiveren.\n"
    "Afslutning\n"
    "Noget at tilføje?\n"
    "Borger: Nej, tak.\n"
)
HEADINGS = (
    ("Om forløbet", 1),
    ("Hvordan har det været?", 2),
    ("Hvad med økonomien?", 2),
    ("Afslutning", 1),
    ("Noget at tilføje?", 2),
)


def span(text: str, passage: str, after: str = "") -> tuple[int, int]:
    """Code point offsets of ``passage`` in ``text`` (first after ``after``)."""
    start = text.index(passage, text.index(after) if after else 0)
    return start, start + len(passage)


def label_turns(text: str) -> list[TurnSpan]:
    """One turn per ``Label: said`` line, from after the label."""
    turns, offset = [], 0
    for line in text.split("\n"):
        label, colon, said = line.partition(": ")
        if colon:
            start = offset + len(label) + 2
            turns.append(TurnSpan(start, start + len(said), label))
        offset += len(line) + 1
    return turns


@dataclass
class TextProject:
    """Ids of the rows tests refer to."""

    focus_group: int
    interview: int
    case_ase: int
    case_citizen: int
    trust: int
    ane: int


def build(db: ProjectDatabase) -> TextProject:
    """Fill ``db`` with the two documents, two cases and a few codings."""

    def run(command: Any) -> Any:
        apply_command(db, command)
        return command

    focus_group = run(
        AddDocument(
            "Fokusgruppe R1 forsøg", FOCUS_GROUP, DocumentKind.FOCUS_GROUP, label_turns(FOCUS_GROUP)
        )
    ).document_id
    headings = [HeadingSpan(*span(INTERVIEW, text), level) for text, level in HEADINGS]
    interview = run(
        AddDocument(
            "Borgerinterview R3",
            INTERVIEW,
            DocumentKind.INTERVIEW,
            label_turns(INTERVIEW),
            headings=headings,
        )
    ).document_id
    case_ase = run(CreateCase("Åse")).case_id
    case_citizen = run(CreateCase("Borger 3")).case_id
    run(LinkSpeakerToCase("Sagsbehandler Åse", case_ase, focus_group))
    run(LinkDocumentToCase(interview, case_citizen))
    trust = run(EnsureCodePath("Borgerrelationer/Tillid")).code_id
    ane = run(EnsureCoder("ane")).coder_id
    run(
        AddCodings(
            [
                CodingSpan(focus_group, trust, ane, *span(FOCUS_GROUP, "Tilliden vokser")),
                CodingSpan(interview, trust, ane, *span(INTERVIEW, "Jeg føler mig hørt.")),
            ]
        )
    )
    return TextProject(focus_group, interview, case_ase, case_citizen, trust, ane)


def snapshot(db: ProjectDatabase) -> dict[str, list[tuple[Any, ...]]]:
    """Every code, coder and coding row, for comparing states before and after undo."""
    with db.read() as connection:
        return {
            "codes": [
                tuple(row)
                for row in connection.execute(
                    select(Code.id, Code.guid, Code.parent_id, Code.name, Code.position).order_by(
                        Code.id
                    )
                )
            ],
            "coders": [
                tuple(row)
                for row in connection.execute(
                    select(Coder.id, Coder.guid, Coder.name).order_by(Coder.id)
                )
            ],
            "codings": [
                tuple(row)
                for row in connection.execute(
                    select(
                        Coding.id,
                        Coding.guid,
                        Coding.document_id,
                        Coding.code_id,
                        Coding.coder_id,
                        Coding.start,
                        Coding.end,
                    ).order_by(Coding.id)
                )
            ],
        }
