"""Commands on the code hierarchy: create, rename, describe, move, merge and delete codes."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from models.changes import ChangeRecorder
from models.codes import DEFAULT_CODE_COLOR, Code, CodebookCode, CodeTranslation, Coding
from models.commands.base import Command, CommandError
from models.commands.code_versions import SeenCode, bump_version, change_code, check_seen
from models.notes import Memo, SetMember
from models.paths import find_child_code, split_code_path

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise CommandError("a code needs a name")
    return cleaned


def _check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise CommandError(f"{color!r} is not a colour like #1f77b4")
    return color.lower()


def _code_name(tx: ChangeRecorder, code_id: int) -> str:
    name = tx.connection.execute(select(Code.name).where(Code.id == code_id)).scalar()
    if name is None:
        raise CommandError(f"code {code_id} does not exist")
    return name


def _next_position(tx: ChangeRecorder, parent_id: int | None) -> int:
    parent = Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
    highest = tx.connection.execute(select(func.max(Code.position)).where(parent)).scalar()
    return 0 if highest is None else highest + 1


def _descendants(tx: ChangeRecorder, code_id: int) -> set[int]:
    found: set[int] = set()
    frontier = [code_id]
    while frontier:
        children = tx.connection.execute(select(Code.id).where(Code.parent_id.in_(frontier)))
        frontier = [c for c in children.scalars() if c not in found]
        found.update(frontier)
    return found


class CreateCode(Command):
    """Create one code under ``parent_id`` (None: top level); its id is ``code_id`` afterwards."""

    def __init__(
        self,
        name: str,
        parent_id: int | None = None,
        color: str = DEFAULT_CODE_COLOR,
        description: str = "",
    ) -> None:
        self.name, self.parent_id = name, parent_id
        self.color, self.description = color, description
        self.code_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Create code '{self.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty name or a sibling with the same name."""
        name = _check_name(self.name)
        if self.parent_id is not None:
            _code_name(tx, self.parent_id)
        if find_child_code(tx.connection, self.parent_id, name) is not None:
            raise CommandError(f"a code called '{name}' already exists there")
        self.code_id = tx.insert(
            Code,
            name=name,
            parent_id=self.parent_id,
            color=_check_color(self.color),
            description=self.description,
            position=_next_position(tx, self.parent_id),
        )


class EnsureCodePath(Command):
    """Find the code at a ``/``-separated path, creating the levels that are missing."""

    def __init__(self, path: str, color: str = DEFAULT_CODE_COLOR) -> None:
        self.path, self.color = path, color
        self.code_id: int | None = None

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Create code '{self.path}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Walk the path from the top, creating each missing level."""
        try:
            names = split_code_path(self.path)
        except ValueError as error:
            raise CommandError(str(error)) from error
        parent: int | None = None
        for name in names:
            existing = find_child_code(tx.connection, parent, name)
            if existing is None:
                create = CreateCode(name, parent, self.color)
                create.record(tx)
                existing = create.code_id
            parent = existing
        self.code_id = parent


class UpdateCode(Command):
    """Rename, recolour or re-describe a code; arguments left as None stay as they are.

    With ``seen`` the change is refused when someone else changed the code meanwhile.
    """

    def __init__(
        self,
        code_id: int,
        *,
        name: str | None = None,
        color: str | None = None,
        description: str | None = None,
        seen: SeenCode | None = None,
    ) -> None:
        self.code_id, self.name, self.color, self.description = code_id, name, color, description
        self.seen = seen

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Rename code to '{self.name}'" if self.name else "Edit code"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a name that a sibling already has."""
        _, version = check_seen(tx, self.code_id, self.seen)
        values: dict[str, str] = {}
        if self.name is not None:
            values["name"] = _check_name(self.name)
            parent = tx.connection.execute(select(Code.parent_id).where(Code.id == self.code_id))
            clash = find_child_code(tx.connection, parent.scalar(), values["name"])
            if clash not in (None, self.code_id):
                raise CommandError(f"a code called '{values['name']}' already exists there")
        if self.color is not None:
            values["color"] = _check_color(self.color)
        if self.description is not None:
            values["description"] = self.description
        if values:
            change_code(tx, self.code_id, version, **values)


