"""Commands on memos, annotations and sets."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import select

from models.base import Base, utcnow
from models.changes import ChangeRecorder
from models.commands.base import Command, CommandError, check_span
from models.commands.documents import document_length
from models.notes import MEMO_TARGETS, SET_MEMBER_TARGETS, Annotation, ItemSet, Memo, SetMember


class AddMemo(Command):
    """Write a memo on the project (``target`` None) or on a document, code, case or coding.

    ``target`` is one of ``document_id``, ``code_id``, ``case_id``, ``coding_id``.
    """

    def __init__(
        self,
        text: str,
        title: str = "",
        target: str | None = None,
        target_id: int | None = None,
        coder_id: int | None = None,
    ) -> None:
        if target is not None and target not in MEMO_TARGETS:
            raise ValueError(f"memos attach to {MEMO_TARGETS}, not {target}")
        self.text, self.title, self.target, self.target_id = text, title, target, target_id
        self.coder_id = coder_id
        self.memo_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Add memo"

    def record(self, tx: ChangeRecorder) -> None:
        """Write the memo; the database refuses a target that does not exist."""
        now = utcnow()
        target = {self.target: self.target_id} if self.target else {}
        self.memo_id = tx.insert(
            Memo,
            text=self.text,
            title=self.title,
            coder_id=self.coder_id,
            created_at=now,
            updated_at=now,
            **target,
        )


class EditMemo(Command):
    """Change a memo's title and text."""

    def __init__(self, memo_id: int, text: str, title: str | None = None) -> None:
        self.memo_id, self.text, self.title = memo_id, text, title

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Edit memo"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a memo that is gone."""
        if tx.connection.execute(select(Memo.id).where(Memo.id == self.memo_id)).first() is None:
            raise CommandError(f"memo {self.memo_id} does not exist")
        values = {"text": self.text} | ({"title": self.title} if self.title is not None else {})
        if tx.update(Memo, self.memo_id, **values):
            tx.update(Memo, self.memo_id, updated_at=utcnow())


class AddAnnotation(Command):
    """Attach a note to a span of a document; its id is ``annotation_id``."""

    def __init__(
        self, document_id: int, start: int, end: int, text: str, coder_id: int | None = None
    ) -> None:
        self.document_id, self.start, self.end = document_id, start, end
        self.text, self.coder_id = text, coder_id
        self.annotation_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Add annotation"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a span outside the document."""
        check_span(self.start, self.end, document_length(tx, self.document_id), "annotation")
        self.annotation_id = tx.insert(
            Annotation,
            document_id=self.document_id,
            start=self.start,
            end=self.end,
            text=self.text,
            coder_id=self.coder_id,
        )


class CreateSet(Command):
    """Create an empty set; its id is ``set_id``."""

    def __init__(self, name: str, description: str = "") -> None:
        self.name, self.description = name.strip(), description
        self.set_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Create set '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty or taken name."""
        if not self.name:
            raise CommandError("a set needs a name")
        if tx.connection.execute(select(ItemSet.id).where(ItemSet.name == self.name)).first():
            raise CommandError(f"a set called '{self.name}' already exists")
        self.set_id = tx.insert(ItemSet, name=self.name, description=self.description)


class AddToSet(Command):
    """Add a document, case or code (``member`` is ``document_id``, ``case_id`` or ``code_id``)."""

    def __init__(self, set_id: int, member: str, member_id: int) -> None:
        if member not in SET_MEMBER_TARGETS:
            raise ValueError(f"sets hold {SET_MEMBER_TARGETS}, not {member}")
        self.set_id, self.member, self.member_id = set_id, member, member_id

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Add to set"

    def record(self, tx: ChangeRecorder) -> None:
        """Do nothing when the item is already in the set."""
        column = getattr(SetMember, self.member)
        present = select(SetMember.id).where(
            SetMember.set_id == self.set_id, column == self.member_id
        )
        if tx.connection.execute(present).first() is None:
            tx.insert(SetMember, set_id=self.set_id, **{self.member: self.member_id})


class DeleteRows(Command):
    """Delete memos, annotations, sets or set members by id (a generic, undoable delete)."""

    _KINDS: ClassVar[dict[str, type[Base]]] = {
        "memo": Memo,
        "annotation": Annotation,
        "set": ItemSet,
        "set member": SetMember,
    }

    def __init__(self, kind: str, ids: list[int]) -> None:
        if kind not in self._KINDS:
            raise ValueError(f"DeleteRows handles {sorted(self._KINDS)}, not {kind}")
        self.kind, self.ids = kind, ids

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Delete {self.kind}"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse when one of the rows is already gone."""
        if tx.delete(self._KINDS[self.kind], self.ids) != len(set(self.ids)):
            raise CommandError(f"that {self.kind} no longer exists")
