"""Another coder's codings brought into the project in one step (one undo step).

:class:`AddCodingsAsCoder` takes codings by code *path* for documents already in the project,
finds or creates the coder, creates the codes that are missing and adds the codings, all in
one transaction: refused as a whole, nothing is left half-done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from models.changes import ChangeRecorder
from models.codes import Code, Coding
from models.commands.base import Command, CommandError
from models.commands.codes import EnsureCodePath
from models.commands.documents import AddCodings, CodingSpan, EnsureCoder
from models.paths import join_code_path


@dataclass(frozen=True)
class IncomingCoding:
    """A coding to add: the code by its path of names, on ``[start, end)`` of a document."""

    document_id: int
    code_path: tuple[str, ...]
    start: int
    end: int


class AddCodingsAsCoder(Command):
    """Add ``codings`` as the coder called ``coder_name`` (created when new).

    Refused when that coder already has codings in the project, unless ``replace`` is True:
    then every coding of that coder is removed first, in the same step. Afterwards
    ``coder_id``, ``codings_added`` and ``codes_created`` say what happened.
    """

    def __init__(
        self,
        coder_name: str,
        codings: Sequence[IncomingCoding],
        *,
        replace: bool = False,
        label: str | None = None,
    ) -> None:
        self.coder_name = coder_name.strip()
        self.codings = list(codings)
        self.replace = replace
        self._label = label
        self.coder_id: int | None = None
        self.codings_added = 0
        self.codings_removed = 0
        self.codes_created = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return self._label or f"Import codings as '{self.coder_name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Coder, missing codes, then the codings; refuse when the coder has codings."""
        coder = EnsureCoder(self.coder_name)
        coder.record(tx)
        assert coder.coder_id is not None
        self.coder_id = coder.coder_id
        existing = list(
            tx.connection.execute(select(Coding.id).where(Coding.coder_id == coder.coder_id))
            .scalars()
            .all()
        )
        if existing and not self.replace:
            raise CommandError(
                f"the coder '{self.coder_name}' already has {len(existing)} coding(s) in this "
                "project; import under another coder name, or replace that coder's codings"
            )
        if existing:
            self.codings_removed = tx.delete(Coding, existing)
        codes_before = self._count_codes(tx)
        code_ids: dict[tuple[str, ...], int] = {}
        for path in dict.fromkeys(coding.code_path for coding in self.codings):
            ensure = EnsureCodePath(join_code_path(list(path)))
            ensure.record(tx)
            assert ensure.code_id is not None
            code_ids[path] = ensure.code_id
        self.codes_created = self._count_codes(tx) - codes_before
        add = AddCodings(
            [
                CodingSpan(c.document_id, code_ids[c.code_path], coder.coder_id, c.start, c.end)
                for c in self.codings
            ]
        )
        add.record(tx)
        self.codings_added = len(add.coding_ids)

    @staticmethod
    def _count_codes(tx: ChangeRecorder) -> int:
        return int(tx.connection.execute(select(func.count(Code.id))).scalar_one())
