"""Adding codebooks to a project and exporting its codes as a codebook.

The dialogs use what ``tekstur codebook`` uses: the built-ins are listed by
:func:`codebooks.builtin.builtin_codebooks` and read, like a ``.qdc``, ``.qdpx``, ``.xlsx`` or
``.csv`` file, by :func:`app.cli_codebook.load_codebook`; :class:`AddCodebook` adds one as a
single undo step through the session. Exporting reads the codes with
:func:`models.codebook_reading.read_project_codebook` and writes them with the same writers
as the command line, in the window's job runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
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
from app.gui.language import LANGUAGE_NAMES, LANGUAGES, current_language
from app.gui.recent_projects import last_folder
from app.gui.session import ProjectSession
from models.codebook_spec import CodebookSpec, CodeSpec
from models.commands import AddCodebook
from models.progress import Progress

SPEC_ROLE = Qt.ItemDataRole.UserRole
EXPORT_FORMATS = (".qdc", ".xlsx", ".docx")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CodebookDialog", text)


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
    kinds = _tr("Codebooks ({patterns});;All files (*)").format(patterns=patterns)
    chosen, _ = QFileDialog.getOpenFileName(parent, _tr("Codebook file"), last_folder(), kinds)
    if not chosen:
        return None
    try:
        return load_codebook(chosen)
    except UserError as error:
        QMessageBox.warning(parent, _tr("Cannot read the codebook"), str(error))
        return None


def add_codebook(parent: QWidget | None, session: ProjectSession, spec: CodebookSpec) -> bool:
    """Add ``spec`` to the project as one undo step and say how many codes were new."""
    command = AddCodebook(spec)
    label = _tr("Add codebook '{name}'").format(name=spec.name)
    if not session.push(command, label):
        return False
    QMessageBox.information(
        parent,
        _tr("Codebook added"),
        _tr("'{name}': {created} new code(s), {merged} already in the project.").format(
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


class ExportCodebookDialog(QDialog):
    """Which codes (all, or one codebook's), in which language and which file format."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from models.codebook_reading import codebook_names

        self.setWindowTitle(self.tr("Export codebook"))
        self.codebook_box = QComboBox()
        self.codebook_box.addItem(self.tr("All codes in the project"), None)
        for name in codebook_names(session.db):
            self.codebook_box.addItem(name, name)
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(self.language_box.findData(current_language()))
        self.format_box = QComboBox()
        for suffix, label in zip(EXPORT_FORMATS, _format_names(), strict=True):
            self.format_box.addItem(label, suffix)
        form = QFormLayout(self)
        form.addRow(self.tr("&Codes:"), self.codebook_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Format:"), self.format_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def codebook(self) -> str | None:
        """The codebook whose codes are exported; None exports every code."""
        data = self.codebook_box.currentData()
        return data if isinstance(data, str) else None

    def language(self) -> str:
        """``da`` or ``en``."""
        return str(self.language_box.currentData())

    def suffix(self) -> str:
        """``.qdc``, ``.xlsx`` or ``.docx``."""
        return str(self.format_box.currentData())


def _format_names() -> list[str]:
    return [
        _tr("REFI-QDA codebook (.qdc)"),
        _tr("Excel workbook (.xlsx)"),
        _tr("Word document (.docx)"),
    ]


def write_codebook(spec: CodebookSpec, out: Path, language: str) -> list[Path]:
    """Write ``spec`` to ``out`` by its suffix, with the writers ``tekstur codebook`` uses."""
    if out.suffix.lower() == ".qdc":
        from codebooks.translations import write_translated_qdc

        return write_translated_qdc(spec, out, language, translations=True)
    if out.suffix.lower() == ".xlsx":
        from exporters.codebook_xlsx import export_codebook_xlsx

        export_codebook_xlsx(spec, out, language)
    else:
        from exporters.codebook_docx import export_codebook_docx

        export_codebook_docx(spec, out, language)
    return [out]


def ask_export_codebook(parent: QWidget, jobs: JobRunner, session: ProjectSession) -> bool:
    """Ask what to export and where, then write it in the job runner; False if nothing started."""
    dialog = ExportCodebookDialog(session, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    suffix, language, codebook = dialog.suffix(), dialog.language(), dialog.codebook()
    kind = _format_names()[EXPORT_FORMATS.index(suffix)]
    default = Path(last_folder()) / f"{codebook or session.db.project_name() or 'Kodebog'}{suffix}"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export codebook"), str(default), f"{kind} (*{suffix})"
    )
    if not chosen:
        return False
    out = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
    db = session.db

    def work(progress: Progress) -> list[Path]:
        from models.codebook_reading import read_project_codebook

        progress(0, 2, _tr("Reading the codes"))
        spec = read_project_codebook(db, codebook)
        if not spec.codes:
            raise ValueError(_tr("The project holds no codes to export."))
        progress(1, 2, out.name)
        return write_codebook(spec, out, language)

    def done(written: list[Path]) -> None:
        message = _tr("Exported the codebook to {files}").format(
            files=", ".join(path.name for path in written)
        )
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(message, 10_000)
        else:
            QMessageBox.information(parent, _tr("Codebook exported"), message)

    def failed(error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(parent, _tr("Cannot export the codebook"), f"{out.name}: {reason}")

    return jobs.start(_tr("Exporting the codebook"), work, done, failed)
