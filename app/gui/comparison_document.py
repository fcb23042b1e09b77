"""One document as two coder groups coded one code in it, with their disagreements marked.

:class:`ComparisonDocument` is a :class:`DocumentView` that draws only one code and only the
codings of group A, group B and the consensus coder, with its stripe columns in that order
(A left, B right, the consensus after them). Where only A or only B coded, the text is marked
in one of two colours (Qt extra selections, set in UTF-16 units from code points). The
differences are :func:`analysis.agreement.span_differences` of the groups' coverages, read
with :func:`analysis.agreement.coverage_spans`; nothing is computed here a second way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from analysis.agreement import SpanDifferences, coverage_spans, span_differences
from app.gui.coding_stripes import StripeColumn
from app.gui.document_view import DocumentView
from models.document_layers import LayerChange

A_ONLY_COLOR = QColor(230, 126, 34, 110)  # orange: only group A coded this
B_ONLY_COLOR = QColor(142, 68, 173, 90)  # violet: only group B coded this
Span = tuple[int, int]


@dataclass(frozen=True)
class Disagreement:
    """A stretch of text only one group coded: ``side`` is ``"a"`` or ``"b"``."""

    start: int
    end: int
    side: str


@dataclass(frozen=True)
class ComparedGroups:
    """Whose codings are compared: the coders of A and B, and the consensus coder if any."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    consensus: int | None = None
    names: tuple[str, str] = ("A", "B")

    def column_rank(self, coder_id: int) -> int:
        """0 for A's coders, 1 for B's, 2 for the consensus coder."""
        return 0 if coder_id in self.a else 1 if coder_id in self.b else 2


class ComparisonDocument(DocumentView):
    """A read-only document showing one code by two coder groups and where they differ."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = ComparedGroups((), ())
        self.code_id: int | None = None
        self.coverage: tuple[list[Span], list[Span]] = ([], [])
        self.differences = SpanDifferences([], [], [])
        self.stripes.order = self._column_key

    def _column_key(self, column: StripeColumn) -> tuple[int, str]:
        return self.groups.column_rank(column.coder_id), column.coder_name.casefold()

    def own_coder_id(self) -> int | None:
        """No coder is the reader's own here: every group is drawn alike."""
        return None

    def set_visible_coders(self, coders: set[int] | None) -> None:
        """Show these coders; unlike the main view this never changes the session's filter."""
        self._show_coders(coders)

    def _follow_visible_coders(self) -> None:
        """The session's coder filter does not apply to a comparison."""

    def compare(self, document_id: int, code_id: int, groups: ComparedGroups) -> None:
        """Show ``document_id`` with ``code_id`` as ``groups`` coded it."""
        self.groups, self.code_id = groups, code_id
        coders = {*groups.a, *groups.b}
        if groups.consensus is not None:
            coders.add(groups.consensus)
        self._show_coders(coders)
        self.show_document(document_id)
        shown = self.shown
        if shown is not None:
            shown.visible_codes = {code_id}
        self._layers_changed(LayerChange([], [], complete=True))
        self.read_differences()

    def clear_comparison(self) -> None:
        """Show nothing."""
        self.code_id = None
        self.show_document(None)
        self.coverage, self.differences = ([], []), SpanDifferences([], [], [])
        self.setExtraSelections([])

    def refresh(self) -> None:
        """Bring codings and differences up to date after a change to the project."""
        super().refresh()
        if self.shown is not None and self.code_id is not None:
            self.read_differences()

    def read_differences(self) -> None:
        """Read both groups' coverage of the code and mark where they differ."""
        session, shown, code_id = self.session, self.shown, self.code_id
        if session is None or shown is None or code_id is None:
            self.setExtraSelections([])
            return
        with session.db.read() as connection:
            a = coverage_spans(connection, shown.document_id, code_id, self.groups.a)
            b = coverage_spans(connection, shown.document_id, code_id, self.groups.b)
        self.coverage = (a, b)
        self.differences = span_differences(a, b)
        marks = [(s, e, A_ONLY_COLOR) for s, e in self.differences.a_only]
        marks += [(s, e, B_ONLY_COLOR) for s, e in self.differences.b_only]
        selections = []
        for start, end, color in marks:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(shown.to_utf16(start))
            cursor.setPosition(shown.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(color)
            selections.append(selection)
        self.setExtraSelections(selections)

    def disagreements(self) -> list[Disagreement]:
        """Every stretch only one group coded, in text order."""
        found = [Disagreement(s, e, "a") for s, e in self.differences.a_only]
        found += [Disagreement(s, e, "b") for s, e in self.differences.b_only]
        return sorted(found, key=lambda d: (d.start, d.end))

    def current_disagreement(self) -> Disagreement | None:
        """The disagreement whose text is selected."""
        passage = self.selected_passage()
        if passage is None:
            return None
        for found in self.disagreements():
            if (found.start, found.end) == (passage.start, passage.end):
                return found
        return None

    def step(self, *, forward: bool) -> Disagreement | None:
        """Select the next (or previous) disagreement after (or before) the cursor, round the
        end of the text; None when there is none."""
        found = self.disagreements()
        if not found:
            return None
        current = self.current_disagreement()
        here = self.cursor_position() if current is None else current.start
        if forward:
            after = [d for d in found if d.start > here or (current is None and d.start == here)]
            chosen = after[0] if after else found[0]
        else:
            before = [d for d in found if d.start < here]
            chosen = before[-1] if before else found[-1]
        self.show_passage(self.shown.document_id if self.shown else 0, chosen.start, chosen.end)
        return chosen
