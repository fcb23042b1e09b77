"""*File ▸ Open team project…*: a PostgreSQL project that several people code at once.

The dialog asks for the server (a host name, or the folder of the server's Unix socket),
port, database, user and password. The password can be remembered in the system's keyring
(never in settings or the recent list, which keep only the URL without it); when no keyring
is available the dialog says so and nothing is remembered. Leaving the password empty uses
the one remembered, else libpq's ``~/.pgpass``.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.team_credentials import (
    DEFAULT_PORT,
    TeamAddress,
    keyring_available,
    remember_password,
    stored_password,
)

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

LAST_ADDRESS_KEY = "team/last_url"  # the URL without a password


class TeamProjectDialog(QDialog):
    """Asks where a team project is and how to log in to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team project"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("db.example.org, or a socket folder"))
        self.port_box = QSpinBox()
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(DEFAULT_PORT)
        self.port_box.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit(getpass.getuser())
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("empty: the remembered one, or ~/.pgpass"))
        self.remember_box = QCheckBox(self.tr("&Remember the password in the system's keyring"))
        self.keyring_note = QLabel(
            self.tr(
                "No keyring is available on this computer, so the password cannot be"
                " remembered. A ~/.pgpass file works instead."
            )
        )
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        has_keyring = keyring_available()
        self.remember_box.setEnabled(has_keyring)
        self.keyring_note.setVisible(not has_keyring)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_box)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_box)
        form.addRow("", self.keyring_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._update)
        self._fill_from_settings()
        self.resize(480, self.sizeHint().height())
        self._update()

    def address(self) -> TeamAddress:
        """The project's address as typed."""
        return TeamAddress(
            self.host_edit.text().strip(),
            self.port_box.value(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
        )

    def password(self) -> str | None:
        """The password typed, else the one remembered for the address, else None (libpq
        then looks in ``~/.pgpass``)."""
        return self.password_edit.text() or stored_password(self.address())

    def wants_remembering(self) -> bool:
        """Whether a typed password is to go into the keyring once the project opens."""
        return self.remember_box.isEnabled() and self.remember_box.isChecked()

    def complete(self) -> bool:
        """Whether server, database and user are all given."""
        address = self.address()
        return bool(address.host and address.database and address.user)

    def accept(self) -> None:
        """Close only when the address is complete."""
        if self.complete():
            super().accept()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.complete())

    def _fill_from_settings(self) -> None:
        saved = QSettings().value(LAST_ADDRESS_KEY, "")
        if not isinstance(saved, str) or not saved:
            return
        try:
            address = TeamAddress.from_url(saved)
        except ValueError:
            return
        self.host_edit.setText(address.host)
        self.port_box.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)


def open_team_project(window: MainWindow, dialog: TeamProjectDialog) -> bool:
    """Open the project ``dialog`` describes in ``window``; once open, keep its URL (without
    the password) for next time and the password in the keyring when asked to."""
    address = dialog.address()
    typed = dialog.password_edit.text()
    if not window.open_project_file(address.url(dialog.password())):
        return False
    QSettings().setValue(LAST_ADDRESS_KEY, address.url())
    if typed and dialog.wants_remembering() and not remember_password(address, typed):
        QMessageBox.information(
            window,
            QCoreApplication.translate("TeamProjectDialog", "Password not remembered"),
            QCoreApplication.translate(
                "TeamProjectDialog",
                "No keyring is available on this computer; the password was not kept.",
            ),
        )
    return True


def ask_open_team_project(window: MainWindow) -> bool:
    """Ask where the team project is, then open it in ``window``."""
    dialog = TeamProjectDialog(window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return open_team_project(window, dialog)
    finally:
        dialog.deleteLater()
