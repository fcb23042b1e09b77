"""The rows of the coded-segments table, the same for Excel and CSV, and the CSV file.

A row per segment: document, speaker, case, each attribute (the names found on the
segments, sorted), the code path one level per column (as many as the deepest path), coder,
start, end, the coded text and the coding's memo. Segments are any objects with the fields of
``analysis.segments.CodedSegment`` (:class:`Segment`), so exporters need not import analysis.
:func:`write_segments_csv` writes them as CSV for Excel (the workbook is written by
:mod:`exporters.segments_table`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol, TextIO

from sqlalchemy import select

from exporters.report_labels import report_label
from exporters.safe_file import write_replacing
from models.database import ProjectDatabase
from models.notes import Memo
from models.progress import Progress, no_progress

PROGRESS_EVERY = 1000


class Segment(Protocol):
    """What the table reads of a coded segment (``analysis.segments.CodedSegment`` has it)."""

    @property
    def coding_id(self) -> int:
        """The coding the row shows."""

    @property
    def document_name(self) -> str:
        """The document's name."""

    @property
    def code_path(self) -> tuple[str, ...]:
        """The code's names from the top level down."""

    @property
    def coder_name(self) -> str:
        """Who coded it."""

    @property
    def start(self) -> int:
        """First code point of the passage."""

    @property
    def end(self) -> int:
        """Code point after the passage."""

    @property
    def text(self) -> str:
        """The coded text."""

    @property
    def speaker(self) -> str | None:
        """The speaker(s) of the passage, or None."""

    @property
    def case_name(self) -> str | None:
        """The case(s) the passage belongs to, or None."""

    @property
    def attributes(self) -> Mapping[str, str]:
        """Attribute name to value for the passage's case or document."""


def coding_memos(db: ProjectDatabase) -> dict[int, str]:
    """Each coding's memo text by coding id; several memos on one coding are joined by a
    blank line, and a memo with no text is shown by its title."""
    memos: dict[int, list[str]] = {}
    with db.read() as connection:
        found = connection.execute(
            select(Memo.coding_id, Memo.title, Memo.text)
            .where(Memo.coding_id.is_not(None))
            .order_by(Memo.coding_id, Memo.id)
        )
        for coding_id, title, text in found:
            if coding_id is not None:
                memos.setdefault(coding_id, []).append(text or title)
    return {coding_id: "\n\n".join(texts) for coding_id, texts in memos.items()}


def segment_columns(segments: Sequence[Segment]) -> tuple[list[str], int]:
    """The attribute names over all ``segments`` (sorted) and the depth of the deepest code."""
    names = sorted({name for s in segments for name in s.attributes}, key=str.casefold)
    return names, max((len(s.code_path) for s in segments), default=1)


def segment_headers(attributes: Sequence[str], levels: int, language: str) -> list[str]:
    """The header row: fixed columns in ``language``, attribute names as they are."""

    def label(key: str) -> str:
        return report_label(key, language)

    level = label("level")
    return [
        label("document"),
        label("speaker"),
        label("case"),
        *attributes,
        *(f"{level} {n}" for n in range(1, levels + 1)),
        label("coder"),
        label("start"),
        label("end"),
        label("text"),
        label("memo"),
    ]


def segment_rows(
    segments: Sequence[Segment],
    attributes: Sequence[str],
    levels: int,
    memos: Mapping[int, str] | None = None,
    progress: Progress = no_progress,
) -> Iterator[list[str | int]]:
    """One row per segment, in the order of :func:`segment_headers`, made as they are read."""
    memos = memos or {}
    total = len(segments)
    for done, s in enumerate(segments):
        if done % PROGRESS_EVERY == 0:
            progress(done, total, "rows")
        path = list(s.code_path)
        yield [
            s.document_name,
            s.speaker or "",
            s.case_name or "",
            *(s.attributes.get(name, "") for name in attributes),
            *path,
            *([""] * (levels - len(path))),
            s.coder_name,
            s.start,
            s.end,
            s.text,
            memos.get(s.coding_id, ""),
        ]
    progress(total, total, "")


def write_segments_csv(
    segments: Sequence[Segment],
    out_or_path: TextIO | Path,
    *,
    memos: Mapping[int, str] | None = None,
    language: str = "da",
    bom: bool = True,
    delimiter: str | None = None,
    progress: Progress = no_progress,
) -> None:
    """Write the coded-segments table as CSV to a file ``Path`` or an open text stream.

    The text is UTF-8 led by a byte order mark: Excel, opening a CSV by double-click, reads
    it in the machine's old 8-bit code page unless the mark tells it the file is UTF-8, and
    æ, ø and å would come out garbled. ``bom=False`` leaves the mark out (for a program
    reading the stream). The fields are separated by ``delimiter``; by default ``;`` for a
    Danish table (Danish Excel splits on semicolons, the comma being its decimal sign) and
    ``,`` otherwise. A path is replaced only when the whole file is written.
    """
    if delimiter is None:
        delimiter = ";" if language == "da" else ","
    if isinstance(out_or_path, Path):

        def write(temporary: Path) -> None:
            with temporary.open("w", encoding="utf-8", newline="") as out:
                _write_csv(segments, out, memos, language, bom, delimiter, progress)

        write_replacing(out_or_path, write)
        return
    _write_csv(segments, out_or_path, memos, language, bom, delimiter, progress)


def _write_csv(
    segments: Sequence[Segment],
    out: TextIO,
    memos: Mapping[int, str] | None,
    language: str,
    bom: bool,
    delimiter: str,
    progress: Progress,
) -> None:
    if bom:
        out.write("\ufeff")
    attributes, levels = segment_columns(segments)
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(segment_headers(attributes, levels, language))
    writer.writerows(segment_rows(segments, attributes, levels, memos, progress))
