"""Start the desktop window: ``tekstur gui [PROJECT]``, ``tekstur`` and ``tekstur gui --demo``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.coder_identity import ask_coder_on_first_start
from app.gui.language import install_translations
from app.gui.main_window import MainWindow
from models.commands import CommandError
from models.database import ProjectError, open_project
from models.project_lock import ProjectLockedError

APPLICATION_NAME = "Tekstur"
__all__ = ["demo_project_path", "install_translations", "run_gui"]


def demo_project_path(data_dir: Path | None = None) -> Path:
    """The demo project in the per-user data folder, built first when it is missing.

    A demo file that no longer opens (for instance after a failed build) or that an older
    version of the demo made is built again.
    """
    from resources.demo import DEMO_VERSION, build_demo_project, demo_version  # only when asked

    if data_dir is None:
        QCoreApplication.setApplicationName(APPLICATION_NAME)
        location = QStandardPaths.StandardLocation.AppDataLocation
        data_dir = Path(QStandardPaths.writableLocation(location))
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "demo.tekstur"
    if path.exists():
        try:
            with open_project(path) as db:
                current = demo_version(db) == DEMO_VERSION
        except ProjectLockedError:  # open in another Tekstur: never rebuilt under its feet
            current = True
        except ProjectError:
            current = False
        if not current:
            for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                stale.unlink(missing_ok=True)
    if not path.exists():
        build_demo_project(path)
    return path


def gui_application() -> QApplication:
    """The running QApplication, started first when there is none (the GUI and its
    benchmarks use this, so nothing outside ``app.gui`` imports Qt)."""
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])


def run_gui(project: str | None = None, demo: bool = False) -> int:
    """Show the main window on ``project`` (or the demo, or the start page); returns the exit code.

    A project that cannot be opened is reported in a message box and the start page is shown.
    """
    app = gui_application()
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(APPLICATION_NAME)  # where QSettings keeps language, coder, recents
    app.setApplicationDisplayName(APPLICATION_NAME)
    install_translations(app)
    window = MainWindow(demo_path=demo_project_path)
    window.show()

    def use_coder(name: str) -> None:
        if window.session is not None:
            window.session.set_coder(name)

    ask_coder_on_first_start(window, use_coder)
    try:
        target = demo_project_path() if demo else project
    except (ProjectError, CommandError, OSError) as error:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("MainWindow", "Cannot build the demo project"),
            str(error),
        )
        target = None
    if target is not None:
        window.open_project_file(target)
    return app.exec()
