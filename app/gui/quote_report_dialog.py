"""The coded quotes report dialog: codes, filter, order, attribution template, context, language.

The template field shows which placeholders it can use and a live preview of one attribution
line, built from a real coded passage of the project. *Write report…* asks for a ``.docx``
file and runs :func:`analysis.quotes.quote_report` and
:func:`exporters.quotes_docx.write_quotes_docx` through the window's job runner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from analysis.attribution import DEFAULT_TEMPLATE, AttributionTemplate, TemplateError
from analysis.filters import QueryFilter
from analysis.segments import CodedSegment, coded_segments
from app.gui.jobs import JobRunner
from app.gui.language import current_language
from app.gui.query_filter import FilterEditor
from app.gui.query_panels import QueryInputError
from app.gui.query_pickers import ItemPicker, ProjectChoices
from app.gui.result_export import show_status
from models.codes import Coding
from models.database import ProjectDatabase
from models.progress import Progress

ORDER_BOXES = 3
PROBLEM_STYLE = "color: #b03a2e;"


@dataclass(frozen=True)
class QuoteReportChoices:
    """What the dialog asks for, ready for :func:`write_quote_report`."""

    code_ids: tuple[int, ...]
    include_subcodes: bool
    template: str
    order_by: tuple[str, ...]
    filter: QueryFilter
    context_chars: int
    language: str


def write_quote_report(
    db: ProjectDatabase, choices: QuoteReportChoices, path: Path, progress: Progress
) -> Path:
    """Make the report and write it to ``path`` (touches no widget: runs in a worker)."""
    from analysis.quotes import quote_report
    from exporters.quotes_docx import write_quotes_docx

    report = quote_report(
        db,
        code_ids=choices.code_ids,
        include_subcodes=choices.include_subcodes,
        template=choices.template,
        order_by=choices.order_by,
        where=choices.filter.where,
        coder_ids=choices.filter.coder_ids,
        document_ids=choices.filter.document_ids,
        context_chars=choices.context_chars,
        progress=progress,
    )
    write_quotes_docx(report, path, language=choices.language, progress=progress)
    return path


def sample_segment(db: ProjectDatabase) -> CodedSegment | None:
    """A coded passage to preview attribution lines with: of the first coded document, the
    one that reaches the most attribute values."""
    with db.read() as connection:
        document = connection.execute(
            select(Coding.document_id).order_by(Coding.id).limit(1)
        ).scalar()
    if document is None:
        return None
    found = coded_segments(db, document_ids=[document])
    return max(found, key=lambda s: (len(s.attributes), bool(s.speaker)), default=None)


class QuoteReportDialog(QDialog):
    """Chooses what goes into the coded quotes report, and writes it.

    ``written`` fires with the file once the report is written; ``jobs`` gives the runner.
    """

    written = Signal(Path)

    def __init__(
        self,
        db: ProjectDatabase,
        jobs: Callable[[], JobRunner],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coded quotes report"))
        self._db, self._jobs = db, jobs
        choices = ProjectChoices(db)
        self.attribute_names = [str(name) for _, name in choices.attributes()]
        self.codes = ItemPicker(self.tr("Codes to report (each with its heading):"))
        self.codes.set_choices(choices.codes())
        self.include_subcodes = QCheckBox(self.tr("With their sub-codes"))
        self.include_subcodes.setChecked(True)
        self.filter = FilterEditor()
        self.filter.reload(choices)
        self.order_boxes = [QComboBox() for _ in range(ORDER_BOXES)]
        for box in self.order_boxes:
            box.addItem(self.tr("(document order)"), "")
            for name in self.attribute_names:
                box.addItem(name, name)
        self.template = QLineEdit(DEFAULT_TEMPLATE)
        fixed = "{dokument} {taler} {sag} {koder}"
        names = " ".join("{" + name + "}" for name in self.attribute_names)
        self.hint = QLabel(self.tr("Placeholders: {0} {1}").format(names, fixed).strip())
        self.hint.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.context = QSpinBox()
        self.context.setRange(0, 2000)
        self.context.setSingleStep(50)
        self.context.setSuffix(self.tr(" characters"))
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            self.tr("Write report…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.ask_and_write)
        self.buttons.rejected.connect(self.reject)
        self._sample = sample_segment(db)
        self.template.textChanged.connect(lambda _: self.update_preview())
        self._build_layout()
        self.update_preview()

    def _build_layout(self) -> None:
        order = QHBoxLayout()
        for box in self.order_boxes:
            order.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("Order quotes by:"), order)
        form.addRow(self.tr("Attribution line:"), self.template)
        form.addRow("", self.hint)
        form.addRow(self.tr("Example:"), self.preview)
        form.addRow(self.tr("Context on each side:"), self.context)
        form.addRow(self.tr("Report language:"), self.language)
        left = QVBoxLayout()
        left.addWidget(self.codes, 1)
        left.addWidget(self.include_subcodes)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.filter, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 4)  # room for code paths such as "…/Borgerrelation og …/Tillid"
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 620)

    def update_preview(self) -> None:
        """Show the attribution line of the sample passage, or what is wrong with the template."""
        try:
            template = AttributionTemplate(self.template.text())
            template.check(self.attribute_names)
        except TemplateError as error:
            self.preview.setText(str(error))
            self.preview.setStyleSheet(PROBLEM_STYLE)
            return
        self.preview.setStyleSheet("")
        sample = self._sample
        if sample is None:
            self.preview.setText(self.tr("(the project has no coded passages yet)"))
            return
        fixed = {
            "document": sample.document_name,
            "speaker": sample.speaker,
            "case": sample.case_name,
            "coder": sample.coder_name,
        }
        line = template.render(sample.attributes, fixed) or sample.document_name
        self.preview.setText(f"\u2014 {line}")

    def choices(self) -> QuoteReportChoices:
        """What is chosen; QueryInputError says what is missing or wrong."""
        codes = tuple(int(str(key)) for key in self.codes.checked())
        if not codes:
            raise QueryInputError(self.tr("Choose at least one code."))
        try:
            AttributionTemplate(self.template.text()).check(self.attribute_names)
        except TemplateError as error:
            raise QueryInputError(str(error)) from error
        order = tuple(
            dict.fromkeys(str(b.currentData()) for b in self.order_boxes if b.currentData())
        )
        return QuoteReportChoices(
            codes,
            self.include_subcodes.isChecked(),
            self.template.text(),
            order,
            self.filter.query_filter(),
            self.context.value(),
            str(self.language.currentData()),
        )

    def ask_and_write(self) -> bool:
        """Ask for the Word file and write the report to it; False when nothing started."""
        try:
            self.choices()
        except QueryInputError as error:
            self._say(str(error), problem=True)
            return False
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write coded quotes report"),
            self.tr("Coded quotes") + ".docx",
            self.tr("Word document (*.docx)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        return self.write_to(path)

    def write_to(self, path: Path) -> bool:
        """Write the report to ``path`` through the job runner."""
        try:
            choices = self.choices()
        except QueryInputError as error:
            self._say(str(error), problem=True)
            return False
        db = self._db
        started = self._jobs().start(
            self.tr("Writing the coded quotes report"),
            lambda progress: write_quote_report(db, choices, path, progress),
            self._done,
            self._failed,
        )
        if not started:
            self._say(self.tr("Wait until the running task has finished."), problem=True)
        else:
            self._say(self.tr("Writing {0}…").format(path.name))
        return started

    def _done(self, path: Path) -> None:
        self._say(self.tr("Wrote {0}").format(path))
        parent = self.parentWidget()
        if parent is not None:
            show_status(parent, self.tr("Wrote the coded quotes report to {0}").format(path))
        self.written.emit(path)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._say(self.tr("The report could not be written: {0}").format(error), problem=True)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE if problem else "")


def ask_quote_report(window: Any) -> QuoteReportDialog | None:
    """Open the coded quotes report dialog on ``window``'s project (its ``session`` and
    ``jobs``); None when no project is open."""
    session = getattr(window, "session", None)
    if session is None:
        return None
    dialog = QuoteReportDialog(session.db, lambda: window.jobs, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
