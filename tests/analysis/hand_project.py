"""A small project whose every query result is worked out by hand in the tests.

Three documents:

- ``Fokusgruppe R1`` (focus group, no case of its own). Turns: I, Åse, Bjørn, I, Åse; Åse's
  turns are linked to the case Åse and Bjørn's to the case Bjørn; the interviewer's turns and
  the speaker labels belong to no case. Document attribute Runde=R1.
- ``Interview Søren`` (interview) linked to the case Søren as a whole; its turns (I, Søren,
  Søren) are not linked, so every character of it belongs to Søren. Document attribute
  Runde=R2, but Søren's own case attribute Runde=R3 wins.
- ``Notat`` (note) with no turns and no case. Document attribute Runde=R1.

Cases and their attributes (Dorte has no passages at all):

========  =============  ========  =====  =====
case      Rolle          Afdeling  Alder  Runde
========  =============  ========  =====  =====
Åse       Sagsbehandler  Forsøg    45
Bjørn     Leder          Ordinær   52
Søren     Borger         Forsøg    31     R3
Dorte     Borger         Ordinær   60
========  =============  ========  =====  =====

Codes: ``Samarbejde`` with sub-codes ``Tillid`` and ``Konflikt``; ``Lægelige oplysninger``;
``Tid``. Coders ane and jonas. The codings are listed in :data:`CODINGS` with their passages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models import AttributeTarget, AttributeType, DocumentKind
from models.commands import (
    AddCodings,
    AddDocument,
    AddToSet,
    CodingSpan,
    CreateCase,
    CreateSet,
    DefineAttribute,
    EnsureCodePath,
    EnsureCoder,
    LinkDocumentToCase,
    LinkSpeakerToCase,
    SetAttributeValue,
    TurnSpan,
    apply_command,
)
from models.database import ProjectDatabase

FOCUS_GROUP = (
    "I: Hvordan går samarbejdet?\n"
    "Åse: Vi har tid til borgeren nu 😀 og tilliden vokser.\n"
    "Bjørn: Hos os er der kø, og lægerne svarer sent.\n"
    "I: Hvad med rehabiliteringsteamet?\n"
    "Åse: Det går fint, men papirerne tager tid.\n"
)
INTERVIEW = (
    "I: Fortæl om dit forløb.\n"
    "Søren: Min sagsbehandler ringer tilbage. Jeg føler mig hørt.\n"
    "Søren: Lægen skrev en attest, og cafe\u0301en er rar.\n"
)
NOTE = "Mødet blev aflyst – vi ses i næste uge.\n"

# name: (document, code path, coder, passage, occurrence of the passage in the text)
CODINGS: dict[str, tuple[str, str, str, str]] = {
    "tillid_fg_ane": ("fg", "Samarbejde/Tillid", "ane", "tilliden vokser"),
    "tid_fg_ane": ("fg", "Tid", "ane", "Vi har tid til borgeren nu 😀"),
    "læge_fg_ane": ("fg", "Lægelige oplysninger", "ane", "lægerne svarer sent"),
    "konflikt_fg_ane": (
        "fg",
        "Samarbejde/Konflikt",
        "ane",
        "der kø, og lægerne svarer sent.\nI: Hvad med rehabiliteringsteamet?",
    ),
    "tillid_int_ane": ("int", "Samarbejde/Tillid", "ane", "Jeg føler mig hørt."),
    "samarbejde_int_ane": (
        "int",
        "Samarbejde",
        "ane",
        "Min sagsbehandler ringer tilbage. Jeg føler mig hørt.",
    ),
    "samarbejde_int2_ane": ("int", "Samarbejde", "ane", "Jeg føler mig hørt."),
    "tid_fg2_ane": ("fg", "Tid", "ane", "papirerne tager tid"),
    "tillid_fg_jonas": (
        "fg",
        "Samarbejde/Tillid",
        "jonas",
        "Vi har tid til borgeren nu 😀 og tilliden vokser.",
    ),
    "tillid_int_jonas": ("int", "Samarbejde/Tillid", "jonas", "Jeg føler mig hørt."),
    "læge_int_jonas": (
        "int",
        "Lægelige oplysninger",
        "jonas",
        "Lægen skrev en attest, og cafe\u0301en",
    ),
    "tid_fg_jonas": ("fg", "Tid", "jonas", "tilliden vokser.\nBjørn: Hos os er der kø"),
    "konflikt_note_jonas": ("note", "Samarbejde/Konflikt", "jonas", "blev aflyst"),
}
TEXTS = {"fg": FOCUS_GROUP, "int": INTERVIEW, "note": NOTE}


def turns_of(text: str) -> list[TurnSpan]:
    """One turn per line ``Speaker: speech``; the turn is the speech, without the label."""
    turns, offset = [], 0
    for line in text.split("\n"):
        if ": " in line:
            label = line.split(": ", 1)[0]
            turns.append(TurnSpan(offset + len(label) + 2, offset + len(line), label))
        offset += len(line) + 1
    return turns


def span(text: str, passage: str) -> tuple[int, int]:
    """Code point offsets of the first occurrence of ``passage`` in ``text``."""
    start = text.index(passage)
    return start, start + len(passage)


@dataclass
class HandProject:
    """Ids of everything the tests name."""

    documents: dict[str, int]
    codes: dict[str, int]
    coders: dict[str, int]
    cases: dict[str, int]
    codings: dict[str, int]
    attributes: dict[str, int]
    sets: dict[str, int]


def build_hand_project(db: ProjectDatabase) -> HandProject:
    """Fill ``db`` through commands, as a researcher would."""

    def run(command: Any) -> Any:
        apply_command(db, command)
        return command

    documents = {
        "fg": run(
            AddDocument(
                "Fokusgruppe R1",
                FOCUS_GROUP,
                DocumentKind.FOCUS_GROUP,
                turns_of(FOCUS_GROUP),
            )
        ).document_id,
        "int": run(
            AddDocument("Interview Søren", INTERVIEW, DocumentKind.INTERVIEW, turns_of(INTERVIEW))
        ).document_id,
        "note": run(AddDocument("Notat", NOTE, DocumentKind.NOTE)).document_id,
    }
    codes = {
        path: run(EnsureCodePath(path)).code_id
        for path in (
            "Samarbejde",
            "Samarbejde/Tillid",
            "Samarbejde/Konflikt",
            "Lægelige oplysninger",
            "Tid",
        )
    }
    coders = {name: run(EnsureCoder(name)).coder_id for name in ("ane", "jonas")}
    cases = {name: run(CreateCase(name)).case_id for name in ("Åse", "Bjørn", "Søren", "Dorte")}
    run(LinkSpeakerToCase("Åse", cases["Åse"], documents["fg"]))
    run(LinkSpeakerToCase("Bjørn", cases["Bjørn"], documents["fg"]))
    run(LinkDocumentToCase(documents["int"], cases["Søren"]))
    attributes = {
        "Rolle": run(DefineAttribute("Rolle", AttributeType.TEXT)).attribute_id,
        "Afdeling": run(DefineAttribute("Afdeling", AttributeType.TEXT)).attribute_id,
        "Alder": run(DefineAttribute("Alder", AttributeType.NUMBER)).attribute_id,
        "Runde": run(DefineAttribute("Runde", AttributeType.TEXT)).attribute_id,
        "Runde (dokument)": run(
            DefineAttribute("Runde", AttributeType.TEXT, AttributeTarget.DOCUMENT)
        ).attribute_id,
    }
    table = {
        "Åse": ("Sagsbehandler", "Forsøg", 45),
        "Bjørn": ("Leder", "Ordinær", 52),
        "Søren": ("Borger", "Forsøg", 31),
        "Dorte": ("Borger", "Ordinær", 60),
    }
    for name, (role, department, age) in table.items():
        run(SetAttributeValue(attributes["Rolle"], cases[name], role))
        run(SetAttributeValue(attributes["Afdeling"], cases[name], department))
        run(SetAttributeValue(attributes["Alder"], cases[name], age))
    run(SetAttributeValue(attributes["Runde"], cases["Søren"], "R3"))
    for document, value in (("fg", "R1"), ("int", "R2"), ("note", "R1")):
        run(SetAttributeValue(attributes["Runde (dokument)"], documents[document], value))
    spans = []
    for document, path, coder, passage in CODINGS.values():
        start, end = span(TEXTS[document], passage)
        spans.append(CodingSpan(documents[document], codes[path], coders[coder], start, end))
    coding_ids = run(AddCodings(spans)).coding_ids
    sets = {"Forsøgsgruppen": run(CreateSet("Forsøgsgruppen")).set_id}
    run(AddToSet(sets["Forsøgsgruppen"], "case_id", cases["Åse"]))
    run(AddToSet(sets["Forsøgsgruppen"], "case_id", cases["Søren"]))
    return HandProject(
        documents,
        codes,
        coders,
        cases,
        dict(zip(CODINGS, coding_ids, strict=True)),
        attributes,
        sets,
    )
