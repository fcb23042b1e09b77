"""The types every importer shares: what a reader finds in a file, and why a file is refused.

A format reader turns a file's bytes into a :class:`ReadFile`: a list of :class:`Block` s
(paragraphs, lines, table rows, subtitle cues) in reading order. The transcript structure
(speaker turns, headings, offsets) is worked out once for all formats in
:mod:`importers.transcript`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_FILE_BYTES = 200 * 1024 * 1024


class ImportRefusedError(Exception):
    """A file that cannot be imported; ``str()`` is one line saying why, for the user."""


@dataclass(frozen=True)
class Block:
    """One paragraph, line, table row or subtitle cue, as the file holds it.

    ``text`` never contains a line end: a line break inside a paragraph starts a new block.
    Blocks are joined with ``\\n`` to make the document's text.
    """

    text: str
    heading_level: int | None = None
    """1–9 for a heading (Word's "Heading 1" is 1), None for body text."""
    cells: tuple[str, ...] | None = None
    """For a table row, its cells; ``text`` is then the cells joined with a tab."""
    speaker: str | None = None
    """A speaker the format itself names (a WebVTT ``<v Name>`` voice), else None."""
    media_start_ms: int | None = None
    media_end_ms: int | None = None


@dataclass
class ReadFile:
    """What a reader found in one file."""

    blocks: list[Block]
    notes: list[str] = field(default_factory=list)
    """Things the user should know that did not stop the import (e.g. "3 images skipped")."""
    encoding: str | None = None
    """For text formats, the encoding that was detected, in words (e.g. "Windows-1252")."""


def table_row(cells: list[str]) -> Block:
    """A block for one table row: the cells joined with tabs, line ends inside cells as spaces."""
    clean = tuple(" ".join(cell.split("\n")) for cell in cells)
    return Block("\t".join(clean), cells=clean)
