"""The codebooks that ship with Tekstur: listing them and loading one into memory."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from codebooks.translations import read_translated_qdc
from models.codebook_spec import CodebookSpec, stable_guid

BUILTIN_DIR = Path(__file__).with_name("builtin")


@dataclass(frozen=True)
class BuiltinCodebook:
    """A built-in codebook as a list shows it."""

    key: str
    """The file name without ``.qdc``, e.g. ``ledelse-og-laering``."""
    title_da: str
    title_en: str
    codes: int
    """Codes at every level, the top-level code included."""

    def title(self, language: str) -> str:
        """The title in ``language`` (``da`` or ``en``)."""
        return self.title_en if language == "en" else self.title_da


def builtin_codebooks() -> list[BuiltinCodebook]:
    """Every built-in codebook, in the order of their Danish titles."""
    found = []
    for path in sorted(BUILTIN_DIR.glob("*.qdc")):
        spec = read_translated_qdc(path)
        found.append(
            BuiltinCodebook(path.stem, spec.name, spec.titles.get("en", spec.name), spec.count())
        )
    return sorted(found, key=lambda book: _fold(book.title_da))


def find_builtin(name: str) -> BuiltinCodebook | None:
    """The built-in codebook whose key, Danish or English title is ``name`` (any case)."""
    wanted = _fold(name)
    for book in builtin_codebooks():
        if wanted in (_fold(book.key), _fold(book.title_da), _fold(book.title_en)):
            return book
    return None


def load_builtin(name: str) -> CodebookSpec:
    """The built-in codebook ``name`` (key or title) as a tree in Danish with English attached.

    Raises LookupError, listing the built-ins, when there is no such codebook.
    """
    book = find_builtin(name)
    if book is None:
        names = ", ".join(b.title_da for b in builtin_codebooks())
        raise LookupError(f"no built-in codebook called '{name}' (there are: {names})")
    spec = read_translated_qdc(BUILTIN_DIR / f"{book.key}.qdc")
    spec.origin = "Tekstur"
    spec.guid = stable_guid("builtin-codebook", book.key)
    return spec


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()
