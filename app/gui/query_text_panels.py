"""The options panel of word frequency, and the language choice text queries share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from analysis.words import WordOptions, read_stop_words, word_frequencies
from app.gui.query_panels import QueryInputError, QueryPanel
from app.gui.query_pickers import ProjectChoices
from app.gui.query_scope import TextScopeEditor
from models.database import ProjectDatabase
from models.progress import Progress
from models.result_table import ResultTable


def language_box(parent: QWidget) -> QComboBox:
    """Guess / Danish / English."""
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("QueryPanel", "Guess from the text"), None)
    box.addItem(QCoreApplication.translate("QueryPanel", "Danish"), "da")
    box.addItem(QCoreApplication.translate("QueryPanel", "English"), "en")
    return box


def split_words(text: str) -> frozenset[str]:
    """Words typed with commas or spaces between them, in lower case."""
    return frozenset(word.lower() for word in text.replace(",", " ").split())


class WordsPanel(QueryPanel):
    """Word frequency: language, lemmas, stop words, minimum length, how many, which text."""

    kind = "words"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language_box(self)
        self.lemmatise = QCheckBox(self.tr("Count inflected forms under their lemma"))
        self.lemmatise.setChecked(True)
        self.stop_words = QCheckBox(self.tr("Leave out the language's stop words"))
        self.stop_words.setChecked(True)
        self.extra_stop_words = QLineEdit()
        self.extra_stop_words.setPlaceholderText(self.tr("også, altså, fx"))
        load = QPushButton(self.tr("From file…"))
        load.clicked.connect(self._load_stop_words)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_stop_words, 1)
        extra_row.addWidget(load)
        self.min_length = QSpinBox()
        self.min_length.setRange(1, 50)
        self.min_length.setValue(3)
        self.top = QSpinBox()
        self.top.setRange(0, 100_000)
        self.top.setValue(100)
        self.top.setSpecialValueText(self.tr("All"))
        self.scope = TextScopeEditor()
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.lemmatise)
        form.addRow("", self.stop_words)
        form.addRow(self.tr("Own stop words:"), extra_row)
        form.addRow(self.tr("Shortest word:"), self.min_length)
        form.addRow(self.tr("Most frequent:"), self.top)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scope, 1)

    def title(self) -> str:
        """Shown in the kind chooser."""
        return self.tr("Word frequency")

    def reload(self, choices: ProjectChoices) -> None:
        """List documents, speakers, cases and codes for the scope."""
        self.scope.reload(choices)

    def options(self) -> WordOptions:
        """The options chosen."""
        try:
            return WordOptions(
                language=self.language.currentData(),
                min_length=self.min_length.value(),
                top=self.top.value() or None,
                lemmatise=self.lemmatise.isChecked(),
                language_stop_words=self.stop_words.isChecked(),
                extra_stop_words=split_words(self.extra_stop_words.text()),
                scope=self.scope.scope(),
            )
        except ValueError as error:
            raise QueryInputError(str(error)) from error

    def set_options(self, options: Any) -> None:
        """Show saved options."""
        assert isinstance(options, WordOptions)
        self.language.setCurrentIndex(max(0, self.language.findData(options.language)))
        self.min_length.setValue(options.min_length)
        self.top.setValue(options.top or 0)
        self.lemmatise.setChecked(options.lemmatise)
        self.stop_words.setChecked(options.language_stop_words)
        self.extra_stop_words.setText(", ".join(sorted(options.extra_stop_words)))
        self.scope.set_scope(options.scope)

    def options_to_json(self, options: Any) -> dict[str, Any]:
        """As the word query writes them."""
        assert isinstance(options, WordOptions)
        return options.as_dict()

    def options_from_json(self, data: dict[str, Any]) -> WordOptions:
        """As the word query reads them."""
        return WordOptions.from_dict(data)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> ResultTable:
        """Count the words."""
        return word_frequencies(db, options, progress)

    def word_pairs(self, table: ResultTable) -> list[tuple[str, int]] | None:
        """Each word with its number of occurrences (the first column)."""
        return [
            (label, int(row[0])) for label, row in zip(table.row_labels, table.values, strict=True)
        ]

    def _load_stop_words(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Stop words"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if not chosen:
            return
        try:
            words = read_stop_words(Path(chosen))
        except ValueError as error:
            self.extra_stop_words.setToolTip(str(error))
            return
        present = split_words(self.extra_stop_words.text())
        self.extra_stop_words.setText(", ".join(sorted(present | words)))
