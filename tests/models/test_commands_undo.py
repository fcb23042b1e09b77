"""Every command applies in one transaction, and its inverse restores the project exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from models import AttributeType
from models.commands import (
    AddAnnotation,
    AddCodings,
    AddDocument,
    AddMemo,
    AddToSet,
    Batch,
    CodePassage,
    CodingSpan,
    Command,
    CreateCase,
    CreateCode,
    CreateSet,
    DefineAttribute,
    DeleteAttribute,
    DeleteCase,
    DeleteCode,
    DeleteDocument,
    DeleteRows,
    EditMemo,
    EnsureCodePath,
    EnsureCoder,
    LinkDocumentToCase,
    LinkSpeakerToCase,
    LinkSpeakerToNamedCase,
    MergeCodes,
    MoveCode,
    RemoveCodings,
    RenameDocument,
    ResizeCoding,
    SetAttributeValue,
    UpdateCode,
    apply_command,
)
from models.database import ProjectDatabase
from tests.models.sample_project import CITIZEN, SampleIds, populate, snapshot, turns_of

LEADER = "Leder: Vi har 50 sager pr. medarbejder 🙂.\nI: Tak.\n"
Factory = Callable[[SampleIds], Command]

COMMANDS: dict[str, Factory] = {
    "add document with turns": lambda s: AddDocument(
        "Lederinterview R2", LEADER, turns=turns_of(LEADER)
    ),
    "rename document": lambda s: RenameDocument(s.focus_group, "Fokusgruppe R1 – forsøg"),
    "delete document": lambda s: DeleteDocument(s.focus_group),
    "create code": lambda s: CreateCode("Tilgængelighed", s.parent_code, "#aabbcc", "Når borgeren"),
    "ensure code path": lambda s: EnsureCodePath("Systemkompetencer/Rolle­sikkerhed/Overblik"),
    "rename code": lambda s: UpdateCode(s.trust, name="Tillid genvundet"),
    "recolour and describe code": lambda s: UpdateCode(s.trust, color="#FF0000", description="Ny"),
    "move code under another": lambda s: MoveCode(s.trust, s.medical),
    "move code to top": lambda s: MoveCode(s.medical, None, position=0),
    "merge codes": lambda s: MergeCodes(s.medical, s.trust),
    "merge parents with namesakes": lambda s: Batch(
        "merge", [EnsureCodePath("Opgavekompetencer/Tillid"), MergeCodes(s.parent_code, s.medical)]
    ),
    "delete leaf code": lambda s: DeleteCode(s.trust),
    "delete parent code": lambda s: DeleteCode(s.parent_code),
    "add coder": lambda s: EnsureCoder("søren"),
    "add codings": lambda s: AddCodings(
        [
            CodingSpan(s.citizen, s.medical, s.ane, 0, 5),
            CodingSpan(s.citizen, s.rehab, s.jonas, 5, 9),
        ]
    ),
    "code passage with new code and coder": lambda s: CodePassage(
        s.citizen, "Nyt tema/Mødested", "mette", *_span(CITIZEN, "Cafe\u0301en ved jobcentret")
    ),
    "remove codings": lambda s: RemoveCodings(s.coding_ids[:2]),
    "resize coding": lambda s: ResizeCoding(s.coding_ids[0], 0, 10),
    "create case": lambda s: CreateCase("Leder 1"),
    "delete case": lambda s: DeleteCase(s.case_citizen),
    "define attribute": lambda s: DefineAttribute("Runde", AttributeType.TEXT),
    "delete attribute": lambda s: DeleteAttribute(s.role),
    "change attribute value": lambda s: SetAttributeValue(s.role, s.case_a, "Leder"),
    "clear attribute value": lambda s: SetAttributeValue(s.age, s.case_citizen, None),
    "new attribute value": lambda s: SetAttributeValue(s.age, s.case_a, 38.5),
    "link document to case": lambda s: LinkDocumentToCase(s.citizen, s.case_citizen),
    "link speaker everywhere": lambda s: LinkSpeakerToCase("I", s.case_a),
    "link speaker to a new case": lambda s: LinkSpeakerToNamedCase("I", "Interviewer Ærø"),
    "add project memo": lambda s: AddMemo("Ny tanke"),
    "add coding memo": lambda s: AddMemo("Ø", target="coding_id", target_id=s.coding_ids[0]),
    "edit memo": lambda s: EditMemo(1, "Ændret tekst", title="Ny titel"),
    "delete memo": lambda s: DeleteRows("memo", [2]),
    "add annotation": lambda s: AddAnnotation(s.citizen, 0, 2, "Note"),
    "delete annotation": lambda s: DeleteRows("annotation", [1]),
    "create set": lambda s: CreateSet("Borgere"),
    "add to set": lambda s: AddToSet(s.set_id, "case_id", s.case_citizen),
    "delete set": lambda s: DeleteRows("set", [s.set_id]),
}


def _span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_apply_then_inverse_restores_every_row(db: ProjectDatabase, name: str) -> None:
    sample = populate(db)
    before = snapshot(db)
    command = COMMANDS[name](sample)

    undo = apply_command(db, command)
    after = snapshot(db)
    assert after != before, f"{name} changed nothing"

    redo = apply_command(db, undo)
    assert snapshot(db) == before

    apply_command(db, redo)
    assert snapshot(db) == after
