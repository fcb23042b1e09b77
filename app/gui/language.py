"""The language of the user interface: Danish or English, and switching between them live.

The language is, in order: ``$TEKSTUR_LANGUAGE`` (``da`` or ``en``), the choice saved in the
settings, the system's language (Danish when the system is Danish, else English). Switching
removes Tekstur's translators and installs the new ones; Qt then sends every widget a
``LanguageChange`` event, on which the widgets set their texts again.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("da", "en")
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}
"""Each language in its own words, as a language menu shows it."""
TRANSLATIONS = Path(__file__).with_name("translations")
SETTINGS_KEY = "ui/language"
ENVIRONMENT = "TEKSTUR_LANGUAGE"

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """``da`` when the system's locale is Danish, otherwise ``en``."""
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def saved_language() -> str | None:
    """The language saved in the settings, or None to follow the system."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str | None) -> None:
    """Save ``language`` (``da``/``en``) in the settings; None follows the system again."""
    settings = QSettings()
    if language in LANGUAGES:
        settings.setValue(SETTINGS_KEY, language)
    else:
        settings.remove(SETTINGS_KEY)


def startup_language() -> str:
    """The language to start in: the environment, the saved choice, or the system's."""
    chosen = os.environ.get(ENVIRONMENT, "").strip().lower()[:2]
    if chosen in LANGUAGES:
        return chosen
    return saved_language() or system_language()


def current_language() -> str:
    """The language whose translations are installed now (``da`` or ``en``)."""
    return _current


def _language_of(language: str | QLocale | None) -> str:
    if language is None:
        return startup_language()
    if isinstance(language, QLocale):
        return "da" if language.language() == QLocale.Language.Danish else "en"
    return language if language in LANGUAGES else system_language()


def install_translations(
    app: QCoreApplication, language: str | QLocale | None = None, folder: Path | None = None
) -> str:
    """Install Tekstur's and Qt's translations for ``language``; returns the language used.

    Without ``language`` it is :func:`startup_language`. Translators installed before by this
    module are removed first, so calling it again switches rather than stacks. ``folder``
    holds ``tekstur_da.qm`` (default: the translations beside this module). English needs no
    translation: the texts in the code are English.
    """
    global _current
    chosen = _language_of(language)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    if chosen != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, where in (("tekstur", str(folder or TRANSLATIONS)), ("qtbase", qt_folder)):
            translator = QTranslator(app)
            if translator.load(f"{name}_{chosen}", where):
                app.installTranslator(translator)
                _installed.append(translator)
    _current = chosen
    QLocale.setDefault(_formatting_locale(chosen))
    return chosen


def switch_language(app: QCoreApplication, language: str | None, folder: Path | None = None) -> str:
    """Switch the running application to ``language`` (None: the system's); returns it.

    Qt sends ``LanguageChange`` to every widget; numbers and dates follow the new language.
    """
    return install_translations(app, language or system_language(), folder)


def _formatting_locale(language: str) -> QLocale:
    """How numbers and dates are written: Danish, or the system's English, or British."""
    if language == "da":
        return QLocale("da_DK")
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale("en_GB")
