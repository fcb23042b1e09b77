"""What each program that writes REFI-QDA does differently, recognised from ``origin``.

Verified on real exports (``refi-samples``): NVivo 12 counts positions in UTF-16 units
(BOM not counted, ``\\r\\n`` counted as two) where the standard says code points; ATLAS.ti
lists the program itself as a user called "ATLAS.ti" and flattens code trees into
``Parent::Child`` names (rebuilt for every producer by :mod:`importers.refi.qdc_reader`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Producer:
    """The program that wrote a REFI-QDA file and the quirks Tekstur corrects for."""

    origin: str
    utf16_positions: bool = False
    """Positions count UTF-16 units, not code points."""
    pseudo_users: frozenset[str] = frozenset()
    """Names of users that are the program itself, not a person."""

    @property
    def label(self) -> str:
        """The origin as the file gives it, or "an unknown program"."""
        return self.origin or "an unknown program"


def producer_of(origin: str | None) -> Producer:
    """The producer named by a project's ``origin`` attribute."""
    text = (origin or "").strip()
    folded = text.casefold()
    if "nvivo" in folded:
        return Producer(text, utf16_positions=True)
    if "atlas.ti" in folded:
        return Producer(text, pseudo_users=frozenset({"ATLAS.ti"}))
    return Producer(text)
