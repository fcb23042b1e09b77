"""Importing a REFI-QDA project with one of everything: what lands where, on which text."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from importers.refi.project_store import import_exchange
from importers.refi.summary import ImportSummary
from models.cases import AttributeDefinition, AttributeType
from models.database import open_project
from models.documents import Document
from tests.importers.refi.refi_files import (
    C_TILLID,
    CASE1,
    INTERVIEW,
    LINK_KEPT,
    NOTES,
    S1,
)
from tests.importers.refi.refi_project import full_project, relative_file_text
from tests.importers.refi.snapshot import snapshot

LF_INTERVIEW = INTERVIEW.replace("\r\n", "\n")
PRODUCERS = [("MAXQDA 24 (Release 24.7.0)", False), ("NVivo for Windows 14", True)]


def imported(
    tmp_path: Path, target: str | Path, origin: str, utf16: bool
) -> tuple[ImportSummary, dict[str, Any]]:
    archive = full_project(origin, utf16).qdpx(tmp_path / "forsøg.qdpx")
    (tmp_path / "noter.txt").write_bytes(relative_file_text())
    summary = import_exchange(archive, target)
    with open_project(target) as db:
        return summary, snapshot(db)


@pytest.mark.parametrize(("origin", "utf16"), PRODUCERS)
def test_every_selection_lands_on_the_text_the_producer_coded(
    tmp_path: Path, origin: str, utf16: bool
) -> None:
    _, snap = imported(tmp_path, tmp_path / "p.tekstur", origin, utf16)
    texts = {name: text for _, name, text, _, _ in snap["documents"]}
    coded = sorted({(doc, texts[doc][start:end]) for _, doc, start, end, _, _ in snap["codings"]})
    assert coded == [
        ("Interview R1 æøå", "Godt 🙂 – jeg er glad for praktikken."),
        ("Interview R1 æøå", "Søren sagde cafe\u0301 😀"),
        ("Interview R1 æøå", "Tak 👍🏽 for i dag."),
        ("Interview R1 æøå (2)", "Færre sager giver tid."),
        ("Lyd.m4a", "Jeg hedder Åse 😊"),
        ("Noter", "aftale om opfølgning"),
        ("Rapport.pdf", "🧾 Færre sager"),
    ]
    assert "\r" not in texts["Interview R1 æøå"] and not texts["Interview R1 æøå"].startswith(
        "\ufeff"
    )


def test_counts_and_what_was_skipped(tmp_path: Path) -> None:
    summary, _ = imported(tmp_path, tmp_path / "p.tekstur", *PRODUCERS[0])
    assert summary.counts == {
        "users": 2,
        "codes": 4,
        "sources": 5,
        "selections": 8,
        "codings": 9,
        "cases": 2,
        "variables": 7,
        "notes": 7,
        "sets": 1,
        "links": 1,
    }
    skipped = {s.item: s.reason for s in summary.skipped}
    assert skipped["picture source 'Tegning.jpg'"].startswith("it has no text representation")
    assert "is not in forsøg.qdpx" in skipped["text source 'Mangler'"]
    assert "area or a time" in skipped["1 PDF selection(s) in PDF source 'Rapport.pdf'"]
    assert skipped["1 note(s) in set 'Udvalgte'"] == "Tekstur's sets hold no notes"
    notices = [str(n) for n in summary.notices]
    assert "source 'Interview R1 æøå': renamed to 'Interview R1 æøå (2)' (the name was taken)" in (
        notices
    )
    assert any("4 selections of 3 distinct spans merged" in n for n in notices)


def test_repeated_selections_become_one_span_with_every_coding(tmp_path: Path) -> None:
    _, snap = imported(tmp_path, tmp_path / "p.tekstur", *PRODUCERS[1])
    start = LF_INTERVIEW.index("Godt 🙂")
    first = [c for c in snap["codings"] if c[1] == "Interview R1 æøå" and c[2] == start]
    assert len({(c[2], c[3]) for c in first}) == 1
    assert sorted((c[4], c[5]) for c in first) == [
        ("Temaer/Mistillid", "Bjørn"),
        ("Temaer/Tillid", "Åse Ærø"),
        ("Økonomi", "Bjørn"),
    ]


def test_codes_users_cases_and_typed_variables(tmp_path: Path) -> None:
    target = tmp_path / "p.tekstur"
    _, snap = imported(tmp_path, target, *PRODUCERS[0])
    assert ("c0de0000-0000-4000-8000-000000000001", "Temaer", "#7f8c8d", "", False) in (
        snap["codes"]
    )
    assert (C_TILLID, "Temaer/Tillid", "#ff0000", "Borgerens tillid", True) in snap["codes"]
    assert ("c0de0000-0000-4000-8000-000000000004", "Økonomi", "#00aa00", "", True) in snap["codes"]
    assert [name for _, name in snap["coders"]] == ["Åse Ærø", "Bjørn"]
    assert {(d[1], d[4]) for d in snap["documents"] if d[4]} == {
        ("Interview R1 æøå", "Borger Søren"),
        ("Interview R1 æøå (2)", "Leder"),
    }
    start = LF_INTERVIEW.index("Tak 👍🏽")
    turn = ("Interview R1 æøå", start, start + len("Tak 👍🏽 for i dag."), "Borger Søren")
    assert (*turn, "Borger Søren") in snap["turns"]
    values = {(name, owner): value for name, owner, value in snap["values"]}
    assert values == {
        ("Rolle", "Borger Søren"): "Borger",
        ("Rolle", "Leder"): "Leder",
        ("Samtykke", "Borger Søren"): "True",
        ("Alder", "Borger Søren"): "47.0",
        ("Score", "Borger Søren"): "3.25",
        ("Dato", "Borger Søren"): str(date(2019, 3, 1)),
        ("Tidspunkt", "Borger Søren"): "2019-03-01T10:15:00Z",
        ("Runde", "Interview R1 æøå"): "R1",
    }
    with open_project(target) as db, db.read() as connection:
        kinds = {
            row.name: (row.type, row.exchange_type, row.target)
            for row in connection.execute(select(AttributeDefinition))
        }
        description = connection.execute(
            select(Document.description).where(Document.guid == S1)
        ).scalar()
    assert kinds["Alder"][:2] == (AttributeType.NUMBER, "Integer")
    assert kinds["Tidspunkt"][:2] == (AttributeType.TEXT, "DateTime")
    assert kinds["Runde"][2] == "document"
    assert description == "Første runde"


def test_notes_become_memos_and_annotations_where_they_were_attached(tmp_path: Path) -> None:
    _, snap = imported(tmp_path, tmp_path / "p.tekstur", *PRODUCERS[0])
    memos = {guid: where for guid, _, _, where in snap["memos"]}
    assert memos == {
        NOTES["project"]: "project",
        NOTES["free"]: "project",
        NOTES["code"]: "code_id:Temaer/Tillid",
        NOTES["source"]: "document_id:Interview R1 æøå",
        NOTES["coding"]: f"coding:Interview R1 æøå:{LF_INTERVIEW.index('Søren')}:Temaer/Tillid",
        NOTES["case"]: "case_id:Borger Søren",
    }
    assert [(a[0], a[4]) for a in snap["annotations"]] == [(NOTES["span"], "Notat om span: æøå 🙂")]
    assert snap["sets"] == [
        (
            "5e700000-0000-4000-8000-000000000001",
            "Udvalgte",
            ("code_id:Temaer/Tillid", "document_id:Interview R1 æøå"),
        )
    ]
    assert snap["links"] == [(LINK_KEPT, "handler om", "OneWay", NOTES["project"], S1)]
    assert snap["project"] == ("Forsøg æøå", "Et forsøg med færre sager")
    assert CASE1 in {guid for guid, _, _ in snap["cases"]}


def test_the_same_file_imports_the_same_on_postgresql(project_target: str, tmp_path: Path) -> None:
    summary, snap = imported(tmp_path, project_target, *PRODUCERS[1])
    _, on_sqlite = imported(tmp_path, tmp_path / "sqlite.tekstur", *PRODUCERS[1])
    assert summary.counts["codings"] == 9
    assert snap == on_sqlite
