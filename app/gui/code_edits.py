"""Changing the codes of a :class:`app.gui.code_panel.CodePanel`, each change one undo step,
and the questions asked first: a new code's name, another name, colour or description, the
code to merge into, whether to delete.

The texts keep the ``CodePanel`` translation context; the counts, which need plural forms
(lupdate takes those only from ``self.tr``), are in the ``CodeEdits`` context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from models.browsing import code_extent
from models.commands import Command, CreateCode, DeleteCode, MergeCodes, UpdateCode
from models.commands.code_versions import SeenCode

if TYPE_CHECKING:
    from app.gui.code_panel import CodePanel


class CodeEdits(QObject):
    """The code changes a :class:`CodePanel` offers, applied to its session's project."""

    def __init__(self, panel: CodePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def _push(self, command: Command, label: str) -> bool:
        return (session := self.panel.session) is not None and session.push(command, label)

    def create_code(self, name: str, parent_id: int | None = None) -> int | None:
        """Create a code (under ``parent_id``) as one undo step and choose it; its id, or None
        when refused."""
        create = CreateCode(name, parent_id)
        label = QCoreApplication.translate("CodePanel", "New code '{code}'")
        if not self._push(create, label.format(code=name.strip())):
            return None
        if create.code_id is not None:
            self.panel.select_code(create.code_id)
        return create.code_id

    def rename_code(self, code_id: int, name: str, seen: SeenCode | None = None) -> bool:
        """Rename a code as one undo step; refused when someone else changed it since ``seen``
        (by default: since the tree last showed it)."""
        label = QCoreApplication.translate("CodePanel", "Rename code '{old}' to '{new}'")
        seen = seen or self.seen(code_id)
        return self._push(
            UpdateCode(code_id, name=name, seen=seen),
            label.format(old=self._name(code_id), new=name.strip()),
        )

    def set_code_color(self, code_id: int, color: str) -> bool:
        """Give a code another colour (``#rrggbb``) as one undo step."""
        label = QCoreApplication.translate("CodePanel", "Colour of code '{code}'").format(
            code=self._name(code_id)
        )
        return self._push(UpdateCode(code_id, color=color), label)

    def set_code_description(self, code_id: int, description: str) -> bool:
        """Replace a code's description as one undo step."""
        label = QCoreApplication.translate("CodePanel", "Description of code '{code}'").format(
            code=self._name(code_id)
        )
        return self._push(UpdateCode(code_id, description=description), label)

    def delete_code(self, code_id: int) -> bool:
        """Delete a code with its sub-codes and codings as one undo step."""
        label = QCoreApplication.translate("CodePanel", "Delete code '{code}'").format(
            code=self._name(code_id)
        )
        return self._push(DeleteCode(code_id), label)

    def merge_codes(
        self, source_id: int, target_id: int, seen: dict[int, SeenCode] | None = None
    ) -> bool:
        """Merge one code into another as one undo step; refused when someone else changed
        either since ``seen`` (by default: since the tree last showed them)."""
        label = QCoreApplication.translate(
            "CodePanel", "Merge code '{source}' into '{target}'"
        ).format(source=self._name(source_id), target=self.panel.model.path(target_id))
        seen = seen or {c: s for c in (source_id, target_id) if (s := self.seen(c)) is not None}
        merge = MergeCodes(
            source_id, target_id, seen_source=seen.get(source_id), seen_target=seen.get(target_id)
        )
        return self._push(merge, label)

    def seen(self, code_id: int) -> SeenCode | None:
        """The code as the tree shows it now: its version and name."""
        node = self.panel.model.node(code_id)
        return None if node is None else SeenCode(node.version, node.name)

    def _name(self, code_id: int) -> str:
        node = self.panel.model.node(code_id)
        return "" if node is None else node.name

    # Asking the user

    def ask_new_code(self) -> None:
        """Ask for a name and create a code beside the chosen one (top level when none)."""
        current = self.panel.current_code_id()
        node = None if current is None else self.panel.model.node(current)
        self._ask_new(None if node is None else node.parent_id)

    def ask_new_subcode(self) -> None:
        """Ask for a name and create a code under the chosen one."""
        current = self.panel.current_code_id()
        if current is not None:
            self._ask_new(current)

    def _ask_new(self, parent_id: int | None) -> None:
        where = (
            QCoreApplication.translate("CodePanel", "Name of the new code:")
            if parent_id is None
            else QCoreApplication.translate(
                "CodePanel", "Name of the new code under '{code}':"
            ).format(code=self._name(parent_id))
        )
        name, accepted = QInputDialog.getText(
            self.panel, QCoreApplication.translate("CodePanel", "New code"), where
        )
        if accepted and name.strip():
            self.create_code(name, parent_id)

    def ask_rename(self) -> None:
        """Ask for a new name for the chosen code."""
        code_id = self.panel.current_code_id()
        if code_id is None:
            return
        old, seen = self._name(code_id), self.seen(code_id)  # before others change it
        name, accepted = QInputDialog.getText(
            self.panel,
            QCoreApplication.translate("CodePanel", "Rename code"),
            QCoreApplication.translate("CodePanel", "New name:"),
            text=old,
        )
        if accepted and name.strip() and name.strip() != old:
            self.rename_code(code_id, name, seen)

    def ask_color(self) -> None:
        """Ask for another colour for the chosen code."""
        code_id = self.panel.current_code_id()
        details = None if code_id is None else self.panel.model.details(code_id)
        if code_id is None or details is None:
            return
        title = QCoreApplication.translate("CodePanel", "Colour of '{code}'").format(
            code=self._name(code_id)
        )
        color = QColorDialog.getColor(QColor(details.color), self.panel, title)
        if color.isValid() and color.name() != details.color:
            self.set_code_color(code_id, color.name())

    def ask_description(self) -> None:
        """Let the user edit the chosen code's description."""
        code_id = self.panel.current_code_id()
        details = None if code_id is None else self.panel.model.details(code_id)
        if code_id is None or details is None:
            return
        text, accepted = QInputDialog.getMultiLineText(
            self.panel,
            QCoreApplication.translate("CodePanel", "Description"),
            QCoreApplication.translate(
                "CodePanel", "Definition, when to use it and when not, an example:"
            ),
            details.description,
        )
        if accepted and text != details.description:
            self.set_code_description(code_id, text)

    def ask_delete(self) -> None:
        """Delete the chosen code after the user confirms, told what goes with it."""
        code_id = self.panel.current_code_id()
        if code_id is None or self.panel.session is None:
            return
        extent = code_extent(self.panel.session.db, code_id)
        question = QCoreApplication.translate(
            "CodePanel",
            "Delete the code '{code}' with {subcodes} and {codings}? Undo brings them back.",
        ).format(
            code=self._name(code_id),
            subcodes=self.tr("%n sub-code(s)", "", extent.subcodes),
            codings=self.tr("%n coding(s)", "", extent.codings),
        )
        answer = QMessageBox.question(
            self.panel, QCoreApplication.translate("CodePanel", "Delete code"), question
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_code(code_id)

    def ask_merge(self) -> None:
        """Ask which code the chosen code goes into, then merge."""
        code_id = self.panel.current_code_id()
        if code_id is None:
            return
        excluded = {code_id, *self.panel.model.descendants(code_id)}
        targets = {
            self.panel.model.path(c): c for c in self.panel.model.code_ids() if c not in excluded
        }
        seen = {c: s for c in (code_id, *targets.values()) if (s := self.seen(c)) is not None}
        if not targets:
            return
        prompt = QCoreApplication.translate(
            "CodePanel", "Merge '{code}' and its codings into:"
        ).format(code=self._name(code_id))
        path, accepted = QInputDialog.getItem(
            self.panel,
            QCoreApplication.translate("CodePanel", "Merge code"),
            prompt,
            list(targets),
            0,
            False,
        )
        if accepted and path in targets:
            self.merge_codes(code_id, targets[path], seen)
