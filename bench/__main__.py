"""Run every benchmark in ``bench/`` and write the dashboard: ``python -m bench``.

``--only NAME`` runs some (``queries`` or ``bench_queries``), ``--skip NAME`` leaves some out;
the figures of benchmarks not run this time are kept from the last ``results.json``.
A benchmark that fails is named in the dashboard and the run goes on; the exit status is 1
when any failed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
import traceback
from pathlib import Path

from bench.dashboard import earlier_figures, write_results
from bench.figures import recorded, start_bench


def _names() -> list[str]:
    modules = pkgutil.iter_modules([str(Path(__file__).parent)])
    return sorted(m.name for m in modules if m.name.startswith("bench_"))


def _wanted(name: str, chosen: list[str]) -> bool:
    return name in chosen or name.removeprefix("bench_") in chosen


def main(argv: list[str] | None = None) -> int:
    """Import each ``bench_*`` module, call its ``main([])`` and write the dashboard."""
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
    kept = earlier_figures(exclude={name.removeprefix("bench_") for name in chosen})
    for name in chosen:
        print(f"== {name}", flush=True)
        start_bench(name.removeprefix("bench_"))
        began = time.perf_counter()
        try:
            importlib.import_module(f"bench.{name}").main([])
        except Exception as error:  # one failing benchmark must not stop the rest
            traceback.print_exc()
            failures[name] = f"{type(error).__name__}: {error}"
        print(f"   ({time.perf_counter() - began:.0f} s)", flush=True)
        write_results(kept + recorded(), failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
