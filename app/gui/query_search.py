"""The options panel of text search; its hits can be auto-coded."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from analysis.autocode import Spread
from analysis.search import (
    KwicRow,
    SearchMode,
    SearchOptions,
    SearchPatternError,
    compile_pattern,
    text_search,
)
from app.gui.query_autocode import AutocodeDialog, SearchAutocoder
from app.gui.query_panels import QueryInputError, QueryPanel
from app.gui.query_passage_list import PassageRow, PassageRows
from app.gui.query_pickers import ProjectChoices
from app.gui.query_scope import TextScopeEditor, scope_from_json, scope_to_json
from app.gui.query_text_panels import language_box
from app.gui.session import Passage
from models.database import ProjectDatabase
from models.progress import Progress


def search_to_json(options: SearchOptions) -> dict[str, Any]:
    """Search options as JSON-ready data."""
    return {
        "pattern": options.pattern,
        "mode": options.mode.value,
        "context": options.context,
        "language": options.language,
        "match_case": options.match_case,
        "scope": scope_to_json(options.scope),
    }


def search_from_json(data: dict[str, Any]) -> SearchOptions:
    """Search options written by :func:`search_to_json`."""
    return SearchOptions(
        pattern=str(data["pattern"]),
        mode=SearchMode(data.get("mode", "plain")),
        context=int(data.get("context", 6)),
        language=data.get("language"),
        match_case=bool(data.get("match_case", False)),
        scope=scope_from_json(data.get("scope", {})),
    )


class SearchPanel(QueryPanel):
    """Text search: pattern and mode, words of context, which text; hits can be auto-coded."""

    kind = "search"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText(self.tr("tillid, tid*, lægelige oplysninger …"))
        self.mode = QComboBox()
        for mode, text in (
            (SearchMode.PLAIN, self.tr("Words as written")),
            (SearchMode.WILDCARD, self.tr("Wildcards (* and ?)")),
            (SearchMode.LEMMA, self.tr("Every form of the words (lemma)")),
            (SearchMode.REGEX, self.tr("Regular expression")),
        ):
            self.mode.addItem(text, mode.value)
        self.language = language_box(self)
        self.match_case = QCheckBox(self.tr("Match upper and lower case"))
        self.context = QSpinBox()
        self.context.setRange(0, 50)
        self.context.setValue(6)
        self.autocode_button = QPushButton(self.tr("Auto-code hits…"))
        self.autocode_button.clicked.connect(self._ask_autocode)
        self.autocoder: SearchAutocoder | None = None
        self.scope = TextScopeEditor()
        form = QFormLayout()
        form.addRow(self.tr("Search for:"), self.pattern)
        form.addRow(self.tr("Match:"), self.mode)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.match_case)
        form.addRow(self.tr("Words of context:"), self.context)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scope, 1)
        layout.addWidget(self.autocode_button)

    def title(self) -> str:
        """Shown in the kind chooser."""
        return self.tr("Text search")

    def reload(self, choices: ProjectChoices) -> None:
        """List documents, speakers, cases and codes for the scope."""
        self.scope.reload(choices)

    def options(self) -> SearchOptions:
        """The options chosen; an empty or broken pattern is refused with the reason."""
        options = SearchOptions(
            pattern=self.pattern.text(),
            mode=SearchMode(self.mode.currentData()),
            context=self.context.value(),
            language=self.language.currentData(),
            match_case=self.match_case.isChecked(),
            scope=self.scope.scope(),
        )
        if not options.pattern.strip():
            raise QueryInputError(self.tr("Type what to search for."))
        if options.mode is not SearchMode.LEMMA:
            try:
                compile_pattern(options.pattern, options.mode, options.match_case)
            except SearchPatternError as error:
                raise QueryInputError(str(error)) from error
        return options

    def set_options(self, options: Any) -> None:
        """Show saved options."""
        assert isinstance(options, SearchOptions)
        self.pattern.setText(options.pattern)
        self.mode.setCurrentIndex(max(0, self.mode.findData(options.mode.value)))
        self.language.setCurrentIndex(max(0, self.language.findData(options.language)))
        self.match_case.setChecked(options.match_case)
        self.context.setValue(options.context)
        self.scope.set_scope(options.scope)

    def options_to_json(self, options: Any) -> dict[str, Any]:
        """JSON for a saved query."""
        assert isinstance(options, SearchOptions)
        return search_to_json(options)

    def options_from_json(self, data: dict[str, Any]) -> SearchOptions:
        """Options from a saved query."""
        return search_from_json(data)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> list[KwicRow]:
        """Every hit in context."""
        return text_search(db, options, progress)

    def passage_rows(self, result: Any) -> PassageRows | None:
        """One row per hit: document, speaker, and the hit between its context."""
        headers = (
            self.tr("Document"),
            self.tr("Speaker"),
            self.tr("Before"),
            self.tr("Hit"),
            self.tr("After"),
        )
        rows = tuple(
            PassageRow(
                (hit.document, hit.speaker or "", hit.left, hit.hit, hit.right),
                Passage(hit.document_id, hit.start, hit.end),
            )
            for hit in result
        )
        return PassageRows(headers, rows, stretch=4)

    def start_autocode(self, code_path: str, spread: Spread) -> bool:
        """Plan coding this search's hits with ``code_path``; a preview asks to apply it."""
        if self.session is None or self.job_runner is None:
            return False
        try:
            options = self.options()
        except QueryInputError:
            return False
        self.autocoder = SearchAutocoder(self, self.session, self.job_runner())
        return self.autocoder.start(options, code_path, spread)

    def _ask_autocode(self) -> None:
        if self.session is None:
            return
        paths = [path for _, path in ProjectChoices(self.session.db).codes()]
        dialog = AutocodeDialog([str(path) for path in paths], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_autocode(*dialog.choice())
