"""The rows of a coding comparison as a table: code × document, each code's summary, overall.

The figures are :func:`analysis.agreement.coding_comparison`'s, unchanged; this model only
chooses which rows to show (optionally only those someone coded), names the columns after
the two coder groups and formats the numbers in the user's locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from analysis.agreement import AgreementReport, AgreementRow
from models.paths import join_code_path

Index = QModelIndex | QPersistentModelIndex
CODE, DOCUMENT, KAPPA, AGREEMENT, A_ONLY, B_ONLY = range(6)
ROW_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ShownRow:
    """One row of the table: a code × document row, a code's summary or the overall row."""

    row: AgreementRow
    kind: str  # "document", "code" or "overall"


def shown_rows(report: AgreementReport, only_coded: bool) -> list[ShownRow]:
    """Each code's document rows, then its summary; the overall row last.

    ``only_coded`` leaves out the rows neither group coded anything in, and the codes with
    no such row at all.
    """
    shown: list[ShownRow] = []
    for summary in report.code_summaries:
        rows = [row for row in report.rows if row.code_id == summary.code_id]
        if only_coded:
            rows = [row for row in rows if row.a or row.b]
            if not rows:
                continue
        shown += [ShownRow(row, "document") for row in rows]
        shown.append(ShownRow(summary, "code"))
    shown.append(ShownRow(report.overall, "overall"))
    return shown


class ComparisonModel(QAbstractTableModel):
    """A coding comparison's rows, with kappa, agreement and each group's own coding in %."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ShownRow] = []
        self._names = ("A", "B")
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(
        self, report: AgreementReport | None, names: tuple[str, str], *, only_coded: bool
    ) -> None:
        """Show ``report`` (None: nothing) for groups called ``names``."""
        self.beginResetModel()
        self._rows = [] if report is None else shown_rows(report, only_coded)
        self._names = names
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def shown(self, row: int) -> ShownRow | None:
        """The row shown at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code_id: int | None, document_id: int | None) -> int:
        """Where the row of this code and document (None: the code's summary) is, or -1."""
        for number, shown in enumerate(self._rows):
            if shown.row.code_id == code_id and shown.row.document_id == document_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        """The rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        """Code, document, kappa, agreement, only A, only B."""
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles name the two groups."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        a, b = self._names
        return [
            self.tr("Code"),
            self.tr("Document"),
            self.tr("Kappa"),
            self.tr("Agreement (%)"),
            self.tr("Only {coder} (%)").format(coder=a),
            self.tr("Only {coder} (%)").format(coder=b),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, numbers in the user's locale, summaries in bold, the counts as a tooltip."""
        shown = self.shown(index.row()) if index.isValid() else None
        if shown is None:
            return None
        row, column = shown.row, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(shown, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= KAPPA:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and shown.kind != "document":
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            locale, (a, b) = QLocale(), self._names
            return self.tr(
                "{size} characters: {a} coded {count_a}, {b} coded {count_b}, both {both}"
            ).format(
                size=locale.toString(row.size),
                a=a,
                count_a=locale.toString(row.a),
                b=b,
                count_b=locale.toString(row.b),
                both=locale.toString(row.both),
            )
        if role == ROW_ROLE:
            return shown
        return None

    def _text(self, shown: ShownRow, column: int) -> str:
        row, locale = shown.row, QLocale()
        if column == CODE:
            return (
                self.tr("Overall")
                if shown.kind == "overall"
                else join_code_path(list(row.code_path))
            )
        if column == DOCUMENT:
            return self.tr("All documents") if shown.kind != "document" else row.document_name
        if column == KAPPA:
            return locale.toString(row.kappa, "f", 3)
        value = {AGREEMENT: row.agreement, A_ONLY: row.a_not_b, B_ONLY: row.b_not_a}[column]
        return locale.toString(value, "f", 1)
