"""A speaker legend at the top of a transcript: ``I1: Interviewer 1``, ``M: Mand``, ``K: Kvinde``.

Transcribers list the short labels they will use and who they stand for, then use the short
labels throughout. The legend's lines are not utterances; its names replace the short labels.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from importers.result import Block
from importers.speaker_labels import NOT_SPEAKERS, LabelMatch, normalise_label

_HEADER = re.compile(
    r"\s*(deltagere|talere|medvirkende|forkortelser|tegnforklaring|legend|participants"
    r"|speakers|informanter|interviewpersoner|personer|key)\s*:?\s*",
    re.IGNORECASE,
)
_ENTRY = re.compile(
    r"\s*(?:[-*•]\s+)?(?P<short>[^\W_][\w.\-]{0,14}(?: [\w.\-]{1,10})?)\s*(?::|=|–|—|\s-)\s*"
    r"(?P<name>[^\W\d_].{0,59}?)\s*"
)
# Short replies that look like names in "I: Hej" but never fill a legend.
_NOT_NAMES = frozenset(  # first words of replies, never of a legend name
    """
    hej goddag velkommen ja nej okay ok tak godt jo nå mm mhm yes no hello hi
    """.split()  # noqa: SIM905
)
_SCAN_LIMIT = 40


def find_legend(
    blocks: Sequence[Block], candidates: Mapping[int, LabelMatch]
) -> tuple[dict[str, str], set[int]]:
    """The legend near the top of the document, as ``{short label: name}``, and its rows.

    A run of entry lines counts as a legend when a header such as ``Deltagere:`` precedes it,
    or when it has two or more entries whose short labels are all used as speakers later.
    """
    for entries, header in _runs(blocks):
        # A title line can look like an entry ("Fokusgruppe R1 – forsøg"): try without it.
        for first in range(len(entries)):
            run = entries[first:]
            if _convincing(run, header and first == 0, candidates):
                return {short: name for _, short, name in run}, {i for i, _, _ in run}
    return {}, set()


def _runs(blocks: Sequence[Block]) -> list[tuple[list[tuple[int, str, str]], bool]]:
    """Runs of consecutive entry lines near the top, each with whether a header precedes it."""
    runs: list[tuple[list[tuple[int, str, str]], bool]] = []
    entries: list[tuple[int, str, str]] = []
    header, seen = False, 0
    for index, block in enumerate(blocks):
        text = block.text
        if block.heading_level is not None or block.cells is not None or not text.strip():
            if entries and not (text == "" and _next_is_entry(blocks, index)):
                runs.append((entries, header))
                entries, header = [], False
            continue
        seen += 1
        if seen > _SCAN_LIMIT:
            break
        entry = _entry(text)
        if entry is not None:
            entries.append((index, *entry))
            continue
        if entries:
            runs.append((entries, header))
            entries = []
        header = _HEADER.fullmatch(text) is not None
    if entries:
        runs.append((entries, header))
    return runs


def _entry(text: str) -> tuple[str, str] | None:
    found = _ENTRY.fullmatch(text)
    if found is None:
        return None
    short, name = normalise_label(found.group("short")), normalise_label(found.group("name"))
    if short.casefold().rstrip(".") in NOT_SPEAKERS:
        return None
    if name[-1] in ".?!,;" or name.split()[0].casefold() in _NOT_NAMES or name == short:
        return None
    return short, name


def _next_is_entry(blocks: Sequence[Block], index: int) -> bool:
    following = index + 1
    return following < len(blocks) and _entry(blocks[following].text) is not None


def _convincing(
    entries: list[tuple[int, str, str]],
    header: bool,
    candidates: Mapping[int, LabelMatch],
) -> bool:
    shorts = [short.casefold() for _, short, _ in entries]
    names = [name.casefold() for _, _, name in entries]
    if len(set(shorts)) != len(shorts) or len(set(names)) != len(names):
        return False
    if header:
        return True
    last = entries[-1][0]
    used_later = {c.label.casefold() for i, c in candidates.items() if i > last}
    return len(entries) >= 2 and all(short in used_later for short in shorts)
