"""One side of a matrix as the user chooses it: codes, cases, documents, an attribute's values
or a set's members, made into :class:`analysis.matrix_axes.Axis`.

Codes, cases and documents are checked in a list (none checked: all of them); an attribute
or a set is chosen by name, and its values or members are what the query finds.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QStackedWidget, QVBoxLayout, QWidget

from analysis.matrix_axes import Axis
from app.gui.query_panels import QueryInputError
from app.gui.query_pickers import ItemPicker, ProjectChoices

LISTED = ("codes", "cases", "documents")


class AxisEditor(QWidget):
    """Kind of item, then which ones; ``axis()`` gives the choice, ``set_axis`` shows one."""

    changed = Signal()

    def __init__(self, title: str, kinds: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {
            "codes": self.tr("Codes"),
            "cases": self.tr("Cases"),
            "documents": self.tr("Documents"),
            "attribute": self.tr("Values of an attribute"),
            "set": self.tr("Members of a set"),
        }
        self.kind = QComboBox()
        for kind in kinds:
            self.kind.addItem(names[kind], kind)
        self.pickers = {
            "codes": ItemPicker(self.tr("Codes (none chosen: every code):")),
            "cases": ItemPicker(self.tr("Cases (none chosen: every case):")),
            "documents": ItemPicker(self.tr("Documents (none chosen: every document):")),
        }
        self.attribute = QComboBox()
        self.set_name = QComboBox()
        self.pages = QStackedWidget()
        for kind in kinds:
            if kind in self.pickers:
                self.pages.addWidget(self.pickers[kind])
                self.pickers[kind].changed.connect(self.changed)
            else:
                page = QWidget()
                form = QFormLayout(page)
                if kind == "attribute":
                    form.addRow(self.tr("Attribute:"), self.attribute)
                else:
                    form.addRow(self.tr("Set:"), self.set_name)
                self.pages.addWidget(page)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        form.addRow(title, self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)

    def _kind_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.changed.emit()

    def reload(self, choices: ProjectChoices) -> None:
        """List the project's codes, cases, documents, attributes and sets."""
        self.pickers["codes"].set_choices(choices.codes())
        self.pickers["cases"].set_choices(choices.cases())
        self.pickers["documents"].set_choices(choices.documents())
        _refill(self.attribute, [name for _, name in choices.attributes()])
        _refill(self.set_name, [label for _, label in choices.sets()])

    def current_kind(self) -> str:
        """``codes``, ``cases``, ``documents``, ``attribute`` or ``set``."""
        return str(self.kind.currentData())

    def choose_kind(self, kind: str) -> None:
        """Show the choices of ``kind``."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def axis(self) -> Axis:
        """The side chosen; QueryInputError when an attribute or set is missing."""
        kind = self.current_kind()
        if kind in LISTED:
            ids = tuple(int(str(key)) for key in self.pickers[kind].checked())
            return Axis(kind, ids=ids or None)
        box = self.attribute if kind == "attribute" else self.set_name
        name = box.currentText().strip()
        if not name:
            what = self.tr("an attribute") if kind == "attribute" else self.tr("a set")
            raise QueryInputError(self.tr("Choose {0} for the matrix.").format(what))
        return Axis(kind, name)

    def set_axis(self, axis: Axis) -> None:
        """Show ``axis``; a code path (``codes:PATH``) checks that code and those below it."""
        self.choose_kind(axis.kind)
        if axis.kind in LISTED:
            picker = self.pickers[axis.kind]
            ids: list[object] = list(axis.ids or ())
            if axis.kind == "codes" and axis.name and not ids:
                ids = [
                    key
                    for key in picker.listed_keys()
                    if (label := picker.label_of(key))
                    and (label == axis.name or label.startswith(axis.name + "/"))
                ]
            picker.set_checked(ids)
            return
        box = self.attribute if axis.kind == "attribute" else self.set_name
        if box.findText(axis.name or "") < 0:
            box.addItem(axis.name or "")
        box.setCurrentText(axis.name or "")


def _refill(box: QComboBox, names: list[str]) -> None:
    chosen = box.currentText()
    box.clear()
    box.addItems(names)
    if chosen:
        if box.findText(chosen) < 0:
            box.addItem(chosen)
        box.setCurrentText(chosen)
