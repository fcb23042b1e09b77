"""File ▸ Restore from backup…: the project's backups, and putting one of them back.

The list shows when each backup was made (in the user's locale and time zone), why, its
size and how many codings it holds. Restoring asks first; the window then closes the
project, restores it (the state before is itself backed up) and opens it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.backups import BackupInfo, list_backups, restore_backup

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupDialog(QDialog):
    """Lists the backups of one project file and lets the user choose one to restore."""

    def __init__(self, project: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list_backups(project, count_codings=True)
        intro = QLabel(
            self.tr(
                "Backups of {file}, newest first. Restoring one replaces the project;"
                " what it holds now is backed up first."
            ).format(file=project.name)
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Codings")]
        )
        locale = QLocale()
        for info in self.backups:
            item = QTreeWidgetItem(
                [
                    _when(info, locale),
                    self.reason_text(info.reason),
                    locale.formattedDataSize(info.size),
                    "" if info.codings is None else locale.toString(info.codings),
                ]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        self.empty = QLabel(self.tr("There are no backups of this project yet."))
        self.empty.setVisible(not self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.confirm_restore)
        self.list.currentItemChanged.connect(self._update_button)
        self.list.itemDoubleClicked.connect(self.confirm_restore)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.empty, buttons):
            layout.addWidget(widget)
        newest = self.list.topLevelItem(0)
        if newest is not None:
            self.list.setCurrentItem(newest)
        self._update_button()
        self.resize(620, 420)

    def reason_text(self, reason: str) -> str:
        """Why a backup was made, in the user's language."""
        known = {
            "open": self.tr("On opening"),
            "auto": self.tr("After changes"),
            "manual": self.tr("By hand"),
            "before-restore": self.tr("Before a restore"),
        }
        if reason.startswith("schema-"):
            return self.tr("Before an upgrade")
        return known.get(reason, reason)

    def chosen(self) -> Path | None:
        """The backup selected in the list."""
        item = self.list.currentItem()
        return None if item is None else Path(str(item.data(0, PATH_ROLE)))

    def confirm_restore(self) -> None:
        """Ask whether to restore the selected backup; accept the dialog when the user agrees."""
        item, backup = self.list.currentItem(), self.chosen()
        if item is None or backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace {file} with the backup made {when}? What it holds now is backed up first."
            ).format(file=self.project.name, when=item.text(0)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)


def _when(info: BackupInfo, locale: QLocale) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(info.made_at.timestamp())).toLocalTime()
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def ask_restore_backup(window: QMainWindow) -> bool:
    """Let the user choose a backup of the window's project and restore it; True when the
    restore started.

    The project is closed, restored through the window's job runner (verifying a large
    project takes a while) and opened again afterwards, restored or not.
    """
    from app.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    session = window.session
    if session is None:
        return False
    project = session.db.location.path
    if project is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("BackupDialog", "Restore from backup"),
            QCoreApplication.translate("BackupDialog", "Backups are kept for project files only."),
        )
        return False
    dialog = BackupDialog(project, window)
    backup = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if backup is None:
        return False
    if window.jobs.running:
        QMessageBox.information(
            window,
            QCoreApplication.translate("BackupDialog", "Restore from backup"),
            QCoreApplication.translate("BackupDialog", "Wait until the running work has finished."),
        )
        return False
    window.close_project()

    def done(saved: BackupInfo) -> None:
        window.open_project_file(project)
        message = QCoreApplication.translate(
            "BackupDialog", "Restored {file}; what it held before is in {backup}."
        )
        window.statusBar().showMessage(
            message.format(file=project.name, backup=saved.path.name), 15_000
        )

    def failed(error: BaseException) -> None:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("BackupDialog", "Cannot restore the backup"),
            str(error),
        )
        window.open_project_file(project)

    return window.jobs.start(
        QCoreApplication.translate("BackupDialog", "Restoring {file}").format(file=project.name),
        lambda _progress: restore_backup(project, backup),
        done,
        failed,
    )
