"""Parsing REFI-QDA XML without trusting it.

A document type declaration or an entity declaration is refused before anything is parsed,
so no entity is ever expanded and no external file or URL is ever read; the parser itself
also never loads a DTD, never touches the network and keeps libxml2's size limits.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

MAX_XML_BYTES = 512 * 1024 * 1024
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class UnsafeXmlError(ValueError):
    """XML that Tekstur will not read; ``str()`` names the file and the reason."""


def safe_parser() -> etree.XMLParser:
    """An lxml parser that resolves no entities, loads no DTD and reads nothing remote."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_safe_xml(data: bytes, name: str, limit: int = MAX_XML_BYTES) -> etree._Element:
    """The root element of the XML document ``data`` from the file called ``name``."""
    if len(data) > limit:
        raise UnsafeXmlError(f"{name}: the file is larger than {limit // 2**20} MB")
    if _DECLARATION.search(data) or _DECLARATION.search(data.replace(b"\x00", b"")):
        raise UnsafeXmlError(
            f"{name}: the file declares a document type or entities, which Tekstur refuses "
            "for safety"
        )
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        raise UnsafeXmlError(f"{name}: not well-formed XML ({error})") from None
    docinfo: Any = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise UnsafeXmlError(f"{name}: the file declares a document type, which is refused")
    return root
