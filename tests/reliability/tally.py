"""Counts of what the reliability tests tried, shown in pytest's terminal summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

tried: Counter[str] = Counter()
"""How many runs of each kind were tried, e.g. ``kill points`` or ``hostile inputs``."""
survived: Counter[str] = Counter()
"""How many of them passed."""


def count(kind: str, ok: bool) -> None:
    """Count one run of ``kind`` whose outcome is known."""
    tried[kind] += 1
    survived[kind] += ok


@contextmanager
def attempt(kind: str) -> Iterator[None]:
    """Count one run of ``kind``; it survived when the block raised nothing."""
    tried[kind] += 1
    yield
    survived[kind] += 1
