"""Linking speakers to cases: every (speaker, document) pair with its turns and case.

The user types or picks a case per row (a new name creates the case; an empty one unlinks),
and all of it is applied as one undo step, so that the passages a participant spoke count for
that participant's case and its attributes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.session import ProjectSession
from models.case_sheet import document_ids_by_name, sheet_names
from models.cases import AttributeTarget
from models.commands import Batch, Command, LinkSpeakerToCase, LinkSpeakerToNamedCase
from models.reading import SpeakerRow, speaker_rows

SPEAKER, DOCUMENT, TURNS, CASE = range(4)
AnyIndex = QModelIndex | QPersistentModelIndex


class SpeakerLinkModel(QAbstractTableModel):
    """The speakers of the project's documents; the case column can be edited."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SpeakerRow] = []
        self._chosen: dict[int, str] = {}

    def load(self, rows: list[SpeakerRow]) -> None:
        """Show these rows; earlier choices are forgotten."""
        self.beginResetModel()
        self._rows, self._chosen = list(rows), {}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """One row per (speaker, document, case)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Speaker, document, turns, case."""
        return 0 if parent.isValid() else 4

    def row(self, row: int) -> SpeakerRow:
        """The speaker row shown in ``row``."""
        return self._rows[row]

    def case_of(self, row: int) -> str:
        """The case chosen for a row, else the one it is linked to ("" for none)."""
        return self._chosen.get(row, self._rows[row].case or "")

    def changes(self) -> list[tuple[SpeakerRow, str]]:
        """Rows whose case the user changed, with the new case name ("" to unlink)."""
        return [
            (self._rows[row], name)
            for row, name in sorted(self._chosen.items())
            if name != (self._rows[row].case or "")
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The row's speaker, document, number of turns and case; changed cases in bold."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TURNS:
                shown = role == Qt.ItemDataRole.DisplayRole
                return QLocale().toString(row.turns) if shown else row.turns
            return (row.speaker, row.document, None, self.case_of(index.row()))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TURNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == CASE and self._changed(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == CASE and self._changed(index.row()):
            before = row.case or self.tr("no case")
            return self.tr("Now: {case}").format(case=before)
        return None

    def _changed(self, row: int) -> bool:
        return self.case_of(row) != (self._rows[row].case or "")

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Choose a row's case by name ("" unlinks it); nothing is stored until applied."""
        if not index.isValid() or index.column() != CASE or role != Qt.ItemDataRole.EditRole:
            return False
        self._chosen[index.row()] = " ".join(str(value or "").split())
        self.dataChanged.emit(index, index)
        return True

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 4:
            return None
        return (self.tr("Speaker"), self.tr("Document"), self.tr("Turns"), self.tr("Case"))[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """The case column is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == CASE else flags


class CaseChoiceDelegate(QStyledItemDelegate):
    """An editable list of the project's cases: pick one, type a new name, or clear it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case_names: list[str] = []

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        """An editable combo box with the cases in the user's alphabetical order."""
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems(["", *self.case_names])
        completer = box.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        """Start from the row's case."""
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            line = editor.lineEdit()
            if line is not None:
                line.selectAll()

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        """Keep what was typed or picked."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class SpeakerLinkDialog(QDialog):
    """Lists every speaker per document with its case; Apply links them in one undo step."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Link speakers to cases"))
        self.resize(720, 480)
        self.model = SpeakerLinkModel(self)
        self.delegate = CaseChoiceDelegate(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(CASE, self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CASE, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(
            self.tr(
                "Choose or type the case each speaker is (a new name creates the case; empty"
                " unlinks). Their passages then count for that case and its attributes."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.reload()
        self.view.setCurrentIndex(self.model.index(0, CASE))

    def reload(self) -> None:
        """Read the speakers and cases again (choices not yet applied are dropped)."""
        self.model.load(speaker_rows(self.session.db))
        collator = QCollator(QLocale())
        collator.setNumericMode(True)
        names = [name for _, name in sheet_names(self.session.db, AttributeTarget.CASE)]
        self.delegate.case_names = sorted(names, key=collator.sortKey)

    def apply(self) -> bool:
        """Link the changed rows as one undo step; False when nothing changed or it failed."""
        changes = self.model.changes()
        if not changes:
            return False
        documents = document_ids_by_name(self.session.db)
        commands: list[Command] = [
            LinkSpeakerToNamedCase(row.speaker, name, documents[row.document])
            if name
            else LinkSpeakerToCase(row.speaker, None, documents[row.document])
            for row, name in changes
        ]
        if len(changes) == 1:
            row, name = changes[0]
            label = (
                self.tr("Link speaker '{speaker}' in {document} to case '{case}'")
                if name
                else self.tr("Unlink speaker '{speaker}' in {document}")
            ).format(speaker=row.speaker, document=row.document, case=name)
        else:
            label = self.tr("Link %n speaker(s) to cases", "", len(changes))
        if not self.session.push(Batch(label, commands), label):
            return False
        self.reload()
        return True
