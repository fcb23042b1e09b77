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
_NOT_NAMES = frozenset(
    """
    hej ja nej okay ok tak godt jo nå mm mhm yes no hello hi
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
    entries: list[tuple[int, str, str]] = []
    header = False
    seen = 0
    for index, block in enumerate(blocks):
        if block.heading_level is not None or block.cells is not None:
            if entries:
                break
            continue
        text = block.text
        if not text.strip():
            if entries and _next_is_entry(blocks, index):
                continue
            if entries:
                break
            continue
        seen += 1
        if seen > _SCAN_LIMIT:
            break
        if not entries and _HEADER.fullmatch(text):
            header = True
            continue
        entry = _entry(text)
        if entry is None:
            if entries:
                break
            header = False
            continue
        entries.append((index, *entry))
    if not entries or not _convincing(entries, header, blocks, candidates):
        return {}, set()
    return {short: name for _, short, name in entries}, {index for index, _, _ in entries}


def _entry(text: str) -> tuple[str, str] | None:
    found = _ENTRY.fullmatch(text)
    if found is None:
        return None
    short, name = normalise_label(found.group("short")), normalise_label(found.group("name"))
    if short.casefold().rstrip(".") in NOT_SPEAKERS:
        return None
    if name[-1] in ".?!" or name.casefold() in _NOT_NAMES or name == short:
        return None
    return short, name


def _next_is_entry(blocks: Sequence[Block], index: int) -> bool:
    following = index + 1
    return following < len(blocks) and _entry(blocks[following].text) is not None


def _convincing(
    entries: list[tuple[int, str, str]],
    header: bool,
    blocks: Sequence[Block],
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
