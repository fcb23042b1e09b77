"""Reading plain text (``.txt``) and Markdown (``.md``) files.

One block per line, with the encoding detected by :func:`importers.encoding.decode_text`.
Markdown is kept exactly as written (the ``#`` marks stay in the text); an ATX heading line
(``#`` to ``######`` followed by a space) only gets its heading level.
"""

from __future__ import annotations

import re

from importers.encoding import decode_text
from importers.result import Block, ReadFile

_MARKDOWN_SUFFIXES = (".md", ".markdown")
# Up to three spaces of indentation, 1–6 hashes, then a space or tab (CommonMark ATX heading).
_ATX_HEADING = re.compile(r" {0,3}(#{1,6})[ \t]")


def read(data: bytes, name: str) -> ReadFile:
    """Read a ``.txt`` or ``.md`` file: one block per line, headings only for Markdown.

    The final line end of the file ends its last line; it does not add an empty line. Empty
    lines elsewhere are kept as empty blocks, so the text joins back exactly as written.
    """
    decoded = decode_text(data, name)
    text = decoded.text
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    markdown = name.lower().endswith(_MARKDOWN_SUFFIXES)
    if not markdown:
        return ReadFile([Block(line) for line in lines], encoding=decoded.encoding)
    blocks = [Block(line, heading_level=_heading_level(line)) for line in lines]
    return ReadFile(blocks, encoding=decoded.encoding)


def _heading_level(line: str) -> int | None:
    found = _ATX_HEADING.match(line)
    return len(found.group(1)) if found else None
