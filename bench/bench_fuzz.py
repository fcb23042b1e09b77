"""Fuzz the .docx, .txt, .qdpx and .qdc readers with damaged copies of real files.

Each reader gets ``--seconds`` of mutations (:mod:`bench.fuzz_inputs`); an exception other
than the reader's own refusal is a crash, printed with the input's size and saved beside
the run when ``--keep FOLDER`` is given. Records the inputs tried and the crashes found.

Usage: python -m bench.bench_fuzz [--seconds N] [--seed N] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import traceback
from pathlib import Path

from bench.figures import record
from bench.fuzz_inputs import TARGETS, crash_of, mutate, seed_files


def main(argv: list[str] | None = None) -> None:
    """Fuzz each reader for ``--seconds`` and print and record the counts."""
    parser = argparse.ArgumentParser(description="Fuzz Tekstur's readers.")
    parser.add_argument("--seconds", type=float, default=120.0, help="per reader")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--keep", type=Path, default=None, help="save crashing inputs here")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="tekstur-fuzz-") as folder:
        seeds = seed_files(Path(folder))
    total_inputs = total_crashes = 0
    for name, target in TARGETS.items():
        tried, crashes, kinds = 0, 0, set()
        slowest = 0.0
        stop = time.perf_counter() + args.seconds
        while time.perf_counter() < stop:
            data = mutate(seeds[name], rng)
            began = time.perf_counter()
            crash = crash_of(target, data)
            slowest = max(slowest, time.perf_counter() - began)
            tried += 1
            if crash is None:
                continue
            crashes += 1
            frame = traceback.extract_tb(crash.__traceback__)[-1]
            kind = f"{type(crash).__name__}: {str(crash)[:100]} ({frame.filename}:{frame.lineno})"
            if kind not in kinds:
                kinds.add(kind)
                print(f"   {name} crashed on {len(data)} bytes: {kind}")
                if args.keep is not None:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"{name}-{crashes}{target.suffix}").write_bytes(data)
        print(
            f"{name:14} {tried:7} inputs, {crashes} crashes, slowest input {slowest * 1000:.0f} ms",
            flush=True,
        )
        record(f"fuzz inputs: {name}", tried, "inputs", note=f"{args.seconds:.0f} s")
        record(f"fuzz crashes: {name}", crashes, "crashes", goal=0, better="lower")
        total_inputs += tried
        total_crashes += crashes
    print(f"fuzz inputs tried: {total_inputs}, crashes: {total_crashes}")
    record("fuzz inputs tried", total_inputs, "inputs", note=f"{args.seconds:.0f} s per reader")
    record("fuzz crashes found", total_crashes, "crashes", goal=0, better="lower")


if __name__ == "__main__":
    main()
