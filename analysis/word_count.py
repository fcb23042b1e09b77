"""How Tekstur counts words coded — one rule for every query.

A **word** is a run of word characters: letters, digits and ``_`` (Python's ``\\w``), where
combining marks between them belong to the word, so ``café`` written with a combining accent
is one word; an emoji, punctuation and white space are not words. Words are found in the
whole document text, never in an excerpt of it.

A word is **coded** by a set of passages when at least one of its characters lies inside one
of them; each word counts once, however many passages (overlapping codings of the same code,
or of a code and its sub-codes) cover it. So "words coded" is the number of words touched by
the union of the passages: a coding that starts in the middle of a word counts that word.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class WordIndex:
    """The words of one document text: ``starts[i]``, ``ends[i]`` is word ``i``."""

    starts: list[int]
    ends: list[int]

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """The words ``[first, stop)`` that overlap the code points ``[start, end)``."""
        first = bisect_right(self.ends, start)
        stop = bisect_left(self.starts, end)
        return first, max(first, stop)

    def count(self, spans: Iterable[tuple[int, int]]) -> int:
        """The number of words that overlap any of ``spans``, each word once."""
        ranges = sorted(self.word_range(start, end) for start, end in spans)
        total, reached = 0, 0
        for first, stop in ranges:
            first = max(first, reached)
            if stop > first:
                total += stop - first
                reached = stop
        return total


@lru_cache(maxsize=4096)
def word_index(text: str) -> WordIndex:
    """The words of ``text`` (kept for the texts met last: a document's text never changes)."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if ends and _only_marks(text, ends[-1], start):
            ends[-1] = end  # a combining mark joins the word before it to the rest
            continue
        starts.append(start)
        ends.append(end)
    return WordIndex(starts, ends)


def _only_marks(text: str, start: int, end: int) -> bool:
    if end - start > 8:
        return False
    return all(unicodedata.category(char).startswith("M") for char in text[start:end])


def count_words(text: str, spans: Iterable[tuple[int, int]]) -> int:
    """Words of ``text`` coded by ``spans`` (see the module docstring)."""
    return word_index(text).count(spans)


def is_word_character(char: str) -> bool:
    """True for a character that can be part of a word (``\\w`` or a combining mark)."""
    return bool(_WORD.match(char)) or unicodedata.category(char).startswith("M")
