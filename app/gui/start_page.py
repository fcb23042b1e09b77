"""The start page: what users see first — new project, open project, the demo, recent projects.

The page only asks; the window does the opening. It emits ``new_requested(path, name)``,
``open_requested(path)`` and ``demo_requested()``. Recent projects whose file has gone are
shown greyed and can be removed from the list (Delete, or the button).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.new_project_dialog import NewProjectDialog
from app.gui.recent_projects import RecentProject, RecentProjects, last_folder, remember_folder

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """Tekstur's first page: a title, three ways in on the left, recent projects on the right."""

    open_requested = Signal(Path)
    new_requested = Signal(Path, str)
    demo_requested = Signal()

    def __init__(self, recent: RecentProjects, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = recent
        self._title, self._tagline = QLabel(), QLabel()
        self._title.setFont(_scaled(self._title.font(), 2.6, bold=True))
        self._tagline.setWordWrap(True)
        self._tagline.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._tagline.setFont(_scaled(self._tagline.font(), 1.15))
        self.new_button, self.open_button, self.demo_button = (
            QCommandLinkButton() for _ in range(3)
        )
        self.new_button.clicked.connect(self.ask_new_project)
        self.open_button.clicked.connect(self.ask_open_project)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        left_column = QWidget()
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._title)
        left.addWidget(self._tagline)
        left.addSpacing(24)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            left.addWidget(button)

        self._recent_label = QLabel()
        self._recent_label.setFont(_scaled(self._recent_label.font(), 1.3, bold=True))
        self.recent_list = QTreeWidget()
        self.recent_list.setRootIsDecorated(False)
        self.recent_list.setAlternatingRowColors(True)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.recent_list.setColumnCount(3)
        header = self.recent_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.recent_list.itemActivated.connect(self._activated)
        self.recent_list.currentItemChanged.connect(self._update_remove)
        self.remove_action = QAction(self.recent_list)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_current)
        self.recent_list.addAction(self.remove_action)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        self._empty = QLabel()
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._recent_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        right = QVBoxLayout()
        right.setSpacing(10)  # not the columns' spacing, which a child layout would inherit
        right.addWidget(self._recent_label)
        right.addWidget(self.recent_list, 1)
        right.addWidget(self._empty, 1)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        columns = QHBoxLayout(self)
        columns.setContentsMargins(56, 48, 56, 48)
        columns.setSpacing(48)
        columns.addWidget(left_column, 2, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(right, 3)
        order = (self.new_button, self.open_button, self.demo_button, self.recent_list)
        for first, second in pairwise((*order, self.remove_button)):
            self.setTabOrder(first, second)
        recent.changed.connect(self.refresh)
        self._retranslate()

    def refresh(self) -> None:
        """Show the recent projects again, checking which files still exist."""
        current = self.current_path()
        self.recent_list.clear()
        locale = QLocale()
        for entry in self.recent.entries():
            item = QTreeWidgetItem([entry.name, str(entry.path), _when(entry, locale)])
            item.setData(0, PATH_ROLE, str(entry.path))
            item.setToolTip(1, str(entry.path))
            metrics = self.recent_list.fontMetrics()
            width = metrics.horizontalAdvance(entry.name) + 2 * metrics.averageCharWidth()
            item.setSizeHint(0, QSize(width, int(metrics.height() * 1.9)))
            if not entry.exists:
                missing = self.tr("The file no longer exists: {path}").format(path=entry.path)
                for column in range(3):
                    item.setForeground(
                        column, self.palette().brush(QPalette.ColorRole.PlaceholderText)
                    )
                    item.setToolTip(column, missing)
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
            self.recent_list.addTopLevelItem(item)
            if entry.path == current:
                self.recent_list.setCurrentItem(item)
        first = self.recent_list.topLevelItem(0)
        if self.recent_list.currentItem() is None and first is not None:
            self.recent_list.setCurrentItem(first)
        has_entries = self.recent_list.topLevelItemCount() > 0
        self.recent_list.setVisible(has_entries)
        self._empty.setVisible(not has_entries)
        self.remove_button.setVisible(has_entries)
        self._update_remove()

    def set_demo_available(self, available: bool) -> None:
        """Show the demo button only when the window can open the demo."""
        self.demo_button.setVisible(available)

    def current_path(self) -> Path | None:
        """The path of the selected recent project."""
        item = self.recent_list.currentItem()
        return None if item is None else Path(str(item.data(0, PATH_ROLE)))

    def remove_current(self) -> None:
        """Take the selected project off the list (the file is not touched)."""
        item, path = self.recent_list.currentItem(), self.current_path()
        if item is not None and path is not None:
            index = self.recent_list.indexOfTopLevelItem(item)
            self.recent.remove(path)
            following = self.recent_list.topLevelItem(
                min(index, self.recent_list.topLevelItemCount() - 1)
            )
            if following is not None:
                self.recent_list.setCurrentItem(following)

    def ask_open_project(self) -> None:
        """Ask for a project file and ask the window to open it."""
        kinds = self.tr("Tekstur projects (*.tekstur);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), last_folder(), kinds)
        if chosen:
            remember_folder(Path(chosen).parent)
            self.open_requested.emit(Path(chosen))

    def ask_new_project(self) -> None:
        """Ask for a name and a folder, then ask the window to create the project."""
        dialog = NewProjectDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (path := dialog.path()) is not None:
            remember_folder(path.parent)
            self.new_requested.emit(path, dialog.name())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Check the files again each time the page is shown."""
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Show the texts in the new language when the language is switched."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _activated(self, item: QTreeWidgetItem) -> None:
        path = Path(str(item.data(0, PATH_ROLE)))
        if path.is_file():
            self.open_requested.emit(path)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Project not found"),
            self.tr("{path} no longer exists. Remove it from the list?").format(path=path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.recent.remove(path)

    def _update_remove(self) -> None:
        enabled = self.recent_list.currentItem() is not None
        self.remove_button.setEnabled(enabled)
        self.remove_action.setEnabled(enabled)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Tekstur"))
        self._tagline.setText(
            self.tr(
                "Code interviews, focus groups and case files; compare groups and rounds; "
                "report to Word and Excel."
            )
        )
        self.new_button.setText(self.tr("&New project…"))
        self.new_button.setDescription(self.tr("A new project file for your own material"))
        self.open_button.setText(self.tr("&Open project…"))
        self.open_button.setDescription(self.tr("A project file on this computer"))
        self.demo_button.setText(self.tr("Open &demo project"))
        self.demo_button.setDescription(self.tr("Nine invented Danish transcripts, two coders"))
        self._recent_label.setText(self.tr("Recent projects"))
        self.recent_list.setHeaderLabels([self.tr("Name"), self.tr("File"), self.tr("Last opened")])
        self._empty.setText(self.tr("The projects you open will be listed here."))
        self.remove_button.setText(self.tr("&Remove from list"))
        self.remove_action.setText(self.tr("Remove from list"))
        self.refresh()


def _when(entry: RecentProject, locale: QLocale) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(entry.opened.timestamp())).toLocalTime()
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def _scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font
