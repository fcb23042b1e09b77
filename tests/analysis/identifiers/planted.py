"""Danish transcripts with planted personal identifiers, written for Tekstur's tests.

The transcripts are in ``data/*.txt``. Every identifier is marked ``[[surface|category]]``;
:func:`parse` strips the marks and returns the clean text with the planted spans. The
category ``no`` marks a word that must NOT be reported (a year, an amount, a role word, an
ordinary sentence start). All names, numbers and addresses are invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from analysis.identifiers import IdentifierCategory

_MARK = re.compile(r"\[\[([^|\]]+)\|(\w+)\]\]")
CATEGORIES = {
    "p": IdentifierCategory.PERSON,
    "pl": IdentifierCategory.PLACE,
    "o": IdentifierCategory.ORGANISATION,
    "c": IdentifierCategory.CPR,
    "t": IdentifierCategory.PHONE,
    "e": IdentifierCategory.EMAIL,
    "a": IdentifierCategory.ADDRESS,
    "term": IdentifierCategory.TERM,
}
TERMS = ("Solsikken", "café Sigurd")
DATA = Path(__file__).parent / "data"
TRANSCRIPTS = {
    name: (DATA / f"{name}.txt").read_text(encoding="utf-8")
    for name in ("fokusgruppe", "interview", "journal")
}
WITH_SPEAKERS = ("fokusgruppe", "interview")


@dataclass(frozen=True)
class Planted:
    """A planted span of the clean text: ``category`` None marks a non-identifier."""

    start: int
    end: int
    text: str
    category: IdentifierCategory | None


def parse(source: str) -> tuple[str, list[Planted]]:
    """The clean text of a marked source and its planted spans."""
    pieces: list[str] = []
    planted: list[Planted] = []
    position = 0
    length = 0
    for match in _MARK.finditer(source):
        before = source[position : match.start()]
        pieces.append(before)
        length += len(before)
        surface, code = match.group(1), match.group(2)
        category = None if code == "no" else CATEGORIES[code]
        planted.append(Planted(length, length + len(surface), surface, category))
        pieces.append(surface)
        length += len(surface)
        position = match.end()
    pieces.append(source[position:])
    return "".join(pieces), planted


def speaker_labels(text: str) -> list[str]:
    """The labels before ``: `` at the starts of lines."""
    return sorted({m.group(1) for m in re.finditer(r"^([^:\n]{1,40}): ", text, re.MULTILINE)})
