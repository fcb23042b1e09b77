"""A codebook from a spreadsheet (``.xlsx``) or ``.csv``: one row per code.

The hierarchy comes from, in this order of preference:

- a path column (``Sti``/``Path``) with ``/`` between levels (``\\/`` for a slash in a name);
- a level column (``Niveau``/``Level``, 1 for the top) beside a name column (``Navn``/``Name``);
- otherwise the indentation of the first column: leading spaces or tabs, each deeper step of
  indentation one level further down.

Optional columns: colour (``Farve``/``Colour``/``Color``, ``#rrggbb``) and description
(``Beskrivelse``/``Description``/``Definition``). Header names are matched without regard to
case, in Danish or English. A codebook exported by Tekstur reads straight back.
"""

from __future__ import annotations

from pathlib import Path

from importers.result import ImportRefusedError
from importers.spreadsheet import Table, cell_text, read_table
from models.codebook_spec import CodebookSpec, CodeSpec, normalise_color
from models.paths import split_code_path

HEADERS = {
    "path": ("sti", "kodesti", "path", "code path"),
    "name": ("navn", "kode", "kodenavn", "name", "code", "code name"),
    "level": ("niveau", "level"),
    "color": ("farve", "colour", "color"),
    "description": ("beskrivelse", "description", "definition"),
}


def read_codebook_table(path: Path) -> CodebookSpec:
    """The codebook in the table ``path``; ImportRefusedError names the row of any problem."""
    table = read_table(path)
    columns = _columns(table)
    spec = CodebookSpec(path.stem, origin=path.name)
    for number, names, color_text, description in _rows(table, columns):
        color = normalise_color(color_text) if color_text else None
        if color_text and color is None:
            raise ImportRefusedError(
                f"{path.name}, row {number}: {color_text!r} is not a colour like #1f77b4"
            )
        siblings = spec.codes
        code: CodeSpec | None = None
        for name in names:
            code = next((c for c in siblings if c.name == name), None)
            if code is None:
                code = CodeSpec(name)
                siblings.append(code)
            siblings = code.children
        assert code is not None
        code.color = code.color or color
        code.description = code.description or description
    if not spec.codes:
        raise ImportRefusedError(f"{path.name}: the table holds no codes")
    if len(spec.codes) == 1:
        spec.name = spec.codes[0].name
    return spec


def _columns(table: Table) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(table.header):
        folded = title.strip().casefold()
        for role, names in HEADERS.items():
            if folded in names and role not in found:
                found[role] = index
    return found


def _rows(table: Table, columns: dict[str, int]) -> list[tuple[int, list[str], str, str]]:
    """(row number, names from the top, colour text, description) for every code row."""

    def text(cells: tuple[object, ...], role: str) -> str:
        index = columns.get(role)
        return cell_text(cells[index]) if index is not None else ""  # type: ignore[arg-type]

    result: list[tuple[int, list[str], str, str]] = []
    stack: list[str] = []
    indents: list[int] = []
    for row in table.rows:
        where = f"{table.name}, row {row.number}"
        if "path" in columns:
            raw = text(row.cells, "path")
            if not raw:
                continue
            try:
                names = split_code_path(raw)
            except ValueError as error:
                raise ImportRefusedError(f"{where}: {error}") from None
        elif "level" in columns and "name" in columns:
            name, level_text = text(row.cells, "name"), text(row.cells, "level")
            if not name:
                continue
            if not level_text.isdigit() or not 1 <= int(level_text) <= len(stack) + 1:
                raise ImportRefusedError(
                    f"{where}: level {level_text!r} does not follow the row above"
                    f" (expected 1 to {len(stack) + 1})"
                )
            stack = [*stack[: int(level_text) - 1], name]
            names = list(stack)
        else:
            raw_cell = row.cells[columns.get("name", 0)]
            raw = raw_cell if isinstance(raw_cell, str) else cell_text(raw_cell)
            name = raw.strip()
            if not name:
                continue
            indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
            while indents and indents[-1] > indent:
                indents.pop()
                stack.pop()
            if indents and indents[-1] == indent:
                stack.pop()
            else:
                indents.append(indent)
            stack.append(name)
            names = list(stack)
        result.append((row.number, names, text(row.cells, "color"), text(row.cells, "description")))
    return result
