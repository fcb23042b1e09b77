"""File ▸ Import / Export REFI-QDA: choosing files, running the work, and the summary.

The import makes a new project of a ``.qdpx`` (or ``.qde``) from NVivo, ATLAS.ti, MAXQDA or
any REFI-QDA program and then opens it; the export writes the open project as ``.qdpx`` (or
its codes as ``.qdc``). Both run through the window's job runner with progress and cancel;
the work itself is :func:`importers.refi.project_store.import_exchange` and
:func:`exporters.refi.project_writer.export_exchange`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobRunner
from app.gui.session import ProjectSession
from exporters.refi.project_writer import export_exchange
from exporters.refi.summary import ExportSummary
from importers.refi.project_store import import_exchange
from importers.refi.summary import ImportSummary


def _count_labels() -> dict[str, str]:
    return {
        "users": QCoreApplication.translate("ExchangeDialog", "Users (coders)"),
        "codes": QCoreApplication.translate("ExchangeDialog", "Codes"),
        "sources": QCoreApplication.translate("ExchangeDialog", "Sources (documents)"),
        "selections": QCoreApplication.translate("ExchangeDialog", "Selections"),
        "codings": QCoreApplication.translate("ExchangeDialog", "Codings"),
        "cases": QCoreApplication.translate("ExchangeDialog", "Cases"),
        "variables": QCoreApplication.translate("ExchangeDialog", "Variables (attributes)"),
        "notes": QCoreApplication.translate("ExchangeDialog", "Notes (memos and annotations)"),
        "sets": QCoreApplication.translate("ExchangeDialog", "Sets"),
        "links": QCoreApplication.translate("ExchangeDialog", "Links"),
    }


class ExchangeSummaryDialog(QDialog):
    """What an import or export stored, and what it skipped or changed and why."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        heading: str,
        counts: dict[str, int],
        skipped: Sequence[object],
        changed: Sequence[object] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(heading)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        locale = QLocale()
        self.count_labels: dict[str, QLabel] = {}
        for key, label in _count_labels().items():
            if key in counts:
                value = QLabel(locale.toString(counts[key]))
                self.count_labels[key] = value
                form.addRow(label, value)
        layout.addLayout(form)
        self.skipped_list = self._list(layout, self.tr("Not imported or not exported:"), skipped)
        self.changed_list = self._list(layout, self.tr("Changed on the way:"), changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _list(self, layout: QVBoxLayout, title: str, items: Sequence[object]) -> QListWidget:
        widget = QListWidget()
        widget.addItems([str(item) for item in items])
        if items:
            layout.addWidget(QLabel(title))
            layout.addWidget(widget)
        else:
            widget.hide()
        return widget


def ask_import_exchange(
    parent: QWidget, jobs: JobRunner, open_project: Callable[[Path], object]
) -> None:
    """Choose a ``.qdpx``/``.qde`` and where to save the new project, import it, show the
    summary and open the new project."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExchangeDialog", "Import REFI-QDA project"),
        "",
        QCoreApplication.translate(
            "ExchangeDialog", "REFI-QDA projects (*.qdpx *.qde);;All files (*)"
        ),
    )
    if not chosen:
        return
    source = Path(chosen)
    suggested = str(source.with_suffix(".tekstur"))
    saved, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExchangeDialog", "Save the new Tekstur project as"),
        suggested,
        QCoreApplication.translate("ExchangeDialog", "Tekstur projects (*.tekstur)"),
    )
    if not saved:
        return
    target = Path(saved)
    if target.suffix.lower() != ".tekstur":
        target = target.with_name(target.name + ".tekstur")
    if target.exists():
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExchangeDialog", "Import REFI-QDA project"),
            QCoreApplication.translate(
                "ExchangeDialog", "{0} already exists. Choose a new name for the imported project."
            ).format(target.name),
        )
        return

    def done(summary: ImportSummary) -> None:
        heading = QCoreApplication.translate(
            "ExchangeDialog", "{0} (from {1}) is now the project {2}."
        ).format(
            source.name,
            summary.origin or QCoreApplication.translate("ExchangeDialog", "an unknown program"),
            target.name,
        )
        dialog = ExchangeSummaryDialog(
            parent,
            QCoreApplication.translate("ExchangeDialog", "REFI-QDA import finished"),
            heading,
            summary.counts,
            summary.skipped,
            summary.notices,
        )
        dialog.open()
        open_project(target)

    jobs.start(
        QCoreApplication.translate("ExchangeDialog", "Importing {0}").format(source.name),
        lambda progress: import_exchange(source, target, progress),
        done,
        lambda error: _failed(
            parent, QCoreApplication.translate("ExchangeDialog", "Import REFI-QDA project"), error
        ),
    )


def ask_export_exchange(parent: QWidget, jobs: JobRunner, session: ProjectSession) -> None:
    """Choose a ``.qdpx`` (or ``.qdc``) file, export the open project and show the summary."""
    project = QCoreApplication.translate("ExchangeDialog", "REFI-QDA project (*.qdpx)")
    codebook = QCoreApplication.translate("ExchangeDialog", "REFI-QDA codebook (*.qdc)")
    name = session.db.project_name() or "Tekstur"
    saved, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExchangeDialog", "Export REFI-QDA"),
        f"{name}.qdpx",
        f"{project};;{codebook}",
    )
    if not saved:
        return
    out = Path(saved)
    if out.suffix.lower() not in (".qdpx", ".qdc"):
        out = out.with_name(out.name + (".qdc" if chosen_filter == codebook else ".qdpx"))

    def done(summary: ExportSummary) -> None:
        counts = {"codes": summary.counts["codes"]} if out.suffix == ".qdc" else summary.counts
        dialog = ExchangeSummaryDialog(
            parent,
            QCoreApplication.translate("ExchangeDialog", "REFI-QDA export finished"),
            QCoreApplication.translate("ExchangeDialog", "The project is written to {0}.").format(
                str(out)
            ),
            counts,
            summary.left_out,
        )
        dialog.open()

    jobs.start(
        QCoreApplication.translate("ExchangeDialog", "Exporting {0}").format(out.name),
        lambda progress: export_exchange(session.db, out, progress),
        done,
        lambda error: _failed(
            parent, QCoreApplication.translate("ExchangeDialog", "Export REFI-QDA"), error
        ),
    )


def _failed(parent: QWidget, title: str, error: BaseException) -> None:
    QMessageBox.warning(parent, title, str(error) or type(error).__name__)
