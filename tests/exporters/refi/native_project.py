"""A Tekstur project built through the ordinary commands, with one of everything to export."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models.cases import AttributeTarget, AttributeType
from models.changes import ChangeRecorder
from models.codes import Coding
from models.commands import (
    AddAnnotation,
    AddCodings,
    AddDocuments,
    AddMemo,
    AddToSet,
    CodingSpan,
    Command,
    CreateCase,
    CreateCode,
    CreateSet,
    DefineAttribute,
    EnsureCoder,
    HeadingSpan,
    LinkDocumentToCase,
    LinkSpeakerToCase,
    NewDocument,
    SetAttributeValue,
    TurnSpan,
    apply_command,
)
from models.database import ProjectDatabase
from models.saved import Link

FOCUS = (
    "Fokusgruppe R1\n"
    "I: Hvordan er samarbejdet med borgerne?\n"
    "Åse: Godt 😀 – vi har tid til cafe\u0301 og snak.\n"
    "Bøje: Færre sager 👍🏽 giver ro.\n"
)
JOURNAL = "Journal 2019: borgeren møder op 🙂 og vil i praktik.\n"


def at(text: str, phrase: str) -> tuple[int, int]:
    """The code point span of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return start, start + len(phrase)


def build_native_project(db: ProjectDatabase) -> None:
    """Documents, codes, two coders' codings, cases, typed attributes, memos, sets, a link."""
    turns = [TurnSpan(*at(FOCUS, "Åse: Godt 😀 – vi har tid til cafe\u0301 og snak."), "Åse")]
    turns.append(TurnSpan(*at(FOCUS, "Bøje: Færre sager 👍🏽 giver ro."), "Bøje"))
    add = AddDocuments(
        [
            NewDocument("Fokusgruppe R1 æøå", FOCUS, turns=turns, headings=[HeadingSpan(0, 14, 1)]),
            NewDocument("Journal Søren", JOURNAL),
        ]
    )
    apply_command(db, add)
    focus, journal = add.document_ids
    ids: dict[str, int] = {}
    for name, parent, color in (
        ("Borgerrelationer", None, "#336699"),
        ("Tillid", "Borgerrelationer", "#ff0000"),
        ("Tid", "Borgerrelationer", "#00ff00"),
        ("Sagsantal", None, "#7f8c8d"),
    ):
        create = CreateCode(name, ids[parent] if parent else None, color, f"{name}: definition æøå")
        apply_command(db, create)
        assert create.code_id is not None
        ids[name] = create.code_id
    coders: list[int] = []
    for name in ("ane", "Bjørn Ærø"):
        ensure = EnsureCoder(name)
        apply_command(db, ensure)
        assert ensure.coder_id is not None
        coders.append(ensure.coder_id)
    good = at(FOCUS, "Godt 😀 – vi har tid til cafe\u0301")
    spans = [
        CodingSpan(focus, ids["Tillid"], coders[0], *good),
        CodingSpan(focus, ids["Tid"], coders[0], *good),
        CodingSpan(focus, ids["Tillid"], coders[1], *good),
        CodingSpan(focus, ids["Sagsantal"], coders[1], *at(FOCUS, "Færre sager 👍🏽")),
        CodingSpan(journal, ids["Tillid"], coders[0], *at(JOURNAL, "møder op 🙂")),
    ]
    apply_command(db, AddCodings(spans))
    cases: dict[str, int] = {}
    for name in ("Åse", "Søren"):
        create_case = CreateCase(name, f"Deltager {name}")
        apply_command(db, create_case)
        assert create_case.case_id is not None
        cases[name] = create_case.case_id
    apply_command(db, LinkDocumentToCase(journal, cases["Søren"]))
    apply_command(db, LinkSpeakerToCase("Åse", cases["Åse"], focus))
    for name, kind, target, owner, value in (
        ("Rolle", AttributeType.TEXT, AttributeTarget.CASE, cases["Åse"], "Sagsbehandler"),
        ("Alder", AttributeType.NUMBER, AttributeTarget.CASE, cases["Åse"], 47),
        ("Score", AttributeType.NUMBER, AttributeTarget.CASE, cases["Søren"], 2.5),
        ("Start", AttributeType.DATE, AttributeTarget.CASE, cases["Søren"], date(2019, 3, 1)),
        ("Samtykke", AttributeType.BOOLEAN, AttributeTarget.CASE, cases["Søren"], False),
        ("Runde", AttributeType.TEXT, AttributeTarget.DOCUMENT, focus, "R1"),
    ):
        define = DefineAttribute(name, kind, target)
        apply_command(db, define)
        assert define.attribute_id is not None
        apply_command(db, SetAttributeValue(define.attribute_id, owner, value))
    with db.read() as connection:
        first_coding = connection.execute(select(Coding.id).order_by(Coding.id)).scalars().first()
    for memo_target, target_id in (
        (None, None),
        ("document_id", focus),
        ("code_id", ids["Tillid"]),
        ("case_id", cases["Søren"]),
        ("coding_id", first_coding),
    ):
        apply_command(
            db,
            AddMemo(
                f"Memo om {memo_target}: æøå 😀",
                f"Titel {memo_target}",
                memo_target,
                target_id,
                coders[0],
            ),
        )
    apply_command(db, AddAnnotation(focus, *at(FOCUS, "Færre sager"), "Vigtigt 👍🏽", coders[1]))
    apply_command(db, AddAnnotation(journal, *at(JOURNAL, "møder op 🙂"), "Samme sted", None))
    create_set = CreateSet("Udvalgte æøå", "Til rapporten")
    apply_command(db, create_set)
    assert create_set.set_id is not None
    for member, member_id in (
        ("code_id", ids["Tid"]),
        ("document_id", journal),
        ("case_id", cases["Åse"]),
    ):
        apply_command(db, AddToSet(create_set.set_id, member, member_id))
    apply_command(db, AddLinkRow("907e0000-0000-4000-8000-0000000000ee", "belyser"))


class AddLinkRow(Command):
    """A link from ``origin`` to a GUID Tekstur does not hold (links have no command yet)."""

    def __init__(self, origin: str, name: str) -> None:
        self.origin, self.name = origin, name

    @property
    def label(self) -> str:
        return "Add link"

    def record(self, tx: ChangeRecorder) -> None:
        tx.insert(
            Link,
            guid="11c00000-0000-4000-8000-0000000000ee",
            name=self.name,
            direction="OneWay",
            color="#000000",
            origin_guid=self.origin,
            target_guid="50000000-0000-4000-8000-0000000000ee",
        )
