"""Commands that edit the pseudonym mapping and rewrite a document with it.

:class:`PseudonymiseDocument` rewrites a document's text once and, in the same transaction,
moves every row that points into the text (codings, speaker turns, headings, annotations and
any other table with ``document_id``, ``start`` and ``end``) so that each still covers the
same words (see :mod:`models.text_edits`). Speaker labels of the document's turns get the
same replacements. Undo restores the text and every position exactly.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Table, select

from models.base import Base, utcnow
from models.changes import ChangeRecorder, RowChange
from models.commands.base import Command, CommandError
from models.documents import Document, SpeakerTurn
from models.pseudonym_plan import Replacement, occurrences, replace_terms
from models.pseudonyms import (
    Pseudonymisation,
    PseudonymTerm,
    TermDecision,
    TermSpec,
    accepted_terms,
)
from models.text_edits import OverlappingEditsError, PositionMap, apply_edits

LONGEST_SURFACE = 300
LONGEST_CATEGORY = 20


@cache
def positioned_tables() -> tuple[Table, ...]:
    """Every table whose rows point into a document's text with ``start`` and ``end``."""
    return tuple(
        table
        for table in Base.metadata.sorted_tables
        if {"document_id", "start", "end", "id"} <= set(table.c.keys())
    )


class SetPseudonymTerm(Command):
    """Add a term to the mapping, or change the term with the same surface text."""

    def __init__(self, term: TermSpec) -> None:
        self.term = TermSpec(
            term.surface.strip(),
            term.replacement.strip(),
            term.category.strip(),
            term.decision,
            term.origin,
            term.gender,
        )

    @property
    def label(self) -> str:
        """Shown in the undo history (without the surface text, which is an identifier)."""
        return f"Set pseudonym '{self.term.replacement}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse an empty or over-long term, and a replacement that keeps an identifier."""
        term = self.term
        if not term.surface or len(term.surface) > LONGEST_SURFACE:
            raise CommandError(f"a term needs a text of 1 to {LONGEST_SURFACE} characters")
        if not term.category or len(term.category) > LONGEST_CATEGORY:
            raise CommandError(f"the term '{term.surface}' needs a category")
        if term.gender not in (None, "f", "m"):
            raise CommandError(f"gender must be f, m or empty, not '{term.gender}'")
        if term.decision is TermDecision.ACCEPTED:
            _check_replacement(tx, term)
        now = utcnow()
        values: dict[str, Any] = {
            "replacement": term.replacement,
            "category": term.category,
            "decision": term.decision,
            "origin": term.origin,
            "gender": term.gender,
        }
        found = tx.connection.execute(
            select(PseudonymTerm.id).where(PseudonymTerm.surface == term.surface)
        ).scalar()
        if found is None:
            tx.insert(PseudonymTerm, surface=term.surface, created_at=now, updated_at=now, **values)
        elif tx.update(PseudonymTerm, found, **values):
            tx.update(PseudonymTerm, found, updated_at=now)


def _check_replacement(tx: ChangeRecorder, term: TermSpec) -> None:
    if not term.replacement or len(term.replacement) > LONGEST_SURFACE:
        raise CommandError(f"the term '{term.surface}' needs a replacement")
    if occurrences(term.replacement, term.surface):
        raise CommandError(f"the replacement '{term.replacement}' still contains '{term.surface}'")
    others = accepted_terms(tx.connection)
    others.pop(term.surface, None)
    for surface, replacement in others.items():
        if occurrences(term.replacement, surface):
            raise CommandError(
                f"the replacement '{term.replacement}' contains '{surface}',"
                " which is itself replaced"
            )
        if occurrences(replacement, term.surface):
            raise CommandError(
                f"'{term.surface}' is already used in the replacement '{replacement}'"
                f" of '{surface}'"
            )


class RemovePseudonymTerm(Command):
    """Take a term out of the mapping (documents already rewritten stay as they are)."""

    def __init__(self, surface: str) -> None:
        self.surface = surface

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Remove pseudonym term"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse a term that is not in the mapping."""
        found = tx.connection.execute(
            select(PseudonymTerm.id).where(PseudonymTerm.surface == self.surface)
        ).scalar()
        if found is None:
            raise CommandError(f"'{self.surface}' is not in the pseudonym mapping")
        tx.delete(PseudonymTerm, [found])


