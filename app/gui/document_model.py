"""The documents of a project as a two-level tree: one group per kind, then the documents."""

from __future__ import annotations

from collections.abc import Callable
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

from models.browsing import DocumentEntry
from models.documents import DocumentKind

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_COLUMN, CODINGS_COLUMN = 0, 1
_GROUP = 0  # internal id of a group row; a document row stores its group's row + 1

_KIND_LABELS: dict[DocumentKind, Callable[[], str]] = {
    DocumentKind.FOCUS_GROUP: lambda: QCoreApplication.translate("DocumentKind", "Focus groups"),
    DocumentKind.INTERVIEW: lambda: QCoreApplication.translate("DocumentKind", "Interviews"),
    DocumentKind.JOURNAL: lambda: QCoreApplication.translate("DocumentKind", "Case journals"),
    DocumentKind.NOTE: lambda: QCoreApplication.translate("DocumentKind", "Field notes"),
    DocumentKind.OTHER: lambda: QCoreApplication.translate("DocumentKind", "Other documents"),
}

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: DocumentKind) -> str:
    """The heading of a kind's group in the user's language."""
    return _KIND_LABELS[kind]()


class DocumentTreeModel(QAbstractItemModel):
    """Documents grouped by kind (in the order of :class:`DocumentKind`), filtered by name and
    by a set of allowed ids; a kind without visible documents has no group."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[DocumentEntry] = []
        self._name_filter = ""
        self._allowed: frozenset[int] | None = None
        self._groups: list[tuple[DocumentKind, list[DocumentEntry]]] = []

    # What is shown

    def set_entries(self, entries: list[DocumentEntry]) -> None:
        """Show ``entries`` (ordered by name); only the rows that changed are redrawn when the
        tree keeps its shape."""
        self._entries = list(entries)
        self._update()

    def set_filter(self, name: str, allowed: frozenset[int] | None) -> None:
        """Show only documents whose name contains ``name`` (any case) and, unless ``allowed``
        is None, whose id is in ``allowed``."""
        self._name_filter, self._allowed = name.casefold().strip(), allowed
        self._update()

    def is_filtered(self) -> bool:
        """Whether a filter hides any documents."""
        return bool(self._name_filter) or self._allowed is not None

    def entry(self, document_id: int) -> DocumentEntry | None:
        """The document ``document_id`` whether shown or not, or None when there is none."""
        return next((e for e in self._entries if e.id == document_id), None)

    def _update(self) -> None:
        groups = self._visible_groups()
        shape = [(kind, [e.id for e in entries]) for kind, entries in groups]
        if shape == [(kind, [e.id for e in entries]) for kind, entries in self._groups]:
            self._groups = groups
            for row in range(len(groups)):
                group = self.index(row, 0)
                last = self.rowCount(group) - 1
                self.dataChanged.emit(group, self.index(row, CODINGS_COLUMN))
                if last >= 0:
                    self.dataChanged.emit(
                        self.index(0, 0, group), self.index(last, CODINGS_COLUMN, group)
                    )
            return
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    def _visible_groups(self) -> list[tuple[DocumentKind, list[DocumentEntry]]]:
        by_kind: dict[DocumentKind, list[DocumentEntry]] = {kind: [] for kind in DocumentKind}
        for entry in self._entries:
            if self._name_filter and self._name_filter not in entry.name.casefold():
                continue
            if self._allowed is not None and entry.id not in self._allowed:
                continue
            by_kind[entry.kind].append(entry)
        return [(kind, entries) for kind, entries in by_kind.items() if entries]

    # Finding rows

    def document_id(self, index: Index) -> int | None:
        """The id of the document at ``index``, None for a group or an invalid index."""
        entry = self._entry_at(index)
        return None if entry is None else entry.id

    def index_of(self, document_id: int) -> QModelIndex:
        """The index of a shown document, or an invalid index."""
        for group_row, (_, entries) in enumerate(self._groups):
            for row, entry in enumerate(entries):
                if entry.id == document_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def group_index(self, kind: DocumentKind) -> QModelIndex:
        """The index of a kind's group, or an invalid index when it is not shown."""
        for row, (group_kind, _) in enumerate(self._groups):
            if group_kind is kind:
                return self.index(row, 0)
        return QModelIndex()

    def _entry_at(self, index: Index) -> DocumentEntry | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # QAbstractItemModel

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a group (under the root) or of a document (under its group)."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...
    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        """A document's group; a group's parent is the root."""
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Groups under the root, documents under a group, nothing under a document."""
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _GROUP:
            return 0
        return len(self._groups[parent.row()][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Name and number of codings."""
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Documents can be selected; groups only hold them."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names, counts (in the user's locale) and ids."""
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == _GROUP:
            kind, entries = self._groups[index.row()]
            codings = sum(e.codings for e in entries)
            return self._cell(kind_label(kind), codings, column, role, kind=kind)
        entry = self._entry_at(index)
        assert entry is not None
        if role == DOCUMENT_ID_ROLE:
            return entry.id
        return self._cell(entry.name, entry.codings, column, role, kind=entry.kind)

    def _cell(self, name: str, codings: int, column: int, role: int, *, kind: DocumentKind) -> Any:
        if role == KIND_ROLE:
            return kind.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return name if column == NAME_COLUMN else QLocale().toString(codings)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CODINGS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME_COLUMN:
            return self.tr("Document")
        return self.tr("Codings") if section == CODINGS_COLUMN else None
