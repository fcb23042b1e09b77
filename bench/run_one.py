"""Run one benchmark in a process of its own and save its figures as JSON.

``python -m bench.run_one NAME OUT.json``. The dashboard runs every benchmark this way, so a
peak-memory figure (``ru_maxrss``) is the benchmark's own and not the largest of all that
ran before it in the same process.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from bench.figures import recorded, start_bench


def main(argv: list[str]) -> None:
    """Run ``bench.bench_NAME.main([])`` and write what it recorded to the given file."""
    name, out = argv
    start_bench(name.removeprefix("bench_"))
    try:
        importlib.import_module(f"bench.{name}").main([])
    finally:
        figures = [figure.as_dict() for figure in recorded()]
        Path(out).write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
