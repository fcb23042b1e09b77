"""Tekstur's typed attributes as REFI-QDA variables and values.

The REFI-QDA type kept at import (``exchange_type``) is written back; an attribute made in
Tekstur gets the type that holds its values: ``Integer`` for numbers that are all whole,
else ``Float``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from models.cases import AttributeType

_BY_TYPE = {
    AttributeType.TEXT: "Text",
    AttributeType.BOOLEAN: "Boolean",
    AttributeType.DATE: "Date",
}
_XSD_DATE_TIME = re.compile(r"^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
VALUE_ELEMENTS = {
    "Text": "TextValue",
    "Boolean": "BooleanValue",
    "Integer": "IntegerValue",
    "Float": "FloatValue",
    "Date": "DateValue",
    "DateTime": "DateTimeValue",
}


def refi_type(attribute: Any, values: Sequence[Any]) -> str:
    """The REFI-QDA ``typeOfVariable`` for an attribute row and its value rows."""
    kind = AttributeType(attribute.type)
    kept = attribute.exchange_type
    if kind is AttributeType.NUMBER:
        whole = all(float(v.value_number).is_integer() for v in values)
        if kept in ("Integer", "Float"):
            return "Integer" if kept == "Integer" and whole else "Float"
        return "Integer" if whole else "Float"
    if kind is AttributeType.TEXT and kept == "DateTime":
        return "DateTime" if all(_is_date_time(v.value_text) for v in values) else "Text"
    return _BY_TYPE[kind]


def value_text(row: Any, variable_type: str) -> str:
    """A value row's value as the text of its REFI-QDA value element."""
    if variable_type in ("Text", "DateTime"):
        return str(row.value_text)
    if variable_type == "Boolean":
        return "true" if row.value_bool else "false"
    if variable_type == "Integer":
        return str(int(row.value_number))
    if variable_type == "Float":
        return format(Decimal(repr(float(row.value_number))), "f")
    value: date = row.value_date
    return value.isoformat()


def _is_date_time(text: str | None) -> bool:
    return bool(_XSD_DATE_TIME.match(text or ""))
