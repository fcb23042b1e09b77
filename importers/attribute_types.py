"""Recognising the type of a spreadsheet column: number, date, yes/no or text.

Numbers: Danish (``12,5``, ``1.234,5``) or English (``12.5``, ``1,234.5``); an ambiguous
``1.500`` follows the rest of its column, else reads as a decimal (noted in the preview); a
leading zero (``0042``: a postcode, an id) makes text. Dates: ``yyyy-mm-dd``, ``dd-mm-yyyy``,
``dd.mm.yyyy``, ``dd/mm/yyyy`` (a time after them allowed) or Excel date cells. Yes/no: Danish
or English words; ``1``/``0`` only beside words or when the user chooses yes/no — a column of
only 0 and 1 stays a number. Empty cells never count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from importers.result import ImportRefusedError
from importers.spreadsheet import CellValue, cell_text
from models.cases import AttributeType

AttributeScalar = str | float | bool | date
Cells = Sequence[tuple[int, CellValue]]

YES_WORDS = frozenset({"ja", "j", "yes", "y", "true", "sand", "sandt"})
NO_WORDS = frozenset({"nej", "n", "no", "false", "falsk"})
TYPE_NAMES = {
    **dict.fromkeys(("text", "tekst"), AttributeType.TEXT),
    **dict.fromkeys(("number", "tal"), AttributeType.NUMBER),
    **dict.fromkeys(("date", "dato"), AttributeType.DATE),
    **dict.fromkeys(("yes/no", "yesno", "ja/nej", "boolean", "bool"), AttributeType.BOOLEAN),
}
TYPE_WORDS = {
    AttributeType.TEXT: "text",
    AttributeType.NUMBER: "a number",
    AttributeType.DATE: "a date",
    AttributeType.BOOLEAN: "yes or no",
}
EXAMPLES = 3
_PLURAL = {AttributeType.NUMBER: "numbers", AttributeType.DATE: "dates"}

_INTEGER = re.compile(r"[+-]?(0|[1-9]\d{0,14})")
_GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}(?P<sep>[.,\u00a0\u202f ])\d{3}(?:(?P=sep)\d{3})*")
_SIMPLE_DECIMAL = re.compile(r"[+-]?(0|[1-9]\d*)?[.,]\d+")
_BOTH = re.compile(r"[+-]?[1-9]\d{0,2}(?:(?P<sep>[.,])\d{3})+(?!(?P=sep))[.,]\d+")
_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")
_DATE = re.compile(
    r"(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?P<sep>[-./])(?P<m2>\d{1,2})(?P=sep)(?P<y2>\d{4}))"
    r"(?:[ T](?P<h>\d{1,2})[:.](?P<i>\d{2})(?:[:.](?P<s>\d{2})(?:\.\d+)?)?)?"
)


def parse_type_name(name: str) -> AttributeType:
    """The type named ``text``/``tekst``, ``number``/``tal``, ``date``/``dato`` or ``yes/no``."""
    found = TYPE_NAMES.get(name.strip().casefold())
    if found is None:
        raise ValueError(f"unknown type '{name}' (use text, number, date or yes/no)")
    return found


def type_word(kind: AttributeType) -> str:
    """How a type is named to the user: text, number, date, yes/no."""
    return "yes/no" if kind is AttributeType.BOOLEAN else kind.value


def parse_number(value: CellValue, decimal_comma: bool | None = None) -> float | None:
    """``value`` as a number, or None if it is not one.

    ``decimal_comma`` settles ambiguous values such as ``1.500``: True reads the dot as a
    thousands separator (1500), False or None read it as a decimal point (1.5).
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        return None
    text = value.strip().replace("\u2212", "-")
    if _INTEGER.fullmatch(text):
        return float(text)
    grouped = _GROUPED.fullmatch(text)
    if grouped:
        sep = grouped.group("sep")
        groups = text.count(sep)
        thousands = groups > 1 or sep not in ".," or (decimal_comma is (sep == "."))
        if thousands:
            return float(text.replace(sep, ""))
        return float(text.replace(",", "."))
    if _SIMPLE_DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    if _BOTH.fullmatch(text):
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        other = "." if decimal == "," else ","
        return float(text.replace(other, "").replace(decimal, "."))
    return None


