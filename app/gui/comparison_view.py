"""Comparing coders in the workbench: agreement per code × document, the disagreements in the
text, and settling them into a consensus coder.

*Query ▸ Compare coders…* opens a :class:`ComparisonWindow` beside the main window. Choose
coder group A and B and a code (or all): the table lists
:func:`analysis.agreement.coding_comparison`'s rows with each code's summary and the overall
figures. Choosing a row shows that document with one stripe column per group (A left, B
right) and the text only one group coded marked in two colours; F8 and Shift+F8 step through
those disagreements. *Accept A*, *Accept B* and *Merge* make the consensus coder's coding of
the selected disagreement (or the whole document) equal to A's, B's or both — each one
:class:`models.commands.consensus.SetConsensus`, one undo step — and the figures follow.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from analysis.agreement import AgreementOptions, AgreementReport, CoderGroup, coding_comparison
from app.gui.comparison_consensus import consensus_agreement, consensus_label
from app.gui.comparison_controls import ComparisonChoices, ConsensusBar, DisagreementLegend
from app.gui.comparison_document import ComparedGroups, ComparisonDocument
from app.gui.comparison_model import ComparisonModel
from app.gui.jobs import JobRunner
from app.gui.query_pickers import ProjectChoices
from app.gui.session import ProjectSession
from models.commands.consensus import SetConsensus
from models.progress import Progress


def key_id(key: Hashable) -> int:
    """An id listed as a picker's key."""
    assert isinstance(key, int)
    return key


