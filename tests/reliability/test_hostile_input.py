"""Hostile input: every reader refuses what it cannot read with its own error, and stores
nothing of it.

Arbitrary bytes and structured-but-wrong files (truncated and bombed ZIPs, entity bombs,
wrong encodings, NUL bytes, enormous lines, unbalanced RTF braces, bad subtitle times, odd
spreadsheet cells) either read or raise the importer's refusal error — never anything else,
and never slowly. Refused files leave the project exactly as it was.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.fault_operations import fingerprint
from bench.fuzz_inputs import BILLION_LAUGHS, EXTERNAL_ENTITY
from importers.batch import import_files
from importers.formats import SUPPORTED_SUFFIXES, read_document
from importers.project_merge import MergeError, merge_codings
from importers.refi.exchange_model import ExchangeImportError
from importers.refi.project_store import import_exchange
from importers.refi.qdc_reader import read_qdc
from importers.result import ImportRefusedError
from importers.spreadsheet import read_table
from importers.transcript import build_transcript
from models.codebook_spec import CodebookFileError
from models.commands import AddDocument, apply_command
from models.database import ProjectDatabase, create_project
from tests.importers.file_builders import docx_from_body, odt_of, paragraph, zip_bomb, zip_of
from tests.reliability import tally

LENIENT = settings(
    max_examples=30,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
TEXT = "I: Hvordan går det med borgeren?\nSA: Det går fint, æøå og 😀.\n"


def _read_or_refuse(data: bytes, name: str) -> None:
    with tally.attempt("hostile inputs"):
        try:
            build_transcript(read_document(data, name).blocks)
        except ImportRefusedError as refusal:
            assert name in str(refusal), "a refusal names the file"


@LENIENT
@given(st.sampled_from(SUPPORTED_SUFFIXES), st.binary(max_size=3000))
def test_arbitrary_bytes_are_read_or_refused(suffix: str, data: bytes) -> None:
    _read_or_refuse(data, f"Interview 7{suffix}")


@LENIENT
@given(
    st.sampled_from([".txt", ".md", ".vtt", ".srt", ".rtf", ".html"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.sampled_from(["utf-8", "utf-16-le", "utf-16", "cp1252", "latin-1", "utf-32"]),
)
def test_arbitrary_text_in_any_encoding_is_read_or_refused(
    suffix: str, text: str, encoding: str
) -> None:
    _read_or_refuse(text.encode(encoding, errors="replace"), f"Interview 8{suffix}")


def _docx(xml: bytes) -> bytes:
    good = docx_from_body(paragraph("Hej"))
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = xml
    return zip_of(members)


STRUCTURED = {
    "truncated docx": ("a.docx", docx_from_body(paragraph("Hej æøå"))[:300]),
    "docx bomb": ("b.docx", zip_bomb("word/document.xml", 24)),
    "docx billion laughs": ("c.docx", _docx(BILLION_LAUGHS)),
    "docx external entity": ("d.docx", _docx(EXTERNAL_ENTITY)),
    "odt billion laughs": ("e.odt", zip_of({"mimetype": b"x", "content.xml": BILLION_LAUGHS})),
    "truncated odt": ("f.odt", odt_of("<text:p>Hej</text:p>")[:-40]),
    "utf-16 without bom": ("g.txt", TEXT.encode("utf-16-le")),
    "nul bytes": ("h.txt", b"I: Hej\x00\x00 med dig\n"),
    "enormous line": ("i.txt", ("I: " + "ord " * 500_000).encode()),
    "rtf unbalanced open": ("j.rtf", b"{\\rtf1\\ansi {{{{ Hej {\\b med" * 200),
    "rtf unbalanced close": ("k.rtf", b"{\\rtf1 Hej}}}}}} \\u-5000? \\'zz }"),
    "rtf deep nesting": ("l.rtf", b"{\\rtf1 " + b"{" * 100_000 + b"x" + b"}" * 100_000),
    "srt bad times": ("m.srt", b"1\n00:00:99,000 --> 00:00:01,000\nHej\n"),
    "srt end before start": ("n.srt", b"1\n00:00:05,000 --> 00:00:01,000\nHej\n"),
    "vtt huge hours": ("o.vtt", b"WEBVTT\n\n99999999999999:00:00.000 --> 1:00:00.000\nHej\n"),
    "html billion laughs": ("p.html", BILLION_LAUGHS),
    "pdf header only": ("q.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"),
    "pdf truncated": ("r.pdf", b"%PDF-1.4\n" + b"0" * 50),
}


@pytest.mark.parametrize("case", list(STRUCTURED))
def test_structured_but_wrong_files_are_read_or_refused(case: str) -> None:
    name, data = STRUCTURED[case]
    _read_or_refuse(data, name)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectDatabase]:
    with create_project(tmp_path / "fjendtlig.tekstur") as db:
        apply_command(db, AddDocument("Interview 1", TEXT))
        yield db


REFUSED_IN_BATCH = (
    "truncated docx",
    "docx bomb",
    "docx billion laughs",
    "truncated odt",
    "nul bytes",
    "srt end before start",
    "pdf truncated",
)


def test_a_batch_of_refused_files_stores_nothing(project: ProjectDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "indbakke"
    folder.mkdir()
    for case in REFUSED_IN_BATCH:  # fewer than eight files: read in this process
        name, data = STRUCTURED[case]
        (folder / name).write_bytes(data)
    before = fingerprint(project)
    report = import_files(project, [folder])
    assert report.count("refused") == len(REFUSED_IN_BATCH)
    for outcome in report.outcomes:
        assert outcome.path.name in outcome.message
    assert fingerprint(project) == before


QDPX = {
    "not a zip": b"PK\x03\x04 this is no archive",
    "bomb": zip_bomb("project.qde", 24),
    "billion laughs": zip_of({"project.qde": BILLION_LAUGHS}),
    "external entity": zip_of({"project.qde": EXTERNAL_ENTITY}),
    "no project": zip_of({"sources/a.txt": b"Hej"}),
    "escaping member": zip_of({"../project.qde": b"<Project/>", "project.qde": b"<x"}),
}


@pytest.mark.parametrize("case", list(QDPX))
def test_hostile_qdpx_is_refused_and_nothing_is_stored(
    case: str, project: ProjectDatabase, tmp_path: Path
) -> None:
    source = tmp_path / "anden koder.qdpx"
    source.write_bytes(QDPX[case])
    tally.tried["hostile inputs"] += 1
    before = fingerprint(project)
    with pytest.raises(MergeError, match=re.escape("anden koder.qdpx")):
        merge_codings(project, source, "Ane")
    assert fingerprint(project) == before
    with pytest.raises(ExchangeImportError, match=re.escape("anden koder.qdpx")):
        import_exchange(source, tmp_path / "nyt.tekstur")
    assert not (tmp_path / "nyt.tekstur").exists()
    with pytest.raises(CodebookFileError, match=re.escape("anden koder.qdpx")):
        read_qdc(source)
    tally.survived["hostile inputs"] += 1


def test_a_damaged_deflate_stream_in_a_qdpx_codebook_is_refused(tmp_path: Path) -> None:
    # Found by fuzzing: zlib's error escaped read_qdc instead of a CodebookFileError.
    xml = b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x">' * 40
    archive = bytearray(zip_of({"project.qde": xml + b"</Project>"}))
    data_start = 30 + len("project.qde")
    archive[data_start : data_start + 12] = b"\xff" * 12
    source = tmp_path / "beskadiget.qdpx"
    source.write_bytes(bytes(archive))
    with pytest.raises(CodebookFileError, match=re.escape("beskadiget.qdpx")):
        read_qdc(source)


SHEETS = {
    "odd cells.csv": b'Navn;Alder;Dato\nAne;=1+1;32.13.2020\n;;\n"uafsluttet;1;2\n',
    "nul.csv": b"Navn;Alder\nAne\x00;3\n",
    "one column.csv": b"Navn\n" + b"x" * 200_000 + b"\n",
    "broken.xlsx": zip_of({"xl/workbook.xml": b"<workbook"}),
    "bomb.xlsx": zip_bomb("xl/worksheets/sheet1.xml", 24),
    "empty.xlsx": b"",
    "text.xlsx": TEXT.encode(),
}


@pytest.mark.parametrize("name", list(SHEETS))
def test_spreadsheets_with_odd_cells_are_read_or_refused(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(SHEETS[name])
    with tally.attempt("hostile inputs"):
        try:
            read_table(path)
        except ImportRefusedError as refusal:
            assert name in str(refusal)