def decimal_comma_of(values: Sequence[CellValue]) -> bool | None:
    """Whether a column writes decimals with a comma (True), a dot (False) or cannot tell."""
    comma = dot = False
    for value in values:
        if not isinstance(value, str):
            continue
        text = value.strip()
        if _BOTH.fullmatch(text):
            last = "," if text.rfind(",") > text.rfind(".") else "."
            comma, dot = comma or last == ",", dot or last == "."
        elif _SIMPLE_DECIMAL.fullmatch(text) and not _GROUPED.fullmatch(text):
            comma, dot = comma or "," in text, dot or "." in text
        elif _GROUPED.fullmatch(text) and text[-4] in ".," and text.count(text[-4]) > 1:
            comma, dot = comma or text[-4] == ".", dot or text[-4] == ","
    return comma if comma != dot else None


def parse_date(value: CellValue) -> date | None:
    """``value`` as a date (an Excel date cell or a written date), or None."""
    moment = parse_moment(value)
    return moment.date() if isinstance(moment, datetime) else moment


def parse_moment(value: CellValue) -> date | datetime | None:
    """Like :func:`parse_date`, but a time of day written or stored with it is kept."""
    if isinstance(value, date) or not isinstance(value, str):
        return value if isinstance(value, date) else None
    found = _DATE.fullmatch(value.strip())
    if found is None:
        return None
    groups = ("y", "m", "d") if found["y"] else ("y2", "m2", "d2")
    year, month, day, hour, minute, second = (int(found[g] or 0) for g in (*groups, "h", "i", "s"))
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    return moment if found["h"] else moment.date()


def parse_yes_no(value: CellValue, allow_digits: bool = True) -> bool | None:
    """``value`` as yes (True) or no (False), or None; ``1``/``0`` only with ``allow_digits``."""
    if isinstance(value, bool):
        return value
    if allow_digits and isinstance(value, int | float) and value in (0, 1):
        return value == 1
    if not isinstance(value, str):
        return None
    word = value.strip().casefold()
    if word in YES_WORDS or (allow_digits and word == "1"):
        return True
    if word in NO_WORDS or (allow_digits and word == "0"):
        return False
    return None


def convert(
    value: CellValue, kind: AttributeType, decimal_comma: bool | None = None
) -> AttributeScalar:
    """``value`` as a value of type ``kind``; ValueError saying why when it is not one."""
    converted: AttributeScalar | None = (
        cell_text(value)
        if kind is AttributeType.TEXT
        else parse_number(value, decimal_comma)
        if kind is AttributeType.NUMBER
        else parse_date(value)
        if kind is AttributeType.DATE
        else parse_yes_no(value)
    )
    if converted is None:
        raise ValueError(f"{cell_text(value)!r} is not {TYPE_WORDS[kind]}")
    return converted


def fits(value: CellValue, kind: AttributeType, decimal_comma: bool | None = None) -> bool:
    """Whether ``value`` converts to type ``kind``."""
    try:
        convert(value, kind, decimal_comma)
    except ValueError:
        return False
    return True


def infer_type(values: Sequence[CellValue]) -> AttributeType:
    """The most specific type every non-empty value fits: number, date, yes/no, else text."""
    filled = [v for v in values if v is not None and cell_text(v)]
    if not filled:
        return AttributeType.TEXT
    comma = decimal_comma_of(filled)
    if all(parse_number(v, comma) is not None for v in filled):
        return AttributeType.NUMBER
    if all(parse_date(v) is not None for v in filled):
        return AttributeType.DATE
    if all(parse_yes_no(v) is not None for v in filled) and any(
        parse_yes_no(v, allow_digits=False) is not None for v in filled
    ):
        return AttributeType.BOOLEAN
    return AttributeType.TEXT


