"""The code tree with drag and drop: codes are dragged within the tree to reorder and nest
them, and passages are dropped onto a code to code them, each as one undo step.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal

from app.gui.code_tree import Index, ReadOnlyCodeTree
from app.gui.session import PASSAGE_MIME_TYPE, Passage, ProjectSession
from models.browsing import document_name
from models.commands import AddCodings, CodingSpan, MoveCode
from models.commands.code_versions import SeenCode
from models.position_reading import has_coding

CODE_MIME_TYPE = "application/x-tekstur-code"


class CodeTreeModel(ReadOnlyCodeTree):
    """The project's codes as a tree that codes are dragged in and passages dropped on.

    ``message(text)`` carries short feedback on a drop that changed nothing.
    """

    message = Signal(str)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Codes are dragged and dropped onto; the root takes drops (to the top level)."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        """Codes are moved; passages are copied in (they stay in their document)."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        """Codes are only ever moved."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        """Codes from this tree and passages from a document."""
        return [CODE_MIME_TYPE, PASSAGE_MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802
        """The dragged codes' ids."""
        ids = list(dict.fromkeys(index.internalId() for index in indexes if index.isValid()))
        data = QMimeData()
        data.setData(CODE_MIME_TYPE, json.dumps(ids).encode("utf-8"))
        return data

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A passage drops onto a code (not onto a folder); a code drops anywhere but under
        itself or next to a code of the same name."""
        if self._session is None:
            return False
        passage = Passage.from_mime(data)
        if passage is not None:
            target = self._nodes.get(parent.internalId()) if parent.isValid() else None
            codable = target is not None and target.is_codable
            return codable and row < 0 and passage.end > passage.start
        moved = _dragged_code(data)
        if moved is None or moved not in self._nodes:
            return False
        new_parent, position = self._drop_place(moved, row, parent)
        node = self._nodes[moved]
        if new_parent == node.parent_id and position == self._rows[moved]:
            return False  # already there
        if new_parent is not None and (
            new_parent == moved or new_parent in self.descendants(moved)
        ):
            return False
        return all(
            self._nodes[sibling].name != node.name or sibling == moved
            for sibling in self._children.get(new_parent, [])
        )

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Code the dropped passage with the code dropped on (by the session's coder), or move
        the dropped code; either is one undo step. False when nothing changed."""
        session = self._session
        if session is None or not self.canDropMimeData(data, action, row, column, parent):
            return False
        passage = Passage.from_mime(data)
        if passage is not None:
            return self._code_passage(session, passage, parent.internalId())
        moved = _dragged_code(data)
        assert moved is not None
        new_parent, position = self._drop_place(moved, row, parent)
        node = self._nodes[moved]
        label = self.tr("Move code '{code}'").format(code=node.name)
        seen = SeenCode(node.version, node.name)
        return session.push(MoveCode(moved, new_parent, position, seen=seen), label)

    def _drop_place(self, moved: int, row: int, parent: Index) -> tuple[int | None, int]:
        """Where a drop puts a code: its new parent and its place among the other sub-codes
        (MoveCode counts places without the moved code)."""
        new_parent = self.code_id(parent)
        siblings = [c for c in self._children.get(new_parent, []) if c != moved]
        if row < 0:
            return new_parent, len(siblings)  # onto a code: last of its sub-codes
        if self._nodes[moved].parent_id == new_parent and self._rows[moved] < row:
            row -= 1
        return new_parent, min(row, len(siblings))

    def _code_passage(self, session: ProjectSession, passage: Passage, code_id: int) -> bool:
        """Code the passage, unless the coder has already coded exactly it with this code: then
        nothing is pushed (an empty undo step would be confusing) and ``message`` says so."""
        coding = CodingSpan(
            passage.document_id, code_id, session.coder_id, passage.start, passage.end
        )
        code = self._nodes[code_id].name
        if has_coding(session.db, coding):
            # The message coding in the document view gives, translated under its context.
            text = QCoreApplication.translate(
                "CodingActions", "This passage is already coded with '{code}'."
            )
            self.message.emit(text.format(code=code))
            return False
        document = document_name(session.db, passage.document_id) or str(passage.document_id)
        label = self.tr("Code '{code}' in {document}").format(code=code, document=document)
        if not session.push(AddCodings([coding], label), label):
            return False
        session.note_code_used(code_id)
        return True


def _dragged_code(data: QMimeData) -> int | None:
    if not data.hasFormat(CODE_MIME_TYPE):
        return None
    try:
        ids = json.loads(bytes(data.data(CODE_MIME_TYPE).data()).decode("utf-8"))
        return int(ids[0]) if isinstance(ids, list) and len(ids) == 1 else None
    except (ValueError, TypeError, IndexError):
        return None
