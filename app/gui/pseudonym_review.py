"""Tools ▸ Pseudonymise…: review found identifiers, decide on replacements, apply them.

Detection runs through the window's job runner. Findings are grouped by surface text
(:mod:`app.gui.pseudonym_model`); choosing a group marks its occurrences in the document view,
as search hits are marked, and jumps to them one after another. *Apply* stores the decisions
in the project's mapping and rewrites every document that contains an accepted term as one
undo step; codings, turns, headings and annotations move with the text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.document_view import DocumentView
from app.gui.jobs import JobRunner
from app.gui.pseudonym_model import CATEGORY, CONFIDENCE, COUNT, PseudonymGroupModel
from app.gui.session import ProjectSession
from app.pseudonymise import (
    FindingGroup,
    apply_groups,
    group_findings,
    ignored_surfaces,
    merged_terms,
    term_group,
)
from app.pseudonymise import suggest_replacement as suggest
from models.commands import Batch
from models.commands.pseudonyms import ClearPseudonymTerms, PseudonymiseDocument
from models.progress import Progress
from models.pseudonyms import TermDecision, TermOrigin, read_terms

CATEGORIES = ("person", "place", "organisation", "cpr", "phone", "email", "address", "term")


class PseudonymReviewDialog(QDialog):
    """The review of one project's identifiers; see the module docstring."""

    def __init__(
        self,
        session: ProjectSession,
        jobs: JobRunner,
        view: DocumentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.jobs, self.view = session, jobs, view
        self._occurrence = 0
        self.setWindowTitle(self.tr("Pseudonymise"))
        self.resize(900, 520)
        self.model = PseudonymGroupModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column in (CATEGORY, COUNT, CONFIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_occurrence(0))
        hint = QLabel(
            self.tr(
                "Each text found is replaced everywhere it occurs, in every document. Tick"
                " Replace or Keep, edit the replacement, then apply. Codings, speaker turns and"
                " annotations move with the text, and Undo restores everything."
            )
        )
        hint.setWordWrap(True)
        self.status = QLabel()
        self.add_button = QPushButton(self.tr("Add term…"))
        self.add_button.clicked.connect(self._ask_add_term)
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        for button, keys, tip in (
            (self.previous_button, "Shift+F3", self.tr("Previous occurrence ({keys})")),
            (self.next_button, "F3", self.tr("Next occurrence ({keys})")),
        ):  # as in the find bar
            button.setShortcut(QKeySequence(keys))
            native = QKeySequence.SequenceFormat.NativeText
            button.setToolTip(tip.format(keys=button.shortcut().toString(native)))
        self.export_button = QPushButton(self.tr("Export key file…"))
        self.export_button.clicked.connect(self._ask_export_key)
        self.remove_button = QPushButton(self.tr("Remove mapping from project…"))
        self.remove_button.clicked.connect(self._ask_remove_mapping)
        tools = QHBoxLayout()
        for button in (self.add_button, self.previous_button, self.next_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        tools.addWidget(self.remove_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # -- finding ---------------------------------------------------------------------------

    def find_identifiers(self) -> bool:
        """Run detection over every document in the job runner; False if it could not start."""
        from analysis.identifiers import find_identifiers

        db = self.session.db
        with db.read() as connection:
            mapping = read_terms(connection)
        ignored = ignored_surfaces(mapping)
        own = [
            t.surface
            for t in mapping
            if t.origin is TermOrigin.USER and t.decision is TermDecision.ACCEPTED
        ]

        def work(progress: Progress) -> list[FindingGroup]:
            findings = find_identifiers(db, extra_terms=own, ignore=ignored, progress=progress)
            return group_findings(findings, mapping)

        return self.jobs.start(self.tr("Finding identifiers"), work, self.show_groups, self._failed)

    def show_groups(self, groups: list[FindingGroup]) -> None:
        """Show the grouped findings and choose the first group."""
        self.model.load(groups)
        found = sum(g.count for g in groups)
        self.status.setText(
            self.tr("{count} occurrence(s) of {groups} text(s) found").format(
                count=_number(found), groups=_number(len(groups))
            )
        )
        if groups:
            self.table.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.critical(self, self.tr("Pseudonymise"), str(error))

    # -- showing occurrences ---------------------------------------------------------------

    def current_group(self) -> FindingGroup | None:
        """The group chosen in the table."""
        row = self.table.currentIndex().row()
        return self.model.group(row) if 0 <= row < self.model.rowCount() else None

    def step(self, direction: int) -> None:
        """Jump to the next (1) or previous (-1) occurrence of the chosen group."""
        self.show_occurrence(self._occurrence + direction)

    def show_occurrence(self, number: int) -> None:
        """Show occurrence ``number`` (wrapping around) and mark all of them in its document."""
        group = self.current_group()
        if group is None or not group.findings:
            return
        self._occurrence = number % group.count
        finding = group.findings[self._occurrence]
        self.session.navigate.emit(finding.document_id, finding.start, finding.end)
        if self.view is not None and self.view.document_id == finding.document_id:
            hits = [
                (f.start, f.end) for f in group.findings if f.document_id == finding.document_id
            ]
            self.view.set_find_hits(hits)

    # -- editing ---------------------------------------------------------------------------

    def add_term(self, surface: str, category: str, replacement: str = "") -> int:
        """Add a term the user knows, found wherever it stands; returns its row."""
        surface = " ".join(surface.split())
        existing = self.model.row_of(surface)
        if existing is not None:
            self.table.selectRow(existing)
            return existing
        taken = [g.replacement for g in self.model.groups()]
        replacement = replacement.strip() or suggest(surface, category, taken)
        row = self.model.add(term_group(self.session.db, surface, category, replacement))
        self.table.selectRow(row)
        return row

    def _ask_add_term(self) -> None:
        dialog = AddTermDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.surface():
            self.add_term(dialog.surface(), dialog.category(), dialog.replacement())

    # -- applying --------------------------------------------------------------------------

    def apply(self) -> bool:
        """Store the decisions and pseudonymise the documents as one undo step (planned in the
        job runner, applied when planning is done); False if it could not start."""
        db, groups, coder = self.session.db, self.model.groups(), self.session.coder_name
        return self.jobs.start(
            self.tr("Pseudonymising"),
            lambda progress: apply_groups(db, groups, coder),
            self._push,
            self._failed,
        )

    def _push(self, batch: Batch) -> None:
        documents = [c for c in batch.commands if isinstance(c, PseudonymiseDocument)]
        label = self.tr("Pseudonymise %n document(s)", "", len(documents))
        if not batch.commands:
            self.status.setText(self.tr("Nothing to replace: tick Replace for a text first"))
            return
        if not self.session.push(batch, label):
            return
        replaced = sum(c.count for c in documents)
        self.status.setText(
            self.tr("Replaced {count} occurrence(s) in {documents} document(s)").format(
                count=_number(replaced), documents=_number(len(documents))
            )
        )
        if self.view is not None:
            self.view.set_find_hits([])

    def export_key(self, path: Path) -> int:
        """Write the mapping, with the decisions made here, to a key file; returns its terms."""
        from exporters.pseudonym_key import write_key_file

        return write_key_file(merged_terms(self.session.db, self.model.groups()), path)

    def _ask_export_key(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export key file"), "", self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        try:
            count = self.export_key(Path(name))
        except OSError as error:
            QMessageBox.critical(self, self.tr("Export key file"), str(error))
            return
        self.status.setText(
            self.tr("Wrote {count} term(s) to {file}").format(
                count=_number(count), file=Path(name).name
            )
        )

    def remove_mapping(self) -> bool:
        """Remove the mapping from the project (one undo step), e.g. before sharing it."""
        return self.session.push(ClearPseudonymTerms(), self.tr("Remove the pseudonym mapping"))

    def _ask_remove_mapping(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove mapping from project"),
            self.tr(
                "Remove the mapping from the project? Export the key file first: without it"
                " nobody can tell who the pseudonyms are."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_mapping()

    def done(self, result: int) -> None:
        """Take the marks out of the document view when the dialog closes."""
        if self.view is not None:
            self.view.set_find_hits([])
        super().done(result)


def _number(number: int) -> str:
    """A whole number as the user's locale writes it."""
    return QLocale().toString(number)


class AddTermDialog(QDialog):
    """Asks for a text to replace, its category and (optionally) its replacement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add term"))
        self.surface_edit = QLineEdit()
        self.category_box = QComboBox()
        names = PseudonymGroupModel(self)
        for category in CATEGORIES:
            self.category_box.addItem(names.category_name(category), category)
        self.replacement_edit = QLineEdit()
        self.replacement_edit.setPlaceholderText(self.tr("Suggested when left empty"))
        form = QFormLayout(self)
        form.addRow(self.tr("Text:"), self.surface_edit)
        form.addRow(self.tr("Category:"), self.category_box)
        form.addRow(self.tr("Replacement:"), self.replacement_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def surface(self) -> str:
        """The text to replace."""
        return self.surface_edit.text().strip()

    def category(self) -> str:
        """The category chosen."""
        return str(self.category_box.currentData())

    def replacement(self) -> str:
        """The replacement typed ("" for a suggestion)."""
        return self.replacement_edit.text().strip()


def open_pseudonym_review(window: QMainWindow) -> PseudonymReviewDialog | None:
    """Open the review for the window's project and start finding identifiers."""
    from app.gui.main_window import MainWindow

    if not isinstance(window, MainWindow) or window.session is None:
        return None
    dialog = PseudonymReviewDialog(window.session, window.jobs, window.workbench.text_view, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.find_identifiers()
    return dialog
