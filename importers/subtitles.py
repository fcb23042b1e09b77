"""Reading subtitle files from automatic transcription: WebVTT (``.vtt``) and SubRip (``.srt``).

One block per cue: the cue's text lines joined with a space, its start and end time in ms,
and the speaker when a WebVTT voice tag (``<v Name>``) names one. Other tags (``<i>``, ``<c>``,
timestamps inside cues, SRT's ``{\\an8}``) are removed. A cue without a voice keeps its
"Name: text" as it is; the transcript stage finds that speaker.
"""

from __future__ import annotations

import html
import re

from importers.encoding import decode_text
from importers.result import Block, ImportRefusedError, ReadFile

_VTT_TIME = r"(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_SRT_TIME = r"(\d+):([0-5]\d):([0-5]\d)[,.](\d{3})"
_VTT_TIMING = re.compile(rf"{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?")
_SRT_TIMING = re.compile(rf"[ \t]*{_SRT_TIME}[ \t]*-->[ \t]*{_SRT_TIME}(?:[ \t].*)?")
_VOICE = re.compile(r"<v(?:\.[^ \t>]*)?[ \t]+([^>]*)>")
_TAG = re.compile(r"<[^>]*>")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")
_SKIPPED_VTT_BLOCKS = re.compile(r"(NOTE|STYLE|REGION)(?:[ \t]|$)")


def read(data: bytes, name: str) -> ReadFile:
    """Read a ``.vtt`` or ``.srt`` file (chosen by the name's extension) into one block per cue."""
    decoded = decode_text(data, name)
    webvtt = name.lower().endswith(".vtt")
    lines = decoded.text.split("\n")
    if webvtt and not re.match(r"WEBVTT(?:[ \t]|$)", lines[0]):
        raise ImportRefusedError(f"{name}: not a WebVTT file (the first line must be WEBVTT)")
    blocks: list[Block] = []
    for first, chunk in _chunks(lines):
        if webvtt and (first == 0 or _SKIPPED_VTT_BLOCKS.match(chunk[0])):
            continue
        timing_at = next((n for n, line in enumerate(chunk[:2]) if "-->" in line), None)
        if timing_at is None:
            if not webvtt and blocks:  # a blank line inside an SRT cue: keep the text
                blocks[-1] = _cue(blocks[-1], chunk)
                continue
            raise ImportRefusedError(f"{name}: line {first + 1}: expected a cue timing, found text")
        timing = chunk[timing_at]
        found = (_VTT_TIMING if webvtt else _SRT_TIMING).fullmatch(timing)
        if found is None:
            raise ImportRefusedError(
                f"{name}: line {first + timing_at + 1}: malformed cue timing {timing.strip()!r}"
            )
        start, end = _ms(found.groups()[:4]), _ms(found.groups()[4:])
        if end < start:
            raise ImportRefusedError(
                f"{name}: line {first + timing_at + 1}: the cue ends before it starts"
            )
        blocks.extend(_voiced_blocks(chunk[timing_at + 1 :], start, end, webvtt))
    if not blocks:
        raise ImportRefusedError(f"{name}: the file holds no subtitle cues")
    return ReadFile(blocks, encoding=decoded.encoding)


def _chunks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines, each with the index of its first line."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for number, line in enumerate(lines):
        if line.strip():
            if not current:
                chunks.append((number, current))
            current.append(line)
        else:
            current = []
    return chunks


def _ms(parts: tuple[str | None, ...]) -> int:
    hours, minutes, seconds, millis = (int(part or 0) for part in parts)
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def _voiced_blocks(lines: list[str], start: int, end: int, webvtt: bool) -> list[Block]:
    """The cue's text as blocks: one per voice (a cue can switch voices on a new line)."""
    groups: list[tuple[str | None, list[str]]] = []
    for line in lines:
        voice = _VOICE.match(line)
        speaker = html.unescape(voice.group(1).strip()) if voice else None
        if not groups or (voice and speaker != groups[-1][0]):
            groups.append((speaker, []))
        groups[-1][1].append(_clean(line, webvtt))
    return [
        Block(
            " ".join(part for part in parts if part),
            speaker=speaker,
            media_start_ms=start,
            media_end_ms=end,
        )
        for speaker, parts in groups
        if any(parts)
    ]


def _clean(line: str, webvtt: bool) -> str:
    text = _ASS_TAG.sub("", _TAG.sub("", line)).strip()
    return html.unescape(text) if webvtt else text


def _cue(block: Block, more: list[str]) -> Block:
    text = " ".join([block.text, *(_clean(line, False) for line in more)]).strip()
    return Block(
        text,
        speaker=block.speaker,
        media_start_ms=block.media_start_ms,
        media_end_ms=block.media_end_ms,
    )
