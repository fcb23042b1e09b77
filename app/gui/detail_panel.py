"""The detail panel: the memo, attributes, codings and annotations of what the user looks at.

For a position in a document it lists the codings that cover it (code path, coder, span;
clicking one, or Enter, selects it in the document through ``ProjectSession.navigate``; Remove
or Delete removes the selected codings as one undo step) and the annotations there, with the
document's memo and attributes and those of the case the position counts for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.annotation_dialog import AnnotationListModel
from app.gui.attribute_delegate import display_text
from app.gui.memo_editor import MemoEditor
from app.gui.row_list_model import RowListModel
from app.gui.session import ProjectSession
from models.case_sheet import case_at, owner_attributes, owner_name
from models.cases import AttributeTarget
from models.commands import RemoveCodings
from models.memo_reading import code_summary
from models.position_reading import CodingAtRow, annotation_rows, codings_at

CODE, CODER, SPAN, PASSAGE = range(4)
AnyIndex = QModelIndex | QPersistentModelIndex


class CodingsAtModel(RowListModel[CodingAtRow]):
    """The codings at a position: code path (with its colour), coder, span, passage."""

    COLUMNS = 4

    def coding(self, row: int) -> CodingAtRow:
        """The coding shown in ``row``."""
        return self.item(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The coding's code, coder, span in code points (locale digits) and passage."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            span = f"{locale.toString(row.start)}–{locale.toString(row.end)}"
            return (row.code_path, row.coder, span, row.excerpt)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == CODE:
            return QColor(row.color)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == PASSAGE:
            return row.excerpt
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Code"), self.tr("Coder"), self.tr("Span"), self.tr("Passage"))
        return titles[section] if 0 <= section < len(titles) else None


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class DetailPanel(QWidget):
    """Memo, attributes and, at a document position, codings and annotations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._shown: tuple[str, int, int | None] | None = None
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.memo_editor = MemoEditor()
        self.attributes = QGroupBox(self.tr("Attributes"))
        self.attributes_form = QFormLayout(self.attributes)
        self.codings_model = CodingsAtModel(self)
        self.codings_view = _table(self.codings_model)
        self.codings_view.clicked.connect(self._select_coding)
        self.codings_view.activated.connect(self._select_coding)
        self.remove_button = QPushButton(self.tr("Remove coding"))
        self.remove_button.clicked.connect(self.remove_selected_codings)
        remove = QAction(self.tr("Remove coding"), self.codings_view)
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected_codings)
        self.codings_view.addAction(remove)
        self.codings = QGroupBox(self.tr("Codings here"))
        codings_layout = QVBoxLayout(self.codings)
        codings_layout.addWidget(self.codings_view)
        codings_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        self.annotations_model = AnnotationListModel(None, self)
        self.annotations_view = _table(self.annotations_model)
        self.annotations = QGroupBox(self.tr("Annotations here"))
        QVBoxLayout(self.annotations).addWidget(self.annotations_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.memo_editor, 2)
        layout.addWidget(self.attributes)
        layout.addWidget(self.codings, 2)
        layout.addWidget(self.annotations, 1)
        self.set_session(None)

    def set_session(self, session: ProjectSession | None) -> None:
        """Show details from ``session``'s project (None: nothing)."""
        if self._session is not None:
            self._session.changed.disconnect(self.refresh)
        self._session = session
        self.annotations_model.session = session
        self.memo_editor.set_session(session)
        if session is not None:
            session.changed.connect(self.refresh)
        self._shown = None
        self.refresh()

    def show_document_position(self, document_id: int, position: int) -> None:
        """Show a document with the codings and annotations at code point ``position``."""
        self._show(("document_id", document_id, position))

    def show_document(self, document_id: int) -> None:
        """Show a document's memo and attributes."""
        self._show(("document_id", document_id, None))

    def show_code(self, code_id: int) -> None:
        """Show a code's memo and description."""
        self._show(("code_id", code_id, None))

    def show_case(self, case_id: int) -> None:
        """Show a case's memo and attributes."""
        self._show(("case_id", case_id, None))

    def _show(self, shown: tuple[str, int, int | None]) -> None:
        target, target_id, _ = shown
        if self._shown is None or self._shown[:2] != shown[:2]:
            self.memo_editor.show_target(target, target_id)
        self._shown = shown
        self.refresh()

    def refresh(self) -> None:
        """Read what is shown again (after every change to the project)."""
        session, shown = self._session, self._shown
        for part in (self.attributes, self.codings, self.annotations):
            part.setVisible(False)
        while self.attributes_form.rowCount():
            self.attributes_form.removeRow(0)
        if session is None or shown is None:
            self.heading.setText(self.tr("Nothing selected"))
            self.memo_editor.clear()
            self.codings_model.load([])
            self.annotations_model.load([])
            return
        db = session.db
        target, target_id, position = shown
        if target == "code_id":
            summary = code_summary(db, target_id)
            self.heading.setText(self.tr("Code: {path}").format(path=summary[0] if summary else ""))
            if summary and summary[1]:
                description = QLabel(summary[1])
                description.setWordWrap(True)
                self.attributes_form.addRow(description)
                self.attributes.setVisible(True)
            return
        kind = AttributeTarget.CASE if target == "case_id" else AttributeTarget.DOCUMENT
        name = owner_name(db, kind, target_id) or ""
        heading = self.tr("Case: {name}") if target == "case_id" else self.tr("Document: {name}")
        self.heading.setText(heading.format(name=name))
        self._add_attributes(kind, target_id, None)
        if position is None:
            return
        case_id = case_at(db, target_id, position)
        if case_id is not None:
            case_name = owner_name(db, AttributeTarget.CASE, case_id) or ""
            self._add_attributes(AttributeTarget.CASE, case_id, case_name)
        self.codings_model.load(codings_at(db, target_id, position))
        self.annotations_model.load(annotation_rows(db, target_id, position))
        self.codings.setVisible(True)
        self.annotations.setVisible(self.annotations_model.rowCount() > 0)
        self.remove_button.setEnabled(self.codings_model.rowCount() > 0)

    def _add_attributes(self, kind: AttributeTarget, owner_id: int, case: str | None) -> None:
        assert self._session is not None
        values = owner_attributes(self._session.db, kind, owner_id)
        if case is not None:
            self.attributes_form.addRow(
                QLabel(self.tr("Spoken by case '{name}':").format(name=case))
            )
        for column, value in values:
            self.attributes_form.addRow(column.name + ":", QLabel(display_text(value)))
        if values or case is not None:
            self.attributes.setVisible(True)

    def attribute_lines(self) -> list[str]:
        """The attributes shown, one ``Name: value`` line each (as read aloud or tested)."""
        lines = []
        for row in range(self.attributes_form.rowCount()):
            labels: list[QLabel] = []
            for role in (
                QFormLayout.ItemRole.LabelRole,
                QFormLayout.ItemRole.FieldRole,
                QFormLayout.ItemRole.SpanningRole,
            ):
                item = self.attributes_form.itemAt(row, role)
                widget = None if item is None else item.widget()
                if isinstance(widget, QLabel) and widget not in labels:
                    labels.append(widget)
            lines.append(" ".join(label.text() for label in labels))
        return lines

    def _select_coding(self, index: QModelIndex) -> None:
        if self._session is not None and index.isValid():
            coding = self.codings_model.coding(index.row())
            self._session.navigate.emit(coding.document_id, coding.start, coding.end)

    def remove_selected_codings(self) -> bool:
        """Remove the selected codings (or the only one listed) as one undo step."""
        if self._session is None:
            return False
        rows = sorted({index.row() for index in self.codings_view.selectionModel().selectedRows()})
        if not rows and self.codings_model.rowCount() == 1:
            rows = [0]
        if not rows:
            return False
        codings = [self.codings_model.coding(row) for row in rows]
        if len(codings) == 1:
            label = self.tr("Remove coding '{code}' by {coder}").format(
                code=codings[0].code_path, coder=codings[0].coder
            )
        else:
            label = self.tr("Remove %n coding(s)", "", len(codings))
        return self._session.push(RemoveCodings([c.coding_id for c in codings]), label)
