"""Time the coding comparison on a generated project of two coders and 100,000 codings.

The project: 200 documents of about 30,000 characters (lines of Danish sentences with æøå and
an emoji), 50 codes, coders ``ane`` and ``jonas`` with 50,000 codings each, jonas's mostly
near ane's. Built with bulk inserts (not what is measured) and kept in /tmp between runs.

Measured: :func:`analysis.agreement.coding_comparison` of ane against jonas over every code
and document (10,000 rows), in characters and in sentences. The lower bound, in the same
run: reading the same codings (one statement) plus one NumPy pass that computes the same
counts per code × document (each group's coverage merged, then the characters A, B and both
coded, by a sweep over sorted borders). Each figure is the best of ``--runs`` runs.

Usage: python -m bench.bench_agreement [--runs N] [--project PATH]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import insert, select

from analysis.agreement import (
    AgreementOptions,
    AgreementReport,
    CoderGroup,
    coding_comparison,
)
from bench.figures import record
from models.codes import Code, Coding
from models.database import SCHEMA_HEAD, ProjectDatabase, create_project, open_project
from models.documents import Coder, Document

DOCUMENTS, CODES, CODINGS_EACH = 200, 50, 50_000
LINE = "Borgeren fortæller om tillid 😀 og samarbejde. Sagsbehandleren har mere tid nu.\n"
SHIFT = 20  # positions below 2**20 in the packed sort keys


def build(path: Path) -> None:
    """Make the project at ``path`` (the random numbers are fixed, so it is always the same)."""
    chance = random.Random(2026)
    db = create_project(path, name="Kodersammenligning")
    text = LINE * (30_000 // len(LINE))
    with db.write() as connection:
        connection.execute(insert(Coder), [{"name": "ane"}, {"name": "jonas"}])
        connection.execute(
            insert(Code), [{"name": f"Kode {i:02d} æøå", "position": i} for i in range(CODES)]
        )
        connection.execute(
            insert(Document),
            [{"name": f"Interview {i:03d}", "text": text} for i in range(DOCUMENTS)],
        )
        coders = {row.name: row.id for row in connection.execute(select(Coder.name, Coder.id))}
        codes = list(connection.execute(select(Code.id)).scalars())
        documents = list(connection.execute(select(Document.id)).scalars())
        rows: list[dict[str, int]] = []
        for _ in range(CODINGS_EACH):
            document, code = chance.choice(documents), chance.choice(codes)
            start = chance.randrange(0, len(text) - 400)
            end = start + chance.randrange(20, 300)
            rows.append(_coding(document, code, coders["ane"], start, end))
            if chance.random() < 0.8:  # jonas codes near ane
                start = max(0, start + chance.randrange(-30, 30))
                end = max(start + 1, min(len(text), end + chance.randrange(-30, 30)))
            else:
                start = chance.randrange(0, len(text) - 400)
                end = start + chance.randrange(20, 300)
            rows.append(_coding(document, code, coders["jonas"], start, end))
        for first in range(0, len(rows), 20_000):
            connection.execute(insert(Coding), rows[first : first + 20_000])
    db.close()


def _coding(document: int, code: int, coder: int, start: int, end: int) -> dict[str, int]:
    return {"document_id": document, "code_id": code, "coder_id": coder, "start": start,
            "end": end}  # fmt: skip


def lower_bound(db: ProjectDatabase, coder_a: int, coder_b: int) -> tuple[int, int, int]:
    """Read the codings and count A, B and both characters per code × document with NumPy."""
    with db.read() as connection:
        rows = connection.execute(
            select(Coding.code_id, Coding.document_id, Coding.coder_id, Coding.start, Coding.end)
            .where(Coding.coder_id.in_([coder_a, coder_b]))
        ).all()  # fmt: skip
    data = np.array([tuple(row) for row in rows], dtype=np.int64)
    code, document, coder, start, end = data.T
    key = (code * (int(document.max()) + 1) + document) * 2 + (coder == coder_b)
    # Merge each (code, document, group)'s spans: sort by packed start, running max of ends.
    packed_start, packed_end = (key << SHIFT) + start, (key << SHIFT) + end
    order = np.argsort(packed_start, kind="stable")
    packed_start, packed_end = packed_start[order], packed_end[order]
    reach = np.maximum.accumulate(packed_end)
    new = np.ones(len(order), dtype=bool)
    new[1:] = packed_start[1:] > reach[:-1]
    firsts = np.flatnonzero(new)
    merged_start = packed_start[firsts]
    merged_end = np.maximum.reduceat(packed_end, firsts)
    merged_key = merged_start >> SHIFT
    lengths = merged_end - merged_start
    in_b = (merged_key & 1).astype(bool)
    a_total, b_total = int(lengths[~in_b].sum()), int(lengths[in_b].sum())
    # Both: sweep the borders of A's and B's merged spans per (code, document).
    pair = merged_key >> 1
    positions = np.concatenate(
        [(pair << SHIFT) + (merged_start & ((1 << SHIFT) - 1)),
         (pair << SHIFT) + (merged_end - (merged_key << SHIFT))]
    )  # fmt: skip
    deltas = np.concatenate([np.ones(len(pair), np.int64), -np.ones(len(pair), np.int64)])
    order = np.argsort(positions, kind="stable")
    positions, deltas = positions[order], deltas[order]
    depth = np.cumsum(deltas)
    gaps = np.diff(positions)
    both = int(gaps[depth[:-1] == 2].sum())
    return a_total, b_total, both


def best(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """The shortest of ``runs`` timed calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        begin = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - begin)
    return min(times), result


def main(argv: list[str] | None = None) -> None:
    """Build the project if needed, then print and record the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", default=f"/tmp/tekstur-bench-agreement-{SCHEMA_HEAD}.tekstur")
    args = parser.parse_args(argv)
    path = Path(args.project)
    if not path.exists():
        print(f"Building {path} …")
        try:
            build(path)
        except BaseException:
            path.unlink(missing_ok=True)  # never leave half a project to be measured next time
            raise
    with open_project(path, read_only=True) as db:
        with db.read() as connection:
            found = connection.execute(select(Coder.name, Coder.id))
            coders = {row.name: row.id for row in found}
        groups = CoderGroup("ane", (coders["ane"],)), CoderGroup("jonas", (coders["jonas"],))

        def bound_work() -> tuple[int, int, int]:
            return lower_bound(db, groups[0].coder_ids[0], groups[1].coder_ids[0])

        bound, (a, b, both) = best(args.runs, bound_work)
        print(f"lower bound (read + NumPy): {bound:.3f} s  (A {a:,}, B {b:,}, both {both:,})")
        for unit in ("character", "sentence"):
            options = AgreementOptions(*groups, unit=unit)

            def compare(chosen: AgreementOptions = options) -> AgreementReport:
                return coding_comparison(db, chosen)

            seconds, report = best(args.runs, compare)
            if unit == "character":
                assert (report.overall.a, report.overall.b, report.overall.both) == (a, b, both)
            print(
                f"coding comparison, {unit} units: {seconds:.3f} s for {len(report.rows):,} rows"
                f" = {seconds / bound:.1f}× the lower bound"
            )
            record(
                f"coding comparison ({unit})",
                seconds,
                "s",
                lower_bound=bound,
                note=f"{2 * CODINGS_EACH:,} codings, {DOCUMENTS} documents × {CODES} codes",
            )


if __name__ == "__main__":
    main()