class ClearPseudonymTerms(Command):
    """Remove the whole mapping, e.g. after exporting the key file and before sharing."""

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return "Remove the pseudonym mapping"

    def record(self, tx: ChangeRecorder) -> None:
        """Delete every term; the ``removed`` count is kept on the command."""
        ids = list(tx.connection.execute(select(PseudonymTerm.id)).scalars())
        self.removed = tx.delete(PseudonymTerm, ids)


class PseudonymiseDocument(Command):
    """Rewrite one document with ``replacements`` and move everything that points into it.

    ``replacements`` come from :func:`models.pseudonym_plan.plan_replacements` on the text as
    it was read; each names the original text it replaces, and the command refuses to run
    when the document no longer holds it there. ``count`` is the number of replacements made.
    """

    def __init__(
        self,
        document_id: int,
        replacements: Sequence[Replacement],
        applied_by: str,
        document_name: str = "",
    ) -> None:
        self.document_id = document_id
        self.replacements = sorted(replacements)
        self.applied_by = applied_by.strip()
        self.document_name = document_name
        self.count = 0

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Pseudonymise {self.document_name or self.document_id}"

    def record(self, tx: ChangeRecorder) -> None:
        """Refuse replacements that overlap, are empty or no longer fit the text."""
        text = tx.connection.execute(
            select(Document.text).where(Document.id == self.document_id)
        ).scalar()
        if text is None:
            raise CommandError(f"document {self.document_id} does not exist")
        if not self.replacements:
            raise CommandError(f"nothing to replace in {self.document_name or 'the document'}")
        for item in self.replacements:
            if not item.replacement:
                raise CommandError(f"the replacement of '{item.original}' is empty")
            if text[item.start : item.end] != item.original or item.end > len(text):
                raise CommandError(
                    f"the text of {self.document_name or 'the document'} has changed"
                    f" at {item.start}: run pseudonymisation again"
                )
        edits = [item.edit for item in self.replacements]
        try:
            positions = PositionMap(edits, len(text))
        except OverlappingEditsError as error:
            raise CommandError(str(error)) from error
        tx.update(Document, self.document_id, text=apply_edits(text, edits))
        for table in positioned_tables():
            tx.replay(self._moves(tx, table, positions))
        tx.replay(self._speaker_labels(tx))
        self.count = len(self.replacements)
        tx.insert(
            Pseudonymisation,
            document_id=self.document_id,
            applied_at=utcnow(),
            applied_by=self.applied_by,
            replacements=self.count,
            terms=self._terms_used(tx),
        )

    def _moves(self, tx: ChangeRecorder, table: Table, positions: PositionMap) -> list[RowChange]:
        rows = tx.connection.execute(
            select(table.c.id, table.c.start, table.c.end).where(
                table.c.document_id == self.document_id
            )
        )
        changes = []
        for key, start, end in rows:
            new_start, new_end = positions.span(start, end)
            if (new_start, new_end) != (start, end):
                before = {"start": start, "end": end}
                after = {"start": new_start, "end": new_end}
                changes.append(RowChange(table.name, (key,), before, after))
        return changes

    def _speaker_labels(self, tx: ChangeRecorder) -> list[RowChange]:
        terms = {item.original: item.replacement for item in self.replacements}
        rows = tx.connection.execute(
            select(SpeakerTurn.id, SpeakerTurn.speaker).where(
                SpeakerTurn.document_id == self.document_id
            )
        )
        changes = []
        for key, speaker in rows:
            renamed = replace_terms(speaker, terms)
            if renamed != speaker:
                changes.append(
                    RowChange("speaker_turns", (key,), {"speaker": speaker}, {"speaker": renamed})
                )
        return changes

    def _terms_used(self, tx: ChangeRecorder) -> str:
        """Which terms were used, by id and replacement, never by their surface text."""
        ids = dict(tx.connection.execute(select(PseudonymTerm.surface, PseudonymTerm.id)).all())
        counts = Counter((ids.get(item.original), item.replacement) for item in self.replacements)
        used = [
            {"term_id": term_id, "replacement": replacement, "count": count}
            for (term_id, replacement), count in sorted(
                counts.items(), key=lambda entry: (entry[0][1], entry[0][0] or 0)
            )
        ]
        return json.dumps(used, ensure_ascii=False)
