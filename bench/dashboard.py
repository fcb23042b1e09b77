"""Write the performance dashboard: ``bench/RESULTS.md`` and ``bench/results.json``.

Each figure appears with its goal, the lower bound measured in the same run and the ratio,
under a description of the machine and the date, so anyone can re-run ``make bench`` and
compare like with like.
"""

from __future__ import annotations

import json
import os
import platform
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.figures import Figure

RESULTS_MD = Path(__file__).with_name("RESULTS.md")
RESULTS_JSON = Path(__file__).with_name("results.json")


def machine() -> dict[str, Any]:
    """What the figures were measured on: processor, cores, memory, system, Python, Tekstur."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_gb = None
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        first = meminfo.read_text().splitlines()[0].split()
        memory_gb = round(int(first[1]) / 2**20, 1)
    try:
        version = metadata.version("tekstur")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "tekstur": version,
        "load_average": [round(x, 2) for x in os.getloadavg()]
        if hasattr(os, "getloadavg")
        else None,
    }


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    if value == int(value) and abs(value) >= 100:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def _goal(figure: Figure) -> str:
    if figure.goal is None:
        return "–"
    sign = "≤" if figure.better == "lower" else "≥"
    return f"{sign} {_number(figure.goal)} {figure.unit}"


def _met(figure: Figure) -> str:
    met = figure.goal_met
    return "–" if met is None else ("yes" if met else "**no**")


def markdown(figures: list[Figure], failures: dict[str, str], made: datetime) -> str:
    """The dashboard as Markdown: machine, then one table of every figure, then failures."""
    about = machine()
    lines = [
        "# Tekstur performance figures",
        "",
        f"Measured {made.strftime('%Y-%m-%d %H:%M')} UTC by `make bench` (`python -m bench`).",
        "",
        f"- Machine: {about['cpu']}, {about['cores']} cores, {about['memory_gb']} GB memory",
        f"- System: {about['system']}, Python {about['python']}, Tekstur {about['tekstur']}",
        f"- Load average when the run ended: {about['load_average']}",
        "",
        "A lower bound is the same work done the plainest way in the same run (for example the",
        "same codings read and counted with one NumPy pass); the ratio is figure ÷ bound.",
        "",
        "| benchmark | figure | value | goal | met | lower bound | ratio | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        bound = "–" if f.lower_bound is None else f"{_number(f.lower_bound)} {f.unit}"
        ratio = "–" if f.ratio is None else f"{f.ratio:.2f}×"
        lines.append(
            f"| {f.bench} | {f.name} | {_number(f.value)} {f.unit} | {_goal(f)} | {_met(f)}"
            f" | {bound} | {ratio} | {f.note} |"
        )
    if failures:
        lines += ["", "## Benchmarks that failed in this run", ""]
        lines += [f"- `{name}`: {reason}" for name, reason in failures.items()]
    return "\n".join(lines) + "\n"


def earlier_figures(exclude: set[str]) -> list[Figure]:
    """The figures of the last run's ``results.json``, except those of the named benchmarks."""
    if not RESULTS_JSON.exists():
        return []
    earlier = json.loads(RESULTS_JSON.read_text(encoding="utf-8")).get("figures", [])
    return [figure_from_json(item) for item in earlier if item.get("bench") not in exclude]


def figure_from_json(item: dict[str, Any]) -> Figure:
    """A figure back from its ``as_dict`` form (derived fields ignored)."""
    fields = set(Figure.__dataclass_fields__)
    return Figure(**{key: value for key, value in item.items() if key in fields})


def write_results(figures: list[Figure], failures: dict[str, str]) -> None:
    """Write RESULTS.md and results.json beside this module."""
    made = datetime.now(UTC)
    RESULTS_MD.write_text(markdown(figures, failures, made), encoding="utf-8")
    data = {
        "made": made.isoformat(timespec="seconds"),
        "machine": machine(),
        "figures": [figure.as_dict() for figure in figures],
        "failures": failures,
    }
    RESULTS_JSON.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
