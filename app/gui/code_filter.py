"""The code tree's filter: the codes whose path contains the text typed, and those above them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.gui.code_tree import NAME_COLUMN, PATH_ROLE


class CodeFilterProxy(QSortFilterProxyModel):
    """Shows the codes whose path contains the filter text (any case), and the codes above
    them; the codes below a matching code match too, since their paths contain its name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._text = ""

    def set_text(self, text: str) -> None:
        """Filter by ``text``; an empty text shows every code."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._text = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._text = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Whether the code's path (slashes inside names unescaped) contains the text."""
        if not self._text:
            return True
        source = self.sourceModel()
        path = str(source.index(source_row, NAME_COLUMN, source_parent).data(PATH_ROLE))
        return self._text in path.replace("\\/", "/").casefold()
