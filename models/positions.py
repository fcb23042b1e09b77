"""Convert between Tekstur's code point offsets and UTF-16 positions (Qt, NVivo).

Tekstur stores every position as a Unicode code point offset. Qt (QString, QTextCursor)
counts UTF-16 units, in which a character outside the Basic Multilingual Plane, such as most
emoji, takes two. Letters like ``æøå`` and combining marks are one unit in both. A
``QTextDocument`` made with ``setPlainText`` turns each ``\\n`` into one block separator, so
for Tekstur's ``\\n``-only texts the document position equals the UTF-16 offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Positions:
    """Converts offsets within one text in both directions, quickly, many times over."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code point offsets of the characters that take two UTF-16 units.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # Where each of them starts in UTF-16 units.
        self._astral_utf16 = [offset + index for index, offset in enumerate(self._astral)]
        self.utf16_length = self.length + len(self._astral)

    def to_utf16(self, code_point_offset: int) -> int:
        """The UTF-16 offset of a code point offset (``0 … len(text)``)."""
        if not 0 <= code_point_offset <= self.length:
            raise ValueError(f"offset {code_point_offset} is outside the text (0…{self.length})")
        return code_point_offset + bisect_left(self._astral, code_point_offset)

    def to_code_point(self, utf16_offset: int) -> int:
        """The code point offset of a UTF-16 offset; refuses one inside a surrogate pair."""
        if not 0 <= utf16_offset <= self.utf16_length:
            raise ValueError(f"offset {utf16_offset} is outside the text (0…{self.utf16_length})")
        before = bisect_left(self._astral_utf16, utf16_offset)
        if before and self._astral_utf16[before - 1] + 1 == utf16_offset:
            raise ValueError(f"UTF-16 offset {utf16_offset} falls inside a surrogate pair")
        return utf16_offset - before


def utf16_offset(text: str, code_point_offset: int) -> int:
    """The UTF-16 offset in ``text`` of the code point offset ``code_point_offset``."""
    return Utf16Positions(text).to_utf16(code_point_offset)


def code_point_offset(text: str, utf16_offset: int) -> int:
    """The code point offset in ``text`` of a UTF-16 offset such as a QTextCursor position."""
    return Utf16Positions(text).to_code_point(utf16_offset)
