"""Build a project with 1,000 documents and 1,000,000 codings, then time ``tekstur info``.

Goal from the foundation issue: ``info`` under 0.2 s on that project. Figures printed: build
time through the ordinary commands; opening the project and counting, in-process (median of
7); ``check``; the whole ``tekstur info`` process beside the bare cost of starting Python and
importing SQLAlchemy and the models (medians of 5).

Usage: python -m bench.bench_project_store [--documents N] [--codings-per-document N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import record
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    apply_command,
)
from models.database import create_project, open_project
from models.integrity import check_project
from models.summary import project_summary

WORDS = [
    "borgeren",
    "sagsbehandleren",
    "tillid",
    "møde",
    "lægelige",
    "oplysninger",
    "rehabiliteringsteamet",
    "forløb",
    "plan",
    "opfølgning",
    "virksomhed",
    "praktik",
    "æøå",
    "samtale",
    "journal",
]


def _text(chance: random.Random, words: int) -> str:
    lines: list[str] = []
    line: list[str] = []
    for _ in range(words):
        line.append(chance.choice(WORDS))
        if len(line) == 40:
            lines.append(("Borger: " if len(lines) % 2 else "I: ") + " ".join(line) + ".")
            line = []
    return "\n".join(lines) + "\n"


def build(path: Path, documents: int, per_document: int) -> float:
    """Create the project through commands; returns seconds taken."""
    chance = random.Random(1)
    began = time.perf_counter()
    with create_project(path, name="Benchmark") as db:
        codes: list[int] = []
        for i in range(50):
            command = EnsureCodePath(f"Tema {i // 10}/Kode {i}")
            apply_command(db, command)
            assert command.code_id is not None
            codes.append(command.code_id)
        coders: list[int] = []
        for name in ("ane", "jonas", "mette"):
            coder = EnsureCoder(name)
            apply_command(db, coder)
            assert coder.coder_id is not None
            coders.append(coder.coder_id)
        text = _text(chance, 2_000)
        for d in range(documents):
            add = AddDocument(f"Interview {d:04d}", text)
            apply_command(db, add)
            assert add.document_id is not None
            spans = []
            for _ in range(per_document):
                start = chance.randrange(0, len(text) - 200)
                end = start + chance.randint(20, 200)
                code_id, coder_id = chance.choice(codes), chance.choice(coders)
                spans.append(CodingSpan(add.document_id, code_id, coder_id, start, end))
            apply_command(db, AddCodings(spans))
    return time.perf_counter() - began


def _median_process(command: list[str], runs: int = 5) -> float:
    """Median wall time of a whole process, start-up included."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    """Build, then measure and print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1_000)
    parser.add_argument("--codings-per-document", type=int, default=1_000)
    parser.add_argument("--keep", type=Path, help="build here and keep the project")
    args = parser.parse_args(argv)
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "bench.tekstur"
    if not path.exists():
        seconds = build(path, args.documents, args.codings_per_document)
        total = args.documents * args.codings_per_document
        print(
            f"build: {args.documents} documents, {total:,} codings in {seconds:.1f} s"
            f" ({total / seconds:,.0f} codings/s through commands)"
        )
    timings = []
    for _ in range(7):
        began = time.perf_counter()
        with open_project(path) as db:
            summary = project_summary(db)
        timings.append(time.perf_counter() - began)
    record(
        "open a project + summary",
        statistics.median(timings) * 1000,
        "ms",
        goal=200,
        note=f"{summary.codings:,} codings",
    )
    print(
        f"open + info in-process: median {statistics.median(timings) * 1000:.1f} ms"
        f" ({summary.codings:,} codings; goal < 200 ms)"
    )
    with open_project(path) as db:
        began = time.perf_counter()
        problems = check_project(db)
        checked = time.perf_counter() - began
        print(f"check: {checked:.2f} s, {len(problems)} problem(s)")
        record("tekstur check", checked, "s", note=f"{len(problems)} problems")
    floor = _median_process([sys.executable, "-c", "import models.database"])
    whole = _median_process([sys.executable, "-m", "app.cli", "info", str(path)])
    print(
        f"tekstur info, whole process: median {whole:.3f} s; of that, starting Python and"
        f" importing SQLAlchemy and the models alone takes {floor:.3f} s"
    )
    print(f"project file: {path.stat().st_size / 1e6:.0f} MB")
    record(
        "tekstur info, whole process",
        whole,
        "s",
        lower_bound=floor,
        note="bound: starting Python and importing the models",
    )
    folder.cleanup()


if __name__ == "__main__":
    main()
