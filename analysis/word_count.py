"""How Tekstur counts words coded — one rule for every query.

A **word** is a maximal run of word characters — letters, digits and ``_`` (what Python's
``\\w`` matches) and combining marks — that holds at least one letter, digit or ``_``. So
``café`` written with a combining accent is one word, while an emoji, punctuation and white
space are not words. Words are found in the whole document text, never in an excerpt of it.

A word is **coded** by a set of passages when at least one of its characters lies inside one
of them; each word counts once, however many passages (overlapping codings of the same code,
or of a code and its sub-codes) cover it. So "words coded" is the number of words touched by
the union of the passages: a coding that starts in the middle of a word counts that word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[np.int64]


@cache
def _bmp_tables() -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    """Word characters and combining marks among the first 65,536 code points."""
    chars = [chr(code) for code in range(0x10000)]
    word = np.array([c.isalnum() or c == "_" for c in chars], dtype=bool)
    mark = np.array([unicodedata.category(c)[0] == "M" for c in chars], dtype=bool)
    return word, mark


def _classes(text: str) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    word_table, mark_table = _bmp_tables()
    inside = codes < 0x10000
    word = np.zeros(len(codes), dtype=bool)
    mark = np.zeros(len(codes), dtype=bool)
    word[inside] = word_table[codes[inside]]
    mark[inside] = mark_table[codes[inside]]
    for code in np.unique(codes[~inside]):
        char = chr(int(code))
        places = codes == code
        word[places] = char.isalnum()
        mark[places] = unicodedata.category(char)[0] == "M"
    return word, mark


def is_word_character(char: str) -> bool:
    """True for a character that can be part of a word (``\\w`` or a combining mark)."""
    code = ord(char)
    if code < 0x10000:
        word, mark = _bmp_tables()
        return bool(word[code] or mark[code])
    return char.isalnum() or unicodedata.category(char)[0] == "M"


@dataclass(frozen=True)
class WordIndex:
    """The words of one document text: word ``i`` is ``[starts[i], ends[i])``."""

    starts: Ints
    ends: Ints

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """The words ``[first, stop)`` that overlap the code points ``[start, end)``."""
        first = int(np.searchsorted(self.ends, start, "right"))
        stop = int(np.searchsorted(self.starts, end, "left"))
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
    word, mark = _classes(text)
    wordish = (word | mark).astype(np.int8)
    edges = np.diff(np.concatenate(([0], wordish, [0])))
    starts = np.flatnonzero(edges == 1).astype(np.int64)
    ends = np.flatnonzero(edges == -1).astype(np.int64)
    letters = np.concatenate(([0], np.cumsum(word, dtype=np.int64)))
    real = letters[ends] > letters[starts]
    return WordIndex(starts[real], ends[real])


def count_words(text: str, spans: Iterable[tuple[int, int]]) -> int:
    """Words of ``text`` coded by ``spans`` (see the module docstring)."""
    return word_index(text).count(spans)
