"""Text search with keyword-in-context results.

Four modes, all case-insensitive unless ``match_case`` is set:

- **plain**: the words as written, as whole words (``tid`` does not hit ``tidligere``); white
  space in the pattern matches any white space in the text;
- **wildcard**: like plain, with ``*`` for any letters within a word and ``?`` for exactly
  one (``tid*`` hits ``tid``, ``tiden``, ``tidligere``);
- **regex**: a Python regular expression, as written;
- **lemma**: every inflected form of the search words' lemmas by spaCy's lookup tables
  (``borger`` hits ``borgeren``, ``borgerne``, ``Borgers``); a form that may stand for two
  lemmas is found under both (``ringer``: the noun and the verb ``ringe``); hits are whole
  spaCy tokens, a phrase is consecutive tokens.

Hits lie inside the searched scope (:mod:`analysis.text_scope`); positions are code points.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from analysis.lemmas import ChunkToken, LanguageTools, guess_language, language_tools
from analysis.text_scope import ScopedDocument, TextScope, sample_text, scoped_documents
from models.database import ProjectDatabase
from models.progress import Progress, no_progress

Span = tuple[int, int]
TokenTest = Callable[[ChunkToken], bool]
_CHUNK = re.compile(r"\S+")
_WORD_EDGE = re.compile(r"\w")
_WILDCARD_EDGE = re.compile(r"[\w*?]")


class SearchMode(StrEnum):
    """How a search pattern is read."""

    PLAIN = "plain"
    WILDCARD = "wildcard"
    REGEX = "regex"
    LEMMA = "lemma"


class SearchPatternError(ValueError):
    """A search pattern that cannot be used; the message names the pattern."""


@dataclass(frozen=True)
class SearchOptions:
    """What to search for, how, and where; ``context`` is the words shown on each side."""

    pattern: str
    mode: SearchMode = SearchMode.PLAIN
    context: int = 6
    language: str | None = None
    match_case: bool = False
    scope: TextScope = field(default_factory=TextScope)


@dataclass(frozen=True)
class KwicRow:
    """One hit in context: ``hit`` is ``text[start:end]`` of the document."""

    document_id: int
    document: str
    speaker: str | None
    start: int
    end: int
    left: str
    hit: str
    right: str


def compile_pattern(pattern: str, mode: SearchMode, match_case: bool = False) -> re.Pattern[str]:
    """The regular expression for a plain, wildcard or regex pattern."""
    if not pattern.strip():
        raise SearchPatternError("the search pattern is empty")
    flags = 0 if match_case else re.IGNORECASE
    if mode is SearchMode.REGEX:
        try:
            return re.compile(pattern, flags)
        except re.error as error:
            raise SearchPatternError(
                f"'{pattern}' is not a valid regular expression: {error.msg}"
                + ("" if error.pos is None else f" at position {error.pos}")
            ) from None
    if mode is SearchMode.LEMMA:
        raise ValueError("a lemma search has no regular expression")
    words = pattern.split()
    parts = []
    for word in words:
        escaped = re.escape(word)
        if mode is SearchMode.WILDCARD:
            escaped = escaped.replace(r"\*", r"\w*").replace(r"\?", r"\w")
        parts.append(escaped)
    body = r"\s+".join(parts)
    text = " ".join(words)
    edge = _WILDCARD_EDGE if mode is SearchMode.WILDCARD else _WORD_EDGE
    before = r"(?<!\w)" if edge.match(text[0]) else ""
    after = r"(?!\w)" if edge.match(text[-1]) else ""
    return re.compile(before + body + after, flags)


def find_pattern(text: str, spans: list[Span], pattern: re.Pattern[str]) -> list[Span]:
    """Non-empty matches of ``pattern`` lying inside ``spans`` of ``text``."""
    hits = []
    for start, end in spans:
        for match in pattern.finditer(text, start, end):
            if match.end() > match.start():
                hits.append((match.start(), match.end()))
    return hits


def search_lemmas(tools: LanguageTools, pattern: str) -> list[TokenTest]:
    """One test per token of the pattern: does a text token share one of its lemmas?

    A word form may stand for more than one lemma (:meth:`LanguageTools.readings`); a lemma
    search finds a token when any of its readings is one of the search word's, so that
    ``ringe`` finds ``ringer`` and ``borger`` finds ``borgerne``.
    """
    wanted = [tools.readings(t.token.form) for t in tools.tokens(pattern)]
    if not wanted:
        raise SearchPatternError("the search pattern is empty")

    def test(readings: frozenset[str]) -> TokenTest:
        known: dict[str, bool] = {}

        def shares_a_lemma(token: ChunkToken) -> bool:
            found = known.get(token.form)
            if found is None:
                found = known[token.form] = not readings.isdisjoint(tools.readings(token.form))
            return found

        return shares_a_lemma

    return [test(readings) for readings in wanted]


def find_tokens(
    text: str, spans: list[Span], tools: LanguageTools, tests: Sequence[TokenTest]
) -> list[Span]:
    """Runs of consecutive tokens passing ``tests`` in order, inside ``spans`` of ``text``."""
    first = tests[0]
    hits = []
    chunk_has_first: dict[str, bool] = {}
    for start, end in spans:
        for match in _CHUNK.finditer(text, start, end):
            chunk = match.group()
            found = chunk_has_first.get(chunk)
            if found is None:
                found = any(first(t) for t in tools.chunk_tokens(chunk))
                chunk_has_first[chunk] = found
            if not found:
                continue
            for token in tools.tokens(text, match.start(), match.end()):
                if first(token.token):
                    hit = _match_rest(text, tools, token.start, token.end, end, tests[1:])
                    if hit is not None:
                        hits.append(hit)
    return hits


def _match_rest(
    text: str,
    tools: LanguageTools,
    start: int,
    end: int,
    limit: int,
    rest: Sequence[TokenTest],
) -> Span | None:
    if not rest:
        return start, end
    following = tools.tokens(text, end, limit)
    for test in rest:
        token = next(following, None)
        if token is None or not test(token.token):
            return None
        end = token.end
    return start, end


def token_spans(
    db: ProjectDatabase, key: str, language: str, scope: TextScope, by_lemma: bool = True
) -> list[tuple[int, int, int]]:
    """Every word token counted under ``key`` (its lemma, or its lower-case form) by a word
    frequency: (document id, start, end) in document name and text order."""
    tools = language_tools(language)

    def counted(token: ChunkToken) -> bool:
        return token.is_word and (token.lemma if by_lemma else token.form) == key

    return [
        (document.document_id, start, end)
        for document in scoped_documents(db, scope)
        for start, end in find_tokens(document.text, document.spans, tools, [counted])
    ]


def search_spans(
    db: ProjectDatabase, options: SearchOptions, progress: Progress = no_progress
) -> list[tuple[int, int, int]]:
    """Every hit as (document id, start, end), in document name and text order."""
    return [(d.document_id, s, e) for d, s, e in _hits(db, options, progress)]


def text_search(
    db: ProjectDatabase, options: SearchOptions, progress: Progress = no_progress
) -> list[KwicRow]:
    """Every hit as a keyword-in-context row, in document name and text order."""
    return [
        kwic_row(document, start, end, options.context)
        for document, start, end in _hits(db, options, progress)
    ]


def kwic_row(document: ScopedDocument, start: int, end: int, context: int) -> KwicRow:
    """A hit with up to ``context`` words of its line on each side."""
    text = document.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return KwicRow(
        document.document_id,
        document.name,
        document.speaker_at(start),
        start,
        end,
        _last_words(text[line_start:start], context),
        text[start:end],
        _first_words(text[end:line_end], context),
    )


def _hits(
    db: ProjectDatabase, options: SearchOptions, progress: Progress
) -> Iterator[tuple[ScopedDocument, int, int]]:
    if options.mode is SearchMode.LEMMA:
        language = options.language or guess_language(sample_text(db, options.scope))
        tools = language_tools(language)
        lemmas = search_lemmas(tools, options.pattern)
        for document in scoped_documents(db, options.scope, progress, with_turns=True):
            for start, end in find_tokens(document.text, document.spans, tools, lemmas):
                yield document, start, end
        return
    pattern = compile_pattern(options.pattern, options.mode, options.match_case)
    for document in scoped_documents(db, options.scope, progress, with_turns=True):
        for start, end in find_pattern(document.text, document.spans, pattern):
            yield document, start, end


def _last_words(text: str, count: int) -> str:
    if count <= 0:
        return ""
    chunks = list(_CHUNK.finditer(text))
    return text[chunks[-count].start() :] if len(chunks) >= count else text.lstrip()


def _first_words(text: str, count: int) -> str:
    if count <= 0:
        return ""
    for index, match in enumerate(_CHUNK.finditer(text)):
        if index == count - 1:
            return text[: match.end()]
    return text.rstrip()
