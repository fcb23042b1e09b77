"""What storing one REFI-QDA project keeps track of: the recorder, the GUID → id maps, counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from importers.refi.exchange_model import ExchangeProject
from importers.refi.summary import ImportSummary
from models.changes import ChangeRecorder


@dataclass(frozen=True)
class StoredSpan:
    """Where a selection of the file landed: document and code points."""

    document_id: int
    start: int
    end: int
    name: str


@dataclass
class StoreContext:
    """Shared by the steps that store a project; every step writes through ``tx``."""

    tx: ChangeRecorder
    project: ExchangeProject
    summary: ImportSummary
    coders: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    selections: dict[str, StoredSpan] = field(default_factory=dict)
    codings: dict[str, int] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)
    fallback_coder: int | None = None

    def skip(self, item: str, reason: str) -> None:
        """Record something not stored."""
        self.project.skip(item, reason)

    def notice(self, item: str, reason: str) -> None:
        """Record something stored but changed."""
        self.project.notice(item, reason)

    def unique(self, name: str, taken: set[str], what: str, limit: int = 300) -> str:
        """``name``, or ``name (2)``, ``name (3)`` … when taken; the result is marked taken."""
        base = name.strip()[: limit - 6] or what.capitalize()
        chosen, number = base, 1
        while chosen in taken:
            number += 1
            chosen = f"{base} ({number})"
        if chosen != name.strip():
            self.notice(f"{what} '{name}'", f"renamed to '{chosen}' (the name was taken)")
        taken.add(chosen)
        return chosen
