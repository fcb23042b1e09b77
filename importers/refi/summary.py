"""What a REFI-QDA import stored, and what it skipped or changed and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from importers.refi.exchange_model import Skipped

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


@dataclass
class ImportSummary:
    """Counts of what was stored, by REFI-QDA's names for things, and the lists of what was
    skipped (not stored) and changed on the way (renamed, merged)."""

    file: str
    project: str
    origin: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    skipped: list[Skipped] = field(default_factory=list)
    notices: list[Skipped] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The summary as one JSON-ready object."""
        return {
            "file": self.file,
            "project": self.project,
            "origin": self.origin,
            **self.counts,
            "skipped": [{"item": s.item, "reason": s.reason} for s in self.skipped],
            "notices": [{"item": s.item, "reason": s.reason} for s in self.notices],
        }

    def count_line(self) -> str:
        """One line with every count, e.g. ``2 users, 60 codes, 1 source …``."""
        return ", ".join(
            f"{self.counts[name]} {_label(name, self.counts[name])}" for name in COUNTED
        )


def _label(name: str, count: int) -> str:
    singular = {"users": "user", "codes": "code", "sources": "source", "selections": "selection"}
    singular |= {"codings": "coding", "cases": "case", "variables": "variable", "notes": "note"}
    singular |= {"sets": "set", "links": "link"}
    return singular[name] if count == 1 else name
