"""Exporting REFI-QDA: valid against the schema, and an export imports back the same."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from exporters.refi.project_writer import export_exchange
from importers.refi.project_store import import_exchange
from models.database import ProjectDatabase, create_project, open_project
from tests.exporters.refi.native_project import FOCUS, build_native_project
from tests.importers.refi.refi_files import SAMPLES, SCHEMA_DIR
from tests.importers.refi.snapshot import snapshot

ROUND_TRIP = (
    "project",
    "documents",
    "coders",
    "codes",
    "codings",
    "cases",
    "attributes",
    "values",
    "memos",
    "annotations",
    "links",
)


@pytest.fixture(scope="module")
def project_schema() -> etree.XMLSchema:
    if not SCHEMA_DIR.exists():
        pytest.skip("the REFI-QDA schemas are not available")
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "Project.xsd")))


def qde(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("project.qde")


def test_a_tekstur_project_exports_valid_and_imports_back_the_same(
    db: ProjectDatabase, tmp_path: Path, project_schema: etree.XMLSchema
) -> None:
    build_native_project(db)
    out = tmp_path / "eksport æøå.qdpx"
    summary = export_exchange(db, out)
    document = etree.fromstring(qde(out))
    assert project_schema.validate(document), project_schema.error_log
    assert {k: summary.counts[k] for k in ("sources", "selections", "codings", "notes")} == {
        "sources": 2,
        "selections": 5,
        "codings": 5,
        "notes": 7,
    }
    with zipfile.ZipFile(out) as archive:
        texts = {n: archive.read(n) for n in archive.namelist() if n.startswith("sources/")}
    assert FOCUS.encode("utf-8") in texts.values()  # UTF-8, no byte-order mark, \n line ends
    left_out = {item.item: item.reason for item in summary.left_out}
    assert "REFI-QDA sets hold no cases" in left_out["1 case(s) in set 'Udvalgte æøå'"]
    assert "1 speaker turn(s) not linked to a case" in left_out
    again = tmp_path / "igen.tekstur"
    imported = import_exchange(out, again)
    assert not imported.skipped and imported.counts["codings"] == 5
    before = snapshot(db)
    with open_project(again) as copy:
        after = snapshot(copy)
    for part in ROUND_TRIP:
        assert after[part] == before[part], part
    assert after["turns"] == [t for t in before["turns"] if t[4] is not None]
    assert after["sets"] == [
        (g, n, tuple(m for m in ms if not m.startswith("case_id"))) for g, n, ms in before["sets"]
    ]


def test_guids_are_stable_an_export_of_the_import_is_the_same_file(tmp_path: Path) -> None:
    with create_project(tmp_path / "a.tekstur", name="Forsøg æøå") as db:
        build_native_project(db)
        export_exchange(db, tmp_path / "a.qdpx")
    import_exchange(tmp_path / "a.qdpx", tmp_path / "b.tekstur")
    with open_project(tmp_path / "b.tekstur") as db:
        export_exchange(db, tmp_path / "b.qdpx")
    assert qde(tmp_path / "b.qdpx") == qde(tmp_path / "a.qdpx")


def test_the_nvivo_sample_round_trips_with_its_guids(
    tmp_path: Path, project_schema: etree.XMLSchema
) -> None:
    source = SAMPLES / "DEpt-metagenom+pyqdpx__oltas.qdpx"
    if not source.exists():
        pytest.skip("the NVivo sample is not available")
    nvivo = Path(shutil.copy(source, tmp_path / "nvivo.qdpx"))
    import_exchange(nvivo, tmp_path / "a.tekstur")
    with open_project(tmp_path / "a.tekstur") as db:
        export_exchange(db, tmp_path / "a.qdpx")
        first = snapshot(db)
    assert project_schema.validate(etree.fromstring(qde(tmp_path / "a.qdpx")))
    import_exchange(tmp_path / "a.qdpx", tmp_path / "b.tekstur")
    with open_project(tmp_path / "b.tekstur") as db:
        second = snapshot(db)
    for part in ROUND_TRIP:
        assert second[part] == first[part], part
    assert len(second["codings"]) == 97


def test_a_codebook_export_validates_and_keeps_folders(tmp_path: Path) -> None:
    schema = SCHEMA_DIR / "Codebook.xsd"
    if not schema.exists():
        pytest.skip("the REFI-QDA schemas are not available")
    source = tmp_path / "kilde.qdpx"
    from tests.importers.refi.refi_project import full_project

    import_exchange(full_project().qdpx(source), tmp_path / "p.tekstur")
    with open_project(tmp_path / "p.tekstur") as db:
        summary = export_exchange(db, tmp_path / "koder.qdc")
    document = etree.parse(str(tmp_path / "koder.qdc"))
    assert etree.XMLSchema(etree.parse(str(schema))).validate(document)
    ns = {"c": "urn:QDA-XML:codebook:1.0"}
    codable = {c.get("name"): c.get("isCodable") for c in document.iterfind(".//c:Code", ns)}
    assert codable == {"Temaer": "false", "Tillid": "true", "Mistillid": "true", "Økonomi": "true"}
    assert summary.counts["codes"] == 4


def test_a_failed_export_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with create_project(tmp_path / "a.tekstur") as db:
        build_native_project(db)
        export_exchange(db, tmp_path / "ud.qdpx")
        before = (tmp_path / "ud.qdpx").read_bytes()

        def broken(*args: object, **kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(zipfile.ZipFile, "writestr", broken)
        with pytest.raises(OSError, match="No space left"):
            export_exchange(db, tmp_path / "ud.qdpx")
            export_exchange(db, tmp_path / "ny.qdpx")
        with pytest.raises(OSError, match="No space left"):
            export_exchange(db, tmp_path / "ny.qdpx")
    assert (tmp_path / "ud.qdpx").read_bytes() == before  # the earlier export is untouched
    assert not [p.name for p in tmp_path.iterdir() if "qdpx" in p.name and p.name != "ud.qdpx"]
