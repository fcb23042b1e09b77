"""Kill Tekstur hundreds of times in the middle of its work; count the projects that survive.

For each operation of :mod:`bench.fault_operations` (batch import, REFI-QDA merge,
auto-coding, code merge, pseudonymisation, single codings): a reference run, then children
killed with SIGKILL at kill points spread over every statement and commit, after random
delays over the measured duration, and with the write-ahead log cut or removed after the
kill; finally runs on a disk that fills up. A project survives when it opens, passes
``check_project`` and holds the state of the last completed command (see
:mod:`bench.fault_injection`).

Usage: python -m bench.bench_fault_injection [--points N] [--delays N] [--wal N] [--seed N]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from bench.disk_full import disk_full
from bench.fault_injection import FaultRunner, Survival, kill_plan, run_plan
from bench.fault_operations import OPERATIONS, build_baseline
from bench.figures import record

DISK_FREE = (4 * 1024, 12 * 1024, 32 * 1024)


def main(argv: list[str] | None = None) -> None:
    """Run the full set of kill points and print and record what survived."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--points", type=int, default=40, help="kill points per operation")
    parser.add_argument("--delays", type=int, default=12, help="random delays per operation")
    parser.add_argument("--wal", type=int, default=6, help="cut write-ahead logs per operation")
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    began = time.perf_counter()
    kills: list[Survival] = []
    disks: list[Survival] = []
    with tempfile.TemporaryDirectory(prefix="tekstur-kill-") as folder:
        files = Path(folder) / "files"
        runner = FaultRunner(build_baseline(files), files, Path(folder) / "runs")
        for operation in OPERATIONS:
            reference = runner.reference(operation)
            outcomes = run_plan(
                runner, reference, kill_plan(reference, args.points, args.delays, rng)
            )
            outcomes += [
                runner.kill_and_cut_wal(
                    reference, rng.randint(1, reference.points), rng.choice([0.0, rng.random()])
                )
                for _ in range(args.wal)
            ]
            full = [disk_full(runner, reference, free) for free in DISK_FREE]
            kills += outcomes
            disks += full
            survived = sum(o.survived for o in outcomes)
            print(
                f"{operation:18} {reference.points:5} kill points in the run,"
                f" {len(reference.states) - 1:3} commands, {reference.seconds:6.2f} s;"
                f" killed {len(outcomes)}, survived {survived};"
                f" disk full {sum(o.survived for o in full)}/{len(full)}",
                flush=True,
            )
            for outcome in [*outcomes, *full]:
                if not outcome.survived:
                    print(f"   FAILED at {outcome.how}: {outcome.problem}")
            record(
                f"kill points survived: {operation}",
                survived,
                "kill points",
                goal=len(outcomes),
                better="higher",
            )
    tried, survived = len(kills), sum(o.survived for o in kills)
    full_ok = sum(o.survived for o in disks)
    print(f"kill points tried: {tried}, survived: {survived}")
    print(f"disk-full runs tried: {len(disks)}, survived: {full_ok}")
    print(f"({time.perf_counter() - began:.0f} s)")
    note = (
        f"{len(OPERATIONS)} operations; SIGKILL at statements, commits and progress reports,"
        " after random delays, and with the write-ahead log cut after the kill"
    )
    record("kill points survived", survived, "kill points", goal=tried, better="higher", note=note)
    record(
        "disk-full runs survived",
        full_ok,
        "runs",
        goal=len(disks),
        better="higher",
        note="project on a 2 MB tmpfs filled to 4, 12 and 32 KB free",
    )


if __name__ == "__main__":
    main()
