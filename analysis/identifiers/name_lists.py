"""The name lists Tekstur ships in ``analysis/identifiers/data`` and questions about them.

Each list is a UTF-8 text file with one entry per line; lines starting with ``#`` are the
header that says what the list is and how it was compiled. The lists are read once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def read_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt`` in file order, comments and blank lines left out."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.strip() for line in text.splitlines())
    return tuple(dict.fromkeys(e for e in entries if e and not e.startswith("#")))


@dataclass(frozen=True)
class NameLists:
    """Every list, as ordered tuples (for deterministic choices) and sets (for look-ups)."""

    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    municipalities: tuple[str, ...]
    towns: tuple[str, ...]
    organisations: tuple[str, ...]
    common_words: frozenset[str]

    @property
    def first_names(self) -> frozenset[str]:
        """Women's and men's first names."""
        return frozenset(self.female) | frozenset(self.male)

    @property
    def places(self) -> tuple[str, ...]:
        """Municipalities and towns, each once."""
        return tuple(dict.fromkeys(self.municipalities + self.towns))


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """The shipped lists, read on first use."""
    return NameLists(
        female=read_list("first_names_female"),
        male=read_list("first_names_male"),
        surnames=read_list("surnames"),
        municipalities=read_list("municipalities"),
        towns=read_list("towns"),
        organisations=read_list("organisations"),
        common_words=frozenset(w.casefold() for w in read_list("common_words")),
    )


@lru_cache(maxsize=1)
def _genders() -> dict[str, str | None]:
    lists = name_lists()
    genders: dict[str, str | None] = {}
    for gender, names in (("f", lists.female), ("m", lists.male)):
        for name in names:
            key = name.casefold()
            genders[key] = gender if genders.get(key, gender) == gender else None
    return genders


def first_name_gender(name: str) -> str | None:
    """``"f"`` or ``"m"`` for a first name on Tekstur's lists; None for a name on both lists
    or on neither. A double name (``Anne-Marie``, ``Hans Christian``) takes its first part's
    gender, and a genitive (``Toves``, ``Lars'``) that of the name."""
    name = name.strip()
    if not name:
        return None
    genders = _genders()
    first = name.replace("-", " ").split()[0].casefold()
    if first in genders:
        return genders[first]
    base = first.rstrip("'’")
    if base != first:
        return genders.get(base)
    if first.endswith("s"):
        return genders.get(first[:-1])
    return None
