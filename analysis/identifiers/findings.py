"""What a personal identifier found in a text is: its category, span, confidence and source.

A :class:`Finding` is one occurrence in one document; the detectors inside the package work
on plain text and yield :data:`Candidate` tuples ``(start, end, category, confidence,
source)``, which :func:`resolve_overlaps` reduces to non-overlapping findings: the longest
wins, then the more specific category (a user's term, then CPR, e-mail, phone, address,
organisation, person, place), then the higher confidence.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class IdentifierCategory(StrEnum):
    """The kind of personal identifier."""

    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    CPR = "cpr"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    TERM = "term"


@dataclass(frozen=True)
class Finding:
    """A personal identifier at code points ``[start, end)`` of a document's text.

    ``before`` and ``after`` are up to :data:`CONTEXT` characters of text on either side;
    ``source`` says what found it ("name list", "speaker", "pattern", "term", "capitalised",
    or "same name": a name found as a person elsewhere in the same text).
    """

    document_id: int
    document_name: str
    start: int
    end: int
    text: str
    category: IdentifierCategory
    confidence: float
    before: str
    after: str
    source: str


Candidate = tuple[int, int, IdentifierCategory, float, str]
"""``(start, end, category, confidence, source)`` for a span of a plain text."""

CONTEXT = 40
SPECIFICITY = {
    IdentifierCategory.TERM: 0,
    IdentifierCategory.CPR: 1,
    IdentifierCategory.EMAIL: 2,
    IdentifierCategory.PHONE: 3,
    IdentifierCategory.ADDRESS: 4,
    IdentifierCategory.ORGANISATION: 5,
    IdentifierCategory.PERSON: 6,
    IdentifierCategory.PLACE: 7,
}


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates that survive when overlapping ones compete, sorted by start."""
    ranked = sorted(
        candidates,
        key=lambda c: (-(c[1] - c[0]), SPECIFICITY[c[2]], -c[3], c[0]),
    )
    starts: list[int] = []
    kept: list[Candidate] = []
    for candidate in ranked:
        start, end = candidate[0], candidate[1]
        if end <= start:
            continue
        index = bisect.bisect_left(starts, start)
        if index > 0 and kept[index - 1][1] > start:
            continue
        if index < len(kept) and kept[index][0] < end:
            continue
        starts.insert(index, start)
        kept.insert(index, candidate)
    return kept


def make_finding(document_id: int, document_name: str, text: str, candidate: Candidate) -> Finding:
    """The finding for ``candidate`` in ``text``, with its context on either side."""
    start, end, category, confidence, source = candidate
    return Finding(
        document_id=document_id,
        document_name=document_name,
        start=start,
        end=end,
        text=text[start:end],
        category=category,
        confidence=round(confidence, 3),
        before=text[max(0, start - CONTEXT) : start],
        after=text[end : end + CONTEXT],
        source=source,
    )
