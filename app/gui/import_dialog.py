"""Choosing files and folders to import, with the kind and a file-name pattern, and the report.

The dialog only gathers choices; the import itself is :func:`importers.batch.import_files`,
run by the window's job runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from importers.batch import ImportOptions, ImportReport
from importers.formats import SUPPORTED_SUFFIXES
from importers.name_pattern import NamePattern, NamePatternError
from models.documents import DocumentKind


class ImportDialog(QDialog):
    """Lists what will be imported and how; ``options()`` and ``paths()`` give the choices."""

    def __init__(self, parent: QWidget | None = None, paths: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import documents"))
        self.resize(560, 420)
        self.path_list = QListWidget()
        add_files = QPushButton(self.tr("Add files…"))
        add_files.clicked.connect(self.ask_for_files)
        add_folder = QPushButton(self.tr("Add folder…"))
        add_folder.clicked.connect(self._add_folder)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_selected)
        buttons_row = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Guess from the number of speakers"), None)
        for kind, label in (
            (DocumentKind.FOCUS_GROUP, self.tr("Focus group")),
            (DocumentKind.INTERVIEW, self.tr("Interview")),
            (DocumentKind.JOURNAL, self.tr("Case journal")),
            (DocumentKind.NOTE, self.tr("Field note")),
            (DocumentKind.OTHER, self.tr("Other")),
        ):
            self.kind_box.addItem(label, kind.value)
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setPlaceholderText("{Runde}_{Afdeling}_{Rolle}_*")
        self.pattern_edit.textChanged.connect(self._update_preview)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Attributes from file names:"), self.pattern_edit)
        form.addRow("", self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Files and folders (folders are searched inside):")))
        layout.addWidget(self.path_list)
        layout.addLayout(buttons_row)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.add_paths(paths or [])

    def add_paths(self, paths: list[Path]) -> None:
        """Add files or folders to the list (each once)."""
        present = set(self.paths())
        for path in paths:
            if path not in present:
                self.path_list.addItem(str(path))
                present.add(path)
        self._update_preview()

    def paths(self) -> list[Path]:
        """The files and folders to import, in the order listed."""
        return [Path(self.path_list.item(i).text()) for i in range(self.path_list.count())]

    def options(self) -> ImportOptions:
        """The chosen kind and pattern (a bad pattern is reported by the preview)."""
        kind = self.kind_box.currentData()
        return ImportOptions(
            kind=DocumentKind(kind) if kind else None, name_pattern=self._pattern()
        )

    def undo_label(self, imported: int) -> str:
        """The name of the undo step that imported ``imported`` documents."""
        return self.tr("Import %n document(s)", "", imported)

    def _pattern(self) -> NamePattern | None:
        text = self.pattern_edit.text().strip()
        if not text:
            return None
        try:
            return NamePattern.parse(text)
        except NamePatternError:
            return None

    def _update_preview(self) -> None:
        text = self.pattern_edit.text().strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.paths()))
        if not text:
            self.preview.setText("")
            return
        try:
            pattern = NamePattern.parse(text)
        except NamePatternError as error:
            self.preview.setText(str(error))
            ok.setEnabled(False)
            return
        files = [p for p in self.paths() if p.suffix]
        if not files:
            self.preview.setText(self.tr("Fills: {0}").format(", ".join(pattern.attributes)))
            return
        found = pattern.match(files[0].stem)
        if found is None:
            self.preview.setText(self.tr("'{0}' does not fit the pattern").format(files[0].stem))
        else:
            pairs = ", ".join(f"{name} = {value}" for name, value in found.items())
            self.preview.setText(self.tr("{0}: {1}").format(files[0].name, pairs))

    def ask_for_files(self) -> None:
        """Let the user pick files to add to the list."""
        kinds = self.tr("Documents ({0});;All files (*)").format(
            " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        )
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"), "", kinds)
        self.add_paths([Path(path) for path in chosen])

    def _add_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add folder"))
        if chosen:
            self.add_paths([Path(chosen)])

    def _remove_selected(self) -> None:
        for item in self.path_list.selectedItems():
            self.path_list.takeItem(self.path_list.row(item))
        self._update_preview()


def report_text(report: ImportReport, parent: QWidget) -> tuple[str, str]:
    """A one-line summary of an import and the details for the files not imported."""
    summary = QCoreApplication.translate(
        "ImportReport", "{0} imported, {1} skipped, {2} refused."
    ).format(report.count("imported"), report.count("skipped"), report.count("refused"))
    if report.cancelled:
        summary += " " + QCoreApplication.translate(
            "ImportReport", "The import was cancelled; what was imported stays."
        )
    details = "\n".join(
        f"{outcome.path.name}: {outcome.message}"
        for outcome in report.outcomes
        if outcome.status in ("skipped", "refused")
    )
    return summary, details


def show_report(report: ImportReport, parent: QWidget) -> QMessageBox:
    """Show the import's outcome in a non-blocking message box, and return it."""
    summary, details = report_text(report, parent)
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ImportReport", "Import finished"))
    box.setIcon(
        QMessageBox.Icon.Warning if report.count("refused") else QMessageBox.Icon.Information
    )
    box.setText(summary)
    if details:
        box.setDetailedText(details)
    box.open()
    return box
