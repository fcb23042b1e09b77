"""A codebook held in memory: the shape every codebook reader and writer shares.

Pure dataclasses, no database. A :class:`CodebookSpec` is a tree of :class:`CodeSpec` s, each
with a name and description in the codebook's own language and optional translations into
other languages (REFI-QDA keeps one name per code, so translations travel separately).
Counts of codings and documents are filled in when a spec is read from a project.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

LANGUAGES = ("da", "en")
_HEX = "[0-9a-fA-F]"
_GUID = re.compile(rf"^\{{?({_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}})\}}?$")
_COLOR6 = re.compile(r"^#[0-9a-fA-F]{6}$")
_COLOR3 = re.compile(r"^#[0-9a-fA-F]{3}$")


class CodebookFileError(ValueError):
    """A codebook file that cannot be read; ``str()`` is one line naming the file and why."""


def normalise_guid(text: str | None) -> str | None:
    """A GUID in the lower-case form without braces, or None when ``text`` is not a GUID."""
    if text is None:
        return None
    found = _GUID.match(text.strip())
    return found.group(1).lower() if found else None


def normalise_color(text: str | None) -> str | None:
    """A colour as ``#rrggbb`` in lower case (``#abc`` is widened), or None when unusable."""
    if text is None:
        return None
    value = text.strip()
    if _COLOR3.match(value):
        return "#" + "".join(char * 2 for char in value[1:]).lower()
    return value.lower() if _COLOR6.match(value) else None


def stable_guid(*parts: str) -> str:
    """A GUID derived from ``parts``, the same every time (for codes a file gave none)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "tekstur:" + "/".join(parts)))


@dataclass(frozen=True)
class Translation:
    """A code's name and description in another language."""

    name: str
    description: str = ""


@dataclass
class CodeSpec:
    """One code with its sub-codes, as a codebook file or a project holds it."""

    name: str
    guid: str | None = None
    color: str | None = None
    description: str = ""
    children: list[CodeSpec] = field(default_factory=list)
    translations: dict[str, Translation] = field(default_factory=dict)
    codings: int = 0
    """Codings of this code itself (not of its sub-codes); 0 outside a project."""
    documents: int = 0
    """Documents with at least one coding of this code itself."""

    def name_in(self, language: str | None) -> str:
        """The name in ``language`` when translated, else the code's own name."""
        found = self.translations.get(language or "")
        return found.name if found else self.name

    def description_in(self, language: str | None) -> str:
        """The description in ``language`` when translated, else the code's own description."""
        found = self.translations.get(language or "")
        return found.description if found else self.description


@dataclass
class CodebookSpec:
    """A named tree of codes, in ``language``, optionally with translations of each code."""

    name: str
    codes: list[CodeSpec] = field(default_factory=list)
    description: str = ""
    origin: str = ""
    guid: str | None = None
    language: str = "da"
    titles: dict[str, str] = field(default_factory=dict)
    """The codebook's name in other languages."""

    def walk(self) -> Iterator[tuple[tuple[str, ...], CodeSpec]]:
        """Every code with the names from the top level down to it, parents before children."""
        stack: list[tuple[tuple[str, ...], CodeSpec]] = [((c.name,), c) for c in self.codes]
        stack.reverse()
        while stack:
            path, code = stack.pop()
            yield path, code
            stack.extend(((*path, child.name), child) for child in reversed(code.children))

    def count(self) -> int:
        """How many codes the codebook holds at every level."""
        return sum(1 for _ in self.walk())

    def in_language(self, language: str) -> CodebookSpec:
        """A copy whose names and descriptions are in ``language`` where a translation exists.

        The other language moves into the translations, so nothing is lost.
        """
        if language == self.language:
            return self
        titles = dict(self.titles)
        name = titles.pop(language, "") or self.name
        titles[self.language] = self.name
        return replace(
            self,
            name=name,
            codes=[_swap(code, self.language, language) for code in self.codes],
            language=language,
            titles=titles,
        )


def _swap(code: CodeSpec, own: str, language: str) -> CodeSpec:
    translations = dict(code.translations)
    chosen = translations.pop(language, None)
    children = [_swap(child, own, language) for child in code.children]
    if chosen is None:
        return replace(code, children=children, translations=translations)
    translations[own] = Translation(code.name, code.description)
    return replace(
        code,
        name=chosen.name,
        description=chosen.description,
        children=children,
        translations=translations,
    )
