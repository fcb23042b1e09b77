"""A source's text as Tekstur stores it, and the producer's positions mapped onto it.

Tekstur keeps text with ``\\n`` line ends and counts code points. A REFI-QDA producer counts
positions in the text file as it wrote it: with ``\\r\\n`` line ends each counts two, a
byte-order mark is not counted, and NVivo counts UTF-16 units (an emoji is two) instead of
code points. :class:`SourceText` removes the carriage returns and maps every position, so a
selection lands on the same characters the producer showed.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_left

_CRLF = re.compile("\r\n")
_CRLF_OR_ASTRAL = re.compile("\r\n|[\U00010000-\U0010ffff]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_source(data: bytes) -> str:
    """The text of a source file: UTF-8 or UTF-16 by byte-order mark, else UTF-8, else
    Windows-1252; the byte-order mark itself is dropped (no producer counts it)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class SourceText:
    """Text normalised to ``\\n`` line ends, with the producer's positions mapped onto it.

    ``utf16`` says the producer counts UTF-16 units (NVivo) rather than code points.
    """

    def __init__(self, raw: str, *, utf16: bool = False) -> None:
        raw = raw.removeprefix("\ufeff")
        dropped: list[int] = []
        extra = 0
        for match in (_CRLF_OR_ASTRAL if utf16 else _CRLF).finditer(raw):
            unit = match.start() + extra
            if match.group() == "\r\n":
                dropped.append(unit)  # the carriage return is gone from Tekstur's text
            else:
                dropped.append(unit + 1)  # the second half of a surrogate pair
                extra += 1
        self.text = raw.replace("\r\n", "\n").replace("\r", "\n")
        self.units = len(raw) + extra
        """The producer's length of the text."""
        self._dropped = dropped

    def position(self, unit: int) -> int | None:
        """Tekstur's code point offset for the producer's offset ``unit``; None if outside."""
        if not 0 <= unit <= self.units:
            return None
        return unit - bisect_left(self._dropped, unit)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The span ``[start, end)`` in Tekstur's offsets, or None if empty or outside."""
        first, last = self.position(start), self.position(end)
        if first is None or last is None or last <= first:
            return None
        return first, last
