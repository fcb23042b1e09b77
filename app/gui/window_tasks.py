"""What the main window's menus open: file choosers, import and export dialogs, settings.

Each function takes the window, asks what it needs, and runs the work through the window's
session and job runner. The dialogs themselves live in their own modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.gui.import_dialog import ImportDialog, show_report
from importers.batch import ImportReport, import_files

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


def _project_filter() -> str:
    return QCoreApplication.translate("MainWindow", "Tekstur projects (*.tekstur);;All files (*)")


def ask_project_file(window: MainWindow) -> Path | None:
    """Ask for an existing project file."""
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("MainWindow", "Open project"), "", _project_filter()
    )
    return Path(path) if path else None


def ask_new_project(window: MainWindow) -> None:
    """Ask where to create a project and what to call it, then open it."""
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("MainWindow", "New project"), "", _project_filter()
    )
    if not path:
        return
    target = Path(path)
    if target.suffix != ".tekstur":
        target = target.with_name(target.name + ".tekstur")
    name, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("MainWindow", "New project"),
        QCoreApplication.translate("MainWindow", "Name:"),
        text=target.stem,
    )
    if ok and name.strip():
        window.new_project(target, name.strip())


def ask_import_documents(window: MainWindow) -> None:
    """Ask which files to import and how, then import them off the GUI thread."""
    if window.session is None:
        return
    dialog = ImportDialog(window)
    dialog.ask_for_files()
    if dialog.paths() and dialog.exec() == QDialog.DialogCode.Accepted:
        import_documents(window, dialog)


def import_documents(window: MainWindow, dialog: ImportDialog) -> bool:
    """Import what ``dialog`` lists as one undo step; False if nothing could start."""
    session = window.session
    if session is None:
        return False
    paths, options = dialog.paths(), dialog.options()

    def finished(report: ImportReport) -> None:
        window.last_import = report
        undo = report.undo_command()
        if undo is not None:
            label = dialog.undo_label(report.count("imported"))
            session.undo_stack.add_applied(label, undo)
        else:
            session.changed.emit()
        show_report(report, window)

    def failed(error: BaseException) -> None:
        QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Import failed"), str(error)
        )
        session.changed.emit()

    return window.jobs.start(
        QCoreApplication.translate("MainWindow", "Importing documents"),
        lambda progress: import_files(session.db, paths, options, progress),
        finished,
        failed,
    )


def ask_import_attributes(window: MainWindow) -> None:
    """Import case attributes from a spreadsheet, with a preview first."""
    from app.gui.attribute_import_dialog import AttributeImportDialog

    if window.session is not None:
        dialog = AttributeImportDialog(window.session, window)
        dialog.choose_file()
        dialog.exec()


def ask_import_journals(window: MainWindow) -> None:
    """Import case journals (one document per case) from a spreadsheet."""
    from app.gui.journal_import_dialog import JournalImportDialog

    if window.session is not None:
        dialog = JournalImportDialog(window.session, window)
        dialog.choose_file()
        dialog.exec()


def ask_link_speakers(window: MainWindow) -> None:
    """Link the speakers of the transcripts to cases."""
    from app.gui.speaker_links import SpeakerLinkDialog

    if window.session is not None:
        SpeakerLinkDialog(window.session, window).exec()


def ask_import_refi(window: MainWindow) -> None:
    """Open a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA …) as a new Tekstur project."""
    from app.gui.exchange_dialog import ask_import_exchange

    ask_import_exchange(window, window.jobs, window.open_project_file)


def ask_export_refi(window: MainWindow) -> None:
    """Export the open project as a REFI-QDA project."""
    from app.gui.exchange_dialog import ask_export_exchange

    if window.session is not None:
        ask_export_exchange(window, window.jobs, window.session)


def ask_add_codebook(window: MainWindow) -> None:
    """Add a built-in codebook or a .qdc file to the project."""
    from app.gui.codebook_dialog import ask_add_codebook as ask

    if window.session is not None:
        ask(window, window.jobs, window.session)


def ask_import_codebook(window: MainWindow) -> None:
    """Add the codes of a codebook file (.qdc, .qdpx, .xlsx, .csv) to the project."""
    from app.gui.codebook_dialog import ask_import_codebook as ask

    if window.session is not None:
        ask(window, window.jobs, window.session)


def ask_export_codebook(window: MainWindow) -> None:
    """Export the project's codes as a codebook (.qdc, .xlsx or .docx)."""
    from app.gui.codebook_export_dialog import ask_export_codebook as ask

    if window.session is not None:
        ask(window, window.jobs, window.session)


def ask_settings(window: MainWindow) -> None:
    """Show the settings; a new language rebuilds the window in it."""
    from app.gui.settings_dialog import edit_settings

    edit_settings(window, window.session)


def show_shortcuts(window: MainWindow) -> None:
    """List every menu action that has a keyboard shortcut."""
    lines = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            keys = action.shortcut().toString()
            if keys:
                lines.append(f"{keys:<16} {action.text().replace('&', '')}")
    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
    text = QPlainTextEdit("\n".join(lines))
    text.setReadOnly(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    dialog.resize(460, 520)
    dialog.exec()


def show_about(window: MainWindow) -> None:
    """Say what Tekstur is and which version runs."""
    from importlib.metadata import version

    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Tekstur"),
        QCoreApplication.translate(
            "MainWindow", "Tekstur {version}\nA workbench for qualitative research."
        ).format(version=version("tekstur")),
    )
