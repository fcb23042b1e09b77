"""REFI-QDA variables and their values, converted to Tekstur's typed attributes.

The six REFI-QDA types map onto Tekstur's four: ``Text`` → text, ``Boolean`` → yes/no,
``Integer`` and ``Float`` → number, ``Date`` → date, and ``DateTime`` → text holding the ISO
time stamp, so nothing of it is lost. The REFI-QDA type is kept beside the attribute
(``exchange_type``) so that an export writes the same type back.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from lxml import etree

from importers.refi.exchange_model import ExchangeProject, ExValue, ExVariable, VariableValue
from importers.refi.xml_values import child, child_text, children, guid_of, local_name
from models.cases import AttributeType

REFI_TYPES: dict[str, AttributeType] = {
    "Text": AttributeType.TEXT,
    "Boolean": AttributeType.BOOLEAN,
    "Integer": AttributeType.NUMBER,
    "Float": AttributeType.NUMBER,
    "Date": AttributeType.DATE,
    "DateTime": AttributeType.TEXT,
}
_VALUE_TAGS = (
    "TextValue",
    "BooleanValue",
    "IntegerValue",
    "FloatValue",
    "DateValue",
    "DateTimeValue",
)


def read_variables(variables: etree._Element, project: ExchangeProject) -> None:
    """Read ``<Variables>`` into ``project.variables``."""
    seen: set[str] = set()
    for element in children(variables, "Variable"):
        guid, name = guid_of(element), (element.get("name") or "").strip()
        refi_type = (element.get("typeOfVariable") or "").strip()
        label = f"variable '{name or guid}'"
        if guid is None or guid in seen:
            project.skip(label, "it has no valid GUID, or one used twice")
        elif not name:
            project.skip(label, "it has no name")
        elif refi_type not in REFI_TYPES:
            project.skip(label, f"unknown type '{refi_type}'")
        else:
            seen.add(guid)
            description = child_text(element, "Description").strip()
            project.variables.append(ExVariable(guid, name, refi_type, description))


def read_values(
    owner: etree._Element, types: dict[str, str], project: ExchangeProject, label: str
) -> list[ExValue]:
    """The ``<VariableValue>`` children of a case or source, converted to their types."""
    values: list[ExValue] = []
    for element in children(owner, "VariableValue"):
        ref = child(element, "VariableRef")
        guid = guid_of(ref, "targetGUID") if ref is not None else None
        refi_type = types.get(guid or "")
        if guid is None or refi_type is None:
            project.skip(f"a value of {label}", "it refers to no variable in the file")
            continue
        holder = next(
            (e for e in element.iterchildren(etree.Element) if local_name(e) in _VALUE_TAGS),
            None,
        )
        if holder is None or holder.text is None or not holder.text.strip():
            continue  # an empty value is no value
        value = convert(holder.text, refi_type)
        if value is None:
            project.skip(f"a value of {label}", f"'{holder.text.strip()}' is not a {refi_type}")
            continue
        values.append(ExValue(guid, value))
    return values


def convert(text: str, refi_type: str) -> VariableValue | None:
    """``text`` as a value of the REFI-QDA type ``refi_type``, or None if it is not one."""
    raw = text.strip()
    if refi_type == "Text":
        return text
    if refi_type == "Boolean":
        return {"true": True, "1": True, "false": False, "0": False}.get(raw.lower())
    if refi_type in ("Integer", "Float"):
        try:
            number = Decimal(raw)
        except InvalidOperation:
            return None
        if not number.is_finite() or (refi_type == "Integer" and number != number.to_integral()):
            return None
        return float(number)
    if refi_type == "Date":
        try:
            return date.fromisoformat(raw[:10])
        except ValueError:
            return None
    try:
        datetime.fromisoformat(raw)
    except ValueError:
        return None
    return raw
