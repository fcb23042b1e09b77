"""Start the desktop window: ``tekstur gui [PROJECT]``, ``tekstur`` and ``tekstur gui --demo``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.main_window import MainWindow
from models.commands import CommandError
from models.database import ProjectError, open_project

APPLICATION_NAME = "Tekstur"
TRANSLATIONS = Path(__file__).with_name("translations")  # tekstur_da.qm will live here


def demo_project_path(data_dir: Path | None = None) -> Path:
    """The demo project in the per-user data folder, built first when it is missing.

    A demo file that no longer opens (for instance after a failed build) is built again.
    """
    from resources.demo import build_demo_project  # only needed when the demo is asked for

    if data_dir is None:
        QCoreApplication.setApplicationName(APPLICATION_NAME)
        location = QStandardPaths.StandardLocation.AppDataLocation
        data_dir = Path(QStandardPaths.writableLocation(location))
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "demo.tekstur"
    if path.exists():
        try:
            open_project(path).close()
        except ProjectError:
            for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                stale.unlink(missing_ok=True)
    if not path.exists():
        build_demo_project(path)
    return path


def install_translations(app: QApplication, locale: QLocale | None = None) -> None:
    """Load Tekstur's and Qt's own translations for ``locale``, when they exist.

    Without ``locale`` the language is ``$TEKSTUR_LANGUAGE`` (``da`` or ``en``) or the system's.
    """
    if locale is None:
        chosen = os.environ.get("TEKSTUR_LANGUAGE")
        locale = QLocale(chosen) if chosen else QLocale()
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("tekstur", str(TRANSLATIONS)), ("qtbase", qt_translations)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def run_gui(project: str | None = None, demo: bool = False) -> int:
    """Show the main window on ``project`` (or the demo, or the start page); returns the exit code.

    A project that cannot be opened is reported in a message box and the start page is shown.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    install_translations(app)
    window = MainWindow(demo_path=demo_project_path)
    window.show()
    try:
        target = demo_project_path() if demo else project
    except (ProjectError, CommandError, OSError) as error:
        QMessageBox.critical(window, window.tr("Cannot build the demo project"), str(error))
        target = None
    if target is not None:
        window.open_project_file(target)
    return app.exec()
