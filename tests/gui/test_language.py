import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.gui import language
from app.gui.language import (
    current_language,
    install_translations,
    save_language,
    saved_language,
    startup_language,
    switch_language,
    system_language,
)


@pytest.fixture
def isolated_settings(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """QSettings in a folder of this test's own, never the user's real settings."""
    folder = tmp_path / "indstillinger"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("Tekstur-prøve")
    qapp.setApplicationName("Tekstur-prøve")
    monkeypatch.delenv("TEKSTUR_LANGUAGE", raising=False)
    yield folder
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


@pytest.fixture(scope="session")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding tekstur_da.qm (`make translations` builds it; else it is built here)."""
    if (language.TRANSLATIONS / "tekstur_da.qm").is_file():
        return language.TRANSLATIONS
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = language.TRANSLATIONS / "tekstur_da.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(folder / "tekstur_da.qm")], check=True
    )
    return folder


def compile_translator(folder: Path, context: str, pairs: dict[str, str]) -> QTranslator:
    """A translator for ``context`` built from ``pairs`` (English → Danish) with lrelease."""
    messages = "".join(
        f"<message><source>{escape(english)}</source>"
        f"<translation>{escape(danish)}</translation></message>"
        for english, danish in pairs.items()
    )
    source = folder / f"{context}_da.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="da">'
        f"<context><name>{context}</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    compiled = source.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    return translator


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Leave the application in English whatever the test switched to."""
    yield
    install_translations(qapp, "en")


def _file_menu() -> str:
    return QCoreApplication.translate("MainWindow", "&File")


def test_switching_to_danish_and_back(
    qapp: QApplication, translations: Path, english_afterwards: None, isolated_settings: Path
) -> None:
    assert switch_language(qapp, "da", translations) == "da"
    assert current_language() == "da"
    assert _file_menu() == "&Filer"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert switch_language(qapp, "en", translations) == "en"
    assert _file_menu() == "&File"
    # Switching again does not stack translators: one switch back to English is enough.
    for _ in range(3):
        switch_language(qapp, "da", translations)
    switch_language(qapp, "en", translations)
    assert _file_menu() == "&File"


def test_widgets_are_told_about_the_change(
    qtbot: QtBot, qapp: QApplication, translations: Path, english_afterwards: None
) -> None:
    class Listening(QWidget):
        changes = 0

        def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.LanguageChange:
                self.changes += 1
            super().changeEvent(event)

    widget = Listening()
    qtbot.addWidget(widget)
    switch_language(qapp, "da", translations)
    qtbot.waitUntil(lambda: widget.changes >= 1)
    before = widget.changes
    switch_language(qapp, "en", translations)
    qtbot.waitUntil(lambda: widget.changes > before)


def test_saved_choice_environment_and_system(
    isolated_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert saved_language() is None
    assert startup_language() == system_language()
    save_language("da")
    assert saved_language() == "da" and startup_language() == "da"
    assert list(isolated_settings.rglob("*.ini")), "the choice is kept in the test's folder"
    monkeypatch.setenv("TEKSTUR_LANGUAGE", "en")
    assert startup_language() == "en"
    monkeypatch.setenv("TEKSTUR_LANGUAGE", "da_DK")
    assert startup_language() == "da"
    monkeypatch.setenv("TEKSTUR_LANGUAGE", "klingon")
    assert startup_language() == "da"  # not a language Tekstur has: the saved choice
    save_language(None)
    assert saved_language() is None
    QSettings().setValue(language.SETTINGS_KEY, "sv")
    assert saved_language() is None


def test_system_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("da_DK")))
    assert system_language() == "da"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert system_language() == "en"


def test_install_translations_at_start_uses_the_environment(
    qapp: QApplication,
    translations: Path,
    english_afterwards: None,
    isolated_settings: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TEKSTUR_LANGUAGE", "da")
    assert install_translations(qapp, folder=translations) == "da"
    assert _file_menu() == "&Filer"
    assert QLocale().toString(QDate(2018, 3, 12), "d. MMMM yyyy") == "12. marts 2018"
    assert install_translations(qapp, QLocale("en_GB"), translations) == "en"
    assert _file_menu() == "&File"
