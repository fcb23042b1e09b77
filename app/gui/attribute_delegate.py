"""Typed attribute values in the window: how they are shown, read back, and edited.

Numbers and dates are shown and read in the user's locale (``12,5`` and ``03.02.2025`` in
Danish); text typed into a cell is also read the way an imported spreadsheet cell is
(:mod:`importers.attribute_types`). The delegate gives each column the editor of its type:
a line edit completing the column's existing texts, a locale-checked number field, a date
field in the locale's format, or a yes/no list. Leaving an editor empty removes the value.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QDoubleValidator, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from importers.attribute_types import parse_date, parse_number, parse_yes_no
from models.case_sheet import SheetValue
from models.cases import AttributeType

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The column's :class:`AttributeType` value (``"text"`` …), or None for a name column."""
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
"""The texts the column already holds (for completing), a list of str."""
ID_ROLE = Qt.ItemDataRole.UserRole + 3
"""The row's case (or document) id."""
AnyIndex = QModelIndex | QPersistentModelIndex


def type_name(kind: AttributeType) -> str:
    """The name of a value type in the user's language."""
    names = {
        AttributeType.TEXT: QCoreApplication.translate("AttributeValues", "text"),
        AttributeType.NUMBER: QCoreApplication.translate("AttributeValues", "number"),
        AttributeType.DATE: QCoreApplication.translate("AttributeValues", "date"),
        AttributeType.BOOLEAN: QCoreApplication.translate("AttributeValues", "yes/no"),
    }
    return names[kind]


def yes_no_text(value: bool) -> str:
    """Yes or No in the user's language."""
    return (
        QCoreApplication.translate("AttributeValues", "Yes")
        if value
        else QCoreApplication.translate("AttributeValues", "No")
    )


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A valid QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def number_text(value: float, locale: QLocale | None = None, grouped: bool = True) -> str:
    """A number as the user writes it: ``1.234,5`` in Danish (``1234,5`` without grouping)."""
    locale = QLocale(locale) if locale is not None else QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return locale.toString(round(value, 10), "f", shortest)


def display_text(value: SheetValue | None) -> str:
    """A value as the window shows it, in the user's locale; empty for no value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no_text(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, date):
        return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)
    return str(value)


def typed_value(value: Any, kind: AttributeType) -> SheetValue | None:
    """``value`` (text, number, QDate, date or bool) as a value of ``kind``; None is empty.

    Text is read in the user's locale first (``12,5``, the short date format, yes/no in the
    user's language), then as a spreadsheet cell would be. ValueError when it does not fit.
    """
    if isinstance(value, QDate):
        value = from_qdate(value) if value.isValid() else None
    if isinstance(value, str):
        value = value.strip() or None
    if value is None:
        return None
    if kind is AttributeType.TEXT:
        return str(value)
    found: SheetValue | None = None
    if isinstance(value, str):
        locale = QLocale()
        if kind is AttributeType.NUMBER:
            number, ok = locale.toDouble(value)
            found = number if ok else parse_number(value, locale.decimalPoint() == ",")
        elif kind is AttributeType.DATE:
            written = locale.toDate(value, QLocale.FormatType.ShortFormat)
            found = from_qdate(written) if written.isValid() else parse_date(value)
        else:
            words = {yes_no_text(True).casefold(): True, yes_no_text(False).casefold(): False}
            found = words.get(value.casefold(), parse_yes_no(value))
    elif kind is AttributeType.NUMBER:
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        found = float(value) if is_number else None
    elif kind is AttributeType.DATE:
        found = value if isinstance(value, date) else None
    else:
        found = value if isinstance(value, bool) else None
    if found is None:
        message = QCoreApplication.translate("AttributeValues", "'{value}' is not {type}").format(
            value=value, type=type_name(kind)
        )
        raise ValueError(message)
    return found


class NumberValidator(QDoubleValidator):
    """Accepts numbers written in the user's locale, and an empty field (no value)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale())
        self.setNotation(QDoubleValidator.Notation.StandardNotation)

    def validate(self, text: str, position: int) -> Any:
        """Empty is acceptable: it removes the value."""
        if not text:
            return QValidator.State.Acceptable, text, position
        return super().validate(text, position)


class AttributeDelegate(QStyledItemDelegate):
    """Edits a cell with the editor of its column's type (``TYPE_ROLE``)."""

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        """A line edit, number field, date field or yes/no list."""
        kind = _kind(index)
        if kind is AttributeType.DATE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(_date_format())
            return editor
        if kind is AttributeType.BOOLEAN:
            box = QComboBox(parent)
            box.addItem("", None)
            box.addItem(yes_no_text(True), True)
            box.addItem(yes_no_text(False), False)
            box.activated.connect(lambda _: self._commit_and_close(box))
            return box
        line = QLineEdit(parent)
        if kind is AttributeType.NUMBER:
            line.setValidator(NumberValidator(line))
        elif kind is AttributeType.TEXT:
            choices = index.data(CHOICES_ROLE) or []
            if choices:
                completer = QCompleter(list(choices), line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                line.setCompleter(completer)
        return line

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        """Show the cell's value in its editor."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0) if value is not None else 0)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else _edit_text(value))
            editor.selectAll()

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        """Store the editor's value; a number that does not read in the locale is dropped."""
        value: Any
        if isinstance(editor, QDateEdit):
            value = editor.date()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
            if _kind(index) is AttributeType.NUMBER and value.strip():
                number, ok = QLocale().toDouble(value)
                if not ok:
                    return
                value = number
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


def _kind(index: AnyIndex) -> AttributeType | None:
    name = index.data(TYPE_ROLE)
    return AttributeType(name) if name else None


def _edit_text(value: Any) -> str:
    if isinstance(value, float):
        return number_text(value, grouped=False)
    return str(value)


def _date_format() -> str:
    """The locale's short date format, always with a four-digit year."""
    written = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return written if "yyyy" in written else written.replace("yy", "yyyy")
