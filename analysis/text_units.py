"""Text units: sentences, paragraphs and speaker turns as code point spans ``[start, end)``.

Definitions shared by co-occurrence ("in the same sentence / paragraph / turn"), search hits
spread to a unit, and auto-coding:

- A **paragraph** is a run of text between line ends (``\\n``). Blank lines yield none; white
  space at either end is left out of the span.
- A **sentence** lies inside one paragraph (a line end always ends a sentence) and ends after
  ``.``, ``!``, ``?`` or an ellipsis (``...``, ``…``) plus any closing quotes or brackets, when
  white space and the start of a new sentence follow. Danish text is split by rules rather
  than a model: abbreviations (``f.eks.``, ``bl.a.``, ``dvs.``, ``ca.``, ``mht.``, ``kl.`` …),
  initials (``H. C.``), ordinals and dates (``3. marts``), times (``kl. 14.30``) and a list
  number at the start of a line (``1. Borgeren …``) do not end a sentence; an ellipsis or an
  abbreviation such as ``osv.`` does when a capital letter follows. A speaker label at the
  start of a sentence (``Borger:``, ``Sagsbehandler A:``, ``[Leder]``) is not part of it: the
  sentence begins after the label.
- A **speaker turn** is a turn stored with the document (see ``SpeakerTurn``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from sqlalchemy import select

from models.database import ProjectDatabase
from models.documents import SpeakerTurn

Span = tuple[int, int]
_END = 1 << 62

# Abbreviations (lower case, without the final period) that never end a sentence.
_NEVER_FINAL = frozenset(
    """
    f.eks bl.a dvs d.v.s ca mht m.h.t kl jf jvf evt ifm i.f.m pga p.g.a hhv iflg ift vedr
    inkl ekskl ang fx f.x nr tlf hr fr frk dr prof mr mrs ms st sml el e.l cf vs e.g i.e
    approx vol ibid ref kap afs stk pkt ff mio mia
    """.split()  # noqa: SIM905
)
# Abbreviations that often close a sentence: they end one when a capital letter follows.
_MAYBE_FINAL = frozenset(
    """
    osv o.s.v etc mv m.v m.m o.l o.lign m.fl mfl km cm kg kr min sek
    """.split()  # noqa: SIM905
)
_TERMINATOR = re.compile(r"(?:\.{2,}|…|[.!?]+)[\"'”’»)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([^\W_](?:[\w.\-]*[^\W_])?)\.*$")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[ivxIVX]{1,4})$")
_TIME_NOTE = r"(?: \(\d{1,2}:\d{2}(?::\d{2})?\))?"
_SPEAKER_LABEL = re.compile(
    r"\[(?P<bracketed>[^\W\d_][^\]\n]{0,39})\]:?(?=\s)"
    rf"|(?P<label>[^\W\d_][\w'’\-]*(?: [^\W_][\w'’\-]*){{0,2}}){_TIME_NOTE}:(?=\s)"
)
_NOT_LABELS = frozenset(
    "dato date tid time sted place emne tema note nb obs spørgsmål svar kilde kl".split()  # noqa: SIM905
)


def paragraph_spans(text: str) -> list[Span]:
    """Each run of text between line ends, with white space trimmed off both ends."""
    spans: list[Span] = []
    start = 0
    for line in text.split("\n"):
        trimmed = trim_span(text, start, start + len(line))
        if trimmed is not None:
            spans.append(trimmed)
        start += len(line) + 1
    return spans


def sentence_spans(text: str) -> list[Span]:
    """The sentences of ``text`` by the Danish-aware rules in this module's docstring."""
    spans: list[Span] = []
    for start, end in paragraph_spans(text):
        spans.extend(_sentences_in(text, start, end))
    return spans


def turn_spans(db: ProjectDatabase, document_id: int) -> list[Span]:
    """The speaker turns of one document in text order, as stored (the label not included)."""
    query = (
        select(SpeakerTurn.start, SpeakerTurn.end)
        .where(SpeakerTurn.document_id == document_id)
        .order_by(SpeakerTurn.start, SpeakerTurn.end)
    )
    with db.read() as connection:
        return [(int(start), int(end)) for start, end in connection.execute(query)]


def units_touching(units: list[Span], start: int, end: int) -> list[Span]:
    """The units (sorted, non-overlapping) that share at least one character with
    ``[start, end)``."""
    first = bisect.bisect_right(units, (start, _END)) - 1
    first = max(first, 0)
    touching = []
    for unit_start, unit_end in units[first:]:
        if unit_start >= end:
            break
        if start < unit_end:
            touching.append((unit_start, unit_end))
    return touching


def _sentences_in(text: str, start: int, end: int) -> Iterator[Span]:
    line = text[start:end]
    begin = 0
    for match in _TERMINATOR.finditer(line):
        if _ends_sentence(line, begin, match):
            yield from _sentence(text, start + begin, start + match.end())
            begin = match.end()
    if begin < len(line):
        yield from _sentence(text, start + begin, end)


def _sentence(text: str, start: int, end: int) -> Iterator[Span]:
    trimmed = trim_span(text, start, end)
    if trimmed is None:
        return
    start, end = trimmed
    label = _SPEAKER_LABEL.match(text, start, end)
    if label is not None and _is_label(label):
        trimmed = trim_span(text, label.end(), end)
        if trimmed is None:
            return
    yield trimmed


def _is_label(label: re.Match[str]) -> bool:
    if label.group("bracketed") is not None:
        return True
    words = label.group("label").split(" ")
    if words[0].casefold() in _NOT_LABELS:
        return False
    # Every word of a name starts with a capital ("Sagsbehandler A", "Søren Ærø", "I1") or
    # is a number ("Borger 3"); "Det vigtigste er:" is a sentence, not a label.
    return all(word[0].isupper() or word.isdigit() for word in words)


def _ends_sentence(line: str, begin: int, match: re.Match[str]) -> bool:
    following = line[match.end() :].lstrip()
    if not following:
        return True
    punctuation = match.group().rstrip("\"'”’»)]")
    next_char = following[0]
    starts_capital = next_char.isupper() or next_char in "\"'“”«»([-–—"
    if punctuation.startswith("..") or punctuation == "…":
        return starts_capital
    if punctuation != ".":
        return True
    before = line[begin : match.start()]
    if _LIST_NUMBER.match(before):
        return False
    word_match = _WORD_BEFORE.search(before)
    if word_match is None:
        return starts_capital or next_char.isdigit()
    word = word_match.group(1)
    folded = word.casefold()
    if folded in _NEVER_FINAL:
        return False
    if folded in _MAYBE_FINAL:
        return next_char.isupper()
    if word.isdigit():
        # "3. marts", "den 3. 4. og 5."; a year closing a sentence is followed by a capital.
        return next_char.isupper() and len(word) >= 3
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "H. C. Andersen"
    if "." in word and len(word) <= 8 and not next_char.isupper():
        return False  # an unknown dotted abbreviation such as "m.h.t."
    return starts_capital or next_char.isdigit()


def trim_span(text: str, start: int, end: int) -> Span | None:
    """``[start, end)`` without white space at either end; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
