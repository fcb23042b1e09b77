"""Reading a pseudonym key file (CSV or ``.xlsx``) into mapping entries.

Columns, by header in English or Danish, in any order and case: ``surface`` (``tekst``,
``original``), ``replacement`` (``erstatning``, ``pseudonym``), and optionally ``category``
(``kategori``; ``term`` when missing), ``decision`` (``beslutning``: ``accepted``/``rejected``,
``accepteret``/``afvist``, ``ja``/``nej``, ``replace``/``keep`` and ``erstat``/``behold`` as
the review window says it; accepted when empty) and ``gender`` (``køn``:
``f``/``k``, ``m`` or empty). A file Tekstur wrote reads straight back. Any problem refuses
the whole file with a message naming the file and the row.
"""

from __future__ import annotations

from pathlib import Path

from importers.result import ImportRefusedError
from importers.spreadsheet import Table, cell_text, read_table
from models.pseudonyms import TermDecision, TermSpec

HEADERS = {
    "surface": ("surface", "tekst", "original", "identifier", "identifikator"),
    "replacement": ("replacement", "erstatning", "pseudonym"),
    "category": ("category", "kategori"),
    "decision": ("decision", "beslutning"),
    "gender": ("gender", "køn"),
}
DECISIONS = {
    "": TermDecision.ACCEPTED,
    "accepted": TermDecision.ACCEPTED,
    "accepteret": TermDecision.ACCEPTED,
    "ja": TermDecision.ACCEPTED,
    "yes": TermDecision.ACCEPTED,
    "replace": TermDecision.ACCEPTED,
    "erstat": TermDecision.ACCEPTED,
    "rejected": TermDecision.REJECTED,
    "keep": TermDecision.REJECTED,
    "behold": TermDecision.REJECTED,
    "afvist": TermDecision.REJECTED,
    "nej": TermDecision.REJECTED,
    "no": TermDecision.REJECTED,
}
GENDERS = {"": None, "f": "f", "k": "f", "m": "m"}


def read_key_file(path: str | Path) -> list[TermSpec]:
    """The mapping entries in ``path``; ImportRefusedError names the file and row of a problem."""
    path = Path(path)
    table = read_table(path)
    columns = _columns(table, path.name)
    terms: list[TermSpec] = []
    seen: dict[str, int] = {}
    for row in table.rows:

        def cell(role: str, cells: tuple[object, ...] = row.cells) -> str:
            index = columns.get(role)
            return "" if index is None else cell_text(cells[index])  # type: ignore[arg-type]

        where = f"{path.name}, row {row.number}"
        surface, replacement = cell("surface"), cell("replacement")
        if not surface:
            raise ImportRefusedError(f"{where}: the surface text is empty")
        if surface in seen:
            raise ImportRefusedError(f"{where}: '{surface}' is already in row {seen[surface]}")
        decision = DECISIONS.get(cell("decision").casefold())
        if decision is None:
            words = ", ".join(word for word in DECISIONS if word)
            raise ImportRefusedError(
                f"{where}: the decision '{cell('decision')}' is none of {words} (or empty)"
            )
        if decision is TermDecision.ACCEPTED and not replacement:
            raise ImportRefusedError(f"{where}: '{surface}' has no replacement")
        gender_text = cell("gender").casefold()
        if gender_text not in GENDERS:
            raise ImportRefusedError(f"{where}: the gender '{cell('gender')}' is not f, m or empty")
        seen[surface] = row.number
        category = cell("category").casefold() or "term"
        terms.append(
            TermSpec(surface, replacement, category, decision, gender=GENDERS[gender_text])
        )
    if not terms:
        raise ImportRefusedError(f"{path.name}: the file holds no terms")
    return terms


def _columns(table: Table, name: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(table.header):
        folded = title.strip().casefold()
        for role, names in HEADERS.items():
            if folded in names and role not in found:
                found[role] = index
    for role in ("surface", "replacement"):
        if role not in found:
            raise ImportRefusedError(
                f"{name}: no '{role}' column (the header row has: {', '.join(table.header)})"
            )
    return found
