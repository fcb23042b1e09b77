"""Who is coding: asked once, the first time Tekstur starts, and kept in the settings.

Every coding is signed with the coder's name, and agreement between coders can only be
measured when each coder codes under a name of their own. So on the first start (no name
saved, and none given through ``$TEKSTUR_CODER``) Tekstur asks for it, suggesting the login
name. The question is window-modal but does not block the caller: the window is usable by
tests and scripts that never answer it. *File ▸ Settings* changes the name later.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.settings_dialog import CODER_KEY, save_coder_name, saved_coder_name


def coder_name_is_known() -> bool:
    """Whether the coder has a name already: saved in the settings, or in ``$TEKSTUR_CODER``."""
    value = QSettings().value(CODER_KEY, "")
    saved = value.strip() if isinstance(value, str) else ""
    return bool(saved or os.environ.get("TEKSTUR_CODER", "").strip())


class CoderNameDialog(QDialog):
    """Asks for the name the user's codings are signed with, prefilled with the login name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is coding?"))
        self.explanation = QLabel(
            self.tr(
                "Your codings are signed with this name, so that Tekstur can tell coders "
                "apart and measure how well they agree."
            )
        )
        self.explanation.setWordWrap(True)
        self.name_edit = QLineEdit(saved_coder_name())
        self.name_edit.setMaxLength(200)
        self.name_edit.selectAll()
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_edit.textChanged.connect(self._update_ok)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._update_ok()

    def coder_name(self) -> str:
        """The name typed, without surrounding spaces."""
        return self.name_edit.text().strip()

    def accept(self) -> None:
        """Keep a name only when one is given."""
        if self.coder_name():
            super().accept()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.coder_name()))


def ask_coder_on_first_start(
    parent: QWidget, use_name: Callable[[str], object]
) -> CoderNameDialog | None:
    """Ask for the coder's name when none is known yet; returns the dialog, or None when the
    name is known.

    The dialog is opened window-modal and this returns at once. When it closes the name is
    saved — the one typed, or the suggested one if the user closed it without answering, so
    the question comes only once — and passed to ``use_name``.
    """
    if coder_name_is_known():
        return None
    dialog = CoderNameDialog(parent)

    def finished(result: int) -> None:
        name = dialog.coder_name() if result == QDialog.DialogCode.Accepted else ""
        name = name or saved_coder_name()
        save_coder_name(name)
        use_name(name)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
