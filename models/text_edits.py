"""Replacing parts of a text and moving positions with it, so every span keeps its words.

An edit replaces the code points ``[start, end)`` of the old text with ``text``. Edits never
overlap and never replace nothing (``start < end``). After the edits:

- a position outside every replaced part moves by what the edits before it added or removed;
- a span that only partly overlaps a replaced part grows to cover the whole replacement;
- a span entirely inside a replaced part becomes the replacement.

So the text of every span afterwards is the text it had before with the replacements inside
it applied. Pure functions, no database and no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class OverlappingEditsError(ValueError):
    """Edits overlap, replace nothing, or reach outside the text."""


@dataclass(frozen=True, order=True)
class TextEdit:
    """Replace the code points ``[start, end)`` by ``text``."""

    start: int
    end: int
    text: str


def checked_edits(edits: Iterable[TextEdit], length: int) -> list[TextEdit]:
    """The edits in text order; OverlappingEditsError when they overlap or do not fit."""
    ordered = sorted(edits)
    previous_end = 0
    for edit in ordered:
        if edit.start >= edit.end:
            raise OverlappingEditsError(f"edit [{edit.start}, {edit.end}) replaces nothing")
        if edit.start < previous_end:
            raise OverlappingEditsError(f"edit [{edit.start}, {edit.end}) overlaps the one before")
        if edit.end > length:
            raise OverlappingEditsError(
                f"edit [{edit.start}, {edit.end}) reaches past the end of the text ({length})"
            )
        previous_end = edit.end
    return ordered


def apply_edits(text: str, edits: Iterable[TextEdit]) -> str:
    """``text`` with the edits made."""
    parts: list[str] = []
    position = 0
    for edit in checked_edits(edits, len(text)):
        parts.append(text[position : edit.start])
        parts.append(edit.text)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


class PositionMap:
    """Where the positions of a text are after a set of edits (see the module docstring)."""

    def __init__(self, edits: Iterable[TextEdit], length: int) -> None:
        self.edits = checked_edits(edits, length)
        self._starts = [edit.start for edit in self.edits]
        self._ends = [edit.end for edit in self.edits]
        self._new_starts: list[int] = []
        shift = 0
        for edit in self.edits:
            self._new_starts.append(edit.start + shift)
            shift += len(edit.text) - (edit.end - edit.start)
        self._shifts_after: list[int] = []
        shift = 0
        for edit in self.edits:
            shift += len(edit.text) - (edit.end - edit.start)
            self._shifts_after.append(shift)

    def _shift_before(self, position: int) -> int:
        """What the edits that end at or before ``position`` added or removed."""
        index = bisect_right(self._ends, position)
        return self._shifts_after[index - 1] if index else 0

    def start(self, position: int) -> int:
        """The new position of a span's start: inside a replaced part, the replacement's start."""
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and position < self._ends[index]:
            return self._new_starts[index]
        return position + self._shift_before(position)

    def end(self, position: int) -> int:
        """The new position of a span's end: inside a replaced part, the replacement's end."""
        index = bisect_left(self._starts, position) - 1
        if index >= 0 and position <= self._ends[index]:
            return self._new_starts[index] + len(self.edits[index].text)
        return position + self._shift_before(position)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The new ``[start, end)`` of a span, grown to whole replacements where it cuts one."""
        return self.start(start), self.end(end)

    def spans(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`span` for each span, in the same order."""
        return [self.span(start, end) for start, end in spans]
