"""The figures a benchmark measures, kept so ``python -m bench`` can write the dashboard.

A benchmark prints its figures for the reader and also calls :func:`record` for each one that
belongs on the dashboard: the value, its unit, the goal when there is one, and a lower bound
measured in the same run when one applies (the same data read and counted the plainest way),
so the ratio shows how far the real code is from what the machine can do at best.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Better = Literal["lower", "higher"]


@dataclass(frozen=True)
class Figure:
    """One measured figure of one benchmark.

    ``goal`` is the target in the figure's unit; ``better`` says whether a lower or a higher
    value is better, which decides ``goal_met``. ``lower_bound`` is the best the machine
    could do in the same run (for a time: a plainer program doing the same reading).
    """

    bench: str
    name: str
    value: float
    unit: str
    goal: float | None = None
    better: Better = "lower"
    lower_bound: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """``value / lower_bound``, or None without a usable bound."""
        if self.lower_bound is None or self.lower_bound <= 0:
            return None
        return self.value / self.lower_bound

    @property
    def goal_met(self) -> bool | None:
        """Whether the value reaches the goal, or None without a goal."""
        if self.goal is None:
            return None
        return self.value <= self.goal if self.better == "lower" else self.value >= self.goal

    def as_dict(self) -> dict[str, Any]:
        """The figure as JSON-ready data, with the derived ratio and goal_met."""
        return {**asdict(self), "ratio": self.ratio, "goal_met": self.goal_met}


_recorded: list[Figure] = []
_current_bench = ["(direct run)"]


def start_bench(name: str) -> None:
    """Name the benchmark that the following :func:`record` calls belong to."""
    _current_bench[0] = name


def record(
    name: str,
    value: float,
    unit: str,
    *,
    goal: float | None = None,
    better: Better = "lower",
    lower_bound: float | None = None,
    note: str = "",
) -> Figure:
    """Keep one figure of the running benchmark for the dashboard and return it."""
    figure = Figure(_current_bench[0], name, value, unit, goal, better, lower_bound, note)
    _recorded.append(figure)
    return figure


def recorded() -> list[Figure]:
    """Every figure recorded so far, in order."""
    return list(_recorded)
