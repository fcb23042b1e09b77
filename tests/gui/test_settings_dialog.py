import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.gui.language import current_language, install_translations
from app.gui.session import ProjectSession
from app.gui.settings_dialog import (
    CODER_KEY,
    SettingsDialog,
    edit_settings,
    save_coder_name,
    saved_coder_name,
)
from models.database import ProjectDatabase
from tests.gui.test_language import compile_translator, isolated_settings, translations

__all__ = ["isolated_settings", "translations"]  # fixtures shared with the language tests


@pytest.fixture
def dialog(qtbot: QtBot, isolated_settings: Path) -> SettingsDialog:
    created = SettingsDialog()
    qtbot.addWidget(created)
    return created


def test_defaults_follow_the_system_and_the_command_line(
    qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEKSTUR_CODER", "Søren Ærø")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language() is None
    assert dialog.language_box.currentIndex() == 0
    assert [dialog.language_box.itemText(i) for i in (1, 2)] == ["Dansk", "English"]
    assert dialog.coder_name() == "Søren Ærø"


def test_accepting_saves_language_and_coder(dialog: SettingsDialog, qtbot: QtBot) -> None:
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("da"))
    dialog.coder_edit.setText("  Mette Ø.  ")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QSettings().value("ui/language") == "da"
    assert saved_coder_name() == "Mette Ø."
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.language() == "da" and again.coder_name() == "Mette Ø."


def test_cancel_saves_nothing(dialog: SettingsDialog) -> None:
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.coder_edit.setText("Jonas")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert QSettings().value("ui/language") is None
    assert QSettings().value(CODER_KEY) is None


def test_a_blank_coder_name_cannot_be_saved(dialog: SettingsDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.coder_edit.setText("   ")
    assert not ok.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.coder_edit.setText("Jonas")
    assert ok.isEnabled()


def test_blank_saved_name_falls_back_to_the_default(
    isolated_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEKSTUR_CODER", "ane")
    save_coder_name("Jonas")
    assert saved_coder_name() == "Jonas"
    save_coder_name("  ")
    assert saved_coder_name() == "ane"


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    install_translations(qapp, "en")


def test_edit_settings_switches_language_and_coder(
    qapp: QApplication,
    isolated_settings: Path,
    translations: Path,
    english_afterwards: None,
    sqlite_db: ProjectDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("app.gui.language.TRANSLATIONS", translations)
    session = ProjectSession(sqlite_db, "ane")
    changed: list[str] = []
    session.coder_changed.connect(lambda: changed.append(session.coder_name))

    def choose(self: SettingsDialog) -> int:
        self.language_box.setCurrentIndex(self.language_box.findData("da"))
        self.coder_edit.setText("Jonas")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    assert edit_settings(None, session)
    assert current_language() == "da"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Filer"
    assert changed == ["Jonas"] and session.coder_name == "Jonas"
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert not edit_settings(None, session)
    assert current_language() == "da"


def test_the_dialog_retranslates_itself(
    qtbot: QtBot, qapp: QApplication, dialog: SettingsDialog, tmp_path: Path
) -> None:
    translator = compile_translator(
        tmp_path, "SettingsDialog", {"Settings": "Indstillinger", "System": "Systemets sprog"}
    )
    assert dialog.windowTitle() == "Settings"
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Indstillinger")
        assert dialog.language_box.itemText(0) == "Systemets sprog"
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")
