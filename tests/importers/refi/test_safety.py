"""Files that must not hurt: escaping ZIP entries, links, bombs, entities, dangling GUIDs,
and failures that must leave no half-made project behind."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import inspect

import importers.refi.project_store as project_store
from importers.refi.exchange_model import ExchangeImportError
from importers.refi.project_store import import_exchange
from models.database import ProjectDatabase, ProjectError, ProjectLocation
from models.progress import OperationCancelledError
from tests.importers.refi.refi_files import NS, Built, coding, selection
from tests.importers.refi.refi_project import full_project

TEXT = "Borger: Jeg er glad 😀 for det."
CODE = "c0de0000-0000-4000-8000-0000000000aa"
SOURCE = "50000000-0000-4000-8000-0000000000aa"


def small_project(extra_sources: str = "", extra: str = "") -> str:
    return (
        f'<Project xmlns="{NS}" name="Lille æøå" origin="Tekstur">'
        f'<CodeBook><Codes><Code guid="{CODE}" name="Glæde" isCodable="true"/></Codes></CodeBook>'
        f'<Sources><TextSource guid="{SOURCE}" name="Svar" plainTextPath="internal://{SOURCE}.txt">'
        + selection(
            "5e100000-0000-4000-8000-0000000000aa",
            (8, 19),
            coding(
                "c0d10000-0000-4000-8000-0000000000aa", CODE, "0a1b2c3d-0000-4000-8000-0000000000ff"
            ),
        )
        + f"</TextSource>{extra_sources}</Sources>{extra}</Project>"
    )


def write_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def test_escaping_entries_and_links_are_never_read(tmp_path: Path) -> None:
    link = zipfile.ZipInfo(f"sources/{SOURCE}.txt")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = write_zip(
        tmp_path / "farlig.qdpx",
        [
            ("project.qde", small_project().encode()),
            ("../uden-for.txt", b"escaped"),
            ("/etc/absolut.txt", b"absolute"),
            (link, b"/etc/passwd"),
        ],
    )
    summary = import_exchange(archive, tmp_path / "p.tekstur")
    reasons = {s.item: s.reason for s in summary.skipped}
    assert "leaves the archive" in reasons["archive entry '../uden-for.txt'"]
    assert "absolute path" in reasons["archive entry '/etc/absolut.txt'"]
    assert "symbolic link" in reasons[f"archive entry 'sources/{SOURCE}.txt'"]
    assert "is not in farlig.qdpx" in reasons["text source 'Svar'"]
    assert summary.counts["sources"] == 0 and summary.counts["codes"] == 1
    assert not (tmp_path.parent / "uden-for.txt").exists()


def test_a_zip_bomb_is_refused_before_anything_is_created(tmp_path: Path) -> None:
    archive = write_zip(
        tmp_path / "bombe.qdpx",
        [("project.qde", small_project().encode()), (f"sources/{SOURCE}.txt", bytes(30 << 20))],
    )
    with pytest.raises(ExchangeImportError, match=r"bombe\.qdpx: refused as a possible ZIP bomb"):
        import_exchange(archive, tmp_path / "p.tekstur")
    assert not (tmp_path / "p.tekstur").exists()


@pytest.mark.parametrize(
    "head",
    [
        '<!DOCTYPE Project [<!ENTITY a "æøå"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_entities_are_refused_never_expanded(tmp_path: Path, head: str) -> None:
    xml = small_project(extra="<Description>&b;&x;</Description>")
    archive = write_zip(tmp_path / "entiteter.qdpx", [("project.qde", (head + xml).encode())])
    with pytest.raises(ExchangeImportError, match="declares a document type or entities"):
        import_exchange(archive, tmp_path / "p.tekstur")
    assert not (tmp_path / "p.tekstur").exists()


def test_references_to_nothing_are_skipped_with_a_message(tmp_path: Path) -> None:
    nowhere = "deadbeef-0000-4000-8000-000000000000"
    extra = (
        f'<Cases><Case guid="ca5e0000-0000-4000-8000-0000000000aa" name="Åse">'
        f'<VariableValue><VariableRef targetGUID="{nowhere}"/><TextValue>x</TextValue>'
        f'</VariableValue><SourceRef targetGUID="{nowhere}"/></Case></Cases>'
    )
    sources = (
        f'<TextSource guid="{SOURCE[:-2]}bb" name="Andet"><PlainTextContent>{TEXT}'
        "</PlainTextContent>"
        + selection(
            "5e100000-0000-4000-8000-0000000000bb",
            (0, 6),
            coding(
                "c0d10000-0000-4000-8000-0000000000bb",
                nowhere,
                "0a1b2c3d-0000-4000-8000-0000000000ff",
            ),
        )
        + f'<NoteRef targetGUID="{nowhere}"/></TextSource>'
    )
    xml = small_project(sources, extra)
    xml = xml.replace(
        "</Sources>",
        f'</Sources><Sets><Set guid="{nowhere[:-1]}1" name="S">'
        f'<MemberCode targetGUID="{nowhere}"/></Set></Sets>',
    )
    built = Built(xml, {f"{SOURCE}.txt": TEXT.encode()})
    summary = import_exchange(
        built.qdpx(tmp_path / "huller.qdpx", folder="sources"), tmp_path / "p.tekstur"
    )
    reasons = [str(s) for s in summary.skipped]
    assert any(f"refers to code {nowhere}" in r for r in reasons)
    assert any(f"note {nowhere} of source 'Andet': no such note" in r for r in reasons)
    assert any("a value of case 'Åse': it refers to no variable" in r for r in reasons)
    assert any(f"source {nowhere} of case 'Åse'" in r for r in reasons)
    assert any("1 code(s) in set 'S'" in r for r in reasons)
    assert summary.counts["codings"] == 1  # the coding of a real code, by an unknown user
    assert any("is not in the file; another coder is named" in str(n) for n in summary.notices)


def test_a_failure_half_way_leaves_no_project_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> set[str]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(project_store, "store_notes", broken)
    archive = full_project().qdpx(tmp_path / "f.qdpx")
    with pytest.raises(RuntimeError, match="disk full"):
        import_exchange(archive, tmp_path / "p.tekstur")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.qdpx"]


def test_a_cancelled_import_leaves_nothing_on_any_database(
    tmp_path: Path, project_target: str
) -> None:
    def cancel_at_codings(done: int, total: int, what: str) -> None:
        if what == "Storing codings":
            raise OperationCancelledError

    archive = full_project().qdpx(tmp_path / "f.qdpx")
    with pytest.raises(OperationCancelledError):
        import_exchange(archive, project_target, cancel_at_codings)
    location = ProjectLocation.parse(project_target)
    if location.path is not None:
        assert not location.path.exists()
        assert not Path(f"{location.path}-wal").exists()
    else:
        db = ProjectDatabase(location)
        with db.read() as connection:
            assert inspect(connection).get_table_names() == []
        db.close()


def test_an_existing_project_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "findes.tekstur"
    target.write_bytes(b"mine")
    with pytest.raises(ProjectError, match="already exists"):
        import_exchange(full_project().qdpx(tmp_path / "f.qdpx"), target)
    assert target.read_bytes() == b"mine"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 broken", "not a valid .qdpx file"),
        (b"", "the file is empty"),
        (b"<Project><", "not well-formed XML"),
        (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', "not a REFI-QDA project"),
    ],
)
def test_bad_files_are_refused_naming_the_file(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "dårlig.qdpx"
    path.write_bytes(data)
    with pytest.raises(ExchangeImportError) as refused:
        import_exchange(path, tmp_path / "p.tekstur")
    assert str(refused.value).startswith("dårlig.qdpx: ") and message in str(refused.value)
    assert not (tmp_path / "p.tekstur").exists()


def test_an_archive_without_a_project_file(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "tom.qdpx", [("sources/a.txt", b"hej")])
    with pytest.raises(ExchangeImportError, match=r"tom\.qdpx: the archive holds no project\.qde"):
        import_exchange(archive, tmp_path / "p.tekstur")
