"""The dialog that asks for a new project's name and folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.recent_projects import last_folder

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class NewProjectDialog(QDialog):
    """Asks for a new project's name and folder; the file is ``FOLDER/NAME.tekstur``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Evaluering af forsøg med færre sager"))
        self.folder_edit = QLineEdit(last_folder())
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Folder:"), folder_row)
        form.addRow("", self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.folder_edit.textChanged.connect(self._update)
        self.resize(520, self.sizeHint().height())
        self._update()

    def name(self) -> str:
        """The project's name as typed."""
        return self.name_edit.text().strip()

    def path(self) -> Path | None:
        """The file to create, or None while the name or folder is missing."""
        stem = _UNSAFE.sub("-", self.name()).strip(" .-")
        folder = self.folder_edit.text().strip()
        if not stem or not folder:
            return None
        return Path(folder).expanduser() / f"{stem}.tekstur"

    def accept(self) -> None:
        """Close only when the file can be created."""
        if self._problem() is None:
            super().accept()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the project"), last_folder()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _problem(self) -> str | None:
        path = self.path()
        if path is None:
            return self.tr("Give the project a name and a folder.")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        if path.exists():
            return self.tr("{file} already exists; choose another name.").format(file=path.name)
        return None

    def _update(self) -> None:
        problem = self._problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        path = self.path()
        self.preview.setText(
            problem or self.tr("The project will be saved as {path}").format(path=path)
        )
