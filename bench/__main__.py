"""Run every benchmark in ``bench/`` and write the dashboard: ``python -m bench``.

``--only NAME`` runs some (``queries`` or ``bench_queries``), ``--skip NAME`` leaves some out;
the figures of benchmarks not run this time are kept from the last ``results.json``.
Each benchmark runs in a process of its own (``bench.run_one``), so memory figures are its
own. A benchmark that fails is named in the dashboard and the run goes on; the exit status is
1 when any failed.
"""

from __future__ import annotations

import argparse
import json
import pkgutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.dashboard import earlier_figures, figure_from_json, write_results
from bench.figures import Figure


def _names() -> list[str]:
    modules = pkgutil.iter_modules([str(Path(__file__).parent)])
    return sorted(m.name for m in modules if m.name.startswith("bench_"))


def _wanted(name: str, chosen: list[str]) -> bool:
    return name in chosen or name.removeprefix("bench_") in chosen


def main(argv: list[str] | None = None) -> int:
    """Run each ``bench_*`` module's ``main([])`` in its own process; write the dashboard."""
    parser = argparse.ArgumentParser(description="Run Tekstur's benchmarks.")
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME")
    parser.add_argument("--skip", nargs="+", default=[], metavar="NAME")
    args = parser.parse_args(argv)
    failures: dict[str, str] = {}
    chosen = [
        name
        for name in _names()
        if not ((args.only and not _wanted(name, args.only)) or _wanted(name, args.skip))
    ]
    figures: list[Figure] = []
    kept = earlier_figures(exclude={name.removeprefix("bench_") for name in chosen})
    for name in chosen:
        print(f"== {name}", flush=True)
        began = time.perf_counter()
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "figures.json"
            finished = subprocess.run([sys.executable, "-m", "bench.run_one", name, str(out)])
            if finished.returncode != 0:
                failures[name] = f"exit status {finished.returncode} (see the output above)"
            if out.exists():
                figures += [figure_from_json(item) for item in json.loads(out.read_text("utf-8"))]
        print(f"   ({time.perf_counter() - began:.0f} s)", flush=True)
        write_results(kept + figures, failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
