"""Auto-coding the hits of a text search: choose a code and how far each hit spreads,
see how many passages that makes, then apply it as one undo step.

The plan is made by :func:`analysis.autocode.plan_search` off the GUI thread; the change is
the single command :func:`analysis.autocode.auto_coding`, pushed through the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from analysis.autocode import AutocodePlan, Spread, auto_coding, plan_search
from analysis.search import SearchOptions
from app.gui.jobs import JobRunner
from app.gui.session import ProjectSession


class AutocodeDialog(QDialog):
    """Asks for the code (an existing path or a new one) and the spread."""

    def __init__(self, code_paths: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auto-code hits"))
        self.code = QComboBox()
        self.code.setEditable(True)
        self.code.addItems(code_paths)
        self.code.setCurrentText("")
        edit = self.code.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Borgerrelationer/Tillid"))
        self.spread = QComboBox()
        for spread, text in (
            (Spread.HIT, self.tr("The hit only")),
            (Spread.SENTENCE, self.tr("Its sentence")),
            (Spread.PARAGRAPH, self.tr("Its paragraph")),
            (Spread.TURN, self.tr("Its speaker turn")),
        ):
            self.spread.addItem(text, spread.value)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.code.currentTextChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow(self.tr("Code (a new path is created):"), self.code)
        form.addRow(self.tr("Code each hit's:"), self.spread)
        form.addRow(buttons)

    def choice(self) -> tuple[str, Spread]:
        """The code path and spread chosen."""
        return self.code.currentText().strip(), Spread(self.spread.currentData())


class SearchAutocoder(QObject):
    """Runs one auto-coding: the plan in a job, then a preview to confirm, then the command.

    ``preview`` is the open confirmation box while the user decides; ``applied`` counts the
    plans applied.
    """

    def __init__(self, parent: QWidget, session: ProjectSession, jobs: JobRunner) -> None:
        super().__init__()  # owned by the panel's reference, not its children
        self.panel, self.session, self.jobs = parent, session, jobs
        self.preview: QMessageBox | None = None
        self.plan: AutocodePlan | None = None
        self.applied = 0
        self.message = ""

    def start(self, search: SearchOptions, code_path: str, spread: Spread) -> bool:
        """Plan the auto-coding off the GUI thread; False when it could not start."""
        if not code_path:
            self.message = self.tr("Choose the code to give the hits.")
            return False
        db = self.session.db
        return self.jobs.start(
            self.tr("Finding the passages to code"),
            lambda progress: plan_search(db, search, spread, code_path, progress),
            self._planned,
            self._failed,
        )

    def _planned(self, plan: Any) -> None:
        if not isinstance(plan, AutocodePlan):
            return
        self.plan = plan
        preview = plan.preview()
        locale = QLocale()
        text = self.tr("Code {0} passage(s) in {1} document(s)?").format(
            locale.toString(preview.passages), locale.toString(preview.documents)
        )
        if preview.left_out:
            text += "\n" + self.tr("{0} hit(s) lie outside every unit and are left out.").format(
                locale.toString(preview.left_out)
            )
        box = QMessageBox(self.panel)
        box.setWindowTitle(self.tr("Auto-code hits"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setEnabled(preview.passages > 0)
        box.buttonClicked.connect(
            lambda button: (
                self.apply()
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        self.preview = box
        box.open()

    def apply(self) -> bool:
        """Apply the planned codings as one undo step by the session's coder."""
        plan, self.plan = self.plan, None
        if plan is None or not plan.codings:
            return False
        command = auto_coding(plan, self.session.coder_id)
        label = self.tr("Auto-code %n passage(s)", "", len(plan.codings))
        if self.session.push(command, label):
            self.applied += 1
            return True
        return False

    def _failed(self, error: BaseException) -> None:
        self.message = str(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Auto-code hits"),
            str(error),
            parent=self.panel,
        )
        box.open()
