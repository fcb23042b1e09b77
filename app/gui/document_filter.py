"""Filtering documents by an attribute value: two lists, an attribute and then one of its
values, with values shown as the user reads them (numbers and dates in their locale).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import QComboBox

from models.browsing import AttributeScalar, DocumentAttributeIndex


def format_attribute_value(value: AttributeScalar) -> str:
    """An attribute value as the user reads it: numbers and dates in their locale."""
    locale = QLocale()
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("DocumentPanel", "Yes")
        return QCoreApplication.translate("DocumentPanel", "No")
    if isinstance(value, float):
        return (
            locale.toString(int(value)) if value.is_integer() else locale.toString(value, "g", 12)
        )
    if isinstance(value, date):
        return locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    return value


class AttributeValueFilter(QObject):
    """The attribute list and the value list of the documents panel; ``changed`` fires when
    the documents let through may have changed. The texts keep the ``DocumentPanel``
    translation context."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attributes: DocumentAttributeIndex = {}
        self._values: list[AttributeScalar] = []
        self.attribute_box = QComboBox()
        self.value_box = QComboBox()
        self.attribute_box.currentIndexChanged.connect(self._fill_value_box)
        self.value_box.currentIndexChanged.connect(self.changed)

    def set_attributes(self, attributes: DocumentAttributeIndex) -> None:
        """Offer these attributes and values, keeping the choice where it still exists."""
        self._attributes = attributes
        chosen = self.attribute_box.currentData()
        self.attribute_box.blockSignals(True)
        self.attribute_box.clear()
        self.attribute_box.addItem(
            QCoreApplication.translate("DocumentPanel", "All documents"), None
        )
        for name in self._attributes:
            self.attribute_box.addItem(name, name)
        found = self.attribute_box.findData(chosen) if chosen is not None else 0
        self.attribute_box.setCurrentIndex(max(found, 0))
        self.attribute_box.setEnabled(bool(self._attributes))
        self.attribute_box.blockSignals(False)
        self._fill_value_box()

    def _fill_value_box(self) -> None:
        chosen = self._chosen_value()
        name = self.attribute_box.currentData()
        values = self._attributes.get(name, {}) if name is not None else {}
        self._values = sorted(values, key=_value_order)
        self.value_box.blockSignals(True)
        self.value_box.clear()
        for position, value in enumerate(self._values):
            self.value_box.addItem(f"= {format_attribute_value(value)}", position)
            if chosen is not None and value == chosen and type(value) is type(chosen):
                self.value_box.setCurrentIndex(position)
        self.value_box.setEnabled(bool(self._values))
        self.value_box.blockSignals(False)
        self.changed.emit()

    def _chosen_value(self) -> AttributeScalar | None:
        position = self.value_box.currentData()
        return None if position is None else self._values[position]

    def clear(self) -> None:
        """Let every document through."""
        self.attribute_box.setCurrentIndex(0)

    def choose(self, name: str | None, value: AttributeScalar | None = None) -> bool:
        """Let through only documents with ``name = value`` (None: every document); False when
        there is no such attribute value."""
        if name is None:
            self.attribute_box.setCurrentIndex(0)
            return True
        found = self.attribute_box.findData(name)
        if found < 0:
            return False
        self.attribute_box.setCurrentIndex(found)
        for position, known in enumerate(self._values):
            if known == value and type(known) is type(value):
                self.value_box.setCurrentIndex(position)
                return True
        return False

    def allowed(self) -> frozenset[int] | None:
        """The ids of the documents let through; None for every document."""
        name, value = self.attribute_box.currentData(), self._chosen_value()
        return None if name is None or value is None else self._attributes[name][value]


def _value_order(value: AttributeScalar) -> tuple[str, Any]:
    # An attribute's values share one type, so the second item compares like with like.
    return (type(value).__name__, value.casefold() if isinstance(value, str) else value)
