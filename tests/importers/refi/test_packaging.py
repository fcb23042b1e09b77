"""How producers package a project: file names, folders, bare .qde files, paths outside."""

from __future__ import annotations

from pathlib import Path

from importers.refi.project_store import import_exchange
from models.database import open_project
from tests.importers.refi.refi_files import NS, S1, Built, coding, selection
from tests.importers.refi.refi_project import full_project
from tests.importers.refi.snapshot import code_paths, snapshot


def test_a_qde_named_after_the_project_in_a_lower_case_sources_folder(tmp_path: Path) -> None:
    archive = full_project().qdpx(tmp_path / "f.qdpx", qde_name="Forsøg æøå.qde", folder="sources")
    summary = import_exchange(archive, tmp_path / "p.tekstur")
    assert summary.counts["sources"] == 4  # the relative file is not beside this archive
    assert summary.counts["codings"] == 8
    assert any("noter.txt was not found" in str(s) for s in summary.skipped)


def test_a_bare_qde_reads_its_sources_from_the_folder_beside_it(tmp_path: Path) -> None:
    built = full_project("NVivo 12", utf16=True)
    (tmp_path / "Sources").mkdir()
    for name, data in built.files.items():
        (tmp_path / "Sources" / name.lower()).write_bytes(data)
    (tmp_path / "noter.txt").write_text("Noter fra mødet 📝: aftale om opfølgning.")
    qde = tmp_path / "Forsøg.qde"
    qde.write_text(built.xml, encoding="utf-8")
    summary = import_exchange(qde, tmp_path / "p.tekstur")
    assert summary.counts["sources"] == 5 and summary.counts["codings"] == 9


def test_an_absolute_path_to_a_text_file(tmp_path: Path) -> None:
    text = tmp_path / "andetsteds" / "svar æøå.txt"
    text.parent.mkdir()
    text.write_text("Svar: glad 😀\r\nSlut", encoding="utf-8")
    code = "c0de0000-0000-4000-8000-0000000000cc"
    xml = (
        f'<Project xmlns="{NS}" name="Abs" origin="Tekstur">'
        f'<CodeBook><Codes><Code guid="{code}" name="Glæde" isCodable="true"/></Codes></CodeBook>'
        f'<Sources><TextSource guid="{S1}" name="Svar" plainTextPath="absolute://{text}">'
        + selection(
            "5e100000-0000-4000-8000-0000000000cc",
            (6, 12),
            coding(
                "c0d10000-0000-4000-8000-0000000000cc", code, "0a1b2c3d-0000-4000-8000-0000000000cc"
            ),
        )
        + f'</TextSource><TextSource guid="{S1[:-1]}9" name="Billede" '
        'plainTextPath="absolute:///etc/hostname.png"/></Sources></Project>'
    )
    summary = import_exchange(Built(xml).qdpx(tmp_path / "abs.qdpx"), tmp_path / "p.tekstur")
    with open_project(tmp_path / "p.tekstur") as db:
        snap = snapshot(db)
    ((_, name, body, _, _),) = snap["documents"]
    assert (name, body) == ("Svar", "Svar: glad 😀\nSlut")
    assert [body[c[2] : c[3]] for c in snap["codings"]] == ["glad 😀"]
    assert any("only plain-text (.txt)" in str(s) for s in summary.skipped)
    assert [name for _, name in snap["coders"]] == ["REFI-QDA import"]


def test_atlas_flat_names_become_a_tree_and_a_coding_pseudo_user_stays(tmp_path: Path) -> None:
    atlas = "c32a2bd5-537f-4838-8b17-df9efbafdf4b"
    codes = ("aaaa0000-0000-4000-8000-000000000001", "aaaa0000-0000-4000-8000-000000000002")
    xml = (
        f'<Project xmlns="{NS}" name="Atlas" origin="ATLAS.ti 9">'
        f'<Users><User guid="{atlas.upper()}" name="ATLAS.ti"/></Users><CodeBook><Codes>'
        f'<Code guid="{codes[0]}" name="Følelser::Glæde" isCodable="true"/>'
        f'<Code guid="{codes[1]}" name="Følelser" isCodable="true" color="#123456"/>'
        f'</Codes></CodeBook><Sources><TextSource guid="{S1}" name="Å">'
        "<PlainTextContent>Glad 😀 dag</PlainTextContent>"
        + selection(
            "5e100000-0000-4000-8000-0000000000dd",
            (0, 6),
            coding("c0d10000-0000-4000-8000-0000000000dd", codes[0], atlas),
        )
        + "</TextSource></Sources></Project>"
    )
    summary = import_exchange(Built(xml).qdpx(tmp_path / "a.qdpx"), tmp_path / "p.tekstur")
    with open_project(tmp_path / "p.tekstur") as db:
        paths = sorted(code_paths(db).values())
        snap = snapshot(db)
    assert paths == ["Følelser", "Følelser/Glæde"]
    assert ("aaaa0000-0000-4000-8000-000000000002", "Følelser", "#123456", "", True) in snap[
        "codes"
    ]
    assert [c[4:] for c in snap["codings"]] == [("Følelser/Glæde", "ATLAS.ti")]
    assert summary.counts["users"] == 1 and not summary.skipped


def test_a_variable_of_cases_and_sources_and_a_picture_with_a_text_description(
    tmp_path: Path,
) -> None:
    variable, case = "fa000000-0000-4000-8000-0000000000ee", "ca5e0000-0000-4000-8000-0000000000ee"
    value = (
        f'<VariableValue><VariableRef targetGUID="{variable}"/>'
        "<TextValue>R2</TextValue></VariableValue>"
    )
    xml = (
        f'<Project xmlns="{NS}" name="Billeder" origin="MAXQDA 2022">'
        f'<Variables><Variable guid="{variable}" name="Runde" typeOfVariable="Text"/></Variables>'
        f'<Cases><Case guid="{case}" name="Åse">{value}</Case></Cases>'
        f'<Sources><PictureSource guid="{S1}" name="Tegning æøå.jpg" path="internal://x.jpg">'
        f'<TextDescription guid="{S1[:-1]}9"><PlainTextContent>Et hus 🏠 ved havet'
        f"</PlainTextContent></TextDescription>{value}</PictureSource></Sources></Project>"
    )
    summary = import_exchange(Built(xml).qdpx(tmp_path / "b.qdpx"), tmp_path / "p.tekstur")
    with open_project(tmp_path / "p.tekstur") as db:
        snap = snapshot(db)
    assert [(d[1], d[2]) for d in snap["documents"]] == [("Tegning æøå.jpg", "Et hus 🏠 ved havet")]
    assert sorted((a[1], a[3]) for a in snap["attributes"]) == [
        ("Runde", "case"),
        ("Runde", "document"),
    ]
    assert variable in {a[0] for a in snap["attributes"]}
    assert sorted(snap["values"]) == [("Runde", "Tegning æøå.jpg", "R2"), ("Runde", "Åse", "R2")]
    assert summary.counts["variables"] == 2 and not summary.skipped


def test_an_imported_project_passes_tekstur_check(tmp_path: Path) -> None:
    from models.integrity import check_project

    archive = full_project("NVivo 12", utf16=True).qdpx(tmp_path / "f.qdpx")
    import_exchange(archive, tmp_path / "p.tekstur")
    with open_project(tmp_path / "p.tekstur") as db:
        assert check_project(db) == []
