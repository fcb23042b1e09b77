"""File ▸ Import codings from another project…: another coder's work, as one undo step.

The user picks a ``.tekstur`` or REFI-QDA project of the same documents and the coder name
the codings get here. Reading and matching run through the window's job runner
(:func:`importers.project_merge.prepare_merge`); the one command is then pushed on the undo
stack, and the dialog shows what was matched, added and created, and which documents did
not match.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobRunner
from app.gui.session import ProjectSession
from importers.project_merge import MergeSummary, PreparedMerge, prepare_merge


class MergeDialog(QDialog):
    """Choose the other project and the coder name; run the merge; show its summary."""

    merged = Signal(object)  # the MergeSummary, once the codings are in the project

    def __init__(
        self, session: ProjectSession, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.jobs = session, jobs
        self.setWindowTitle(self.tr("Import codings from another project"))
        self.resize(560, 360)
        intro = QLabel(
            self.tr(
                "Adds another coder's codings of the same documents. Documents are matched "
                "by their text, codes by their path; missing codes are created. One undo step."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.coder_edit = QLineEdit()
        self.replace = QCheckBox(self.tr("Replace the codings this coder already has"))
        form = QFormLayout()
        form.addRow(self.tr("Project or .qdpx file:"), path_row)
        form.addRow(self.tr("Import as coder:"), self.coder_edit)
        form.addRow("", self.replace)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        """Ask for the other project; its name becomes the suggested coder name."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Another project with the same documents"),
            "",
            self.tr("Tekstur or REFI-QDA project (*.tekstur *.qdpx *.qde)"),
        )
        if path:
            self.path_edit.setText(path)
            if not self.coder_edit.text().strip():
                self.coder_edit.setText(Path(path).stem)

    def start(self) -> bool:
        """Read and match in the background; False (with a message) when nothing started."""
        path, coder = Path(self.path_edit.text().strip()), self.coder_edit.text().strip()
        if not self.path_edit.text().strip() or not path.is_file():
            self.summary.setText(self.tr("Choose a project file that exists."))
            return False
        if not coder:
            self.summary.setText(self.tr("Give the coder a name."))
            return False
        replace = self.replace.isChecked()
        db = self.session.db
        return self.jobs.start(
            self.tr("Reading {file}").format(file=path.name),
            lambda progress: prepare_merge(db, path, coder, replace=replace, progress=progress),
            self._prepared,
            lambda error: self.summary.setText(str(error)),
        )

    def _prepared(self, prepared: object) -> None:
        assert isinstance(prepared, PreparedMerge)
        label = self.tr("Import codings from {file} as '{coder}'").format(
            file=prepared.summary.source, coder=prepared.summary.coder
        )
        if not self.session.push(prepared.command, label):
            return
        summary = prepared.finished()
        self.summary.setText(self.summary_text(summary))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.merged.emit(summary)

    def summary_text(self, summary: MergeSummary) -> str:
        """What the merge did, in the user's language, numbers with the user's locale."""
        locale = QLocale()
        lines = [
            self.tr("Added {codings} coding(s) as '{coder}' in {documents} document(s).").format(
                codings=locale.toString(summary.codings_added),
                coder=summary.coder,
                documents=locale.toString(len(summary.documents_matched)),
            ),
            self.tr("New codes: {codes}.").format(codes=locale.toString(summary.codes_created)),
        ]
        if summary.codings_removed:
            lines.append(
                self.tr("Replaced {count} earlier coding(s).").format(
                    count=locale.toString(summary.codings_removed)
                )
            )
        if summary.documents_unmatched:
            lines.append(
                self.tr("Not matched (no document here has the same text): {names}").format(
                    names=", ".join(summary.documents_unmatched)
                )
            )
        return "\n".join(lines)


def ask_merge_codings(parent: QWidget, jobs: JobRunner, session: ProjectSession | None) -> None:
    """Show the dialog for the open project."""
    if session is None:
        return
    dialog = MergeDialog(session, jobs, parent)
    dialog.choose_file()
    dialog.exec()
