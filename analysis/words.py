"""Word frequency: which words (lemmas) occur how often, in how many documents.

Text is tokenised by spaCy's tokenizer for Danish or English (``spacy.blank``), each token is
case folded, and with ``lemmatise`` on it counts under its lemma from the lookup tables of
``spacy-lookups-data`` (``borgeren`` and ``borgerne`` under ``borger``). A token counts as a
word when it holds a letter (numbers, punctuation and emoji are left out). Stop words — spaCy's
list for the language plus the project's own — are left out whether the word form or its lemma
is on the list, and so are words shorter than ``min_length`` code points.

The result is a :class:`~models.result_table.ResultTable` with one row per lemma and the columns
``Count`` (occurrences) and ``Documents`` (documents it occurs in), most frequent first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from analysis.lemmas import LANGUAGES, LanguageTools, guess_language, language_tools
from analysis.text_scope import (
    ScopedDocument,
    TextScope,
    describe_scope,
    sample_text,
    scoped_documents,
)
from models.database import ProjectDatabase
from models.progress import Progress, no_progress
from models.result_table import PassageRef, ResultTable


@dataclass(frozen=True)
class WordOptions:
    """How to count words; ``language`` None means a guess from the text's stop words."""

    language: str | None = None
    min_length: int = 3
    top: int | None = None
    lemmatise: bool = True
    language_stop_words: bool = True
    extra_stop_words: frozenset[str] = frozenset()
    scope: TextScope = field(default_factory=TextScope)

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in LANGUAGES:
            raise ValueError(f"language {self.language!r} is not supported (use da or en)")
        if self.min_length < 1:
            raise ValueError("the minimum word length must be at least 1")
        if self.top is not None and self.top < 1:
            raise ValueError("top must be at least 1")

    def as_dict(self) -> dict[str, Any]:
        """The options as JSON-ready data, e.g. for a saved query."""
        return {
            "language": self.language,
            "min_length": self.min_length,
            "top": self.top,
            "lemmatise": self.lemmatise,
            "language_stop_words": self.language_stop_words,
            "extra_stop_words": sorted(self.extra_stop_words),
            "scope": {
                "document_ids": list(self.scope.document_ids),
                "speakers": list(self.scope.speakers),
                "case_ids": list(self.scope.case_ids),
                "code_ids": list(self.scope.code_ids),
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WordOptions:
        """Options written by :meth:`as_dict`."""
        scope = data.get("scope", {})
        return cls(
            language=data.get("language"),
            min_length=int(data.get("min_length", 3)),
            top=data.get("top"),
            lemmatise=bool(data.get("lemmatise", True)),
            language_stop_words=bool(data.get("language_stop_words", True)),
            extra_stop_words=frozenset(data.get("extra_stop_words", ())),
            scope=TextScope(
                tuple(scope.get("document_ids", ())),
                tuple(scope.get("speakers", ())),
                tuple(scope.get("case_ids", ())),
                tuple(scope.get("code_ids", ())),
            ),
        )


@dataclass
class WordCounts:
    """Counted words: occurrences and documents per lemma, and the forms counted under it."""

    language: str
    counts: Counter[str] = field(default_factory=Counter)
    documents: Counter[str] = field(default_factory=Counter)
    forms: dict[str, Counter[str]] = field(default_factory=dict)
    words_read: int = 0
    documents_read: int = 0
    documents_with_words: int = 0

    def ranked(self, top: int | None = None) -> list[tuple[str, int]]:
        """(lemma, count) most frequent first, ties in alphabetical order."""
        ranked = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return ranked if top is None else ranked[:top]


class WordCounter:
    """Counts the words of one document after another under fixed options."""

    def __init__(self, language: str, options: WordOptions) -> None:
        self.tools: LanguageTools = language_tools(language)
        self.options = options
        stops = set(self.tools.stop_words) if options.language_stop_words else set()
        self.stop_words = frozenset(stops | {w.lower() for w in options.extra_stop_words})
        self.result = WordCounts(language)
        self._chunks: Counter[str] = Counter()
        self._keys: dict[str, frozenset[str]] = {"": frozenset()}
        self._forms: dict[str, tuple[tuple[str, str], ...]] = {}
        self._words: dict[str, int] = {}

    def add_document(self, pieces: Iterable[str]) -> None:
        """Count one document, given as the pieces of its text that are in scope."""
        # Set and Counter operations on the chunk lists run in C; only chunks never seen
        # before reach Python code (and spaCy).
        distinct: set[str] = set()
        for piece in pieces:
            chunks = piece.split()
            distinct.update(chunks)
            self._chunks.update(chunks)
        new = distinct.difference(self._keys)
        if new:
            self.tools.learn(new)
            for chunk in new:
                self._remember(chunk)
        if distinct:
            seen = frozenset().union(*itemgetter(*distinct, "")(self._keys))
            self.result.documents.update(seen)
            self.result.documents_with_words += bool(seen)
        self.result.documents_read += 1

    def finish(self) -> WordCounts:
        """The counts of every document added."""
        result = self.result
        for chunk, times in self._chunks.items():
            result.words_read += self._words[chunk] * times
            for key, form in self._forms[chunk]:
                result.counts[key] += times
                result.forms.setdefault(key, Counter())[form] += times
        self._chunks.clear()
        return result

    def _remember(self, chunk: str) -> None:
        keys = []
        words = 0
        for token in self.tools.chunk_tokens(chunk):
            if not token.is_word:
                continue
            words += 1
            key = token.lemma if self.options.lemmatise else token.form
            if token.form in self.stop_words or key in self.stop_words:
                continue
            if len(key) < self.options.min_length:
                continue
            keys.append((key, token.form))
        self._forms[chunk] = tuple(keys)
        self._keys[chunk] = frozenset(key for key, _form in keys)
        self._words[chunk] = words


def count_words(documents: Iterable[Sequence[str]], options: WordOptions) -> WordCounts:
    """Count the words of documents, each given as the pieces of its text to read."""
    documents = [list(pieces) for pieces in documents]
    language = options.language or guess_language(p for d in documents for p in d)
    counter = WordCounter(language, options)
    for pieces in documents:
        counter.add_document(pieces)
    return counter.finish()


def word_frequencies(
    db: ProjectDatabase, options: WordOptions, progress: Progress = no_progress
) -> ResultTable:
    """The word frequency table of the text in ``options.scope``."""
    language = options.language or guess_language(sample_text(db, options.scope))
    counter = WordCounter(language, options)
    for document in scoped_documents(db, options.scope, progress):
        counter.add_document(_pieces(document))
    counts = counter.finish()
    return _table(db, options, counts)


def read_stop_words(path: str | Path) -> frozenset[str]:
    """Stop words from a UTF-8 text file: words separated by white space or commas, ``#``
    starting a comment. ValueError names the file when it cannot be read."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise ValueError(f"cannot read stop words from {path}: {reason}") from None
    words = set()
    for line in text.splitlines():
        for word in line.split("#", 1)[0].replace(",", " ").split():
            words.add(word.lower())
    return frozenset(words)


def _pieces(document: ScopedDocument) -> list[str]:
    return [document.text[start:end] for start, end in document.spans]


def _table(db: ProjectDatabase, options: WordOptions, counts: WordCounts) -> ResultTable:
    ranked = counts.ranked(options.top)
    lemmas = [lemma for lemma, _count in ranked]
    provenance = {
        "query": "words",
        "language": counts.language,
        "minimum length": str(options.min_length),
        "lemmas": "yes" if options.lemmatise else "no",
        "stop words": _stop_word_note(options, counts.language),
        "top": str(options.top) if options.top else "all",
        **describe_scope(db, options.scope),
        "documents read": str(counts.documents_read),
        "words read": str(counts.words_read),
        "words counted": str(counts.counts.total()),
    }

    def passages(row: int, column: int) -> list[PassageRef]:
        from analysis.search import token_spans

        found = token_spans(db, lemmas[row], counts.language, options.scope, options.lemmatise)
        return [PassageRef(document, start, end) for document, start, end in found]

    return ResultTable(
        title="Word frequency",
        row_header="Word",
        row_labels=lemmas,
        column_labels=["Count", "Documents"],
        values=[[count, counts.documents[lemma]] for lemma, count in ranked],
        measure="occurrences",
        column_totals=[counts.counts.total(), counts.documents_with_words],
        provenance=provenance,
        cell_passages=passages,
        row_keys=list(lemmas),
        column_keys=["count", "documents"],
        row_kind="lemma",
        column_kind="measure",
    )


def _stop_word_note(options: WordOptions, language: str) -> str:
    parts = [f"spaCy ({language})"] * options.language_stop_words
    if options.extra_stop_words:
        parts.append(f"{len(options.extra_stop_words)} of the project's own")
    return " + ".join(parts) or "none"
