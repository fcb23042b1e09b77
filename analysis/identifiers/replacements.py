"""Suggested replacements for identifiers: invented names for persons, placeholders for the rest.

A first name becomes another common Danish first name of the same gender, a surname another
common surname, and a full name (``Tove Jensen``) a first name and a surname (``Karen
Holm``). The choice is deterministic — the same surface and ``seed_text`` always give the
same suggestion — and avoids every name in ``taken`` (the replacements already in use, whole
or word by word) as well as the surface's own words. A genitive (``Toves``) gets a genitive.
Other categories get a placeholder in brackets.
"""

from __future__ import annotations

import zlib
from collections.abc import Collection, Sequence

from analysis.identifiers.findings import IdentifierCategory
from analysis.identifiers.name_lists import first_name_gender, name_lists
from analysis.identifiers.vocabulary import FIRST, SURNAME, strip_genitive, vocabulary

PLACEHOLDERS = {
    IdentifierCategory.CPR: "[CPR]",
    IdentifierCategory.PHONE: "[TELEFON]",
    IdentifierCategory.EMAIL: "[E-MAIL]",
    IdentifierCategory.ADDRESS: "[ADRESSE]",
    IdentifierCategory.PLACE: "[BY]",
    IdentifierCategory.ORGANISATION: "[ORGANISATION]",
    IdentifierCategory.TERM: "[…]",
}


def suggest_replacement(
    surface: str,
    category: IdentifierCategory,
    taken: Collection[str],
    *,
    seed_text: str = "",
) -> str:
    """A replacement for ``surface`` of ``category`` that is not in ``taken``."""
    if category != IdentifierCategory.PERSON:
        return PLACEHOLDERS[category]
    words = surface.split()
    if not words:
        return "[NAVN]"
    genitive = _genitive_ending(words[-1])
    if genitive:
        words[-1] = strip_genitive(words[-1])
    avoid = {t.casefold() for t in taken} | {w.casefold() for t in taken for w in t.split()}
    avoid |= {w.casefold() for w in words}
    seed = zlib.crc32(f"{seed_text}\x00{' '.join(words).casefold()}".encode())
    if len(words) == 1 and _is_surname(words[0]):
        replacement = _pick(name_lists().surnames, seed, avoid)
    elif len(words) == 1:
        replacement = _pick(_first_names(first_name_gender(words[0])), seed, avoid)
    else:
        first = _pick(_first_names(first_name_gender(words[0])), seed, avoid)
        surname = _pick(name_lists().surnames, seed // 7, avoid | {first.casefold()})
        replacement = f"{first} {surname}"
    if genitive:
        replacement += "'" if replacement[-1] in "sxz" else "s"
    return replacement.upper() if surface.isupper() and len(surface) > 1 else replacement


def _genitive_ending(word: str) -> bool:
    return vocabulary().is_genitive(word)


def _is_surname(word: str) -> bool:
    kind = vocabulary().kind(word)
    if kind & FIRST:
        return False
    return bool(kind & SURNAME) or word.casefold().endswith("sen")


def _first_names(gender: str | None) -> Sequence[str]:
    lists = name_lists()
    if gender == "f":
        pool = lists.female
    elif gender == "m":
        pool = lists.male
    else:
        pool = lists.female + lists.male
    # Names that are also ordinary words ("Bo", "Karl") make poor replacements.
    return [name for name in pool if name.casefold() not in lists.common_words]


def _pick(pool: Sequence[str], seed: int, avoid: set[str]) -> str:
    ordered = sorted(pool)
    start = seed % len(ordered)
    for step in range(len(ordered)):
        name = ordered[(start + step) % len(ordered)]
        if name.casefold() not in avoid:
            return name
    number = 2
    while f"{ordered[start]} {number}".casefold() in avoid:
        number += 1
    return f"{ordered[start]} {number}"
