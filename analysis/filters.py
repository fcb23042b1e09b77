"""Filters every query shares: documents, coders and attribute conditions joined by AND or OR.

An attribute condition is written ``NAME=VALUE``, ``NAME!=VALUE``, ``NAME<VALUE`` or
``NAME>VALUE`` (also ``<=`` and ``>=``). It is tested against the value that reaches a passage
by the rule in :mod:`analysis.scope` (the passage's case first, then its document). ``=``
compares values of the attribute's type (``Alder=47`` matches 47.0); ``!=`` also matches a
passage that has no value; ``<`` and ``>`` work on numbers and dates only, and never match a
missing value. Numbers may use a decimal comma (``12,5``); dates are ``2019-03-01`` or
``01-03-2019``; yes/no values are ``ja``/``nej`` (or ``yes``/``no``, ``true``/``false``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from models.cases import AttributeType

OPERATORS = ("!=", "<=", ">=", "=", "<", ">")
ORDERING = ("<", ">", "<=", ">=")
AttributeScalar = str | float | bool | date
_OPERATOR = re.compile(r"!=|<=|>=|=|<|>")
_YES = frozenset({"ja", "j", "yes", "y", "true", "sand", "1"})
_NO = frozenset({"nej", "n", "no", "false", "falsk", "0"})


class FilterError(ValueError):
    """A filter cannot be used: a malformed condition or a value of the wrong type."""


@dataclass(frozen=True)
class AttributeCondition:
    """``name op value``: one test of a passage's attribute value."""

    name: str
    op: str
    value: str

    def __post_init__(self) -> None:
        if self.op not in OPERATORS:
            raise FilterError(f"unknown comparison {self.op!r}; use one of {' '.join(OPERATORS)}")

    @classmethod
    def parse(cls, text: str) -> AttributeCondition:
        """Read ``NAME=VALUE`` (or ``!=``, ``<``, ``>``, ``<=``, ``>=``)."""
        found = _OPERATOR.search(text)
        if found is None or not text[: found.start()].strip():
            raise FilterError(f"condition {text!r}: write it as NAME=VALUE, e.g. Rolle=Borger")
        return cls(text[: found.start()].strip(), found.group(), text[found.end() :].strip())

    def __str__(self) -> str:
        return f"{self.name}{self.op}{self.value}"

    def typed_value(self, kind: AttributeType) -> AttributeScalar:
        """The condition's value read as the attribute's type; FilterError when it is not one."""
        if self.op in ORDERING and kind in (AttributeType.TEXT, AttributeType.BOOLEAN):
            raise FilterError(
                f"condition '{self}': {self.op} compares numbers and dates, and"
                f" '{self.name}' holds {kind.value} values"
            )
        parsed = parse_value(self.value, kind)
        if parsed is None:
            raise FilterError(f"condition '{self}': {self.value!r} is not a {kind.value} value")
        return parsed


@dataclass(frozen=True)
class Where:
    """Attribute conditions, all of which (``match_any`` False) or any of which must hold."""

    conditions: tuple[AttributeCondition, ...] = ()
    match_any: bool = False

    @classmethod
    def parse(cls, texts: list[str] | tuple[str, ...], match_any: bool = False) -> Where:
        """Conditions from ``NAME=VALUE`` texts."""
        return cls(tuple(AttributeCondition.parse(text) for text in texts), match_any)

    def __bool__(self) -> bool:
        return bool(self.conditions)

    def __str__(self) -> str:
        return (" OR " if self.match_any else " AND ").join(str(c) for c in self.conditions)


@dataclass(frozen=True)
class QueryFilter:
    """Which codings a query reads: documents and coders (None: all) and attribute conditions."""

    document_ids: tuple[int, ...] | None = None
    coder_ids: tuple[int, ...] | None = None
    where: Where = field(default_factory=Where)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_json` reads back."""
        return {
            "document_ids": None if self.document_ids is None else list(self.document_ids),
            "coder_ids": None if self.coder_ids is None else list(self.coder_ids),
            "where": [str(condition) for condition in self.where.conditions],
            "match_any": self.where.match_any,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QueryFilter:
        """The filter :meth:`to_json` wrote."""
        documents, coders = data.get("document_ids"), data.get("coder_ids")
        return cls(
            None if documents is None else tuple(int(d) for d in documents),
            None if coders is None else tuple(int(c) for c in coders),
            Where.parse(list(data.get("where", [])), bool(data.get("match_any", False))),
        )

    def dumps(self) -> str:
        """The filter as a JSON string."""
        return json.dumps(self.to_json(), ensure_ascii=False)


def parse_value(text: str, kind: AttributeType) -> AttributeScalar | None:
    """``text`` read as a value of ``kind``, or None when it is not one."""
    text = text.strip()
    if kind is AttributeType.TEXT:
        return text
    if kind is AttributeType.NUMBER:
        return _number(text)
    if kind is AttributeType.DATE:
        return _date(text)
    lowered = text.lower()
    return True if lowered in _YES else False if lowered in _NO else None


def value_text(value: Any) -> str:
    """A stored attribute value as text: numbers without a needless ``.0``, dates ISO, ja/nej."""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _number(text: str) -> float | None:
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _date(text: str) -> date | None:
    found = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    parts: tuple[str, str, str] | None = None
    if found:
        parts = (found.group(1), found.group(2), found.group(3))
    else:
        found = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", text)
        if found:
            parts = (found.group(3), found.group(2), found.group(1))
    if parts is None:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
