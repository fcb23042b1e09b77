"""Recognising speaker labels on a transcript line, and telling names from sentences.

A label is what a transcriber writes before an utterance: ``Name:``, ``I1:``, ``INTERVIEWER:``,
``[Name]``, ``Name (00:12:33):``, ``[00:12:33] Name:``, or a label line such as
``Speaker 1  0:03`` with the speech on the lines below. Whether a candidate really is a speaker
is decided for the whole document in :mod:`importers.transcript`, using the rules here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_BRACKETED_TIME = rf"(?:[\[(]{_TIME}[\])]|{_TIME})"
# A label starts with a letter and holds letters, digits, spaces and a few name characters.
_LABEL = r"[^\W\d_][\w .'’\-/&]{0,39}?"
_BOLD = r"(?:\*\*|__)?"

_COLON_LABEL = re.compile(
    rf"^(?P<lead>\s*{_BOLD}\s*(?:(?P<before>{_BRACKETED_TIME})\s*[-–]?\s*)?{_BOLD})"
    rf"(?P<label>{_LABEL})\s*(?P<after>{_BRACKETED_TIME})?\s*{_BOLD}:{_BOLD}"
    rf"(?:\s+|$)(?:(?P<said>{_BRACKETED_TIME})\s+)?"
)
_BRACKET_LABEL = re.compile(
    rf"^\s*(?:(?P<before>{_BRACKETED_TIME})\s*)?\[(?P<label>{_LABEL})\]\s*:?(?:\s+|$)"
)
_LABEL_LINE = re.compile(rf"^\s*(?P<label>{_LABEL})\s+(?P<after>{_BRACKETED_TIME})\s*$")
_TIME_PARTS = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?")

# Whole labels that introduce metadata or headings, never a speaker (compared case-folded).
NOT_SPEAKERS = frozenset(
    """
    dato date tid time tidspunkt sted place location varighed duration emne tema subject
    title titel note noter notat nb obs bemærk eksempel example spørgsmål question svar
    answer kilde source fil file lydfil audio video projekt project interview fokusgruppe
    transskribent transcriber transskription transcript deltagere participants talere
    speakers medvirkende forkortelser legend tegnforklaring kl klokken https http www mail
    e-mail email tlf telefon phone adresse address taler speaker tekst text tidskode
    timecode interviewguide runde round afdeling department baggrund background formål
    purpose ps pps
    """.split()  # noqa: SIM905
)
# Lowercase words that may sit inside a name-like label: "Leder fra Jobcenter Vest".
_CONNECTORS = frozenset(
    """
    og fra af i på for ved and of the de van von der
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True)
class LabelMatch:
    """A possible speaker label at the start of a line.

    ``content`` is where the utterance begins in the line (after the label and any time);
    ``time_ms`` is a timestamp written with the label, if any.
    """

    label: str
    content: int
    time_ms: int | None
    label_line: bool = False
    """True for a label alone on its line with a time (``Speaker 1  0:03``)."""


def parse_time_ms(text: str) -> int | None:
    """``00:12:33`` or ``12:33.5`` (optionally bracketed) as milliseconds, else None."""
    found = _TIME_PARTS.search(text)
    if found is None:
        return None
    hours, minutes, seconds, fraction = found.groups()
    if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
        return None
    total = (int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)
    return total * 1000 + (int(fraction.ljust(3, "0")) if fraction else 0)


def normalise_label(label: str) -> str:
    """The label with surrounding and repeated spaces removed."""
    return " ".join(label.split())


def match_label(line: str) -> LabelMatch | None:
    """The speaker-label candidate that starts ``line``, or None."""
    found = _COLON_LABEL.match(line)
    if found is not None:
        time = found.group("before") or found.group("after") or found.group("said")
        return _candidate(found.group("label"), found.end(), time)
    found = _BRACKET_LABEL.match(line)
    if found is not None:
        return _candidate(found.group("label"), found.end(), found.group("before"))
    found = _LABEL_LINE.match(line)
    if found is not None:
        candidate = _candidate(found.group("label"), len(line), found.group("after"))
        if candidate is not None:
            return LabelMatch(candidate.label, candidate.content, candidate.time_ms, True)
    return None


def match_label_cell(cells: tuple[str, ...]) -> tuple[int, LabelMatch] | None:
    """In a table row, the cell that names the speaker (the first, or the second after a time).

    Returns the index of that cell and the candidate; the utterance is in the cells after it.
    """
    if len(cells) < 2:
        return None
    index = 1 if parse_time_ms(cells[0]) is not None and len(cells) > 2 else 0
    time = cells[0] if index == 1 else None
    text = cells[index].strip().rstrip(":").strip()
    if not re.fullmatch(_LABEL, text) or not cells[index + 1].strip():
        return None
    candidate = _candidate(text, 0, time)
    return None if candidate is None else (index, candidate)


def _candidate(raw: str, content: int, time: str | None) -> LabelMatch | None:
    label = normalise_label(raw)
    words = label.split()
    if not words or len(words) > 4 or len(label) > 40:
        return None
    if label.casefold().rstrip(".") in NOT_SPEAKERS:
        return None
    return LabelMatch(label, content, parse_time_ms(time) if time else None)


def is_name_like(label: str) -> bool:
    """True when every word of the label looks like part of a name or a role tag.

    "Sagsbehandler A", "I1", "INTERVIEWER", "Anne Marie", "Leder fra Jobcenter Vest" are
    name-like; "Det er sådan" (a sentence that happens to end in a colon) is not.
    """
    words = label.split()
    for position, word in enumerate(words):
        first = word[0]
        if first.isupper() or first.isdigit():
            continue
        if position > 0 and (word in _CONNECTORS or len(word) == 1):
            continue
        return False
    return True


def is_role_tag(label: str) -> bool:
    """Short tags transcribers use for roles: ``I``, ``I1``, ``INT``, ``M``, ``K``, ``P3``."""
    return re.fullmatch(r"[A-ZÆØÅ]{1,4}\d{0,2}", label) is not None
