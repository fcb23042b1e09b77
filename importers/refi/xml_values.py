"""Small readers for REFI-QDA XML attributes and elements: GUIDs, dates, text, children."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

from lxml import etree

from models.codebook_spec import normalise_guid

PROJECT_NS = "urn:QDA-XML:project:1.0"
_Q = "{" + PROJECT_NS + "}"
CODING, CODE_REF, NOTE_REF, DESCRIPTION = (
    _Q + t for t in ("Coding", "CodeRef", "NoteRef", "Description")
)
_PLAIN_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The direct children of ``element`` called ``tag`` in the project namespace."""
    return element.iterchildren(_Q + tag)


def child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first direct child of ``element`` called ``tag``, or None."""
    return element.find(_Q + tag)


def child_text(element: etree._Element, tag: str) -> str:
    """The text of the first child called ``tag`` (empty when there is none)."""
    found = element.find(_Q + tag)
    return (found.text or "") if found is not None else ""


def guid_of(element: etree._Element, attribute: str = "guid") -> str | None:
    """The element's GUID attribute in Tekstur's form, or None when missing or invalid."""
    return normalise_guid(element.get(attribute))


def fast_guid(text: str | None) -> str | None:
    """Like :func:`normalise_guid`, quicker for the lower-case form most files use."""
    if text is not None and len(text) == 36 and _PLAIN_GUID.fullmatch(text):
        return text
    return normalise_guid(text)


def refs(element: etree._Element, tag: str) -> list[str]:
    """The ``targetGUID`` of every child ``tag`` (``NoteRef``, ``SourceRef`` …) that is valid."""
    found = (normalise_guid(ref.get("targetGUID")) for ref in children(element, tag))
    return [guid for guid in found if guid is not None]


def derived_guid(*parts: object) -> str:
    """A GUID for something the file gave none, the same on every import of the file."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "tekstur-refi:" + "/".join(map(str, parts))))


def date_time(text: str | None) -> datetime | None:
    """An ``xsd:dateTime`` as an aware datetime (UTC when no zone is given), or None."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def integer(text: str | None) -> int | None:
    """An ``xsd:integer`` attribute, or None."""
    try:
        return int((text or "").strip())
    except ValueError:
        return None


def local_name(element: etree._Element) -> str:
    """The element's tag without its namespace."""
    return etree.QName(element).localname
