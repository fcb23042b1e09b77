"""Export… for query results: a table to Excel, Word, CSV or a chart image; coded segments to
Excel or CSV; other passage lists (search hits) to CSV.

The file dialog offers the formats the result can be written as; the writing runs through a
:class:`~app.gui.jobs.JobRunner` with progress, and ends with a status message naming the
file, or a message box naming the file and the problem.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from analysis.segments import CodedSegment
from app.gui.jobs import JobRunner
from app.gui.language import current_language
from app.gui.query_passage_list import PassageRows
from models.database import ProjectDatabase
from models.progress import Progress
from models.result_table import ResultTable

EXPORT_KEYS = QKeySequence("Ctrl+Shift+S")
STATUS_MS = 10_000


@dataclass
class Exportable:
    """What a view can hand to an export: a table (with what draws its chart), coded
    segments, or other listed passages; ``db`` is the project they come from."""

    table: ResultTable | None = None
    chart: Callable[[Path], object] | None = None
    segments: Sequence[CodedSegment] = ()
    rows: PassageRows | None = None
    db: ProjectDatabase | None = None
    name: str = ""
    provenance: dict[str, str] = field(default_factory=dict)

    def suffixes(self) -> list[str]:
        """The file types this can be written as, the usual one first."""
        if self.table is not None:
            images = [".png", ".svg"] if self.chart is not None else []
            return [".xlsx", ".docx", ".csv", *images]
        if self.segments:
            return [".xlsx", ".csv"]
        if self.rows is not None and self.rows.rows:
            return [".csv"]
        return []

    def writer(self, path: Path, language: str) -> Callable[[Progress], Path]:
        """What writes the file ``path`` (its suffix says how), touching no widget."""
        suffix = path.suffix.lower()
        if suffix not in self.suffixes():
            raise ValueError(
                QCoreApplication.translate(
                    "ResultExport", "{0}: this result cannot be written as '{1}'"
                ).format(path.name, suffix)
            )
        if self.table is not None:
            return _table_writer(self.table, self.chart, path, language)
        if self.segments:
            return _segments_writer(self, path, language)
        rows = self.rows
        assert rows is not None

        def write_rows(_progress: Progress) -> Path:
            from exporters.safe_file import write_replacing
            from exporters.table_files import write_records_csv

            def write(target: Path) -> None:
                with target.open("w", encoding="utf-8-sig", newline="") as out:
                    write_records_csv(rows.headers, [row.cells for row in rows.rows], out)

            write_replacing(path, write)
            return path

        return write_rows


def _table_writer(
    table: ResultTable, chart: Callable[[Path], object] | None, path: Path, language: str
) -> Callable[[Progress], Path]:
    suffix = path.suffix.lower()

    def write(progress: Progress) -> Path:
        from exporters.safe_file import write_replacing

        if suffix == ".xlsx":
            from exporters.table_xlsx import write_table_xlsx

            write_table_xlsx(table, path, language=language, progress=progress)
        elif suffix == ".docx":
            from exporters.table_docx import write_table_docx

            write_table_docx(table, path, language=language)
        elif suffix == ".csv":
            from exporters.table_files import write_csv

            def write_text(target: Path) -> None:
                with target.open("w", encoding="utf-8", newline="") as out:
                    write_csv(table, out)

            write_replacing(path, write_text)
        elif chart is not None:
            with tempfile.TemporaryDirectory(prefix="tekstur-export-") as folder:
                drawn = Path(folder) / f"chart{suffix}"
                chart(drawn)

                def copy(target: Path) -> None:
                    shutil.copyfile(drawn, target)

                write_replacing(path, copy)
        return path

    return write


def _segments_writer(item: Exportable, path: Path, language: str) -> Callable[[Progress], Path]:
    segments, db = list(item.segments), item.db

    def write(progress: Progress) -> Path:
        from exporters.segments_table import coding_memos, write_segments_csv, write_segments_xlsx

        memos = coding_memos(db) if db is not None else None
        if path.suffix.lower() == ".xlsx":
            provenance = {"query": "coded segments", **item.provenance}
            provenance["segments"] = str(len(segments))
            write_segments_xlsx(
                segments,
                path,
                memos=memos,
                language=language,
                provenance=provenance,
                progress=progress,
            )
        else:
            write_segments_csv(segments, path, memos=memos, language=language, progress=progress)
        return path

    return write


def file_filters(suffixes: Sequence[str]) -> list[str]:
    """The file dialog's filters for ``suffixes``, in their order."""
    names = {
        ".xlsx": QCoreApplication.translate("ResultExport", "Excel workbook (*.xlsx)"),
        ".docx": QCoreApplication.translate("ResultExport", "Word document (*.docx)"),
        ".csv": QCoreApplication.translate("ResultExport", "CSV file (*.csv)"),
        ".png": QCoreApplication.translate("ResultExport", "PNG image (*.png)"),
        ".svg": QCoreApplication.translate("ResultExport", "SVG drawing (*.svg)"),
    }
    return [names[suffix] for suffix in suffixes]


