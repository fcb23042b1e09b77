"""A query's ResultTable as a Qt table model, and the sort proxy that keeps totals at the end.

The first column holds the row labels; a ``Total`` column and a ``Total`` row follow when the
table has totals. Numbers are written with the user's QLocale (``1.234`` in Danish, ``1,234``
in English), percentages with one decimal and a per cent sign, coding presence as yes/no.
Sorting compares the numbers themselves (``SORT_ROLE``), and labels with a locale-aware
collator, so that ``Ærø`` sorts after ``Zealand`` in Danish.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from models.result_table import Number, ResultTable

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2  # True on the totals row and column
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # (row, column) in the table, or None
_TOTAL_BACKGROUND = QColor("#eef1f5")
_SPACED_PERCENT = {
    QLocale.Language.Danish,
    QLocale.Language.NorwegianBokmal,
    QLocale.Language.Swedish,
    QLocale.Language.German,
    QLocale.Language.French,
    QLocale.Language.Finnish,
}
AnyIndex = QModelIndex | QPersistentModelIndex


MEASURES = ("references", "words", "documents", "cases", "presence")
ANALYSIS_TEXTS = frozenset(
    (
        QT_TRANSLATE_NOOP("ResultTableModel", "Code frequencies"),
        QT_TRANSLATE_NOOP("ResultTableModel", "Co-occurrence"),
        QT_TRANSLATE_NOOP("ResultTableModel", "Word frequency"),
        QT_TRANSLATE_NOOP("ResultTableModel", "Code"),
        QT_TRANSLATE_NOOP("ResultTableModel", "Case"),
        QT_TRANSLATE_NOOP("ResultTableModel", "Document"),
        QT_TRANSLATE_NOOP("ResultTableModel", "Word"),
        QT_TRANSLATE_NOOP("ResultTableModel", "Count"),
    )
)
"""The titles and headers the (Qt-free) queries write in English."""


def analysis_text(text: str) -> str:
    """A query's own title or header (``Code frequencies``, ``Code``) in the user's language;
    any other text, such as a code path or an attribute value, as it is."""
    if text in ANALYSIS_TEXTS:
        return QCoreApplication.translate("ResultTableModel", text)
    return text


def measure_label(
    measure: str, percent: bool = False, provenance: dict[str, str] | None = None
) -> str:
    """What a table's cells count, in the user's language (``Coding references``)."""
    if percent:
        of = (provenance or {}).get("percent", "")
        if of == "row":
            return QCoreApplication.translate("ResultTableModel", "Row percentage")
        if of == "column":
            return QCoreApplication.translate("ResultTableModel", "Column percentage")
        return QCoreApplication.translate("ResultTableModel", "Percentage")
    names = {
        "references": QCoreApplication.translate("ResultTableModel", "Coding references"),
        "words": QCoreApplication.translate("ResultTableModel", "Words coded"),
        "documents": QCoreApplication.translate("ResultTableModel", "Documents coded"),
        "cases": QCoreApplication.translate("ResultTableModel", "Cases coded"),
        "presence": QCoreApplication.translate("ResultTableModel", "Coding presence"),
        "count": QCoreApplication.translate("ResultTableModel", "Co-occurrences"),
        "coefficient": QCoreApplication.translate("ResultTableModel", "c-coefficient"),
    }
    return names.get(measure, measure)


def format_value(
    value: Number, locale: QLocale, *, percent: bool, presence: bool, decimals: int = 2
) -> str:
    """A cell as the user reads it, in ``locale``; fractions with ``decimals`` decimals."""
    if presence and not percent:
        if value:
            return QCoreApplication.translate("ResultTableModel", "Yes")
        return QCoreApplication.translate("ResultTableModel", "No")
    if percent:
        text = locale.toString(float(value), "f", 1)
        space = "\u00a0" if locale.language() in _SPACED_PERCENT else ""
        return f"{text}{space}{locale.percent()}"
    if isinstance(value, int) or float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)


class ResultTableModel(QAbstractTableModel):
    """The cells of one ResultTable (or none), read-only, with totals set apart."""

    def __init__(self, parent: QObject | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._table: ResultTable | None = None
        self._fixed_locale = locale

    @property
    def table(self) -> ResultTable | None:
        """The table shown."""
        return self._table

    @property
    def _locale(self) -> QLocale:
        """The locale given, else the user's current one."""
        return self._fixed_locale or QLocale()

    def set_table(self, table: ResultTable | None) -> None:
        """Show ``table`` instead of the one before."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def _has_total_row(self) -> bool:
        table = self._table
        return table is not None and table.column_totals is not None

    def _has_total_column(self) -> bool:
        table = self._table
        return table is not None and table.row_totals is not None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """Table rows, plus the totals row."""
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.row_labels) + int(self._has_total_row())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """The label column, table columns, plus the totals column."""
        if parent.isValid() or self._table is None:
            return 0
        return 1 + len(self._table.column_labels) + int(self._has_total_column())

    def is_total(self, row: int, column: int) -> bool:
        """True for the cells of the totals row (its label too) and of the totals column."""
        if self._table is None:
            return False
        rows, columns = self._table.shape
        return row >= rows or column > columns

    def table_cell(self, row: int, column: int) -> tuple[int, int] | None:
        """The table cell behind a model cell, or None for labels and totals."""
        if self._table is None or column == 0 or self.is_total(row, column):
            return None
        return row, column - 1

    def raw_value(self, row: int, column: int) -> Number | str | None:
        """What a model cell holds: a label, a number, or None for an empty corner."""
        table = self._table
        if table is None:
            return None
        rows, columns = table.shape
        if column == 0:
            return table.row_labels[row] if row < rows else self.tr("Total")
        if row < rows and column <= columns:
            return table.values[row][column - 1]
        if row < rows:
            return None if table.row_totals is None else table.row_totals[row]
        if column <= columns:
            return None if table.column_totals is None else table.column_totals[column - 1]
        return table.grand_total

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort key, alignment, font and background of one cell."""
        if not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        value = self.raw_value(row, column)
        total = self.is_total(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if value is None or isinstance(value, str):
                return value or ""
            in_cells = not total
            return format_value(
                value,
                self._locale,
                percent=self._table.percent and in_cells,
                presence=self._table.measure == "presence" and in_cells,
                decimals=3 if self._table.measure == "coefficient" else 2,
            )
        if role == SORT_ROLE:
            return value
        if role == TOTAL_ROLE:
            return total
        if role == CELL_ROLE:
            return self.table_cell(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return QBrush(_TOTAL_BACKGROUND)
        return None

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; rows are numbered."""
        table = self._table
        if table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._locale.toString(section + 1) if section < self.rowCount() else None
        if section == 0:
            return analysis_text(table.row_header)
        if section <= len(table.column_labels):
            return self._column_title(table, section - 1)
        return self.tr("Total") if section < self.columnCount() else None

    @staticmethod
    def _column_title(table: ResultTable, column: int) -> str:
        """A measure's column in the user's language; other columns as the query named them."""
        label = table.column_labels[column]
        if table.column_kind == "measure" and len(table.column_keys) > column:
            key = str(table.column_keys[column])
            if key in MEASURES:
                return measure_label(key)
            return analysis_text(label)
        return label

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Cells can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TotalsLastProxy(QSortFilterProxyModel):
    """Sorts a ResultTableModel by numbers or labels while the totals row stays last."""

    def __init__(self, parent: QObject | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._collator = QCollator(locale or QLocale())
        self._collator.setNumericMode(True)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802 - Qt's API
        """Totals after everything in either order; numbers as numbers, labels collated."""
        left_total = bool(left.sibling(left.row(), 0).data(TOTAL_ROLE))
        right_total = bool(right.sibling(right.row(), 0).data(TOTAL_ROLE))
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if left_total != right_total:
            return left_total == descending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if isinstance(a, str) or isinstance(b, str):
            return self._collator.compare(str(a), str(b)) < 0
        return bool(a < b)
