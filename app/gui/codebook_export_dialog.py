"""Exporting the project's codes as a codebook: which codes, in which language and format.

Exporting reads the codes with :func:`models.codebook_reading.read_project_codebook` and
writes them with the same writers as ``tekstur codebook``, in the window's job runner. The
messages keep the ``CodebookDialog`` translation context.
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
    QMainWindow,
    QMessageBox,
    QWidget,
)

from app.gui.jobs import JobRunner
from app.gui.language import LANGUAGE_NAMES, LANGUAGES, current_language
from app.gui.recent_projects import last_folder
from app.gui.session import ProjectSession
from codebooks.export import write_codebook
from models.progress import Progress

EXPORT_FORMATS = (".qdc", ".xlsx", ".docx")


class ExportCodebookDialog(QDialog):
    """Which codes (all, or one codebook's), in which language and which file format."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from models.codebook_reading import codebook_names

        self.setWindowTitle(self.tr("Export codebook"))
        self.codebook_box = QComboBox()
        self.codebook_box.addItem(self.tr("All codes in the project"), None)
        for name in codebook_names(session.db):
            self.codebook_box.addItem(name, name)
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(self.language_box.findData(current_language()))
        self.format_box = QComboBox()
        for suffix, label in zip(EXPORT_FORMATS, _format_names(), strict=True):
            self.format_box.addItem(label, suffix)
        form = QFormLayout(self)
        form.addRow(self.tr("&Codes:"), self.codebook_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Format:"), self.format_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def codebook(self) -> str | None:
        """The codebook whose codes are exported; None exports every code."""
        data = self.codebook_box.currentData()
        return data if isinstance(data, str) else None

    def language(self) -> str:
        """``da`` or ``en``."""
        return str(self.language_box.currentData())

    def suffix(self) -> str:
        """``.qdc``, ``.xlsx`` or ``.docx``."""
        return str(self.format_box.currentData())


def _format_names() -> list[str]:
    return [
        QCoreApplication.translate("CodebookDialog", "REFI-QDA codebook (.qdc)"),
        QCoreApplication.translate("CodebookDialog", "Excel workbook (.xlsx)"),
        QCoreApplication.translate("CodebookDialog", "Word document (.docx)"),
    ]


def ask_export_codebook(parent: QWidget, jobs: JobRunner, session: ProjectSession) -> bool:
    """Ask what to export and where, then write it in the job runner; False if nothing started."""
    dialog = ExportCodebookDialog(session, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    suffix, language, codebook = dialog.suffix(), dialog.language(), dialog.codebook()
    kind = _format_names()[EXPORT_FORMATS.index(suffix)]
    default = Path(last_folder()) / f"{codebook or session.db.project_name() or 'Kodebog'}{suffix}"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CodebookDialog", "Export codebook"),
        str(default),
        f"{kind} (*{suffix})",
    )
    if not chosen:
        return False
    out = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
    db = session.db

    def work(progress: Progress) -> list[Path]:
        from models.codebook_reading import read_project_codebook

        progress(0, 2, QCoreApplication.translate("CodebookDialog", "Reading the codes"))
        spec = read_project_codebook(db, codebook)
        if not spec.codes:
            raise ValueError(
                QCoreApplication.translate(
                    "CodebookDialog", "The project holds no codes to export."
                )
            )
        progress(1, 2, out.name)
        return write_codebook(spec, out, language)

    def done(written: list[Path]) -> None:
        message = QCoreApplication.translate(
            "CodebookDialog", "Exported the codebook to {files}"
        ).format(files=", ".join(path.name for path in written))
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(message, 10_000)
        else:
            QMessageBox.information(
                parent, QCoreApplication.translate("CodebookDialog", "Codebook exported"), message
            )

    def failed(error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CodebookDialog", "Cannot export the codebook"),
            f"{out.name}: {reason}",
        )

    return jobs.start(
        QCoreApplication.translate("CodebookDialog", "Exporting the codebook"), work, done, failed
    )