def ask_export(
    parent: QWidget,
    item: Exportable,
    runner: JobRunner | None = None,
    done: Callable[[Path], None] | None = None,
) -> bool:
    """Ask where to write ``item`` and write it through ``runner`` (a runner of ``parent``'s
    own when None); False when nothing was started."""
    suffixes = item.suffixes()
    if not suffixes:
        return False
    filters = file_filters(suffixes)
    name = "".join(
        c if c.isalnum() or c in " -_" else " " for c in item.name
    ).strip() or QCoreApplication.translate("ResultExport", "result")
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ResultExport", "Export result"),
        f"{' '.join(name.split())}{suffixes[0]}",
        ";;".join(filters),
    )
    if not chosen:
        return False
    path = Path(chosen)
    if path.suffix.lower() not in suffixes:
        picked = filters.index(selected) if selected in filters else 0
        path = path.with_name(path.name + suffixes[picked])
    return export_to(parent, item, path, runner, done)


def export_to(
    parent: QWidget,
    item: Exportable,
    path: Path,
    runner: JobRunner | None = None,
    done: Callable[[Path], None] | None = None,
) -> bool:
    """Write ``item`` to ``path`` through ``runner``; the outcome is shown to the user."""
    try:
        work = item.writer(path, current_language())
    except ValueError as error:
        _failed(parent, path, error)
        return False
    jobs = runner or _own_runner(parent)

    def finished(written: Path) -> None:
        show_status(
            parent, QCoreApplication.translate("ResultExport", "Exported to {0}").format(written)
        )
        if done is not None:
            done(written)

    started = jobs.start(
        QCoreApplication.translate("ResultExport", "Exporting {0}").format(path.name),
        work,
        finished,
        lambda error: _failed(parent, path, error),
    )
    if not started:
        show_status(
            parent,
            QCoreApplication.translate("ResultExport", "Wait until the running task has finished."),
        )
    return started


def _own_runner(parent: QWidget) -> JobRunner:
    found = parent.findChild(JobRunner, "export-runner")
    if isinstance(found, JobRunner):
        return found
    runner = JobRunner(parent)
    runner.setObjectName("export-runner")
    return runner


def _failed(parent: QWidget, path: Path, error: BaseException) -> None:
    text = str(error)
    if path.name not in text:
        text = f"{path}: {text}"
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ResultExport", "Export failed"),
        QCoreApplication.translate("ResultExport", "The result could not be exported.\n{0}").format(
            text
        ),
    )


def show_status(widget: QWidget, text: str) -> None:
    """Show ``text`` in the status bar of ``widget``'s main window (if it has one)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)
    widget.setProperty("export_status", text)


class ResultExport(QObject):
    """The *Export…* button and Ctrl+Shift+S of a result view.

    ``source`` gives what the view shows now; ``runner`` the window's job runner (None: a
    runner of the view's own). ``exported`` fires with the file once it is written.
    """

    exported = Signal(Path)

    def __init__(
        self,
        view: QWidget,
        source: Callable[[], Exportable],
        runner: Callable[[], JobRunner | None] | None = None,
    ) -> None:
        super().__init__(view)
        self._view, self._source, self._runner = view, source, runner
        self.button = QPushButton(self.tr("Export…"))
        self.button.setToolTip(
            self.tr("Write this result to Excel, Word, CSV or an image (Ctrl+Shift+S)")
        )
        self.button.clicked.connect(self.export)
        self.action = QAction(self.tr("Export result…"), view)
        self.action.setShortcut(EXPORT_KEYS)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.export)
        view.addAction(self.action)
        self.refresh()

    def refresh(self) -> None:
        """Enable the button and key when the view shows something that can be exported."""
        available = bool(self._source().suffixes())
        self.button.setEnabled(available)
        self.action.setEnabled(available)

    def export(self) -> bool:
        """Ask for a file and write the result to it; False when nothing was started."""
        runner = None if self._runner is None else self._runner()
        return ask_export(self._view, self._source(), runner, self.exported.emit)

    def export_to(self, path: Path) -> bool:
        """Write the result to ``path`` without asking (its suffix says the format)."""
        runner = None if self._runner is None else self._runner()
        return export_to(self._view, self._source(), path, runner, self.exported.emit)


def ask_export_segments(
    parent: QWidget, db: ProjectDatabase | None, segments: Sequence[CodedSegment], name: str = ""
) -> bool:
    """Export… for a list of coded segments (the coded-passages panel): Excel or CSV."""
    return ask_export(parent, Exportable(segments=segments, db=db, name=name))


def exportable_of(view: Any) -> Exportable:
    """What a :class:`~app.gui.result_view.ResultView` shows, as an :class:`Exportable`."""
    session = getattr(view, "_session", None)
    db = None if session is None else session.db
    table = view.table
    if table is not None:
        return Exportable(table=table, chart=view.chart.renderer(), db=db, name=table.title)
    records = list(getattr(view, "records", ()) or ())
    rows = view.passage_list.rows
    title = view.heading.text()
    if records and all(isinstance(record, CodedSegment) for record in records):
        return Exportable(segments=records, db=db, name=title)
    return Exportable(rows=rows, db=db, name=title)
