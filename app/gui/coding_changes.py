"""Changing codings from the document view: remove, extend or shrink them, step from one to
the next, and the codings at a place in the view's context menu.

These carry out :class:`app.gui.coding_actions.CodingActions`; their texts keep its
``CodingActions`` translation context.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from models.commands import RemoveCodings, ResizeCoding
from models.document_layers import CodingLayer

if TYPE_CHECKING:
    from app.gui.coding_actions import CodingActions


def remove_coding(actions: CodingActions, layer: CodingLayer) -> bool:
    """Remove one coding."""
    session = actions.session()
    label = actions.label(
        QCoreApplication.translate("CodingActions", "Remove coding '{code}' from {document}"),
        layer.code_name,
    )
    return session is not None and session.push(RemoveCodings([layer.coding_id]), label)


def uncode(actions: CodingActions) -> bool:
    """Remove the coding chosen in the stripes, else the one at the cursor (asking which
    when several are there)."""
    layer = actions.view.selected_coding()
    if layer is None:
        here = actions.view.codings_at(actions.view.cursor_position())
        layer = _pick(actions, here) if len(here) > 1 else (here[0] if here else None)
    if layer is None:
        actions.tell(
            QCoreApplication.translate("CodingActions", "There is no coding at the cursor.")
        )
        return False
    return remove_coding(actions, layer)


def _pick(actions: CodingActions, layers: list[CodingLayer]) -> CodingLayer | None:
    """The current coder's coding with the current code, else ask with a menu."""
    own, code = actions.view.own_coder_id(), actions.current_code()
    mine = [c for c in layers if c.coder_id == own and c.code_id == code]
    if len(mine) == 1:
        return mine[0]
    menu = QMenu(actions.view)
    for layer in layers:
        menu.addAction(describe_coding(layer)).setData(layer.coding_id)
    chosen = menu.exec(actions.view.viewport().mapToGlobal(actions.view.cursorRect().bottomLeft()))
    if chosen is None:
        return None
    return next((c for c in layers if c.coding_id == chosen.data()), None)


def describe_coding(layer: CodingLayer) -> str:
    """A coding as a menu entry names it: code path and coder."""
    text = QCoreApplication.translate("CodingActions", "{code} (coder: {coder})")
    return text.format(code=layer.code_path, coder=layer.coder_name)


def resize_coding(actions: CodingActions, *, extend: bool) -> bool:
    """Extend the coding to cover the selection too, or shrink it to the selection."""
    passage, shown = actions.view.selected_passage(), actions.view.shown
    session = actions.session()
    if passage is None or shown is None or session is None:
        actions.tell(
            QCoreApplication.translate(
                "CodingActions", "Select the text to fit the coding to first."
            )
        )
        return False
    layer = actions.view.chosen_coding()
    if layer is None or layer.start >= passage.end or layer.end <= passage.start:
        over = shown.overlapping(passage.start, passage.end)
        own = [c for c in over if c.coder_id == actions.view.own_coder_id()] or over
        current = [c for c in own if c.code_id == actions.current_code()] or own
        layer = current[0] if current else None
    if layer is None:
        actions.tell(
            QCoreApplication.translate("CodingActions", "The selection does not touch a coding.")
        )
        return False
    if extend:
        start, end = min(layer.start, passage.start), max(layer.end, passage.end)
        template = QCoreApplication.translate(
            "CodingActions", "Extend coding '{code}' in {document}"
        )
    else:
        start, end = max(layer.start, passage.start), min(layer.end, passage.end)
        template = QCoreApplication.translate(
            "CodingActions", "Shrink coding '{code}' in {document}"
        )
    if (start, end) == (layer.start, layer.end):
        actions.tell(
            QCoreApplication.translate("CodingActions", "The coding already fits the selection.")
        )
        return False
    label = actions.label(template, layer.code_name)
    return session.push(ResizeCoding(layer.coding_id, start, end), label)


def choose_next_coding(actions: CodingActions, *, forward: bool) -> bool:
    """Choose (select) the next or previous coding from the cursor, wrapping around."""
    codings = actions.view.shown_codings()
    if not codings:
        return False
    keys = [(c.start, c.end, c.coding_id) for c in codings]
    chosen = actions.view.selected_coding()
    here = (actions.view.cursor_position(), -1, -1)
    if chosen is not None:
        here = (chosen.start, chosen.end, chosen.coding_id)
    elif actions.view.selected_passage() is not None:
        here = (actions.view.selected_passage().start, -1, -1)  # type: ignore[union-attr]
    index = bisect_right(keys, here) if forward else bisect_left(keys, here) - 1
    return actions.view.select_coding(keys[index % len(keys)][2], keep_scroll=False)


def extend_menu(actions: CodingActions, menu: QMenu, position: int) -> None:
    """Add the coding actions, the codings at ``position`` and the coders to ``menu``."""
    coding = [actions.current_action, actions.quick_action, actions.in_vivo_action]
    menu.addActions([*coding, actions.turn_action, actions.paragraph_action])
    shown = actions.view.shown
    here = actions.view.codings_at(position)
    if here:
        menu.addSeparator()
        remove = menu.addMenu(QCoreApplication.translate("CodingActions", "Remove coding"))
        select = menu.addMenu(QCoreApplication.translate("CodingActions", "Select coding"))
        for layer in here:
            _menu_entry(remove, layer, lambda chosen: remove_coding(actions, chosen))
            _menu_entry(select, layer, lambda chosen: actions.view.select_coding(chosen.coding_id))
        menu.addActions([actions.extend_action, actions.shrink_action])
    coders = sorted({c.coder_id for c in shown.layers.codings.values()}) if shown else []
    if len(coders) > 1 and shown is not None:
        visible = actions.view.visible_coders()
        show = menu.addMenu(QCoreApplication.translate("CodingActions", "Show coders"))
        for coder_id in coders:
            action = show.addAction(shown.layers.coders.get(coder_id, "?"))
            action.setCheckable(True)
            action.setChecked(visible is None or coder_id in visible)
            action.toggled.connect(lambda on, coder=coder_id: _show_coder(actions, coder, on))


def _menu_entry(menu: QMenu, layer: CodingLayer, slot: Callable[[CodingLayer], object]) -> None:
    menu.addAction(describe_coding(layer)).triggered.connect(lambda: slot(layer))


def _show_coder(actions: CodingActions, coder_id: int, on: bool) -> None:
    shown = actions.view.shown
    everyone = {c.coder_id for c in shown.layers.codings.values()} if shown else set()
    visible = actions.view.visible_coders()
    visible = set(everyone) if visible is None else visible
    visible = visible | {coder_id} if on else visible - {coder_id}
    actions.view.set_visible_coders(None if visible >= everyone else visible)
