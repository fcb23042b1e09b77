"""spaCy tokens and lookup lemmas for Danish and English, loaded once and cached.

Tokenisation is ``spacy.blank(lang)``'s tokenizer; lemmas come from the lookup tables of
``spacy-lookups-data`` (no model download), looked up in lower case. The table cannot tell
homographs apart; for Danish, a word in ``-er`` that is itself a lemma in the table keeps its
form instead of becoming a verb in ``-e`` (``borger``, ``leder`` and ``lærer`` stay nouns
rather than the verbs ``borge``, ``lede``, ``lære``), because those nouns are what social-work
material is about; the price is that the present tense of such a verb (``han leder``) counts
under the noun.

spaCy splits text at white space first and then treats each white-space-free chunk on its
own, so a chunk always yields the same tokens wherever it stands. :class:`LanguageTools`
therefore tokenises each distinct chunk once and keeps the result: counting ten million
words costs a dictionary look-up per word plus one spaCy call per new chunk, and the tokens
are exactly spaCy's.

spaCy is imported inside functions, so that importing this module (and starting the app)
stays fast.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

LANGUAGES = ("da", "en")
_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+")
# Entries of the Danish lookup table that are plainly wrong for the words this material is
# made of (``leder`` → ``led``, ``godt`` → ``godte``); Tekstur's own readings win.
CORRECTIONS = {
    "da": {
        "leder": "leder",
        "lederen": "leder",
        "ledere": "leder",
        "lederne": "leder",
        "lederens": "leder",
        "ledernes": "leder",
        "godt": "god",
        "gode": "god",
        "bedre": "god",
        "bedst": "god",
        "bedste": "god",
    },
    "en": {},
}
_CACHE_LIMIT = 1_000_000
_BATCH = 5_000


@dataclass(frozen=True)
class ChunkToken:
    """A token inside a white-space-free chunk: its offset there, its text and lemma.

    ``form`` is the text in lower case; ``lemma`` is the lookup lemma of ``form`` (``form``
    itself when the table has none); ``is_word`` is True when the token holds a letter.
    """

    offset: int
    text: str
    form: str
    lemma: str
    is_word: bool


class LanguageTools:
    """spaCy's tokenizer, lemma table and stop words for one language, with a chunk cache."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language {language!r} is not supported (use da or en)")
        import spacy

        self.language = language
        nlp = spacy.blank(language)
        lemmatizer: Any = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        self.tokenizer: Any = nlp.tokenizer
        self._lemmas: Any = lemmatizer.lookups.get_table("lemma_lookup")
        self._headwords = frozenset(str(value) for value in self._lemmas.values())
        self._keep_er = language == "da"
        self._corrections = CORRECTIONS[language]
        self.stop_words: frozenset[str] = frozenset(w.lower() for w in nlp.Defaults.stop_words)
        self._chunks: dict[str, tuple[ChunkToken, ...]] = {}
        self._lock = threading.Lock()

    def lemma(self, form: str) -> str:
        """The lookup lemma of a lower-case word form (the form itself when unknown)."""
        corrected = self._corrections.get(form)
        if corrected is not None:
            return corrected
        found = self._lemmas.get(form)
        if found is None:
            return form
        lemma = str(found)
        if self._keep_er and lemma == form[:-1] and form[-2:] == "er" and form in self._headwords:
            return form
        return lemma

    def readings(self, form: str) -> frozenset[str]:
        """Every lemma a lower-case word form may stand for: the one it is counted under, the
        table's own, and the form itself when it is a lemma in the table (``ringer``: the
        noun and the verb ``ringe``)."""
        found = self._lemmas.get(form)
        readings = {self.lemma(form), form if found is None else str(found)}
        if form in self._headwords:
            readings.add(form)
        return frozenset(readings)

    def chunk_tokens(self, chunk: str) -> tuple[ChunkToken, ...]:
        """The tokens of one white-space-free chunk."""
        found = self._chunks.get(chunk)
        if found is None:
            with self._lock:  # spaCy's tokenizer is not shared between threads at once
                found = next(self._tokenise_batch([chunk]))
            self._chunks[chunk] = found
        return found

    def learn(self, chunks: Iterable[str]) -> None:
        """Tokenise the chunks not seen before, many per spaCy call."""
        with self._lock:
            new = [chunk for chunk in dict.fromkeys(chunks) if chunk not in self._chunks]
            if len(self._chunks) + len(new) > _CACHE_LIMIT:
                self._chunks.clear()
            for start in range(0, len(new), _BATCH):
                batch = new[start : start + _BATCH]
                self._chunks.update(zip(batch, self._tokenise_batch(batch), strict=True))

    def _tokenise_batch(self, chunks: Sequence[str]) -> Iterator[tuple[ChunkToken, ...]]:
        # Chunks joined by single spaces tokenise exactly as each would alone; a token with
        # trailing white space closes its chunk.
        doc = self.tokenizer(" ".join(chunks))
        current: list[ChunkToken] = []
        chunk_start = 0
        for token in doc:
            text = token.text
            form = text.lower()
            current.append(
                ChunkToken(
                    token.idx - chunk_start,
                    text,
                    form,
                    self.lemma(form),
                    _WORD.search(text) is not None,
                )
            )
            if token.whitespace_:
                yield tuple(current)
                current = []
                chunk_start = token.idx + len(text) + 1
        yield tuple(current)

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> Iterator[TextToken]:
        """The non-space tokens of ``text[start:end]`` with their positions in ``text``."""
        for match in _CHUNK.finditer(text, start, len(text) if end is None else end):
            base = match.start()
            for token in self.chunk_tokens(match.group()):
                position = base + token.offset
                yield TextToken(position, position + len(token.text), token)


@dataclass(frozen=True)
class TextToken:
    """A token at code points ``[start, end)`` of a text."""

    start: int
    end: int
    token: ChunkToken


@lru_cache(maxsize=len(LANGUAGES))
def language_tools(language: str) -> LanguageTools:
    """The tools for ``da`` or ``en``, loaded on first use (about two seconds) and kept."""
    return LanguageTools(language)


def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for ``da`` or ``en`` (lower case), without loading a pipeline."""
    if language == "da":
        from spacy.lang.da.stop_words import STOP_WORDS
    elif language == "en":
        from spacy.lang.en.stop_words import STOP_WORDS
    else:
        raise ValueError(f"language {language!r} is not supported (use da or en)")
    return frozenset(word.lower() for word in STOP_WORDS)


def guess_language(texts: Iterable[str], sample_words: int = 20_000) -> str:
    """``da`` or ``en``: whichever language's stop words make up more of the first words.

    Danish wins a tie, since Danish material is the common case.
    """
    counts: Counter[str] = Counter()
    seen = 0
    for text in texts:
        for match in _WORD.finditer(text):
            counts[match.group().lower()] += 1
            seen += 1
            if seen >= sample_words:
                break
        if seen >= sample_words:
            break
    ratios = {lang: sum(counts[w] for w in stop_words(lang)) for lang in LANGUAGES}
    return "en" if ratios["en"] > ratios["da"] else "da"
