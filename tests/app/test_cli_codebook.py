"""``tekstur codebook``: listing, adding and exporting codebooks from the command line."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
from lxml import etree
from sqlalchemy import func, select

from models import Code, Codebook, CodeTranslation
from models.database import open_project
from tests.app.cli_runner import run
from tests.models.sample_project import snapshot
from tests.shared_files import REFI_SCHEMAS

SCHEMA = REFI_SCHEMAS / "Codebook.xsd"


def count(project: str, model: type) -> int:
    with open_project(project) as db, db.read() as connection:
        return int(connection.execute(select(func.count()).select_from(model)).scalar_one())


def test_builtin_lists_every_codebook(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "codebook", "builtin")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 6
    assert any(
        line.startswith("Opgavekompetencer") and "16 codes" in line and "(Task competences)" in line
        for line in lines
    )


def test_add_builtin_then_again_merges(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "codebook", "add", project, "Ledelse og læring")
    assert (status, err) == (0, "")
    assert out == (
        f"Added codebook 'Ledelse og læring' to {project}: 5 new code(s), 0 already there\n"
    )
    status, out, _ = run(capsys, "codebook", "add", project, "leadership and learning")
    assert status == 0 and "0 new code(s), 5 already there" in out
    assert (count(project, Code), count(project, Codebook), count(project, CodeTranslation)) == (
        5,
        1,
        5,
    )


def test_export_and_add_back_every_format(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "codebook", "add", project, "Systemkompetencer")
    qdc = tmp_path / "system.qdc"
    status, out, _ = run(capsys, "codebook", "export", project, str(qdc), "--lang", "en")
    assert status == 0 and out.startswith("Exported 6 code(s) in en to ")
    if SCHEMA.exists():
        schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
        assert schema.validate(etree.parse(str(qdc))), schema.error_log
    assert 'name="System competences"' in qdc.read_text(encoding="utf-8")
    assert (tmp_path / "system.da.json").exists()
    status, out, _ = run(capsys, "codebook", "add", project, str(qdc))
    assert status == 0 and "0 new code(s), 6 already there" in out  # read back in Danish

    xlsx = tmp_path / "kodebog.xlsx"
    assert run(capsys, "codebook", "export", project, str(xlsx))[0] == 0
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None and sheet["A2"].value == "Systemkompetencer"
    status, out, _ = run(capsys, "codebook", "add", project, str(xlsx))
    assert status == 0 and "6 already there" in out

    word = tmp_path / "kodebog.docx"
    assert run(capsys, "codebook", "export", project, str(word), "--lang", "da")[0] == 0
    assert docx.Document(str(word)).paragraphs[0].text == "Kodebog: forsøg"
    assert count(project, Code) == 6


def test_export_one_codebook_only(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "codebook", "add", project, "Systemkompetencer")
    run(capsys, "codebook", "add", project, "Borgerrelationer")
    out = tmp_path / "borger.xlsx"
    status, text, _ = run(
        capsys, "codebook", "export", project, str(out), "--codebook", "Borgerrelationer"
    )
    assert status == 0 and "Exported 10 code(s)" in text
    status, _, err = run(capsys, "codebook", "export", project, str(out), "--codebook", "Nej")
    assert status == 1 and "no codebook called 'Nej'" in err


def test_bad_input_is_one_line_and_changes_nothing(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "codebook", "add", project, "Borgerrelationer")
    with open_project(project) as db:
        before = snapshot(db)
    evil = tmp_path / "ond.qdc"
    evil.write_text(
        '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="&x;" isCodable="true"'
        ' guid="098AC082-A9C7-50F4-9728-48730081A95E"/></Codes></CodeBook>',
        encoding="utf-8",
    )
    broken = tmp_path / "brudt.qdc"
    broken.write_text("<CodeBook", encoding="utf-8")
    table = tmp_path / "farver.csv"
    table.write_text("Sti;Farve\nA;grøn\n", encoding="utf-8")
    cases = [
        (("add", project, str(evil)), "ond.qdc: the file declares a document type"),
        (("add", project, str(broken)), "brudt.qdc: not well-formed XML"),
        (("add", project, str(table)), "farver.csv, row 2: 'grøn' is not a colour"),
        (("add", project, str(tmp_path / "mangler.qdc")), "no such file"),
        (("add", project, "Ukendt kodebog"), "no built-in codebook called 'Ukendt kodebog'"),
        (("export", project, str(tmp_path / "ud.pdf")), "use a .qdc, .xlsx or .docx"),
    ]
    for argv, message in cases:
        status, out, err = run(capsys, "codebook", *argv)
        assert (status, out) == (1, ""), argv
        assert err.startswith("tekstur: ") and message in err and err.count("\n") == 1, err
        assert "root:" not in err
    with open_project(project) as db:
        assert snapshot(db) == before


def test_export_of_an_empty_project(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "codebook", "export", project, str(tmp_path / "tom.qdc"))
    assert status == 1 and "holds no codes" in err
