"""Attribution lines for quotes from a template such as ``{Rolle}, {Afdeling}, {Runde}``.

A placeholder names an attribute of the project, or one of the fixed names ``{dokument}``
(``{document}``), ``{taler}`` (``{speaker}``), ``{sag}`` (``{case}``) and ``{koder}``
(``{coder}``), in any letter case. The text between two placeholders is read in three parts:
closing brackets that end the placeholder before (``)``), a separator of punctuation and
spaces (``, ``), and a label that leads into the next one (``Runde: `` or ``(``). A
placeholder with no value is left out with its separator, label and brackets, so
``{Rolle}, {Afdeling}, {Runde}`` without a department gives ``Sagsbehandler, R1`` and never
``Sagsbehandler, , R1`` or a trailing comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_TEMPLATE = "{Rolle}, {Afdeling}, {Runde}"
# Fixed placeholder names (lower case) and the value each stands for.
FIXED_NAMES = {
    "dokument": "document",
    "document": "document",
    "taler": "speaker",
    "speaker": "speaker",
    "sag": "case",
    "case": "case",
    "koder": "coder",
    "coder": "coder",
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_CLOSING = ")]}»›”’"
_SEPARATOR = " \t,;:.–—-/|·"


class TemplateError(ValueError):
    """An attribution template that cannot be used: a stray brace or an unknown name."""


@dataclass(frozen=True)
class _Slot:
    name: str
    separator: str  # written only when a placeholder with a value comes before
    label: str  # written with the value, e.g. "Runde: " or "("
    closing: str  # written after the value, e.g. ")"


class AttributionTemplate:
    """A parsed template; :meth:`render` fills it from one quote's values."""

    def __init__(self, text: str) -> None:
        self.text = text
        pieces = _PLACEHOLDER.split(text)
        literals, names = pieces[0::2], [name.strip() for name in pieces[1::2]]
        for literal in literals:
            if "{" in literal or "}" in literal:
                raise TemplateError(
                    f"the attribution template {text!r} has a brace that is not part of a"
                    " {placeholder}"
                )
        if any(not name for name in names):
            raise TemplateError(f"the attribution template {text!r} has an empty {{}}")
        self.names: tuple[str, ...] = tuple(names)
        self._prefix, self._suffix = "", ""
        self._slots: tuple[_Slot, ...] = ()
        if not names:  # a fixed line such as "Anonym deltager"
            self._prefix, self._slots = text, ()
            return
        # A prefix with words is the first placeholder's label ("Citat fra {Rolle}").
        first_label = literals[0]
        if not any(character.isalnum() for character in literals[0]):
            self._prefix, first_label = literals[0], ""
        closings: list[str] = []
        separators, labels = [""], [first_label]
        for after in literals[1:]:
            closing = after[: len(after) - len(after.lstrip(_CLOSING))]
            closings.append(closing)
            separator, label = _split_separator(after[len(closing) :])
            separators.append(separator)
            labels.append(label)
        self._suffix = separators.pop() + labels.pop()
        slots = [
            _Slot(name, separator, label, closing)
            for name, separator, label, closing in zip(
                names, separators, labels, closings, strict=True
            )
        ]
        self._slots = tuple(slots)

    def unknown_names(self, attributes: Iterable[str]) -> list[str]:
        """The placeholders that are neither one of ``attributes`` nor a fixed name."""
        known = list(attributes)
        return [name for name in self.names if _resolve(name, known) is None]

    def check(self, attributes: Iterable[str]) -> None:
        """Refuse a placeholder the project has no attribute (or fixed name) for."""
        known = sorted(set(attributes))
        unknown = list(dict.fromkeys(self.unknown_names(known)))
        if unknown:
            listed = ", ".join("{" + name + "}" for name in unknown)
            offered = ", ".join(known) or "none"
            fixed = "{dokument}, {taler}, {sag}, {koder}"
            raise TemplateError(
                f"unknown placeholder(s) {listed} in the attribution template; the project's"
                f" attributes are: {offered}; also {fixed}"
            )

    def render(
        self, attributes: Mapping[str, str], fixed: Mapping[str, str | None] | None = None
    ) -> str:
        """The line for one quote: ``attributes`` by name, ``fixed`` by ``document``,
        ``speaker``, ``case`` and ``coder``; placeholders without a value are left out."""
        fixed = fixed or {}
        known = list(attributes)
        kept: list[tuple[_Slot, str]] = []
        for slot in self._slots:
            resolved = _resolve(slot.name, known)
            if resolved is None:
                value = None
            elif resolved[0] == "attribute":
                value = attributes.get(resolved[1])
            else:
                value = fixed.get(resolved[1])
            if value is not None and value.strip():
                kept.append((slot, value.strip()))
        if not kept:
            return "" if self._slots else self._prefix.strip()
        parts = [self._prefix]
        for number, (slot, value) in enumerate(kept):
            if number:
                parts.append(slot.separator)
            parts.extend((slot.label, value, slot.closing))
        parts.append(self._suffix)
        return "".join(parts).strip()


def _split_separator(text: str) -> tuple[str, str]:
    """``, Runde: `` → (``, ``, ``Runde: ``): the leading separator and the label after it."""
    label = text.lstrip(_SEPARATOR)
    return text[: len(text) - len(label)], label


def _resolve(name: str, attributes: list[str]) -> tuple[str, str] | None:
    """("attribute", its name) or ("fixed", document|speaker|case|coder); None when unknown.

    An attribute of exactly that name wins, then a fixed name, then an attribute whose name
    differs only in letter case.
    """
    if name in attributes:
        return "attribute", name
    fixed = FIXED_NAMES.get(name.casefold())
    if fixed is not None:
        return "fixed", fixed
    folded = [attribute for attribute in attributes if attribute.casefold() == name.casefold()]
    return ("attribute", folded[0]) if len(folded) == 1 else None
