"""Document attributes from file names: ``{Runde}_{Afdeling}_{Rolle}_*``.

``{Name}`` captures one attribute value: at least one character, up to the character the
pattern has next (in ``{Runde}_{Afdeling}`` the round stops at the first ``_``), or the rest of
the name when a ``*`` or the end follows. ``*`` matches anything, and every other character
must appear as written. The pattern is matched against the file name without its suffix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PART = re.compile(r"\{([^{}]*)\}|\*")


class NamePatternError(ValueError):
    """The pattern itself is malformed (an empty or repeated ``{}``, an unclosed brace)."""


@dataclass(frozen=True)
class NamePattern:
    """A compiled file-name pattern and the attribute names it fills, in order."""

    pattern: str
    attributes: tuple[str, ...]
    _regex: re.Pattern[str]

    @classmethod
    def parse(cls, pattern: str) -> NamePattern:
        """Compile ``pattern``; NamePatternError says what is wrong with it."""
        parts: list[str] = []
        names: list[str] = []
        position = 0
        for found in _PART.finditer(pattern):
            literal = pattern[position : found.start()]
            if "{" in literal or "}" in literal:
                raise NamePatternError(f"unbalanced braces in name pattern '{pattern}'")
            parts.append(re.escape(literal))
            position = found.end()
            if found.group() == "*":
                parts.append(".*")
                continue
            name = found.group(1).strip()
            if not name:
                raise NamePatternError(f"empty {{}} in name pattern '{pattern}'")
            if name in names:
                raise NamePatternError(f"'{name}' appears twice in name pattern '{pattern}'")
            following = pattern[position : position + 1]
            stops_at = following if following not in ("", "*", "{") else None
            value = f"[^{re.escape(stops_at)}]+" if stops_at else ".+"
            parts.append(f"(?P<g{len(names)}>{value})")
            names.append(name)
        rest = pattern[position:]
        if "{" in rest or "}" in rest:
            raise NamePatternError(f"unbalanced braces in name pattern '{pattern}'")
        parts.append(re.escape(rest))
        if not names:
            raise NamePatternError(f"name pattern '{pattern}' names no attribute in {{}}")
        return cls(pattern, tuple(names), re.compile("".join(parts), re.DOTALL))

    def match(self, stem: str) -> dict[str, str] | None:
        """The attribute values in file name ``stem``, or None when it does not fit."""
        found = self._regex.fullmatch(stem)
        if found is None:
            return None
        return {name: found.group(f"g{i}").strip() for i, name in enumerate(self.attributes)}
