"""Which parts of a document the mapping replaces: a plain function, no database, no Qt.

Every occurrence of an accepted surface text is replaced, not only the ones detection found:
a name detection missed in one sentence must not survive beside its pseudonym in the next.
An occurrence is a whole word or phrase in exactly the same spelling (case matters, so the
name ``Bo`` does not replace the verb ``bo``); a Danish genitive ``s`` after it stays and
follows the replacement (``Toves`` → ``Karens``). Where two terms overlap (``Tove`` and
``Tove Hansen``) the longer one wins. Spans found by detection whose text is an accepted
term are replaced too, should the word rules have passed them by.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from models.text_edits import TextEdit


class FoundSpan(Protocol):
    """What detection reports about an identifier, as far as replacing it needs."""

    @property
    def start(self) -> int:
        """First code point."""

    @property
    def end(self) -> int:
        """Code point after the last one."""


@dataclass(frozen=True, order=True)
class Replacement:
    """Replace ``original`` at ``[start, end)`` by ``replacement``."""

    start: int
    end: int
    original: str
    replacement: str

    @property
    def edit(self) -> TextEdit:
        """The replacement as a text edit."""
        return TextEdit(self.start, self.end, self.replacement)


def terms_pattern(surfaces: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching any of the surface texts as whole words, longest first."""
    ordered = sorted({s for s in surfaces if s}, key=lambda s: (-len(s), s))
    if not ordered:
        return None
    alternatives = "|".join(re.escape(surface) for surface in ordered)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?=s?(?!\w))")


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Where ``surface`` stands in ``text`` as a whole word or phrase (genitive ``s`` allowed)."""
    pattern = terms_pattern([surface])
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def plan_replacements(
    text: str, terms: Mapping[str, str], found: Iterable[FoundSpan] = ()
) -> list[Replacement]:
    """The replacements that apply ``terms`` (accepted surface → replacement) to ``text``.

    Non-overlapping and in text order; see the module docstring for what counts.
    """
    pattern = terms_pattern(terms)
    if pattern is None:
        return []
    candidates = [
        Replacement(m.start(), m.end(), m.group(), terms[m.group()]) for m in pattern.finditer(text)
    ]
    for span in found:
        original = text[span.start : span.end]
        if original in terms:
            candidates.append(Replacement(span.start, span.end, original, terms[original]))
    return _without_overlaps(candidates)


def replace_terms(text: str, terms: Mapping[str, str]) -> str:
    """``text`` with every occurrence of the terms replaced (for short texts such as labels)."""
    pieces, position = [], 0
    for replacement in plan_replacements(text, terms):
        pieces += [text[position : replacement.start], replacement.replacement]
        position = replacement.end
    return "".join([*pieces, text[position:]])


def _without_overlaps(candidates: list[Replacement]) -> list[Replacement]:
    """Longer replacements first, then earlier ones; a candidate overlapping a kept one goes."""
    kept: list[Replacement] = []  # in text order, never overlapping
    for candidate in sorted(set(candidates), key=lambda r: (r.start - r.end, r.start)):
        index = bisect_left(kept, candidate)
        if index > 0 and kept[index - 1].end > candidate.start:
            continue
        if index < len(kept) and kept[index].start < candidate.end:
            continue
        insort(kept, candidate)
    return kept
