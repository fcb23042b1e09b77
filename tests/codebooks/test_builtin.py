"""The built-in codebooks: valid REFI-QDA, complete, and unchanged by export and import."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from codebooks.builtin import BUILTIN_DIR, builtin_codebooks, find_builtin, load_builtin
from codebooks.translations import read_translated_qdc as read_qdc
from codebooks.translations import write_translated_qdc as write_qdc
from exporters.refi.qdc_writer import qdc_bytes
from models.codebook_spec import CodebookSpec
from tests.shared_files import REFI_SCHEMAS

SCHEMA = REFI_SCHEMAS / "Codebook.xsd"
TITLES = {
    "Opgavekompetencer": "Task competences",
    "Systemkompetencer": "System competences",
    "Borgerrelationer": "Citizen experiences",
    "Ledelse og læring": "Leadership and learning",
    "Ledelsesinformation": "Performance information",
    "Journalbaseret effektanalyse": "Journal-based effect analysis",
}
KEYS = sorted(path.stem for path in BUILTIN_DIR.glob("*.qdc"))


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    if not SCHEMA.exists():
        pytest.skip("the REFI-QDA schema is not available")
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def snapshot(spec: CodebookSpec, language: str) -> list[tuple[object, ...]]:
    chosen = spec.in_language(language)
    return [(path, c.guid, c.color, c.description) for path, c in chosen.walk()]


def test_every_builtin_is_listed_with_both_titles() -> None:
    books = builtin_codebooks()
    assert {(b.title_da, b.title_en) for b in books} == set(TITLES.items())
    assert all(b.codes >= 5 for b in books)
    assert find_builtin("LEDELSE OG LÆRING") == find_builtin("leadership and learning")
    assert find_builtin("ledelse-og-laering") is not None
    assert find_builtin("Ukendt") is None
    with pytest.raises(LookupError, match="Opgavekompetencer"):
        load_builtin("Ukendt")


@pytest.mark.parametrize("key", KEYS)
def test_builtin_validates_against_the_schema(key: str, schema: etree.XMLSchema) -> None:
    document = etree.parse(str(BUILTIN_DIR / f"{key}.qdc"))
    assert schema.validate(document), schema.error_log


@pytest.mark.parametrize("key", KEYS)
def test_builtin_codes_are_complete(key: str) -> None:
    spec = load_builtin(key)
    assert len(spec.codes) == 1 and spec.codes[0].name == spec.name
    guids, colors = set(), set()
    for path, code in spec.walk():
        assert code.guid is not None and re.fullmatch(r"[0-9a-f-]{36}", code.guid)
        guids.add(code.guid)
        assert code.color is not None and re.fullmatch(r"#[0-9a-f]{6}", code.color)
        colors.add(code.color)
        for label in ("Definition:", "Brug når:", "Brug ikke når:", "Eksempel: »"):
            assert label in code.description, (path, label)
        english = code.translations["en"]
        for label in ("Definition:", "Use when:", "Do not use when:", "Example: “"):
            assert label in english.description, (path, label)
        assert english.name and english.name != ""
    assert len(guids) == spec.count()
    assert len(colors) == spec.count(), "colours within a codebook are distinct"


def test_builtins_hold_the_codes_the_domain_needs() -> None:
    paths = {"/".join(p) for key in KEYS for p, _ in load_builtin(key).walk()}
    for expected in (
        "Opgavekompetencer/Borgerrelation og samarbejde/Tillid",
        "Opgavekompetencer/Leverandørsamarbejde/Trepartsmøder",
        "Opgavekompetencer/Lægelige oplysninger/Præcise spørgsmål",
        "Opgavekompetencer/Forberedelse til rehabiliteringsteamet",
        "Systemkompetencer/Rollesikkerhed",
        "Borgerrelationer/Sagens forløb/Sagen kører, men…",
        "Borgerrelationer/Genvundet tillid",
        "Ledelse og læring/Kollegial sparring",
        "Ledelsesinformation/Formål der opleves legitime/Dokumentation ved klager",
        "Ledelsesinformation/Modtagergrupper og deres behov/Politisk udvalg",
        "Journalbaseret effektanalyse/Forhold der gør en forskel/Professionel alliance",
    ):
        assert expected in paths


def test_guids_are_stable_between_loads() -> None:
    first = [c.guid for _, c in load_builtin("Borgerrelationer").walk()]
    assert first == [c.guid for _, c in load_builtin("Citizen experiences").walk()]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("language", ["da", "en"])
def test_round_trip_through_qdc(
    key: str, language: str, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    spec = load_builtin(key)
    out = tmp_path / f"eksport-{language}.qdc"
    written = write_qdc(spec, out, language, translations=True)
    assert schema.validate(etree.parse(str(out))), schema.error_log
    assert len(written) == 2  # the file and the other language beside it
    again = read_qdc(out)
    assert again.language == language
    assert snapshot(again, "da") == snapshot(spec, "da")
    assert snapshot(again, "en") == snapshot(spec, "en")
    assert again.in_language("da").name == spec.name


def test_english_export_alone_holds_english_names(tmp_path: Path) -> None:
    spec = load_builtin("Systemkompetencer")
    out = tmp_path / "system.qdc"
    out.write_bytes(qdc_bytes(spec, "en"))
    again = read_qdc(out)
    assert [p for p, _ in again.walk()] == [p for p, _ in spec.in_language("en").walk()]
    assert again.codes[0].name == "System competences"
    assert "Use when:" in again.codes[0].description
    assert not again.codes[0].translations
