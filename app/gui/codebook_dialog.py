"""Adding codebooks to a project: a built-in one, or one read from a file.

The dialogs use what ``tekstur codebook`` uses: the built-ins are listed by
:func:`codebooks.builtin.builtin_codebooks` and read, like a ``.qdc``, ``.qdpx``, ``.xlsx`` or
``.csv`` file, by :func:`app.cli_codebook.load_codebook`; :class:`AddCodebook` adds one as a
single undo step through the session. Exporting the project's codes is in
:mod:`app.gui.codebook_export_dialog`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cli_codebook import FILE_SUFFIXES, load_codebook
from app.cli_common import UserError
from app.gui.jobs import JobRunner
from app.gui.language import LANGUAGE_NAMES, current_language
from app.gui.recent_projects import last_folder
from app.gui.session import ProjectSession
from models.codebook_spec import CodebookSpec, CodeSpec
from models.commands import AddCodebook

SPEC_ROLE = Qt.ItemDataRole.UserRole


class AddCodebookDialog(QDialog):
    """The built-in codebooks (title, codes, languages) with a preview; or one from a file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from codebooks.builtin import builtin_codebooks

        self.setWindowTitle(self.tr("Add codebook"))
        self.resize(860, 560)
        language, locale = current_language(), QLocale()
        self.books = QTreeWidget()
        self.books.setRootIsDecorated(False)
        self.books.setHeaderLabels([self.tr("Codebook"), self.tr("Codes"), self.tr("Languages")])
        for book in builtin_codebooks():
            spec = load_codebook(book.key)
            self._add_entry(book.title(language), spec, locale)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([self.tr("Codes that will be added")])
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.books, 1)
        column.addWidget(self.description)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([480, 380])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.file_button = self.buttons.addButton(
            self.tr("From a &file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.file_button.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.books.currentItemChanged.connect(self._show_selected)
        first = self.books.topLevelItem(0)
        if first is not None:
            self.books.setCurrentItem(first)
        self.books.setFocus()
        self._show_selected()

    def spec(self) -> CodebookSpec | None:
        """The codebook selected to be added."""
        item = self.books.currentItem()
        spec = None if item is None else item.data(0, SPEC_ROLE)
        return spec if isinstance(spec, CodebookSpec) else None

    def choose_file(self) -> None:
        """Read a codebook file, list it first and select it (it is added with Add)."""
        spec = load_codebook_file(self)
        if spec is not None:
            item = self._add_entry(spec.name, spec, QLocale(), first=True)
            self.books.setCurrentItem(item)

    def _add_entry(
        self, title: str, spec: CodebookSpec, locale: QLocale, first: bool = False
    ) -> QTreeWidgetItem:
        translated = {lang for _, code in spec.walk() for lang in code.translations}
        languages = [spec.language, *sorted(translated - {spec.language})]
        names = ", ".join(LANGUAGE_NAMES.get(lang, lang) for lang in languages)
        item = QTreeWidgetItem([title, locale.toString(spec.count()), names])
        item.setData(0, SPEC_ROLE, spec)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if first:
            self.books.insertTopLevelItem(0, item)
        else:
            self.books.addTopLevelItem(item)
        for index in range(3):
            self.books.resizeColumnToContents(index)
        return item

    def _show_selected(self) -> None:
        spec = self.spec()
        self.preview.clear()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(spec is not None)
        if spec is None:
            self.description.clear()
            return
        shown = spec.in_language(current_language())
        # A built-in's one top-level code describes the whole codebook, in either language.
        single = shown.codes[0].description if len(shown.codes) == 1 else ""
        self.description.setText(single or shown.description)
        stack: list[tuple[QTreeWidget | QTreeWidgetItem, CodeSpec]] = [
            (self.preview, code) for code in spec.codes
        ]
        while stack:
            parent, code = stack.pop(0)
            item = QTreeWidgetItem(parent, [code.name])
            item.setToolTip(0, code.description_in(current_language()))
            stack.extend((item, child) for child in code.children)
        self.preview.expandToDepth(1)


def load_codebook_file(parent: QWidget | None) -> CodebookSpec | None:
    """Ask for a codebook file and read it; a file that cannot be read is explained."""
    patterns = " ".join(f"*{suffix}" for suffix in FILE_SUFFIXES)
    kinds = QCoreApplication.translate(
        "CodebookDialog", "Codebooks ({patterns});;All files (*)"
    ).format(patterns=patterns)
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("CodebookDialog", "Codebook file"), last_folder(), kinds
    )
    if not chosen:
        return None
    try:
        return load_codebook(chosen)
    except UserError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CodebookDialog", "Cannot read the codebook"),
            str(error),
        )
        return None


def add_codebook(parent: QWidget | None, session: ProjectSession, spec: CodebookSpec) -> bool:
    """Add ``spec`` to the project as one undo step and say how many codes were new."""
    command = AddCodebook(spec)
    label = QCoreApplication.translate("CodebookDialog", "Add codebook '{name}'").format(
        name=spec.name
    )
    if not session.push(command, label):
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("CodebookDialog", "Codebook added"),
        QCoreApplication.translate(
            "CodebookDialog", "'{name}': {created} new code(s), {merged} already in the project."
        ).format(
            name=spec.name,
            created=QLocale().toString(command.created),
            merged=QLocale().toString(command.merged),
        ),
    )
    return True


def ask_add_codebook(parent: QWidget, jobs: JobRunner, session: ProjectSession) -> bool:
    """Let the user pick a built-in codebook (or a file) and add it; True when added."""
    dialog = AddCodebookDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or (spec := dialog.spec()) is None:
        return False
    return add_codebook(parent, session, spec)


def ask_import_codebook(parent: QWidget, jobs: JobRunner, session: ProjectSession) -> bool:
    """Read a ``.qdc`` (or ``.qdpx``, ``.xlsx``, ``.csv``) codebook and add it; True when added."""
    spec = load_codebook_file(parent)
    return spec is not None and add_codebook(parent, session, spec)
