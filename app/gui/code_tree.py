"""The code tree as a read-only item model: codes by id, their details fetched as rows are drawn.

The shape of the tree (ids, parents, names, order) is read whole, which is cheap; colours,
descriptions and coding counts are read for a row's siblings the first time one of them is
drawn and kept until the project changes. Dragging and dropping is added by
:class:`app.gui.code_model.CodeTreeModel`.
"""

from __future__ import annotations

import html
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.gui.session import ProjectSession
from models.browsing import (
    CodeDetails,
    CodeNode,
    code_details,
    code_nodes,
    code_paths,
    descendants,
)

CODE_ID_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_COLUMN, REFERENCES_COLUMN, DOCUMENTS_COLUMN = 0, 1, 2

Index = QModelIndex | QPersistentModelIndex


class ReadOnlyCodeTree(QAbstractItemModel):
    """The project's codes with their references and documents, read only; each index's
    internal id is its code's id. Its texts keep the ``CodeTreeModel`` translation context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._nodes: dict[int, CodeNode] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._rows: dict[int, int] = {}
        self._paths: dict[int, str] = {}
        self._details: dict[int, CodeDetails] = {}  # the row cache

    # Reading the project

    def set_session(self, session: ProjectSession | None) -> None:
        """Show the codes of ``session`` (None: none); drops change it through the session."""
        self._session = session
        self.refresh()

    def refresh(self) -> None:
        """Read the tree again and forget the cached rows; when the tree keeps its shape only
        the rows are redrawn, otherwise the model is reset."""
        nodes = [] if self._session is None else code_nodes(self._session.db)
        children: dict[int | None, list[int]] = {None: []}
        for node in nodes:
            children.setdefault(node.parent_id, []).append(node.id)
        self._details.clear()
        if children == self._children:
            self._nodes = {node.id: node for node in nodes}
            self._paths = code_paths(nodes)
            for parent_id, ids in children.items():
                parent = self.index_of(parent_id) if parent_id is not None else QModelIndex()
                if ids:
                    last = self.index(len(ids) - 1, DOCUMENTS_COLUMN, parent)
                    self.dataChanged.emit(self.index(0, NAME_COLUMN, parent), last)
            return
        self.beginResetModel()
        self._nodes = {node.id: node for node in nodes}
        self._children = children
        self._rows = {code_id: row for ids in children.values() for row, code_id in enumerate(ids)}
        self._paths = code_paths(nodes)
        self.endResetModel()

    def details(self, code_id: int) -> CodeDetails | None:
        """A code's colour, description and counts (from the row cache)."""
        return self._details_of(code_id) if code_id in self._nodes else None

    def _details_of(self, code_id: int) -> CodeDetails | None:
        if code_id not in self._details and self._session is not None:
            # Rows are drawn with their siblings, so fetch them together.
            siblings = self._children.get(self._nodes[code_id].parent_id, [code_id])
            uncached = [c for c in siblings if c not in self._details] or [code_id]
            self._details.update(code_details(self._session.db, uncached))
        return self._details.get(code_id)

    # Looking codes up

    def code_id(self, index: Index) -> int | None:
        """The id of the code at ``index`` (None for the root)."""
        return index.internalId() if index.isValid() else None

    def index_of(self, code_id: int, column: int = NAME_COLUMN) -> QModelIndex:
        """The index of a code, or an invalid index when the project has none with that id."""
        if code_id not in self._nodes:
            return QModelIndex()
        return self.createIndex(self._rows[code_id], column, code_id)

    def node(self, code_id: int) -> CodeNode | None:
        """A code's place in the tree."""
        return self._nodes.get(code_id)

    def path(self, code_id: int) -> str:
        """A code's path, such as ``Borgerrelationer/Tillid``."""
        return self._paths.get(code_id, "")

    def code_ids(self) -> list[int]:
        """Every code, parents before their children, siblings in order."""
        found: list[int] = []
        stack = list(reversed(self._children[None]))
        while stack:
            code_id = stack.pop()
            found.append(code_id)
            stack.extend(reversed(self._children.get(code_id, [])))
        return found

    def descendants(self, code_id: int) -> set[int]:
        """Every code below ``code_id``."""
        return descendants(self._nodes.values(), code_id)

    # QAbstractItemModel: shape

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of the ``row``-th sub-code of ``parent`` (the root when invalid)."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children[self.code_id(parent)][row])

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...
    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        """The code a code sits under; the root for top-level codes."""
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        parent_id = self._nodes[child.internalId()].parent_id
        return QModelIndex() if parent_id is None else self.index_of(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The number of sub-codes (only the first column has children)."""
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return 0
        return len(self._children.get(self.code_id(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Name, references and documents."""
        return 3

    # QAbstractItemModel: data

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name with colour swatch and description, counts in the user's locale, id, path."""
        if not index.isValid():
            return None
        code_id, column = index.internalId(), index.column()
        if role == CODE_ID_ROLE:
            return code_id
        if role == PATH_ROLE:
            return self._paths[code_id]
        if column == NAME_COLUMN and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return self._nodes[code_id].name
        if role == Qt.ItemDataRole.FontRole and not self._nodes[code_id].is_codable:
            font = QFont()
            font.setItalic(True)  # a folder that only groups codes
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        details = self._details_of(code_id)
        if details is None:
            return None
        if column == NAME_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(details.color)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(code_id, details)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = details.references if column == REFERENCES_COLUMN else details.documents
            return QLocale().toString(count)
        return None

    def _tooltip(self, code_id: int, details: CodeDetails) -> str:
        title = f"<b>{html.escape(self._paths[code_id])}</b>"
        if not details.description.strip():
            return title
        text = html.escape(details.description.strip()).replace("\n", "<br>")
        return f"{title}<br>{text}"

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            QCoreApplication.translate("CodeTreeModel", "Code"),
            QCoreApplication.translate("CodeTreeModel", "References"),
            QCoreApplication.translate("CodeTreeModel", "Documents"),
        ]
        return titles[section] if 0 <= section < len(titles) else None
