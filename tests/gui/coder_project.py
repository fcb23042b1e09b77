"""A small project two coders have coded, with æøå and emoji, for the coder and comparison tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    TurnSpan,
    apply_command,
)
from models.database import create_project

INTERVIEW = (
    "I: Hvordan oplever du samarbejdet med jobcentret?\n"
    "Borger: Min sagsbehandler lytter 😀 og ringer tilbage. Jeg føler mig hørt.\n"
    "Borger: Lægen skrev en erklæring, men den kom først efter tre måneder.\n"
    "I: Og mødestedet?\n"
    "Borger: Caféen er blevet mit mødested 👍🏽 – det er trygt at være der.\n"
)
FOCUS_GROUP = (
    "I: Hvad betyder det lave sagstal?\n"
    "Sagsbehandler A: Vi når at lære borgeren at kende, og tilliden vokser 🙂.\n"
    "Sagsbehandler B: Lægelige oplysninger kommer sent, men vi følger op.\n"
)


def at(text: str, passage: str) -> tuple[int, int]:
    """Code points of ``passage`` in ``text``."""
    start = text.index(passage)
    return start, start + len(passage)


def turns(text: str) -> list[TurnSpan]:
    """One turn per ``Speaker: text`` line."""
    found, offset = [], 0
    for line in text.split("\n"):
        if ":" in line:
            found.append(TurnSpan(offset, offset + len(line), line.split(":", 1)[0]))
        offset += len(line) + 1
    return found


@dataclass(frozen=True)
class CoderProject:
    """Ids of what the tests refer to."""

    path: Path
    interview: int
    focus_group: int
    trust: int
    medical: int
    mette: int
    jonas: int


def build_coder_project(path: Path) -> CoderProject:
    """Mette and Jonas coded *Tillid* and *Lægelige oplysninger*, agreeing in part."""
    with create_project(path, name="Samarbejde – æøå") as db:
        interview = AddDocument("Borgerinterview – Åse", INTERVIEW, turns=turns(INTERVIEW))
        focus_group = AddDocument("Fokusgruppe R1 – forsøg", FOCUS_GROUP, turns=turns(FOCUS_GROUP))
        trust = EnsureCodePath("Borgerrelationer/Tillid", color="#2e86c1")
        medical = EnsureCodePath("Opgavekompetencer/Lægelige oplysninger", color="#c0392b")
        mette, jonas = EnsureCoder("Mette"), EnsureCoder("Jonas")
        for command in (interview, focus_group, trust, medical, mette, jonas):
            apply_command(db, command)
        doc, fg = interview.document_id, focus_group.document_id
        t, m = trust.code_id, medical.code_id
        me, jo = mette.coder_id, jonas.coder_id
        assert doc and fg and t and m and me and jo
        spans = [
            CodingSpan(doc, t, me, *at(INTERVIEW, "Min sagsbehandler lytter 😀 og ringer tilbage")),
            CodingSpan(
                doc, t, jo, *at(INTERVIEW, "lytter 😀 og ringer tilbage. Jeg føler mig hørt")
            ),
            CodingSpan(doc, t, jo, *at(INTERVIEW, "det er trygt")),
            CodingSpan(doc, m, me, *at(INTERVIEW, "Lægen skrev en erklæring")),
            CodingSpan(doc, m, jo, *at(INTERVIEW, "Lægen skrev en erklæring")),
            CodingSpan(fg, t, me, *at(FOCUS_GROUP, "tilliden vokser 🙂")),
            CodingSpan(fg, m, jo, *at(FOCUS_GROUP, "Lægelige oplysninger kommer sent")),
        ]
        apply_command(db, AddCodings(spans))
    return CoderProject(path, doc, fg, t, m, me, jo)
