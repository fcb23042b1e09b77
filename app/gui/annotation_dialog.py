"""Annotations of one document: add one on the selected passage, edit notes, delete them.

Spans are code points, as everywhere in Tekstur; the document view converts its selection
before it calls :meth:`AnnotationDialog.show_document`. Every change is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.memo_list import local_time_text
from app.gui.row_list_model import RowListModel
from app.gui.session import ProjectSession
from models.case_sheet import owner_name
from models.cases import AttributeTarget
from models.commands import AddAnnotation, DeleteRows
from models.commands.edits import EditAnnotation
from models.memo_reading import excerpt
from models.position_reading import AnnotationRow, annotation_rows
from models.reading import document_text

PASSAGE, NOTE, CODER, CREATED = range(4)
AnyIndex = QModelIndex | QPersistentModelIndex


class AnnotationListModel(RowListModel[AnnotationRow]):
    """A document's annotations in text order; the note can be edited in place."""

    COLUMNS = 4

    def __init__(self, session: ProjectSession | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session

    def annotation(self, row: int) -> AnnotationRow:
        """The annotation shown in ``row``."""
        return self.item(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The annotated passage, the note, who wrote it and when."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == NOTE:
                return row.text
            if role == Qt.ItemDataRole.EditRole:
                return None
            return (row.excerpt, None, row.coder or "", local_time_text(row.created_at))[
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (PASSAGE, NOTE):
            return row.excerpt if index.column() == PASSAGE else row.text
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Change a note as one undo step."""
        if (
            not index.isValid()
            or index.column() != NOTE
            or role != Qt.ItemDataRole.EditRole
            or self.session is None
        ):
            return False
        row = self._rows[index.row()]
        if str(value) == row.text:
            return True
        label = self.tr("Edit annotation on “{passage}”").format(passage=row.excerpt)
        return self.session.push(EditAnnotation(row.id, str(value)), label)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Passage"), self.tr("Note"), self.tr("By"), self.tr("Written"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Notes are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == NOTE else flags


class AnnotationDialog(QDialog):
    """Lists a document's annotations and adds one on the selected passage.

    Double-click a passage (or Enter) to show it in the document; F2 edits a note; Delete
    removes the selected annotations.
    """

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: int | None = None
        self.span: tuple[int, int] | None = None
        self._text = ""
        self.resize(640, 460)
        self.model = AnnotationListModel(session, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._show_passage)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setShortcut(Qt.Key.Key_Delete)
        self.delete_button.clicked.connect(self.delete_selected)
        self.passage_label = QLabel()
        self.passage_label.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("A note on the selected passage"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add annotation"))
        self.add_button.clicked.connect(self.add)
        self.note_edit.textChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.passage_label)
        layout.addWidget(self.note_edit)
        layout.addLayout(row)
        layout.addWidget(buttons)
        session.changed.connect(self.refresh)
        self._update_buttons()

    def show_document(
        self, document_id: int, start: int | None = None, end: int | None = None
    ) -> None:
        """List ``document_id``'s annotations; with ``[start, end)`` a new one can be added."""
        self.document_id = document_id
        self.span = (start, end) if start is not None and end is not None and end > start else None
        self._text, _ = document_text(self.session.db, document_id)
        name = owner_name(self.session.db, AttributeTarget.DOCUMENT, document_id) or ""
        self.setWindowTitle(self.tr("Annotations in {document}").format(document=name))
        if self.span is None:
            self.passage_label.setText(self.tr("Select a passage in the document to annotate it."))
        else:
            self.passage_label.setText(
                self.tr("Selected: “{passage}”").format(passage=excerpt(self._text, *self.span))
            )
        self.refresh()
        self.note_edit.setFocus()

    def refresh(self) -> None:
        """Read the annotations again."""
        if self.document_id is not None:
            self.model.load(annotation_rows(self.session.db, self.document_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(
            self.span is not None and bool(self.note_edit.toPlainText().strip())
        )
        self.delete_button.setEnabled(self.model.rowCount() > 0)

    def add(self) -> bool:
        """Annotate the selected passage with the note typed, as one undo step."""
        note = self.note_edit.toPlainText().strip()
        if self.document_id is None or self.span is None or not note:
            return False
        add = AddAnnotation(self.document_id, *self.span, note, self.session.coder_id)
        passage = excerpt(self._text, *self.span)
        if not self.session.push(add, self.tr("Annotate “{passage}”").format(passage=passage)):
            return False
        self.note_edit.clear()
        return True

    def delete_selected(self) -> bool:
        """Delete the selected annotations as one undo step."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows:
            return False
        ids = [self.model.annotation(row).id for row in rows]
        label = self.tr("Delete %n annotation(s)", "", len(ids))
        return self.session.push(DeleteRows("annotation", ids), label)

    def _show_passage(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.annotation(index.row())
            self.session.navigate.emit(row.document_id, row.start, row.end)