@dataclass(frozen=True)
class AttributePreview:
    """What importing one column would do, for the user to check before the import.

    ``type`` is the type that will be used: the user's choice, else the project's existing
    attribute's type when every value fits it, else ``inferred``. ``problems`` are one-line
    notes; a note about a value that contradicts ``type`` means the import will be refused.
    """

    column: str
    type: AttributeType
    inferred: AttributeType
    examples: tuple[str, ...]
    values: int
    empty: int
    problems: tuple[str, ...] = ()
    existing: AttributeType | None = None
    refused: bool = False
    """True when importing this column as ``type`` would be refused (see ``problems``)."""


def preview_column(
    name: str,
    cells: Cells,
    chosen: AttributeType | None = None,
    existing: AttributeType | None = None,
) -> AttributePreview:
    """Preview column ``name`` from its (row number, cell) pairs, typed as described above."""
    filled = [(row, v) for row, v in cells if v is not None and cell_text(v)]
    values = [v for _, v in filled]
    comma = decimal_comma_of(values)
    inferred = infer_type(values)
    kind = chosen or inferred
    if chosen is None and existing is not None and all(fits(v, existing, comma) for v in values):
        kind = existing
    problems = [f"row {row}: {error}" for row, error in _contradictions(filled, kind, comma)]
    refused = bool(problems)
    if existing is not None and kind is not existing:
        refused = True
        problems.insert(
            0,
            f"the project already has the attribute '{name}' as {type_word(existing)},"
            f" not {type_word(kind)}",
        )
    if chosen is None and kind is AttributeType.TEXT and values:
        problems.extend(_near_misses(filled, comma))
    if kind is AttributeType.NUMBER and comma is None:
        ambiguous = [t for t in map(cell_text, values) if _AMBIGUOUS.fullmatch(t)]
        if ambiguous:
            text, value = ambiguous[0], float(re.sub("[.,]", "", ambiguous[0]))
            problems.append(f"{text!r} could mean {value:g}; read as {parse_number(text):g}")
    examples = tuple(dict.fromkeys(cell_text(v) for v in values))[:EXAMPLES]
    return AttributePreview(
        name,
        kind,
        inferred,
        examples,
        values=len(filled),
        empty=len(cells) - len(filled),
        problems=tuple(problems),
        existing=existing,
        refused=refused,
    )


def convert_column(
    file_name: str, name: str, cells: Cells, kind: AttributeType
) -> list[tuple[int, AttributeScalar | None]]:
    """Convert every cell of column ``name`` to ``kind``; None for empty cells.

    Refuses the first value that contradicts the type, e.g.
    ``deltagere.csv: Alder, row 7: 'ca. 40' is not a number``.
    """
    comma = decimal_comma_of([v for _, v in cells])
    converted: list[tuple[int, AttributeScalar | None]] = []
    for row, value in cells:
        try:
            empty = value is None or not cell_text(value)
            converted.append((row, None if empty else convert(value, kind, comma)))
        except ValueError as error:
            raise ImportRefusedError(f"{file_name}: {name}, row {row}: {error}") from None
    return converted


def _contradictions(
    filled: Sequence[tuple[int, CellValue]], kind: AttributeType, comma: bool | None
) -> list[tuple[int, str]]:
    why = "{!r} is not " + TYPE_WORDS[kind]
    return [(row, why.format(cell_text(v))) for row, v in filled if not fits(v, kind, comma)]


def _near_misses(filled: Sequence[tuple[int, CellValue]], comma: bool | None) -> list[str]:
    notes = []
    for kind in (AttributeType.NUMBER, AttributeType.DATE):
        misses = _contradictions(filled, kind, comma)
        if misses and len(misses) * 2 <= len(filled):
            row, error = misses[0]
            notes.append(
                f"{len(filled) - len(misses)} of {len(filled)} values are {_PLURAL[kind]};"
                f" row {row}: {error}"
            )
            break
    return notes
