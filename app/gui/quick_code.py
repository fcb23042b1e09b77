"""Coding with a code path: the quick-code box, and in-vivo codes named from the selection.

In the quick-code box, typing any part of a path (``tillid``) offers the matching paths; Enter
codes the selection with the path in the box, creating the code when it is new (in the same
undo step); Esc closes the box. In-vivo codes go under a top-level code called ``In vivo``
(the same word in Danish and English), where they are easy to review and to move into the
codebook later; a name already there is reused.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.gui.session import Passage
from models.commands import Batch, CodePassage, EnsureCodePath
from models.paths import join_code_path, split_code_path

if TYPE_CHECKING:
    from app.gui.coding_actions import CodingActions

IN_VIVO_PARENT = "In vivo"
IN_VIVO_WORDS, IN_VIVO_CHARACTERS = 8, 60
NEW_CODE_COLORS = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939",
]  # fmt: skip


class QuickCodeBox(QFrame):
    """A popup asking for a code path; emits ``chosen(path)`` once and closes."""

    chosen = Signal(str)

    def __init__(self, paths: list[str], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._done = False
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(360)
        self.edit.setPlaceholderText(self.tr("Code path, e.g. Borgerrelationer/Tillid"))
        self.completer = QCompleter(paths, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._accept)
        self.edit.returnPressed.connect(lambda: self._accept(self.edit.text()))
        hint = QLabel(
            self.tr("Enter codes the selection; a new path creates the code. Esc cancels.")
        )
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.edit)
        layout.addWidget(hint)

    def popup_at(self, point: QPoint) -> None:
        """Show the box with its top left at ``point`` (global), ready for typing."""
        self.adjustSize()
        self.move(point)
        self.show()
        self.edit.setFocus()

    def _accept(self, text: str) -> None:
        path = text.strip()
        if path and not self._done:
            self._done = True  # the completer and the line edit may both report one Enter
            self.close()
            self.chosen.emit(path)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc closes the box without coding."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def in_vivo_name(words: str) -> str:
    """A code name from selected words: one line, no punctuation or emoji at either end, at
    most eight words and sixty characters (cut at a word, with "…")."""
    cleaned = " ".join(words.split())
    edge = "PSZC"  # punctuation, symbols (emoji), separators, controls
    while cleaned and unicodedata.category(cleaned[0])[0] in edge:
        cleaned = cleaned[1:]
    while cleaned and unicodedata.category(cleaned[-1])[0] in edge:
        cleaned = cleaned[:-1]
    kept = cleaned.split(" ")[:IN_VIVO_WORDS]
    while len(kept) > 1 and len(" ".join(kept)) > IN_VIVO_CHARACTERS:
        kept.pop()
    shortened = " ".join(kept)[:IN_VIVO_CHARACTERS].rstrip(" ,;:.-–")
    return shortened + "…" if shortened != cleaned and shortened else shortened


def new_code_color(codes: int) -> str:
    """A colour for a new code, taking turns through a palette as codes are added."""
    return NEW_CODE_COLORS[codes % len(NEW_CODE_COLORS)]


def ask_for_code_path(actions: CodingActions) -> None:
    """Ask for a code path in a popup beside the cursor and code the selection with it."""
    passage, shown = actions.view.selected_passage(), actions.view.shown
    if passage is None or shown is None:
        actions.tell(QCoreApplication.translate("QuickCode", "Select the text to code first."))
        return
    codable = [look.path for look in shown.layers.codes.values() if look.codable]
    box = QuickCodeBox(sorted(codable, key=str.casefold), actions.view)
    box.chosen.connect(lambda path: code_with_path(actions, passage, path))
    actions.quick_code_box = box
    box.popup_at(actions.view.viewport().mapToGlobal(actions.view.cursorRect().bottomLeft()))


def code_with_path(
    actions: CodingActions, passage: Passage, path: str, *, in_vivo: bool = False
) -> bool:
    """Code ``passage`` with the code at ``path``, creating it (in the same undo step)."""
    session, shown = actions.session(), actions.view.shown
    try:
        names = split_code_path(path)
    except ValueError:
        text = QCoreApplication.translate("QuickCode", "'{path}' is not a code path.")
        actions.tell(text.format(path=path))
        return False
    if session is None or shown is None:
        return False
    path = join_code_path(names)
    existing = next((i for i, look in shown.layers.codes.items() if look.path == path), None)
    if existing is not None:
        return actions.code(passage, existing)
    ensure = EnsureCodePath(path, color=new_code_color(len(shown.layers.codes)))
    start, end = passage.start, passage.end
    code = CodePassage(passage.document_id, path, session.coder_name, start, end, shown.name)
    if in_vivo:
        template = QCoreApplication.translate("QuickCode", "Code in vivo '{code}' in {document}")
    else:
        template = QCoreApplication.translate("QuickCode", "Code '{code}' in {document}")
    label = actions.label(template, names[-1])
    if not session.push(Batch(label, [ensure, code]), label) or ensure.code_id is None:
        return False
    session.note_code_used(ensure.code_id)
    actions.update_texts()
    return True


def code_in_vivo(actions: CodingActions) -> bool:
    """Code the selection with a new code under "In vivo" named from its words."""
    passage, shown = actions.view.selected_passage(), actions.view.shown
    if passage is None or shown is None:
        text = QCoreApplication.translate("QuickCode", "Select the words to code in vivo first.")
        actions.tell(text)
        return False
    start = passage.start
    turn = shown.turn_at(start)
    if turn is not None and start < turn.start < passage.end:
        start = turn.start  # leave a selected speaker label out of the name
    name = in_vivo_name(shown.text[start : passage.end])
    if not name:
        text = QCoreApplication.translate(
            "QuickCode", "The selection holds no words to name a code."
        )
        actions.tell(text)
        return False
    return code_with_path(actions, passage, join_code_path([IN_VIVO_PARENT, name]), in_vivo=True)
