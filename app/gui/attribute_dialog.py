"""The dialog that asks for a new attribute's name and value type."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.gui.attribute_delegate import type_name
from models.cases import AttributeType


class AttributeDialog(QDialog):
    """Asks for a new attribute's name and value type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add attribute"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Rolle, Afdeling, Runde"))
        self.type_box = QComboBox()
        for kind in AttributeType:
            self.type_box.addItem(type_name(kind), kind.value)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Type:"), self.type_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def kind(self) -> AttributeType:
        """The chosen type."""
        return AttributeType(self.type_box.currentData())
