"""Counting one code × document of a coding comparison in characters, sentences or paragraphs.

In **character** units every code point of the document is a unit. In **sentence** and
**paragraph** units the units are the spans :mod:`analysis.text_units` finds (white space
between them and a speaker label before a sentence belong to no unit and are not counted),
and a unit counts as coded by a group when the group coded **any character of it**.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.agreement_spans import Span
from analysis.text_units import paragraph_spans, sentence_spans

UNIT_KINDS = ("character", "sentence", "paragraph")


@dataclass(frozen=True)
class UnitCounts:
    """Units in a document, units each group coded and units both coded."""

    size: int
    a: int
    b: int
    both: int


def intersection_length(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Code points in both of two merged, sorted span lists."""
    total = i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if end > start:
            total += end - start
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return total


def clip(spans: Sequence[Span], size: int) -> list[Span]:
    """Merged spans cut to ``[0, size)`` (a coding never should reach past the text)."""
    return [(start, min(end, size)) for start, end in spans if start < size]


def character_counts(size: int, a: Sequence[Span], b: Sequence[Span]) -> UnitCounts:
    """Counts in characters of two merged, sorted coverages inside a text of ``size`` code
    points (cut them to it first with :func:`clip`)."""
    return UnitCounts(
        size,
        sum(end - start for start, end in a),
        sum(end - start for start, end in b),
        intersection_length(a, b),
    )


class TextUnits:
    """The sentence or paragraph spans of one text, ready to map coverages onto."""

    def __init__(self, text: str, unit: str) -> None:
        if unit not in ("sentence", "paragraph"):
            raise ValueError(f"unit is sentence or paragraph here, not '{unit}'")
        spans = sentence_spans(text) if unit == "sentence" else paragraph_spans(text)
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    @property
    def size(self) -> int:
        """The number of units."""
        return len(self.starts)

    def touched(self, coverage: Sequence[Span]) -> set[int]:
        """Indices of the units that share at least one character with ``coverage``."""
        found: set[int] = set()
        for start, end in coverage:
            first = bisect_right(self.ends, start)
            last = bisect_left(self.starts, end) - 1
            if last >= first:
                found.update(range(first, last + 1))
        return found

    def counts(self, a: Sequence[Span], b: Sequence[Span]) -> UnitCounts:
        """Counts in units: a unit is coded by a group when the group coded any of it."""
        in_a, in_b = self.touched(a), self.touched(b)
        return UnitCounts(self.size, len(in_a), len(in_b), len(in_a & in_b))
