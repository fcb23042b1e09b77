"""Which text a word frequency or a text search reads: documents, speakers, cases, codes.

One tab per kind of restriction; several choices of one kind are joined, different kinds
narrow each other, and nothing chosen means the whole project (see
:mod:`analysis.text_scope`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from analysis.text_scope import TextScope
from app.gui.query_pickers import ItemPicker, ProjectChoices


class TextScopeEditor(QTabWidget):
    """Four checkable lists that make a :class:`TextScope`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = ItemPicker(self.tr("Only these documents (none: all):"))
        self.speakers = ItemPicker(self.tr("Only what these speakers say:"))
        self.cases = ItemPicker(self.tr("Only the text of these cases:"))
        self.codes = ItemPicker(self.tr("Only passages coded with:"))
        for picker, title in (
            (self.documents, self.tr("Documents")),
            (self.speakers, self.tr("Speakers")),
            (self.cases, self.tr("Cases")),
            (self.codes, self.tr("Codes")),
        ):
            self.addTab(picker, title)
            picker.changed.connect(self.changed)

    def reload(self, choices: ProjectChoices) -> None:
        """List the project's documents, speakers, cases and codes."""
        self.documents.set_choices(choices.documents())
        self.speakers.set_choices(choices.speakers())
        self.cases.set_choices(choices.cases())
        self.codes.set_choices(choices.codes())

    def scope(self) -> TextScope:
        """The restrictions chosen."""
        return TextScope(
            document_ids=tuple(int(str(k)) for k in self.documents.checked()),
            speakers=tuple(str(k) for k in self.speakers.checked()),
            case_ids=tuple(int(str(k)) for k in self.cases.checked()),
            code_ids=tuple(int(str(k)) for k in self.codes.checked()),
        )

    def set_scope(self, scope: TextScope) -> None:
        """Show ``scope``'s restrictions."""
        self.documents.set_checked(list(scope.document_ids))
        self.speakers.set_checked(list(scope.speakers))
        self.cases.set_checked(list(scope.case_ids))
        self.codes.set_checked(list(scope.code_ids))


def scope_to_json(scope: TextScope) -> dict[str, Any]:
    """A scope as JSON-ready data."""
    return {
        "document_ids": list(scope.document_ids),
        "speakers": list(scope.speakers),
        "case_ids": list(scope.case_ids),
        "code_ids": list(scope.code_ids),
    }


def scope_from_json(data: dict[str, Any]) -> TextScope:
    """A scope written by :func:`scope_to_json`."""
    return TextScope(
        tuple(int(i) for i in data.get("document_ids", ())),
        tuple(str(s) for s in data.get("speakers", ())),
        tuple(int(i) for i in data.get("case_ids", ())),
        tuple(int(i) for i in data.get("code_ids", ())),
    )
