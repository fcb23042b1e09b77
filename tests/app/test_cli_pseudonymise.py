"""``tekstur pseudonymise``: report, apply a key file, export the key and remove it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from exporters.pseudonym_key import write_key_file
from importers.pseudonym_key import read_key_file
from models import Document
from models.database import ProjectDatabase, create_project, open_project
from models.integrity import check_project
from models.pseudonym_plan import occurrences, replace_terms
from models.pseudonyms import TermDecision, TermSpec, read_terms
from tests.app.cli_runner import run
from tests.models.pseudonym_project import ACCEPTED, CATEGORIES, Planted, plant, spanned_texts
from tests.models.sample_project import snapshot


@pytest.fixture
def project(tmp_path: Path) -> tuple[str, Planted]:
    path = tmp_path / "sagsgennemgang.tekstur"
    with create_project(path, name="Sagsgennemgang") as db:
        planted = plant(db)
    return str(path), planted


def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "nøgle.csv"
    terms = [TermSpec(s, r, CATEGORIES[s]) for s, r in ACCEPTED.items()]
    write_key_file([*terms, TermSpec("kollega", "", "term", TermDecision.REJECTED)], path)
    return path


def texts(db: ProjectDatabase, planted: Planted) -> dict[int, dict[tuple[str, int], str]]:
    return {d: spanned_texts(db, d) for d in (planted.interview, planted.focus_group)}


def test_report_lists_findings_with_replacements_and_changes_nothing(
    project: tuple[str, Planted], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = project
    with open_project(path) as db:
        before = snapshot(db)
    report = tmp_path / "fund.csv"
    status, out, err = run(capsys, "pseudonymise", path, "--report", str(report))
    assert (status, err) == (0, "")
    assert f"wrote {report}" in out
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    toves = [r for r in rows if r["text"] == "Tove"]
    assert {r["document"] for r in toves} == {"Borgerinterview R1", "Fokusgruppe R1"}
    assert len({r["suggested replacement"] for r in toves}) == 1  # one pseudonym everywhere
    assert all(r["suggested replacement"] not in ("", "Tove") for r in toves)
    cpr = next(r for r in rows if r["category"] == "cpr")
    assert cpr["text"] == "010203-1234" and "[010203-1234]" in cpr["context"]
    with open_project(path) as db:
        assert snapshot(db) == before


def test_apply_without_a_mapping_is_refused(
    project: tuple[str, Planted], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = project
    status, out, err = run(capsys, "pseudonymise", path, "--apply")
    assert status == 1 and out == ""
    assert "has no accepted terms" in err
    status, _, err = run(capsys, "pseudonymise", path, "--report", "x.csv", "--doc", "Ingen")
    assert status == 1 and "no document called 'Ingen'" in err


def test_apply_a_key_file_then_export_and_remove_the_mapping(
    project: tuple[str, Planted], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, planted = project
    with open_project(path) as db:
        before = texts(db, planted)
    key = key_file(tmp_path)
    status, out, err = run(capsys, "pseudonymise", path, "--apply", "--mapping", str(key))
    assert (status, err) == (0, "")
    assert "Added 9 term(s) from nøgle.csv to the mapping" in out
    assert "Borgerinterview R1: 11 replacement(s)" in out
    assert "  Søren → Mads ×3" in out
    assert "Fokusgruppe R1: 3 replacement(s)" in out
    with open_project(path) as db:
        after = texts(db, planted)
        assert check_project(db) == []
        with db.read() as connection:
            assert len(read_terms(connection)) == 9
    for document_id, spans in before.items():
        for key_, old in spans.items():
            if key_ != ("codings", planted.cut_coding):
                assert after[document_id][key_].split() == replace_terms(old, ACCEPTED).split()
    exported = tmp_path / "eksport.csv"
    status, out, err = run(
        capsys, "pseudonymise", path, "--export-key", str(exported), "--remove-mapping"
    )
    assert (status, err) == (0, "")
    assert {t.surface for t in read_key_file(exported)} == {*ACCEPTED, "kollega"}
    with open_project(path) as db:
        with db.read() as connection:
            assert read_terms(connection) == []
        with db.read() as connection:
            for text in connection.execute(select(Document.text)).scalars():
                assert all(occurrences(text, s) == [] for s in ACCEPTED)
    # Neither the rewritten text nor the removed mapping leaves a name in the file or its log.
    stored = b"".join(p.read_bytes() for p in Path(path).parent.glob("sagsgennemgang.tekstur*"))
    assert b"Tove" not in stored and b"010203-1234" not in stored
    assert "Søren".encode() not in stored
