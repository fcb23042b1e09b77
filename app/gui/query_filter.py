"""The filter every coding query shares: documents, coders, and attribute conditions.

The editor only gathers choices into :class:`analysis.filters.QueryFilter`; the conditions
are read by :meth:`analysis.filters.Where.parse`, whose message is shown when one is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from analysis.filters import FilterError, QueryFilter, Where
from app.gui.query_panels import QueryInputError
from app.gui.query_pickers import ItemPicker, ProjectChoices


class FilterEditor(QTabWidget):
    """Documents, coders and conditions; nothing chosen means every document and coder."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = ItemPicker(self.tr("Only codings in these documents (none: all):"))
        self.coders = ItemPicker(self.tr("Only codings by these coders (none: all):"))
        self.conditions = QPlainTextEdit()
        self.conditions.setPlaceholderText("Rolle=Borger\nRunde!=R1\nAlder>=30")
        self.conditions.setTabChangesFocus(True)
        self.conditions.textChanged.connect(self.changed)
        self.match = QComboBox()
        self.match.addItem(self.tr("all conditions hold"), False)
        self.match.addItem(self.tr("any condition holds"), True)
        self.attributes = QLabel()
        self.attributes.setWordWrap(True)
        page = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("A passage counts when"), self.match)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("One condition per line (= != < > <= >=):")))
        layout.addWidget(self.conditions)
        layout.addLayout(form)
        layout.addWidget(self.attributes)
        self.addTab(self.documents, self.tr("Documents"))
        self.addTab(self.coders, self.tr("Coders"))
        self.addTab(page, self.tr("Attributes"))
        self.documents.changed.connect(self.changed)
        self.coders.changed.connect(self.changed)

    def reload(self, choices: ProjectChoices) -> None:
        """List the project's documents, coders and attribute names."""
        self.documents.set_choices(choices.documents())
        self.coders.set_choices(choices.coders())
        names = [name for _, name in choices.attributes()]
        self.attributes.setText(
            self.tr("Attributes: {0}").format(", ".join(names)) if names else ""
        )

    def query_filter(self) -> QueryFilter:
        """The filter chosen; QueryInputError names a condition that cannot be read."""
        lines = [line.strip() for line in self.conditions.toPlainText().splitlines()]
        try:
            where = Where.parse([line for line in lines if line], bool(self.match.currentData()))
        except FilterError as error:
            raise QueryInputError(str(error)) from error
        documents = [int(str(key)) for key in self.documents.checked()]
        coders = [int(str(key)) for key in self.coders.checked()]
        return QueryFilter(
            tuple(documents) if documents else None, tuple(coders) if coders else None, where
        )

    def set_query_filter(self, chosen: QueryFilter) -> None:
        """Show ``chosen``."""
        self.documents.set_checked(list(chosen.document_ids or ()))
        self.coders.set_checked(list(chosen.coder_ids or ()))
        self.conditions.setPlainText("\n".join(str(c) for c in chosen.where.conditions))
        self.match.setCurrentIndex(1 if chosen.where.match_any else 0)