class MoveCode(Command):
    """Move a code (with its sub-codes) under another parent, at the end or at ``position``."""

    def __init__(
        self,
        code_id: int,
        new_parent_id: int | None,
        position: int | None = None,
        *,
        seen: SeenCode | None = None,
    ) -> None:
        self.code_id, self.new_parent_id, self.position = code_id, new_parent_id, position
        self.seen = seen

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Move code"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse to move a code under itself or its own sub-codes, or next to a namesake."""
        name, version = check_seen(tx, self.code_id, self.seen)
        if self.new_parent_id is not None:
            _code_name(tx, self.new_parent_id)
            if self.new_parent_id == self.code_id or self.new_parent_id in _descendants(
                tx, self.code_id
            ):
                raise CommandError(f"'{name}' cannot be moved under itself")
        if find_child_code(tx.connection, self.new_parent_id, name) not in (None, self.code_id):
            raise CommandError(f"a code called '{name}' already exists there")
        parent = (
            Code.parent_id.is_(None)
            if self.new_parent_id is None
            else Code.parent_id == self.new_parent_id
        )
        siblings = list(
            tx.connection.execute(
                select(Code.id)
                .where(parent, Code.id != self.code_id)
                .order_by(Code.position, Code.id)
            ).scalars()
        )
        index = (
            len(siblings) if self.position is None else max(0, min(self.position, len(siblings)))
        )
        siblings.insert(index, self.code_id)
        moved = tx.update(Code, self.code_id, parent_id=self.new_parent_id)
        for position, sibling in enumerate(siblings):
            placed = tx.update(Code, sibling, position=position)
            moved = moved or (placed and sibling == self.code_id)
        if moved:
            bump_version(tx, self.code_id, version)


class MergeCodes(Command):
    """Merge ``source`` into ``target``: codings, memos, sub-codes and memberships move over.

    A coding that would duplicate one the target already has (same document, span and coder)
    collapses into it; sub-codes whose name exists under the target are merged in turn; the
    source's translations into languages the target lacks are kept.
    """

    def __init__(
        self,
        source_id: int,
        target_id: int,
        *,
        seen_source: SeenCode | None = None,
        seen_target: SeenCode | None = None,
    ) -> None:
        self.source_id, self.target_id = source_id, target_id
        self.seen_source, self.seen_target = seen_source, seen_target

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Merge codes"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse to merge a code into itself or into one of its own sub-codes."""
        checks = {self.source_id: self.seen_source, self.target_id: self.seen_target}
        found = {c: check_seen(tx, c, checks[c]) for c in sorted(checks)}  # locks in id order
        source = found[self.source_id][0]
        if self.target_id == self.source_id or self.target_id in _descendants(tx, self.source_id):
            raise CommandError(f"'{source}' cannot be merged into itself or its sub-codes")
        self._merge(tx, self.source_id, self.target_id)
        bump_version(tx, self.target_id, found[self.target_id][1])

    def _merge(self, tx: ChangeRecorder, source: int, target: int) -> None:
        conn = tx.connection
        spans = select(Coding.id, Coding.document_id, Coding.start, Coding.end, Coding.coder_id)
        existing = {
            tuple(span): coding_id
            for coding_id, *span in conn.execute(spans.where(Coding.code_id == target))
        }
        codings = conn.execute(spans.where(Coding.code_id == source).order_by(Coding.id)).all()
        for coding_id, *span in codings:
            duplicate_of = existing.get(tuple(span))
            if duplicate_of is not None:
                for memo_id in conn.execute(
                    select(Memo.id).where(Memo.coding_id == coding_id)
                ).scalars():
                    tx.update(Memo, memo_id, coding_id=duplicate_of)
                tx.delete(Coding, [coding_id])
            else:
                tx.update(Coding, coding_id, code_id=target)
                existing[tuple(span)] = coding_id
        for memo_id in conn.execute(select(Memo.id).where(Memo.code_id == source)).scalars():
            tx.update(Memo, memo_id, code_id=target)
        for member_id in conn.execute(
            select(SetMember.id).where(SetMember.code_id == source)
        ).scalars():
            tx.update(SetMember, member_id, code_id=target)
        target_books = set(
            conn.execute(
                select(CodebookCode.codebook_id).where(CodebookCode.code_id == target)
            ).scalars()
        )
        for book in conn.execute(
            select(CodebookCode.codebook_id).where(CodebookCode.code_id == source)
        ).scalars():
            if book not in target_books:
                tx.insert(CodebookCode, codebook_id=book, code_id=target)
        translated = set(
            conn.execute(
                select(CodeTranslation.language).where(CodeTranslation.code_id == target)
            ).scalars()
        )
        for language, name, description in conn.execute(
            select(CodeTranslation.language, CodeTranslation.name, CodeTranslation.description)
            .where(CodeTranslation.code_id == source)
            .order_by(CodeTranslation.language)
        ).all():
            if language not in translated:
                values = {"name": name, "description": description}
                tx.insert(CodeTranslation, code_id=target, language=language, **values)
        children = conn.execute(
            select(Code.id, Code.name).where(Code.parent_id == source).order_by(Code.position)
        ).all()
        for child_id, name in children:
            namesake = find_child_code(conn, target, name)
            if namesake is None:
                MoveCode(child_id, target).record(tx)
            else:
                self._merge(tx, child_id, namesake)
        tx.delete(Code, [source])


class DeleteCode(Command):
    """Delete a code with its sub-codes, codings and memos; undo brings all of them back."""

    def __init__(self, code_id: int) -> None:
        self.code_id = code_id

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Delete code"

    def record(self, tx: ChangeRecorder) -> None:
        """Delete through the recorder, which follows every dependent row."""
        _code_name(tx, self.code_id)
        tx.delete(Code, [self.code_id])
