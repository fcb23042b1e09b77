"""Importing case journals from a case-system export (``.xlsx`` or ``.csv``), previewed first.

The preview lists the journal document each case will get, with its entries and length, and
whether it is new, already imported (skipped) or blocked by a different document of the same
name (refused). The import is one :class:`importers.journals.ImportJournals` command.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobRunner
from app.gui.session import ProjectSession
from importers.journals import ImportJournals, JournalDocument, plan_journals
from models.case_sheet import document_texts
from models.database import ProjectDatabase
from models.progress import Progress

AnyIndex = QModelIndex | QPersistentModelIndex
NEW, SKIPPED, REFUSED = "new", "skipped", "refused"


@dataclass(frozen=True)
class JournalPlan:
    """The command that would import the file, and what would become of each journal."""

    command: ImportJournals
    statuses: tuple[str, ...]


def plan_with_statuses(path: Path, db: ProjectDatabase, progress: Progress) -> JournalPlan:
    """Read the export and compare each journal with the project's documents."""
    progress(0, 2, path.name)
    command = plan_journals(path)
    progress(1, 2, path.name)
    texts = document_texts(db, [journal.name for journal in command.documents])
    statuses = tuple(
        NEW
        if journal.name not in texts
        else SKIPPED
        if texts[journal.name] == journal.text
        else REFUSED
        for journal in command.documents
    )
    return JournalPlan(command, statuses)


class JournalPreviewModel(QAbstractTableModel):
    """One row per journal document: name, case, entries, characters and what will happen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journals: list[tuple[JournalDocument, str]] = []

    def load(self, plan: JournalPlan | None) -> None:
        """Show the journals of ``plan`` (None: none)."""
        self.beginResetModel()
        self._journals = (
            [] if plan is None else list(zip(plan.command.documents, plan.statuses, strict=True))
        )
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """One row per journal."""
        return 0 if parent.isValid() else len(self._journals)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Document, case, entries, characters, status."""
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The journal's figures in the user's locale."""
        if not index.isValid():
            return None
        journal, status = self._journals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            statuses = {
                NEW: self.tr("New"),
                SKIPPED: self.tr("Already imported: skipped"),
                REFUSED: self.tr("Another document has this name: refused"),
            }
            return (
                journal.name,
                journal.case,
                locale.toString(journal.entries),
                locale.toString(len(journal.text)),
                statuses[status],
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Document"),
            self.tr("Case"),
            self.tr("Entries"),
            self.tr("Characters"),
            self.tr("Import"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class JournalImportDialog(QDialog):
    """Choose a journal export, check the journals it makes, import: one undo step."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = JobRunner(self)
        self.plan: JournalPlan | None = None
        self.imported: ImportJournals | None = None
        self.report: QMessageBox | None = None
        self.setWindowTitle(self.tr("Import case journals"))
        self.resize(760, 420)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("An export with case id, date and entry text"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = JournalPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        """Ask for the export and preview it."""
        kinds = self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import case journals"), "", kinds)
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> bool:
        """Read ``path`` and show what importing it would do; False if a job is running."""
        db = self.session.db
        self.path_edit.setText(str(path))
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {file}…").format(file=path.name))
        return self.jobs.start(
            self.tr("Reading {file}").format(file=path.name),
            lambda progress: plan_with_statuses(path, db, progress),
            self._show,
            self._refused,
        )

    def _show(self, plan: JournalPlan) -> None:
        self.plan = plan
        self.model.load(plan)
        self.view.resizeColumnsToContents()
        new = plan.statuses.count(NEW)
        entries = sum(journal.entries for journal in plan.command.documents)
        count = len(plan.statuses)
        summary = self.tr("{file}: %n journal(s) with {entries} entries; {new} new.", "", count)
        self.summary.setText(
            summary.format(
                file=plan.command.file_name, entries=QLocale().toString(entries), new=new
            )
        )
        self.import_button.setEnabled(new > 0)

    def _refused(self, error: BaseException) -> None:
        self.plan = None
        self.model.load(None)
        self.summary.setText(str(error))
        self.import_button.setEnabled(False)

    def apply(self) -> bool:
        """Import the journals previewed in one undo step and report what became of them."""
        if self.plan is None:
            return False
        command = self.plan.command
        label = self.tr("Import case journals from {file}").format(file=command.file_name)
        if not self.session.push(command, label):
            return False
        self.imported = command
        counts = dict.fromkeys(("imported", SKIPPED, REFUSED), 0)
        for outcome in command.outcomes:
            counts[outcome.status] += 1
        box = QMessageBox(self.parentWidget())
        box.setWindowTitle(self.tr("Journals imported"))
        box.setText(
            self.tr(
                "{imported} journal(s) imported, {skipped} skipped, {refused} refused;"
                " {cases} case(s) created."
            ).format(cases=command.cases_created, **counts)
        )
        details = [f"{o.name}: {o.message}" for o in command.outcomes if o.status != "imported"]
        if details:
            box.setDetailedText("\n".join(details))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.report = box
        self.accept()
        return True
