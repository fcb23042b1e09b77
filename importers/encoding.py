"""Decoding text files the way Danish researchers save them.

Accepted: UTF-8 with or without a byte-order mark, UTF-16 LE/BE with a byte-order mark, and
Windows-1252 (which includes every Latin-1 letter). Line ends become ``\\n``. A file with NUL
bytes or other control characters is refused as binary rather than stored as garbage.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from importers.result import ImportRefusedError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 BE"),
)
# C0 controls other than tab, line feed, form feed and carriage return; and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LINE_ENDS = re.compile(r"\r\n?")


@dataclass(frozen=True)
class DecodedText:
    """A file's text with ``\\n`` line ends, and the encoding it was read in."""

    text: str
    encoding: str


def normalise_line_ends(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return _LINE_ENDS.sub("\n", text) if "\r" in text else text


def decode_text(data: bytes, name: str) -> DecodedText:
    """Decode ``data`` (the bytes of the file called ``name``) or refuse it with a reason."""
    if not data.strip():
        raise ImportRefusedError(f"{name}: the file is empty")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise ImportRefusedError(
                    f"{name}: starts like {label} but is not valid {label} (byte {error.start})"
                ) from None
            return _checked(text.removeprefix("\ufeff"), label, name)
    if b"\x00" in data:
        raise ImportRefusedError(f"{name}: this is a binary file, not text")
    try:
        return _checked(data.decode("utf-8"), "UTF-8", name)
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1252"), "Windows-1252", name)
    except UnicodeDecodeError:
        raise ImportRefusedError(
            f"{name}: the text is not valid UTF-8, UTF-16 or Windows-1252/Latin-1"
        ) from None


def _checked(text: str, label: str, name: str) -> DecodedText:
    found = _CONTROL.search(text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        raise ImportRefusedError(
            f"{name}: control character U+{ord(found.group()):04X} on line {line};"
            " this does not look like a text file"
        )
    if not text.strip():
        raise ImportRefusedError(f"{name}: the file holds no text")
    return DecodedText(normalise_line_ends(text), label)
