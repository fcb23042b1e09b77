"""The retrieval panel: every passage coded with the chosen code, to read and jump to."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from analysis.segments import coded_segments
from app.gui.result_export import ask_export_segments
from app.gui.retrieval_model import SegmentDelegate, SegmentListModel
from app.gui.session import ProjectSession
from models.browsing import code_nodes, code_paths, coder_entries

CONTEXT_CHARS = 80  # code points of context shown on each side of a passage


class RetrievalPanel(QWidget):
    """Lists the passages of the code the session last activated, optionally with those of
    its sub-codes and only one coder's; double-click or Enter shows a passage in its document
    (the session's ``navigate``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._code_id: int | None = None
        self._stale = False
        self.model = SegmentListModel(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.subcodes_box = QCheckBox(self.tr("Include sub-codes"))
        self.coder_box = QComboBox()
        self.view = QListView()
        self.delegate = SegmentDelegate(self.view)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        options = QHBoxLayout()
        options.addWidget(self.subcodes_box)
        options.addWidget(self.coder_box, 1)
        options.addWidget(self.count_label)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write these passages to Excel or CSV"))
        self.export_button.clicked.connect(self.export)
        options.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(options)
        layout.addWidget(self.view)
        self.open_action = QAction(self.tr("Show in document"), self.view)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(lambda: self.open_passage(self.view.currentIndex()))
        self.view.addAction(self.open_action)
        self.view.doubleClicked.connect(self.open_passage)
        self.subcodes_box.toggled.connect(self.refresh)
        self.coder_box.currentIndexChanged.connect(self.refresh)
        self._fill_coders()
        self._show_counts()

    # The session

    def set_session(self, session: ProjectSession | None) -> None:
        """Follow the codes ``session`` activates (None: list nothing)."""
        if self._session is not None:
            self._session.changed.disconnect(self._project_changed)
            self._session.code_activated.disconnect(self.show_code)
            self._session.visible_coders_changed.disconnect(self._project_changed)
        self._session, self._code_id = session, None
        if session is not None:
            session.changed.connect(self._project_changed)
            session.code_activated.connect(self.show_code)
            session.visible_coders_changed.connect(self._project_changed)
        self._fill_coders()
        self.refresh()

    def show_code(self, code_id: int) -> None:
        """List the passages coded with ``code_id``."""
        self._code_id = code_id
        self.refresh()

    def current_code_id(self) -> int | None:
        """The code whose passages are listed."""
        return self._code_id

    def _project_changed(self) -> None:
        self._fill_coders()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when the panel is shown again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Catch up with changes made while the panel was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fill_coders(self) -> None:
        chosen = self.coder_box.currentData()
        self.coder_box.blockSignals(True)
        self.coder_box.clear()
        self.coder_box.addItem(self.tr("All coders"), None)
        if self._session is not None:
            for coder in coder_entries(self._session.db):
                self.coder_box.addItem(coder.name, coder.id)
        self.coder_box.setCurrentIndex(max(self.coder_box.findData(chosen), 0))
        self.coder_box.blockSignals(False)

    def set_coder_filter(self, coder_id: int | None) -> bool:
        """List only the passages ``coder_id`` coded (None: everyone's); False for no such
        coder."""
        found = self.coder_box.findData(coder_id) if coder_id is not None else 0
        if found < 0:
            return False
        self.coder_box.setCurrentIndex(found)
        return True

    # Listing

    def refresh(self) -> None:
        """Read the passages again, keeping the one chosen."""
        self._stale = False
        current = self.model.segment(self.view.currentIndex())
        session, code_id = self._session, self._code_id
        path = None
        if session is not None and code_id is not None:
            path = code_paths(code_nodes(session.db)).get(code_id)
        if session is None or code_id is None or path is None:
            self.model.set_segments([])
        else:
            segments = coded_segments(
                session.db,
                code_ids=[code_id],
                include_subcodes=self.subcodes_box.isChecked(),
                coder_ids=self.coders_listed(),
                context_chars=CONTEXT_CHARS,
            )
            self.delegate.show_code = self.subcodes_box.isChecked()
            self.delegate.forget_layouts()
            self.model.set_segments(segments)
        self.title.setText(path or self.tr("Choose a code to see its passages"))
        if current is not None:
            index = self.model.row_of(current.coding_id)
            if index.isValid():
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                self.view.selectionModel().setCurrentIndex(index, flags)
        self._show_counts()

    def coders_listed(self) -> list[int] | None:
        """The coders whose passages are listed: the one chosen here, among those the
        session's coder filter shows (None: everyone's)."""
        shown = None if self._session is None else self._session.visible_coders
        chosen = self.coder_box.currentData()
        if chosen is None:
            return None if shown is None else sorted(shown)
        return [int(chosen)] if shown is None or int(chosen) in shown else []

    def _show_counts(self) -> None:
        self.count_label.setText(self.tr("%Ln passage(s)", "", self.model.total()))
        self.export_button.setEnabled(self.model.total() > 0)

    def export(self) -> bool:
        """Ask for a file and write the listed passages to it (Excel or CSV)."""
        db = None if self._session is None else self._session.db
        return ask_export_segments(self, db, self.model.segments(), self.title.text())

    def open_passage(self, index: QModelIndex) -> None:
        """Show the passage at ``index`` in its document."""
        segment = self.model.segment(index)
        if segment is not None and self._session is not None:
            self._session.navigate.emit(segment.document_id, segment.start, segment.end)
