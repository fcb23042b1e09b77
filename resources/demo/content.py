"""What the demo project holds: transcripts, who speaks in them, codings, memos and annotations.

The transcripts, the participant spreadsheet (``deltagere.csv``) and the coding table
(``kodninger.tsv``: document, code path, coder, the exact passage) are files beside this
module, so they can be read and edited like a researcher's own material.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
PARTICIPANTS = HERE / "deltagere.csv"
CODINGS = HERE / "kodninger.tsv"
NAME_PATTERN = "{Runde} *"
"""Gives every document the attribute ``Runde`` from its file name."""
CODEBOOKS = ("Opgavekompetencer", "Borgerrelationer")
CODERS = ("Mette", "Jonas")


@dataclass(frozen=True)
class DemoTranscript:
    """One transcript: its file beside this module and the case each speaker is linked to."""

    name: str
    """The file name without suffix, which is also the document's name."""
    suffix: str
    """``.txt``, or ``.md`` for the ones turned into Word files with real headings."""
    speakers: dict[str, str]
    """Speaker as the importer finds it (after the legend) → case name in the spreadsheet."""

    @property
    def source(self) -> Path:
        """The file as it is kept in the source tree."""
        return HERE / f"{self.name}{self.suffix}"


@dataclass(frozen=True)
class DemoCoding:
    """A coding as the demo specifies it: the passage is found by its exact words."""

    document: str
    code: str
    coder: str
    phrase: str


@dataclass(frozen=True)
class DemoNote:
    """A memo (on the project, a document, a code or a case) or an annotation on a phrase."""

    coder: str
    text: str
    title: str = ""
    target: str | None = None
    """``document``, ``code``, ``case`` or ``annotation`` (None: on the project)."""
    name: str = ""
    """The document's, code path's or case's name."""
    phrase: str = ""
    """For an annotation: the exact words it is attached to."""


def _group(round_: str, department: str, labels: str, count: int) -> dict[str, str]:
    speakers = {"Interviewer": "Interviewer 1"}
    for number in range(1, count + 1):
        speakers[f"Sagsbehandler {number}"] = f"{round_} {department} {labels}{number}"
    return speakers


TRANSCRIPTS = (
    DemoTranscript("R1 Fokusgruppe forsøgsafdeling", ".md", _group("R1", "Forsøg", "SB", 4)),
    DemoTranscript("R1 Fokusgruppe ordinær afdeling", ".txt", _group("R1", "Ordinær", "SB", 3)),
    DemoTranscript(
        "R1 Interview leder forsøgsafdeling",
        ".txt",
        {"Interviewer": "Interviewer 2", "Leder": "R1 Forsøg Leder"},
    ),
    DemoTranscript(
        "R1 Interview borger 1", ".txt", {"I": "Interviewer 2", "Borger": "R1 Borger 1"}
    ),
    DemoTranscript("R2 Fokusgruppe forsøgsafdeling", ".md", _group("R2", "Forsøg", "SB", 4)),
    DemoTranscript(
        "R2 Interview leder ordinær afdeling",
        ".txt",
        {"I": "Interviewer 2", "Leder": "R2 Ordinær Leder"},
    ),
    DemoTranscript(
        "R2 Interview borger 2", ".txt", {"I": "Interviewer 2", "Borger": "R2 Borger 2"}
    ),
    DemoTranscript("R3 Fokusgruppe ordinær afdeling", ".txt", _group("R3", "Ordinær", "SB", 3)),
    DemoTranscript(
        "R3 Interview borger 3", ".txt", {"I": "Interviewer 2", "Borger": "R3 Borger 3"}
    ),
)
DEMO_DOCUMENTS = tuple(transcript.name for transcript in TRANSCRIPTS)

_LAEGE = "Opgavekompetencer/Lægelige oplysninger"
NOTES = (
    DemoNote(
        "Mette",
        "Vi sammenligner forsøgsafdelingen med de ordinære afdelinger over tre runder. "
        "Mette koder alt; Jonas dobbeltkoder fokusgrupperne og borgerinterviewene, så vi kan "
        "lave en kodesammenligning, før vi retter kodebogen til. Citater i rapporten "
        "tilskrives som {Rolle}, {Afdeling}, {Runde}.",
        "Analyseplan",
    ),
    DemoNote(
        "Jonas",
        "God stemning i gruppen. SB3 nuancerer flere gange billedet af den tætte relation; "
        "SB4 er ny og har ikke arbejdet i en ordinær afdeling.",
        "Indtryk fra fokusgruppen",
        "document",
        "R1 Fokusgruppe forsøgsafdeling",
    ),
    DemoNote(
        "Mette",
        "Vi er uenige om grænsen mellem »Kontakt med læger og sundhedsvæsen« og »Opfølgning "
        "på lægelige oplysninger«, når sagsbehandleren ringer til lægen om en attest. "
        "Forslag: kontakt, når samtalen er målet; opfølgning, når attesten er det.",
        "Grænsedragning",
        "code",
        _LAEGE,
    ),
    DemoNote(
        "Mette",
        "Interviewet er foretaget med tolk. Citater skal tjekkes mod lydfilen, før de bruges.",
        "Tolk",
        "case",
        "R2 Borger 2",
    ),
    DemoNote(
        "Mette",
        "Lederen bekræfter et mål på ca. 50 sager pr. sagsbehandler (R1-interviewet).",
        target="annotation",
        name="R1 Fokusgruppe forsøgsafdeling",
        phrase="nu har jeg 52",
    ),
    DemoNote(
        "Jonas",
        "Sms'en er gengivet ordret, også emojien.",
        target="annotation",
        name="R3 Interview borger 3",
        phrase="»God bedring, vi flytter bare mødet til næste uge 🙂«",
    ),
)


def demo_codings() -> list[DemoCoding]:
    """Every coding in ``kodninger.tsv``, in the order written there."""
    with CODINGS.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    if header != ["dokument", "kode", "koder", "citat"]:
        raise ValueError(f"{CODINGS.name}: unexpected header {header}")
    return [DemoCoding(*row) for row in body if row]
