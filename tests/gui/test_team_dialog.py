"""Opening a team project: the address is remembered without its password, which goes only
into the keyring (a fake one in memory here), or nowhere when there is no keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.gui.main_window import MainWindow
from app.gui.team_dialog import LAST_ADDRESS_KEY, TeamProjectDialog, open_team_project
from app.team_credentials import (
    TeamAddress,
    forget_password,
    remember_password,
    stored_password,
)
from models.database import create_project
from tests.pg_server import ThrowawayPostgres

SECRET = "hemmeligt-æøå-kodeord"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict, for tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)


def settings_text(folder: Path) -> str:
    QSettings().sync()
    return "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def test_an_address_makes_urls_without_and_with_its_password() -> None:
    server = TeamAddress("db.kommune.dk", 5433, "sagsgennemgang", "søren")
    assert server.url() == "postgresql://s%C3%B8ren@db.kommune.dk:5433/sagsgennemgang"
    assert SECRET not in server.url()
    assert TeamAddress.from_url(server.url(SECRET)) == server
    socket = TeamAddress("/var/run/postgresql", 5432, "forsøg", "ane")
    assert socket.uses_socket and "host=%2Fvar%2Frun%2Fpostgresql" in socket.url()
    assert TeamAddress.from_url(socket.url()) == socket


def test_passwords_go_to_the_keyring_and_can_be_forgotten(memory_keyring: MemoryKeyring) -> None:
    address = TeamAddress("db.kommune.dk", 5432, "forsøg", "ane")
    assert stored_password(address) is None
    assert remember_password(address, SECRET)
    assert memory_keyring.passwords == {("Tekstur", address.keyring_name): SECRET}
    assert stored_password(address) == SECRET
    forget_password(address)
    assert stored_password(address) is None


def test_without_a_keyring_the_dialog_says_so_and_nothing_is_kept(
    qtbot: QtBot, no_keyring: None
) -> None:
    dialog = TeamProjectDialog()
    qtbot.addWidget(dialog)
    assert not dialog.remember_box.isEnabled()
    assert not dialog.keyring_note.isHidden()
    assert not remember_password(TeamAddress("h", 5432, "d", "u"), SECRET)
    assert not dialog.wants_remembering()


def test_the_dialog_needs_server_database_and_user(qtbot: QtBot, memory_keyring: object) -> None:
    dialog = TeamProjectDialog()
    qtbot.addWidget(dialog)
    assert dialog.remember_box.isEnabled() and dialog.keyring_note.isHidden()
    dialog.user_edit.setText("ane")
    dialog.host_edit.setText("db.kommune.dk")
    assert not dialog.complete()
    dialog.database_edit.setText("forsøg")
    assert dialog.complete()
    assert dialog.address() == TeamAddress("db.kommune.dk", 5432, "forsøg", "ane")


@pytest.mark.postgres
def test_opening_keeps_the_url_in_settings_and_the_password_in_the_keyring(
    qtbot: QtBot,
    postgres: ThrowawayPostgres,
    memory_keyring: MemoryKeyring,
    own_settings: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"no message expected: {args[1:]}")

    monkeypatch.setattr(QMessageBox, "information", refuse)
    monkeypatch.setattr(QMessageBox, "critical", refuse)
    url = postgres.create_database()
    try:
        create_project(url, name="Holdprojekt æøå").close()
        database = make_url(url).database or ""
        window = MainWindow()
        qtbot.addWidget(window)
        dialog = TeamProjectDialog(window)
        dialog.host_edit.setText(str(postgres.socket_dir))
        dialog.database_edit.setText(database)
        dialog.user_edit.setText("postgres")
        dialog.password_edit.setText(SECRET)  # the test server trusts the socket anyway
        dialog.remember_box.setChecked(True)
        assert open_team_project(window, dialog)
        assert window.session is not None
        assert window.session.db.project_name() == "Holdprojekt æøå"
        address = dialog.address()
        assert QSettings().value(LAST_ADDRESS_KEY) == address.url()
        assert SECRET not in settings_text(own_settings)
        assert memory_keyring.passwords == {("Tekstur", address.keyring_name): SECRET}
        assert window.recent.entries() == []

        again = TeamProjectDialog(window)
        assert again.address() == address
        assert again.password() == SECRET  # from the keyring; the field stays empty
        assert again.password_edit.text() == ""
        window.close()
    finally:
        postgres.drop_database(url)


def test_a_window_without_a_project_offers_the_team_action(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    action = window.menu_actions["open_team"]
    assert action.isEnabled() and "team" in action.text().replace("&", "").lower()
