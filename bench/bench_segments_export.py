"""Export 200,000 coded segments to Excel: time, progress calls and peak memory.

The project is the generated one of :mod:`bench.bench_queries` at a smaller size: 200
documents (focus groups with turns linked to cases, interviews linked to a case), 100 cases
with the attributes Afdeling, Runde and Rolle (Runde also on the documents), 200 codes in two
levels and 200,000 codings, one in twenty with a memo. It is built once, in a child process
(so building does not count in this process's peak memory), and kept in /tmp.

Figures: seconds for ``coded_segments`` and for ``write_segments_xlsx`` (wall clock, and the
export's processor time, steadier on a shared machine), the number of progress calls, the
workbook's size, the process's peak resident memory (ru_maxrss) after reading the segments
and after the export, and the peak of Python allocations during the export step alone
(tracemalloc, in a second run over the first ``--trace-rows`` segments, since tracing slows
the export; the rows stream into the workbook a thousand at a time, so the export holds no
more for more rows). Goal: under 500 MB.

Usage: python -m bench.bench_segments_export [--project PATH] [--codings N] [--trace-rows N]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import tempfile
import time
import tracemalloc
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, text

from analysis.segments import coded_segments
from bench.bench_queries import build_query_project
from bench.figures import record
from exporters.segments_table import coding_memos, write_segments_xlsx
from models.database import SCHEMA_HEAD, open_project
from models.notes import Memo

DOCUMENTS, CODINGS = 200, 200_000
MEMO_EVERY = 20
GOAL_MB = 500
STAMP = datetime(2026, 11, 22, 12, tzinfo=UTC)


def build(path: Path, codings: int) -> None:
    """The generated project with memos on every ``MEMO_EVERY``-th coding."""
    build_query_project(path, documents=DOCUMENTS, codings=codings)
    with open_project(path) as db, db.write() as connection:
        ids = connection.execute(text("SELECT id FROM codings ORDER BY id")).scalars().all()
        connection.execute(
            insert(Memo),
            [
                {
                    "guid": str(uuid.UUID(int=coding_id, version=4)),
                    "title": "",
                    "text": f"Notat {coding_id}: tilliden vokser – spørg igen i runde 2",
                    "coding_id": coding_id,
                    "created_at": STAMP,
                    "updated_at": STAMP,
                }
                for coding_id in ids[::MEMO_EVERY]
            ],
        )


class Counter:
    """A progress callback that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, done: int, total: int, what: str) -> None:
        """Count one call."""
        self.calls += 1


def _resident_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    """Build the project if needed, then time and measure the export."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path)
    parser.add_argument("--codings", type=int, default=CODINGS)
    parser.add_argument("--trace-rows", type=int, default=20_000, help="0: all")
    args = parser.parse_args(argv)
    path = args.project or Path(f"/tmp/tekstur-bench-segments-{args.codings}-{SCHEMA_HEAD}.tekstur")
    if not path.exists():
        began = time.perf_counter()
        child = multiprocessing.get_context("fork").Process(target=build, args=(path, args.codings))
        child.start()
        child.join()
        print(f"built {path} in {time.perf_counter() - began:.0f} s")
    with open_project(path) as db, tempfile.TemporaryDirectory() as scratch:
        began = time.perf_counter()
        segments = coded_segments(db)
        memos = coding_memos(db)
        read = time.perf_counter() - began
        after_reading = _resident_mb()
        target = Path(scratch) / "kodede segmenter.xlsx"
        counter = Counter()
        began, processor = time.perf_counter(), time.process_time()
        write_segments_xlsx(segments, target, memos=memos, progress=counter)
        written = time.perf_counter() - began
        processor = time.process_time() - processor
        size = target.stat().st_size / 1e6
        resident = _resident_mb()
        traced_rows = segments[: args.trace_rows] if args.trace_rows else segments
        tracemalloc.start()
        write_segments_xlsx(traced_rows, target, memos=memos)
        traced = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    print(f"coded segments        {len(segments):,} ({len(memos):,} with a memo)")
    print(f"coded_segments + memos {read:.1f} s")
    print(f"write_segments_xlsx   {written:.1f} s ({len(segments) / written:,.0f} rows/s;"
          f" {processor:.1f} s of processor time)")  # fmt: skip
    print(f"progress calls        {counter.calls:,}")
    print(f"workbook              {size:.1f} MB")
    print(f"peak resident memory  {resident:,.0f} MB  (goal < {GOAL_MB} MB;"
          f" {after_reading:,.0f} MB before the export)")  # fmt: skip
    print(f"export's Python peak  {traced:,.1f} MB  (tracemalloc, export step alone,"
          f" {len(traced_rows):,} rows)")  # fmt: skip
    note = f"{len(segments):,} segments"
    record("segments to xlsx, seconds", written, "s", note=note)
    record("segments to xlsx, processor seconds", processor, "s", note=note)
    record("segments to xlsx, peak memory", resident, "MB", goal=GOAL_MB, note=note)


if __name__ == "__main__":
    main()
