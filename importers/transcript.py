"""From a reader's blocks to a document: its text, speaker turns, headings and speakers.

The text is the blocks joined with ``\\n``, so every position is a code point offset into
exactly what the file held. A speaker turn covers what was said, from after the label to the
end of the utterance's last non-blank line; the label itself, a speaker legend at the top and
any lines before the first label (title, date, place) belong to no turn.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from importers.result import Block
from importers.speaker_labels import (
    LabelMatch,
    is_name_like,
    is_role_tag,
    match_label,
    match_label_cell,
)
from importers.speaker_legend import find_legend
from models.commands.add_documents import HeadingSpan, TurnSpan


@dataclass(frozen=True)
class Transcript:
    """A document ready to store: text with ``\\n`` line ends, turns, headings and speakers."""

    text: str
    turns: list[TurnSpan]
    headings: list[HeadingSpan]
    speakers: list[str]
    """Speaker names in the order they first speak."""
    legend: dict[str, str] = field(default_factory=dict)
    """Short labels mapped to names by a speaker legend at the top, if there was one."""


@dataclass
class _OpenTurn:
    speaker: str
    start: int | None
    end: int
    media_start_ms: int | None
    media_end_ms: int | None
    from_format: bool = False


def build_transcript(blocks: Sequence[Block]) -> Transcript:
    """Join ``blocks`` into one text and find its headings and speaker turns."""
    starts: list[int] = []
    position = 0
    for block in blocks:
        starts.append(position)
        position += len(block.text) + 1
    text = "\n".join(block.text for block in blocks)
    headings = [
        HeadingSpan(starts[i] + _lead(b.text), starts[i] + len(b.text.rstrip()), b.heading_level)
        for i, b in enumerate(blocks)
        if b.heading_level is not None and b.text.strip()
    ]
    candidates = {
        i: found
        for i, block in enumerate(blocks)
        if block.heading_level is None and (found := _candidate(block)) is not None
    }
    legend, legend_rows = find_legend(blocks, candidates)
    accepted = _accepted_labels(blocks, candidates, legend_rows, legend)
    turns = _turns(blocks, starts, candidates, legend_rows, accepted, legend)
    speakers = list(dict.fromkeys(turn.speaker for turn in turns))
    return Transcript(text, turns, headings, speakers, legend)


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _candidate(block: Block) -> LabelMatch | None:
    if block.cells is not None:
        found = match_label_cell(block.cells)
        if found is None:
            return None
        index, label = found
        content = sum(len(cell) + 1 for cell in block.cells[: index + 1])
        return LabelMatch(label.label, content, label.time_ms)
    return match_label(block.text)


def _accepted_labels(
    blocks: Sequence[Block],
    candidates: dict[int, LabelMatch],
    legend_rows: set[int],
    legend: dict[str, str],
) -> set[str]:
    """The case-folded labels that really are speakers in this document."""
    counts = Counter(c.label.casefold() for i, c in candidates.items() if i not in legend_rows)
    label_lines = Counter(
        c.label.casefold() for i, c in candidates.items() if c.label_line and i not in legend_rows
    )
    known = {label.casefold() for label in legend}
    known |= {b.speaker.casefold() for b in blocks if b.speaker}
    # The label as first written, for each case-folded key.
    written: dict[str, str] = {}
    for candidate in candidates.values():
        written.setdefault(candidate.label.casefold(), candidate.label)
    sure: set[str] = set(known)
    for key, count in counts.items():
        label = written[key]
        if label_lines[key]:
            # "Speaker 1  0:03" lines: a format when there are several; one alone is a
            # sentence such as "Mødet sluttede 14:30".
            if is_name_like(label) and label_lines.total() >= 2:
                sure.add(key)
            continue
        lone_lowercase_word = " " not in label and label.islower()
        if (count >= 2 and (is_name_like(label) or lone_lowercase_word)) or is_role_tag(label):
            sure.add(key)
    accepted = set(sure)
    if sure:
        # A participant who speaks only once still counts if the label looks like a name.
        for key, count in counts.items():
            label = written[key]
            lone = count == 1 and not label_lines[key]
            if lone and is_name_like(label) and len(label.split()) <= 3:
                accepted.add(key)
    return accepted


def _turns(
    blocks: Sequence[Block],
    starts: list[int],
    candidates: dict[int, LabelMatch],
    legend_rows: set[int],
    accepted: set[str],
    legend: dict[str, str],
) -> list[TurnSpan]:
    names: dict[str, str] = {label.casefold(): name for label, name in legend.items()}
    turns: list[TurnSpan] = []
    current: _OpenTurn | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.start is not None and current.end > current.start:
            turns.append(
                TurnSpan(
                    current.start,
                    current.end,
                    current.speaker,
                    current.media_start_ms,
                    current.media_end_ms,
                )
            )
        current = None

    for i, block in enumerate(blocks):
        start, body = starts[i], block.text
        if block.heading_level is not None or i in legend_rows:
            close()
            continue
        if block.speaker:
            name = names.setdefault(block.speaker.casefold(), block.speaker)
            if current is not None and current.from_format and current.speaker == name:
                _extend(current, start, body)
                current.media_end_ms = block.media_end_ms or current.media_end_ms
                continue
            close()
            current = _OpenTurn(name, None, 0, block.media_start_ms, block.media_end_ms, True)
            _extend(current, start, body)
            continue
        found = candidates.get(i)
        if found is not None and found.label.casefold() in accepted:
            close()
            name = names.setdefault(found.label.casefold(), found.label)
            media = found.time_ms if found.time_ms is not None else block.media_start_ms
            current = _OpenTurn(name, None, 0, media, block.media_end_ms)
            _extend(current, start + found.content, body[found.content :])
        elif current is not None:
            _extend(current, start, body)
            current.media_end_ms = block.media_end_ms or current.media_end_ms
    close()
    return turns


def _extend(turn: _OpenTurn, start: int, body: str) -> None:
    """Let ``turn`` reach over ``body`` (which begins at ``start``) if it holds any text."""
    stripped = body.rstrip()
    if not stripped.strip():
        return
    if turn.start is None:
        turn.start = start + _lead(stripped)
    turn.end = start + len(stripped)
