"""Tekstur's settings: the interface language and the name codings are recorded under.

Both are kept in QSettings. The coder's name defaults to what the command line uses
(``$TEKSTUR_CODER``, then the login name), so the window and ``tekstur code`` agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.cli_common import default_coder
from app.gui.language import (
    LANGUAGE_NAMES,
    LANGUAGES,
    current_language,
    save_language,
    saved_language,
    switch_language,
    system_language,
)
from app.gui.session import ProjectSession

CODER_KEY = "coding/coder"


def saved_coder_name() -> str:
    """The coder's name from the settings, else the command line's default."""
    value = QSettings().value(CODER_KEY, "")
    name = value.strip() if isinstance(value, str) else ""
    return name or default_coder()


def save_coder_name(name: str) -> None:
    """Keep ``name`` as the coder's name (a blank name goes back to the default)."""
    settings = QSettings()
    if name.strip():
        settings.setValue(CODER_KEY, name.strip())
    else:
        settings.remove(CODER_KEY)


class SettingsDialog(QDialog):
    """Choose the interface language (System, Dansk, English) and the coder's name.

    Accepting saves both; :func:`edit_settings` also applies them to the running program.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_box = QComboBox()
        self.language_box.addItem("", None)
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        chosen = saved_language()
        self.language_box.setCurrentIndex(self.language_box.findData(chosen) if chosen else 0)
        self.coder_edit = QLineEdit(saved_coder_name())
        self.coder_edit.setMaxLength(200)
        self.coder_edit.textChanged.connect(self._update_ok)
        self._language_label, self._coder_label = QLabel(), QLabel()
        self._language_label.setBuddy(self.language_box)
        self._coder_label.setBuddy(self.coder_edit)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setEnabled(False)  # shown greyed: an explanation, not a control
        form = QFormLayout()
        form.addRow(self._language_label, self.language_box)
        form.addRow(self._coder_label, self.coder_edit)
        form.addRow("", self._hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(440)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._retranslate()
        self._update_ok()

    def language(self) -> str | None:
        """The chosen language, ``da`` or ``en``; None follows the system."""
        data = self.language_box.currentData()
        return data if isinstance(data, str) else None

    def coder_name(self) -> str:
        """The name new codings and memos are recorded under."""
        return self.coder_edit.text().strip()

    def accept(self) -> None:
        """Save the choices, then close."""
        if not self.coder_name():
            return
        save_language(self.language())
        save_coder_name(self.coder_name())
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Show the texts in the new language when the language is switched."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_box.setItemText(0, self.tr("System"))
        self._language_label.setText(self.tr("&Language:"))
        self._coder_label.setText(self.tr("&Coder name:"))
        self._hint.setText(
            self.tr(
                "New codings and memos are recorded under this name. "
                "The command line uses $TEKSTUR_CODER or your login name."
            )
        )

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.coder_name()))


def edit_settings(parent: QWidget | None = None, session: ProjectSession | None = None) -> bool:
    """Show the settings; when accepted, switch the language and the session's coder.

    Returns whether the user accepted.
    """
    dialog = SettingsDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    app = QCoreApplication.instance()
    wanted = dialog.language()
    if app is not None and (wanted or system_language()) != current_language():
        switch_language(app, wanted)
    if session is not None:
        session.set_coder(dialog.coder_name())
    return True
