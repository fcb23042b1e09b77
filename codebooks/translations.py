"""Translations of a codebook kept beside its ``.qdc`` file, one JSON file per language.

REFI-QDA gives each code one name and one description, and the Codebook schema allows no
extra elements, so a translation lives in ``NAME.LANG.json`` next to ``NAME.qdc``::

    {
      "format": "tekstur-codebook-translation",
      "version": 1,
      "language": "en",            # the language of this file
      "base_language": "da",       # the language of the names in NAME.qdc
      "title": "Task competences", # the codebook's name in this language
      "codes": {"<guid>": {"name": "...", "description": "..."}}
    }

Codes are keyed by their GUID in lower case without braces.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from exporters.refi.qdc_writer import write_qdc
from importers.refi.qdc_reader import read_qdc
from models.codebook_spec import CodebookFileError, CodebookSpec, Translation, normalise_guid

FORMAT = "tekstur-codebook-translation"
MAX_SIDECAR_BYTES = 20 * 1024 * 1024


def sidecar_path(qdc: Path, language: str) -> Path:
    """Where the translation of ``qdc`` into ``language`` is kept."""
    return qdc.with_name(f"{qdc.stem}.{language}.json")


def sidecar_data(spec: CodebookSpec, language: str) -> dict[str, Any]:
    """The JSON object holding every translation of ``spec``'s codes into ``language``."""
    codes: dict[str, dict[str, str]] = {}
    for _, code in spec.walk():
        found = code.translations.get(language)
        guid = normalise_guid(code.guid)
        if found is not None and guid is not None:
            codes[guid] = {"name": found.name, "description": found.description}
    return {
        "format": FORMAT,
        "version": 1,
        "language": language,
        "base_language": spec.language,
        "title": spec.titles.get(language, ""),
        "codes": codes,
    }


def write_sidecars(spec: CodebookSpec, qdc: Path) -> list[Path]:
    """Write one translation file per language the codes are translated into; returns them."""
    languages = {lang for _, code in spec.walk() for lang in code.translations}
    written = []
    for language in sorted(languages | set(spec.titles)):
        path = sidecar_path(qdc, language)
        text = json.dumps(sidecar_data(spec, language), ensure_ascii=False, indent=2)
        path.write_text(text + "\n", encoding="utf-8")
        written.append(path)
    return written


def read_sidecar(path: Path) -> dict[str, Any]:
    """The checked contents of a translation file, or CodebookFileError saying what is wrong."""
    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            raise CodebookFileError(f"{path.name}: the translation file is too large")
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CodebookFileError(f"{path.name}: not a readable translation file ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CodebookFileError(f"{path.name}: not a Tekstur codebook translation file")
    codes = data.get("codes")
    if not isinstance(codes, dict) or not isinstance(data.get("language"), str):
        raise CodebookFileError(f"{path.name}: the translation file has no language or codes")
    for guid, entry in codes.items():
        if (
            normalise_guid(guid) is None
            or not isinstance(entry, dict)
            or not isinstance(entry.get("name"), str)
            or not isinstance(entry.get("description", ""), str)
        ):
            raise CodebookFileError(f"{path.name}: the entry for {guid!r} is not a translation")
    return data


def apply_sidecars(spec: CodebookSpec, qdc: Path) -> int:
    """Attach the translations found beside ``qdc`` to ``spec``; returns how many files."""
    count = 0
    for path in sorted(qdc.parent.glob(f"{qdc.stem}.*.json")):
        language = path.name[len(qdc.stem) + 1 : -len(".json")]
        if not language or "." in language:
            continue
        data = read_sidecar(path)
        spec.language = str(data.get("base_language") or spec.language)
        if data.get("title"):
            spec.titles[data["language"]] = str(data["title"])
        count += 1
        entries = {normalise_guid(guid): entry for guid, entry in data["codes"].items()}
        for _, code in spec.walk():
            entry = entries.get(normalise_guid(code.guid))
            if entry is not None:
                translation = Translation(entry["name"], entry.get("description", ""))
                code.translations[data["language"]] = translation
    return count


def read_translated_qdc(path: Path) -> CodebookSpec:
    """Read a ``.qdc`` (or the codebook in a ``.qdpx``) with the translation files beside it."""
    spec = read_qdc(path)
    apply_sidecars(spec, path)
    if len(spec.codes) == 1 and spec.codes[0].translations:
        spec.titles = {lang: t.name for lang, t in spec.codes[0].translations.items()}
    return spec


def write_translated_qdc(
    spec: CodebookSpec, path: Path, language: str | None = None, *, translations: bool = False
) -> list[Path]:
    """Write ``spec`` to ``path`` in ``language``; returns the files written.

    With ``translations`` the other languages go into ``NAME.LANG.json`` files beside it, so
    that Tekstur can read every language back while other programs see a plain codebook.
    """
    written = [write_qdc(spec, path, language)]
    if translations:
        written += write_sidecars(spec.in_language(language or spec.language), path)
    return written
