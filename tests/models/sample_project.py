"""A small but complete project for tests: every table holds rows, with æøå and emoji."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, select

from models import AttributeTarget, AttributeType, Base, Codebook, CodebookCode, DocumentKind
from models.base import utcnow
from models.commands import (
    AddAnnotation,
    AddCodings,
    AddDocument,
    AddMemo,
    AddToSet,
    CodingSpan,
    CreateCase,
    CreateSet,
    DefineAttribute,
    EnsureCodePath,
    EnsureCoder,
    LinkSpeakerToCase,
    SetAttributeValue,
    TurnSpan,
    apply_command,
)
from models.database import ProjectDatabase
from models.paths import find_code

FOCUS_GROUP = (
    "I: Hvordan oplever I samarbejdet med borgerne?\n"
    "Sagsbehandler A: Vi når at lære borgeren at kende 😀, og tilliden vokser.\n"
    "Sagsbehandler B: Lægelige oplysninger kommer sent, men vi følger op på det.\n"
    "I: Og rehabiliteringsteamet?\n"
    "Sagsbehandler A: Sagen skal være klar, før den går til teamet – ellers går der måneder.\n"
)
CITIZEN = (
    "I: Hvordan har det været?\n"
    "Borger: Min sagsbehandler lytter og ringer tilbage. Jeg føler mig hørt.\n"
    "Borger: Cafe\u0301en ved jobcentret er blevet mit mødested. 👍🏽 Det er trygt.\n"
)


def turns_of(text: str) -> list[TurnSpan]:
    """One turn per line of ``Speaker: text``."""
    turns, offset = [], 0
    for line in text.split("\n"):
        if ":" in line:
            turns.append(TurnSpan(offset, offset + len(line), line.split(":", 1)[0]))
        offset += len(line) + 1
    return turns


def span(text: str, passage: str) -> tuple[int, int]:
    """Code point offsets of ``passage`` in ``text``."""
    start = text.index(passage)
    return start, start + len(passage)


@dataclass
class SampleIds:
    """Ids of the rows the tests refer to."""

    focus_group: int
    citizen: int
    parent_code: int
    trust: int
    medical: int
    rehab: int
    ane: int
    jonas: int
    case_a: int
    case_citizen: int
    role: int
    age: int
    coding_ids: list[int]
    set_id: int


def populate(db: ProjectDatabase) -> SampleIds:
    """Fill ``db`` through commands, as a researcher's work would."""

    def run(command: Any) -> Any:
        apply_command(db, command)
        return command

    fg = run(
        AddDocument(
            "Fokusgruppe R1 forsøg", FOCUS_GROUP, DocumentKind.FOCUS_GROUP, turns_of(FOCUS_GROUP)
        )
    ).document_id
    citizen = run(
        AddDocument("Borgerinterview R3", CITIZEN, DocumentKind.INTERVIEW, turns_of(CITIZEN))
    ).document_id
    trust = run(EnsureCodePath("Borgerrelationer/Tillid", color="#2e86c1")).code_id
    with db.read() as connection:
        parent = find_code(connection, "Borgerrelationer")
    medical = run(EnsureCodePath("Opgavekompetencer/Lægelige oplysninger")).code_id
    rehab = run(EnsureCodePath("Opgavekompetencer/Rehabiliteringsteam")).code_id
    ane, jonas = run(EnsureCoder("ane")).coder_id, run(EnsureCoder("jonas")).coder_id
    spans = [
        CodingSpan(fg, trust, ane, *span(FOCUS_GROUP, "tilliden vokser")),
        CodingSpan(fg, trust, jonas, *span(FOCUS_GROUP, "Vi når at lære borgeren at kende 😀")),
        CodingSpan(fg, medical, ane, *span(FOCUS_GROUP, "Lægelige oplysninger kommer sent")),
        CodingSpan(fg, rehab, ane, *span(FOCUS_GROUP, "Sagen skal være klar")),
        CodingSpan(citizen, trust, ane, *span(CITIZEN, "Jeg føler mig hørt.")),
        CodingSpan(citizen, trust, jonas, *span(CITIZEN, "👍🏽 Det er trygt.")),
    ]
    coding_ids = run(AddCodings(spans)).coding_ids
    case_a = run(CreateCase("Sagsbehandler A")).case_id
    case_citizen = run(CreateCase("Borger 3", "Borger i forsøgsafdelingen")).case_id
    run(LinkSpeakerToCase("Sagsbehandler A", case_a, fg))
    run(LinkSpeakerToCase("Borger", case_citizen))
    role = run(DefineAttribute("Rolle", AttributeType.TEXT)).attribute_id
    age = run(DefineAttribute("Alder", AttributeType.NUMBER)).attribute_id
    started = run(DefineAttribute("Startdato", AttributeType.DATE)).attribute_id
    trial = run(
        DefineAttribute("Forsøg", AttributeType.BOOLEAN, AttributeTarget.DOCUMENT)
    ).attribute_id
    run(SetAttributeValue(role, case_a, "Sagsbehandler"))
    run(SetAttributeValue(role, case_citizen, "Borger"))
    run(SetAttributeValue(age, case_citizen, 47))
    run(SetAttributeValue(started, case_citizen, date(2019, 3, 1)))
    run(SetAttributeValue(trial, fg, True))
    run(AddMemo("Projektets første memo – æøå.", title="Om projektet", coder_id=ane))
    run(
        AddMemo(
            "Definition: borgerens tillid til sagsbehandleren.",
            target="code_id",
            target_id=trust,
            coder_id=ane,
        )
    )
    run(AddMemo("Usikker kodning.", target="coding_id", target_id=coding_ids[1], coder_id=jonas))
    run(AddMemo("Interviewet blev afbrudt.", target="document_id", target_id=citizen))
    run(AddMemo("Har haft tre sagsbehandlere.", target="case_id", target_id=case_citizen))
    run(AddAnnotation(fg, *span(FOCUS_GROUP, "måneder"), "Hvor mange?", coder_id=ane))
    set_id = run(CreateSet("Forsøgsafdelingen")).set_id
    run(AddToSet(set_id, "document_id", fg))
    run(AddToSet(set_id, "case_id", case_a))
    run(AddToSet(set_id, "code_id", trust))
    with db.write() as connection:  # codebooks get their own commands with the codebook issue
        book = connection.execute(
            insert(Codebook)
            .values(
                name="Borgerrelationer",
                guid="6f1c2a9e-0000-4000-8000-000000000001",
                description="",
                origin="test",
                created_at=utcnow(),
            )
            .returning(Codebook.id)
        ).scalar_one()
        connection.execute(insert(CodebookCode).values(codebook_id=book, code_id=trust))
    assert parent is not None
    return SampleIds(
        fg,
        citizen,
        parent,
        trust,
        medical,
        rehab,
        ane,
        jonas,
        case_a,
        case_citizen,
        role,
        age,
        coding_ids,
        set_id,
    )


def snapshot(db: ProjectDatabase) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every Tekstur table, in primary-key order."""
    with db.read() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }
