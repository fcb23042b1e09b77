"""Commands on codebooks: add a codebook to a project, translate a code, remove a codebook.

Creating, renaming, recolouring, describing, moving, merging and deleting single codes are
the commands in :mod:`models.commands.codes`; these build on them.
"""

from __future__ import annotations

from sqlalchemy import select

from models.changes import ChangeRecorder, RowChange
from models.codebook_spec import CodebookSpec, CodeSpec, normalise_color, normalise_guid
from models.codes import DEFAULT_CODE_COLOR, Code, Codebook, CodebookCode, CodeTranslation
from models.commands.base import Command, CommandError
from models.commands.codes import CreateCode, UpdateCode, _code_name
from models.paths import find_child_code


class AddCodebook(Command):
    """Add a codebook's codes to the project, merging codes that already exist at the same path.

    A code found at the same path keeps its colour and description unless they are empty (the
    default colour counts as empty); a new code keeps the codebook's GUID when no other code
    has it. Translations the project lacks are stored. The codebook is recorded by name, with
    every one of its codes as a member; adding the same codebook again changes nothing.
    Afterwards ``codebook_id``, ``created`` and ``merged`` tell what happened.
    """

    def __init__(self, spec: CodebookSpec) -> None:
        self.spec = spec
        self.codebook_id: int | None = None
        self.created = 0
        self.merged = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Add codebook '{self.spec.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a codebook without a name or without codes, or with an empty code name."""
        name = self.spec.name.strip()
        if not name:
            raise CommandError("a codebook needs a name")
        if not self.spec.codes:
            raise CommandError(f"the codebook '{name}' holds no codes")
        self.codebook_id = self._codebook_row(tx, name)
        self.created = self.merged = 0
        member_ids: list[int] = []
        for code in self.spec.codes:
            self._add(tx, code, None, member_ids)
        members = set(
            tx.connection.execute(
                select(CodebookCode.code_id).where(CodebookCode.codebook_id == self.codebook_id)
            ).scalars()
        )
        new = [c for c in dict.fromkeys(member_ids) if c not in members]
        tx.insert_many(CodebookCode, [{"codebook_id": self.codebook_id, "code_id": c} for c in new])

    def _codebook_row(self, tx: ChangeRecorder, name: str) -> int:
        conn = tx.connection
        found = conn.execute(select(Codebook.id).where(Codebook.name == name)).scalar()
        if found is not None:
            return found
        values = {"name": name, "description": self.spec.description, "origin": self.spec.origin}
        guid = normalise_guid(self.spec.guid)
        if guid and conn.execute(select(Codebook.id).where(Codebook.guid == guid)).first() is None:
            values["guid"] = guid
        book_id: int = tx.insert(Codebook, **values)
        return book_id

    def _add(self, tx: ChangeRecorder, code: CodeSpec, parent: int | None, out: list[int]) -> None:
        conn = tx.connection
        name = code.name.strip()
        if not name:
            raise CommandError(f"the codebook '{self.spec.name}' has a code without a name")
        color = normalise_color(code.color)
        code_id = find_child_code(conn, parent, name)
        if code_id is None:
            create = CreateCode(name, parent, color or DEFAULT_CODE_COLOR, code.description)
            create.record(tx)
            assert create.code_id is not None
            code_id = create.code_id
            guid = normalise_guid(code.guid)
            if guid and conn.execute(select(Code.id).where(Code.guid == guid)).first() is None:
                tx.update(Code, code_id, guid=guid)
            self.created += 1
        else:
            current = conn.execute(
                select(Code.color, Code.description).where(Code.id == code_id)
            ).one()
            UpdateCode(
                code_id,
                color=color if color and current.color == DEFAULT_CODE_COLOR else None,
                description=code.description if not current.description.strip() else None,
            ).record(tx)
            self.merged += 1
        for language, translation in code.translations.items():
            SetCodeTranslation(
                code_id, language, translation.name, translation.description, keep=True
            ).record(tx)
        out.append(code_id)
        for child in code.children:
            self._add(tx, child, code_id, out)


class SetCodeTranslation(Command):
    """Give a code a name and description in ``language``; an empty name removes it.

    With ``keep`` an existing translation's name stays, and only an empty description is
    filled in (how a codebook being added treats what the project already has).
    """

    def __init__(
        self, code_id: int, language: str, name: str, description: str = "", *, keep: bool = False
    ) -> None:
        self.code_id, self.language, self.name = code_id, language, name
        self.description, self.keep = description, keep

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Translate code ({self.language})"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a language code that is empty or longer than eight characters."""
        language = self.language.strip().lower()
        if not language or len(language) > 8:
            raise CommandError(f"'{self.language}' is not a language code such as da or en")
        _code_name(tx, self.code_id)
        key = (self.code_id, language)
        current = tx.connection.execute(
            select(CodeTranslation.name, CodeTranslation.description).where(
                CodeTranslation.code_id == self.code_id, CodeTranslation.language == language
            )
        ).first()
        name = self.name.strip()
        if current is None:
            if name:
                tx.insert(
                    CodeTranslation,
                    code_id=self.code_id,
                    language=language,
                    name=name,
                    description=self.description,
                )
        elif not name:
            if not self.keep:
                _delete_translation(tx, key)
        elif self.keep:
            if not current.description.strip() and self.description:
                tx.update(CodeTranslation, key, description=self.description)
        else:
            tx.update(CodeTranslation, key, name=name, description=self.description)


def _delete_translation(tx: ChangeRecorder, key: tuple[int, str]) -> None:
    row = tx.connection.execute(
        select(CodeTranslation.__table__).where(
            CodeTranslation.code_id == key[0], CodeTranslation.language == key[1]
        )
    ).one()
    tx.replay([RowChange(CodeTranslation.__tablename__, key, dict(row._mapping), None)])


class RemoveCodebook(Command):
    """Remove a codebook from the project; its codes, codings and memos stay."""

    def __init__(self, codebook_id: int) -> None:
        self.codebook_id = codebook_id

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Remove codebook"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a codebook that does not exist."""
        found = tx.connection.execute(
            select(Codebook.id).where(Codebook.id == self.codebook_id)
        ).first()
        if found is None:
            raise CommandError(f"codebook {self.codebook_id} does not exist")
        tx.delete(Codebook, [self.codebook_id])