class ComparisonView(QWidget):
    """Coder groups and code on the left; the agreement table, the document and the
    consensus actions on the right."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs: JobRunner | None = None
        self._released = False  # a comparison still running may finish after the window
        self.report: AgreementReport | None = None
        self.choices = ComparisonChoices()
        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideLeft)  # a code path's last levels
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.document = ComparisonDocument()
        self.document.set_session(session)
        self.legend = DisagreementLegend()
        self.bar = ConsensusBar()
        self.consensus_label = QLabel()
        self.consensus_label.setWordWrap(True)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget, stretch in (
            (self.legend, 0),
            (self.document, 1),
            (self.bar, 0),
            (self.consensus_label, 0),
        ):
            column.addWidget(widget, stretch)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(below)
        right.setSizes([260, 520])
        whole = QSplitter(Qt.Orientation.Horizontal)
        whole.addWidget(self.choices)
        whole.addWidget(right)
        whole.setStretchFactor(1, 1)
        whole.setSizes([230, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(whole)
        self._steps = [
            self._shortcut("F8", lambda: self.step(forward=True)),
            self._shortcut("Shift+F8", lambda: self.step(forward=False)),
        ]
        self.choices.compare_requested.connect(self.compare)
        self.choices.only_coded.toggled.connect(lambda _: self._show_report(self.report))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_chosen())
        self.bar.accept_requested.connect(self.accept)
        self.bar.step_requested.connect(lambda forward: self.step(forward=forward))
        self.bar.scope_box.currentIndexChanged.connect(lambda _: self._enable())
        self.bar.name_edit.editingFinished.connect(self._row_chosen)
        self.document.selectionChanged.connect(self._enable)
        session.changed.connect(self._project_changed)
        self._fill_choices(first=True)
        self._enable()

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def release(self) -> None:
        """Stop following the session (the window is closing)."""
        self._released = True
        self.session.changed.disconnect(self._project_changed)
        self.document.set_session(None)

    # -- choosing and comparing -----------------------------------------------------------

    def _fill_choices(self, *, first: bool = False) -> None:
        read = ProjectChoices(self.session.db)
        coders = read.coders()
        for picker in (self.choices.group_a, self.choices.group_b):
            picker.set_choices(coders)
        self.choices.set_codes((key_id(key), label) for key, label in read.codes())
        if first:
            consensus = self.bar.consensus_name()
            others = sorted(key_id(key) for key, name in coders if name != consensus)
            if len(others) >= 2:
                self.choose_groups([others[0]], [others[1]])

    def choose_groups(self, a: list[int], b: list[int]) -> None:
        """Check these coders in group A and group B."""
        self.choices.group_a.set_checked(a)
        self.choices.group_b.set_checked(b)

    def groups(self) -> tuple[CoderGroup, CoderGroup] | None:
        """The two groups chosen, named after their coders; None while one is empty or a
        coder is in both."""
        found = []
        for picker in (self.choices.group_a, self.choices.group_b):
            ids = tuple(key_id(key) for key in picker.checked())
            names = [picker.label_of(key) or "?" for key in ids]
            found.append(CoderGroup(", ".join(names), ids))
        a, b = found
        if not a.coder_ids or not b.coder_ids or set(a.coder_ids) & set(b.coder_ids):
            return None
        return a, b

    def compare(self) -> None:
        """Compare the chosen groups on the chosen code (or all codes)."""
        groups = self.groups()
        if groups is None:
            QMessageBox.information(
                self,
                self.tr("Compare coders"),
                self.tr("Choose at least one coder for A and one for B, none of them in both."),
            )
            return
        code = self.choices.code_id()
        options = AgreementOptions(*groups, code_ids=None if code is None else (code,))

        def work(progress: Progress) -> AgreementReport:
            return coding_comparison(self.session.db, options, progress)

        if self.jobs is not None and self.jobs.start(
            self.tr("Comparing coders"), work, self._show_report, self._failed
        ):
            return
        self._show_report(work(lambda *_: None))

    def _failed(self, error: BaseException) -> None:
        if not self._released:
            QMessageBox.warning(self, self.tr("Cannot compare coders"), str(error))

    def _show_report(self, report: AgreementReport | None) -> None:
        if self._released:
            return
        kept = self._chosen_key()
        self.report = report
        names = ("A", "B")
        if report is not None and report.options is not None:
            names = (report.options.coders_a.name, report.options.coders_b.name)
        self.model.set_report(report, names, only_coded=self.choices.only_coded.isChecked())
        self.bar.set_names(*names)
        row = -1 if kept is None else self.model.row_of(*kept)
        if row < 0 and self.model.rowCount() > 1:
            row = 0
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            flags |= QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._row_chosen()

    def _chosen_key(self) -> tuple[int | None, int | None] | None:
        shown = self.model.shown(self.table.currentIndex().row())
        return None if shown is None else (shown.row.code_id, shown.row.document_id)

    def _project_changed(self) -> None:
        self._fill_choices()
        if self.report is not None:
            self.compare()

    # -- the document ---------------------------------------------------------------------

    def _row_chosen(self) -> None:
        shown = self.model.shown(self.table.currentIndex().row())
        report = self.report
        if shown is None or shown.kind != "document" or report is None or report.options is None:
            self.document.clear_comparison()
            self.consensus_label.clear()
            self._enable()
            return
        row, options = shown.row, report.options
        assert row.code_id is not None and row.document_id is not None
        consensus = self._consensus_id()
        groups = ComparedGroups(
            options.coders_a.coder_ids,
            options.coders_b.coder_ids,
            consensus,
            (options.coders_a.name, options.coders_b.name),
        )
        keep = self.document.selected_passage() if self.document.code_id == row.code_id else None
        self.document.compare(row.document_id, row.code_id, groups)
        if keep is not None and keep.document_id == row.document_id:
            self.document.select_passage_quietly(keep.start, keep.end)
        self.legend.set_names(
            *groups.names, None if consensus is None else self.bar.consensus_name()
        )
        self._show_consensus(row.document_id, row.code_id, groups)
        self._enable()

    def _consensus_id(self) -> int | None:
        name = self.bar.consensus_name()
        coders = ProjectChoices(self.session.db).coders()
        return next((key_id(key) for key, label in coders if label == name), None)

    def _show_consensus(self, document_id: int, code_id: int, groups: ComparedGroups) -> None:
        """How the consensus coder agrees with each group here."""
        if groups.consensus is None or groups.consensus in (*groups.a, *groups.b):
            self.consensus_label.clear()
            return
        consensus = CoderGroup(self.bar.consensus_name(), (groups.consensus,))
        self.consensus_label.setText(
            consensus_agreement(self.session.db, consensus, groups, document_id, code_id)
        )

    def step(self, *, forward: bool) -> None:
        """Select the next (or previous) disagreement in the document."""
        self.document.step(forward=forward)
        self.document.setFocus()
        self._enable()

    def _enable(self) -> None:
        self.bar.enable(
            document=self.document.code_id is not None,
            disagreement=self.document.current_disagreement() is not None,
        )

    # -- consensus ------------------------------------------------------------------------

    def accept(self, side: str) -> bool:
        """Make the consensus coder's coding of the selected disagreement (or the whole
        document) what group ``"a"`` or ``"b"`` coded, or their ``"union"``; one undo step."""
        report, document = self.report, self.document
        shown = self.model.shown(self.table.currentIndex().row())
        if report is None or report.options is None or shown is None or document.code_id is None:
            return False
        options, row, name = report.options, shown.row, self.bar.consensus_name()
        if self._consensus_id() in (*options.coders_a.coder_ids, *options.coders_b.coder_ids):
            QMessageBox.warning(
                self,
                self.tr("Compare coders"),
                self.tr("The consensus coder must be someone other than the coders compared."),
            )
            return False
        region = None
        if not self.bar.whole_document():
            chosen = document.current_disagreement()
            if chosen is None:
                return False
            region = (chosen.start, chosen.end)
        a, b = document.coverage
        spans = {"a": a, "b": b, "union": a + b}[side]
        assert row.document_id is not None and row.code_id is not None
        command = SetConsensus(row.document_id, row.code_id, name, spans, region)
        return self.session.push(command, consensus_label(options, row, side))
