"""The controls of the coder comparison: who is compared on what, the legend, and the
consensus actions (accept A, accept B, merge) with what they apply to.

Nothing here reads the project or counts anything; :mod:`app.gui.comparison_view` fills
the lists and acts on the buttons.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.comparison_document import A_ONLY_COLOR, B_ONLY_COLOR
from app.gui.query_pickers import ItemPicker
from models.commands.consensus import DEFAULT_CONSENSUS_CODER

SWATCH = 14
LIST_HEIGHT = 150  # pixels: a handful of coders without scrolling, without a wall of white
SELECTED_DISAGREEMENT, WHOLE_DOCUMENT = 0, 1


def swatch(color: QColor) -> QIcon:
    """A small square of ``color`` for the legend."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(QColor(color.red(), color.green(), color.blue(), min(255, color.alpha() * 2)))
    return QIcon(pixmap)


class ComparisonChoices(QWidget):
    """Choose coder group A and B (checkable lists), the code (or all) and which rows to show.

    Signals:
        compare_requested: the user asked to compare with these choices.
    """

    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_a = ItemPicker(self.tr("Coders A"))
        self.group_b = ItemPicker(self.tr("Coders B"))
        for picker in (self.group_a, self.group_b):
            picker.filter_edit.hide()
            picker.only_checked.hide()
            picker.list.setMaximumHeight(LIST_HEIGHT)
        self.code_box = QComboBox()
        self.code_box.setMinimumContentsLength(18)
        self.code_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.only_coded = QCheckBox(self.tr("Only rows someone coded"))
        self.only_coded.setChecked(True)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.compare_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.group_a)
        layout.addWidget(self.group_b)
        layout.addWidget(QLabel(self.tr("Code:")))
        layout.addWidget(self.code_box)
        layout.addWidget(self.only_coded)
        layout.addWidget(self.compare_button)
        layout.addStretch(1)

    def set_codes(self, codes: Iterable[tuple[int, str]]) -> None:
        """List "All codes" and then ``codes`` ((id, path) pairs), keeping the one chosen."""
        chosen = self.code_box.currentData()
        self.code_box.blockSignals(True)
        self.code_box.clear()
        self.code_box.addItem(self.tr("All codes"), None)
        for code_id, path in codes:
            self.code_box.addItem(path, code_id)
        self.code_box.setCurrentIndex(max(0, self.code_box.findData(chosen)))
        self.code_box.blockSignals(False)

    def code_id(self) -> int | None:
        """The code chosen (None: all codes)."""
        data = self.code_box.currentData()
        return None if data is None else int(data)

    def choose_code(self, code_id: int | None) -> None:
        """Choose ``code_id`` (None: all codes)."""
        self.code_box.setCurrentIndex(max(0, self.code_box.findData(code_id)))


class DisagreementLegend(QWidget):
    """Which colour marks which group's own coding, and the stripe columns left to right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.a_label, self.b_label, self.stripes_label = QLabel(), QLabel(), QLabel()
        self.stripes_label.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for color, label in ((A_ONLY_COLOR, self.a_label), (B_ONLY_COLOR, self.b_label)):
            icon = QLabel()
            icon.setPixmap(swatch(color).pixmap(QSize(SWATCH, SWATCH)))
            layout.addWidget(icon)
            layout.addWidget(label)
            layout.addSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.stripes_label)

    def set_names(self, a: str, b: str, consensus: str | None) -> None:
        """Name the groups (and the consensus coder, when it has a column)."""
        self.a_label.setText(self.tr("Only {coder} coded this").format(coder=a))
        self.b_label.setText(self.tr("Only {coder} coded this").format(coder=b))
        columns = [a, b] if consensus is None else [a, b, consensus]
        self.stripes_label.setText(
            self.tr("Stripes: {columns}").format(columns=" | ".join(columns))
        )


class ConsensusBar(QWidget):
    """The consensus coder's name, what an action applies to, and the actions themselves.

    Signals:
        accept_requested(side): accept group ``"a"``'s or ``"b"``'s coding, or ``"union"``.
        step_requested(forward): choose the next (True) or previous disagreement.
    """

    accept_requested = Signal(str)
    step_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(DEFAULT_CONSENSUS_CODER)
        self.name_edit.setMaxLength(200)
        self.name_edit.setMaximumWidth(160)
        self.scope_box = QComboBox()
        self.scope_box.addItem(self.tr("Selected disagreement"))
        self.scope_box.addItem(self.tr("Whole document"))
        self.previous_button = QPushButton(self.tr("◂ Previous"))
        self.next_button = QPushButton(self.tr("Next ▸"))
        self.previous_button.setToolTip(self.tr("Previous disagreement (Shift+F8)"))
        self.next_button.setToolTip(self.tr("Next disagreement (F8)"))
        self.previous_button.clicked.connect(lambda: self.step_requested.emit(False))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(True))
        self.accept_a, self.accept_b = QPushButton(), QPushButton()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setToolTip(self.tr("Code what either group coded (the union)"))
        self.accept_a.clicked.connect(lambda: self.accept_requested.emit("a"))
        self.accept_b.clicked.connect(lambda: self.accept_requested.emit("b"))
        self.merge_button.clicked.connect(lambda: self.accept_requested.emit("union"))
        name_label = QLabel(self.tr("Consensus c&oder:"))
        name_label.setBuddy(self.name_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(12)
        layout.addWidget(name_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.scope_box)
        layout.addStretch(1)
        for button in (self.accept_a, self.accept_b, self.merge_button):
            layout.addWidget(button)
        self.set_names("A", "B")

    def set_names(self, a: str, b: str) -> None:
        """Name the accept buttons after the groups."""
        self.accept_a.setText(self.tr("Accept {coder}").format(coder=a))
        self.accept_b.setText(self.tr("Accept {coder}").format(coder=b))

    def consensus_name(self) -> str:
        """The consensus coder's name (the default when left blank)."""
        return self.name_edit.text().strip() or DEFAULT_CONSENSUS_CODER

    def whole_document(self) -> bool:
        """Whether the actions apply to the whole code × document."""
        return self.scope_box.currentIndex() == WHOLE_DOCUMENT

    def enable(self, *, document: bool, disagreement: bool) -> None:
        """Enable the actions that have something to act on."""
        can = document and (disagreement or self.whole_document())
        for button in (self.accept_a, self.accept_b, self.merge_button):
            button.setEnabled(can)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(document)
