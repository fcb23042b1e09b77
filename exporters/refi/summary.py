"""What a REFI-QDA export wrote, and what it had to leave out and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

COUNTED = (
    "users",
    "codes",
    "sources",
    "selections",
    "codings",
    "cases",
    "variables",
    "notes",
    "sets",
    "links",
)


@dataclass(frozen=True)
class LeftOut:
    """Something in the project that REFI-QDA cannot hold, and why."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


@dataclass
class ExportSummary:
    """Counts of what was written, by REFI-QDA's names for things, and what was left out."""

    file: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    left_out: list[LeftOut] = field(default_factory=list)

    def leave_out(self, item: str, reason: str) -> None:
        """Record that ``item`` is not in the export because of ``reason``."""
        self.left_out.append(LeftOut(item, reason))

    def as_dict(self) -> dict[str, Any]:
        """The summary as one JSON-ready object."""
        return {
            "file": self.file,
            **self.counts,
            "skipped": [{"item": s.item, "reason": s.reason} for s in self.left_out],
        }

    def count_line(self) -> str:
        """One line with every count, e.g. ``2 users, 60 codes, 1 sources …``."""
        return ", ".join(f"{self.counts[name]} {name}" for name in COUNTED)
