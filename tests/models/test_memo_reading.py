"""Reading memos with their targets, annotations, and the codings at a position."""

from __future__ import annotations

from models.commands import AddAnnotation, AddMemo, EditMemo, apply_command
from models.database import ProjectDatabase
from models.memo_reading import (
    annotation_rows,
    code_summary,
    codings_at,
    excerpt,
    memo_on,
    memo_row,
    memo_rows,
    target_name,
)
from tests.models.sample_project import CITIZEN, FOCUS_GROUP, populate, span


def test_every_memo_names_its_target(db: ProjectDatabase) -> None:
    sample = populate(db)
    rows = {row.text: row for row in memo_rows(db)}
    assert len(rows) == 5
    project = rows["Projektets første memo – æøå."]
    assert (project.target, project.target_id, project.target_name) == (None, None, "")
    assert project.title == "Om projektet" and project.coder == "ane"
    code = rows["Definition: borgerens tillid til sagsbehandleren."]
    assert (code.target, code.target_name) == ("code_id", "Borgerrelationer/Tillid")
    coding = rows["Usikker kodning."]
    assert (coding.target, coding.target_id) == ("coding_id", sample.coding_ids[1])
    assert (coding.target_name, coding.document_name) == (
        "Borgerrelationer/Tillid",
        "Fokusgruppe R1 forsøg",
    )
    assert rows["Interviewet blev afbrudt."].target_name == "Borgerinterview R3"
    assert rows["Har haft tre sagsbehandlere."].target_name == "Borger 3"


def test_newest_change_first_and_search_ignores_case(db: ProjectDatabase) -> None:
    populate(db)
    first = memo_rows(db)[-1]
    apply_command(db, EditMemo(first.id, first.text + " Ændret.", title="Øverst"))
    assert memo_rows(db)[0].title == "Øverst"
    assert [r.text for r in memo_rows(db, "ÆØÅ")] == ["Projektets første memo – æøå. Ændret."]
    assert [r.target_name for r in memo_rows(db, "borger 3")] == ["Borger 3"]
    assert {r.target for r in memo_rows(db, "tillid")} == {"code_id", "coding_id"}
    assert memo_rows(db, "findes ikke") == []


def test_memo_on_a_target_and_by_id(db: ProjectDatabase) -> None:
    sample = populate(db)
    on_case = memo_on(db, "case_id", sample.case_citizen)
    assert on_case is not None and on_case.text == "Har haft tre sagsbehandlere."
    assert memo_on(db, "case_id", sample.case_a) is None
    project = memo_on(db, None, None)
    assert project is not None and project.title == "Om projektet"
    apply_command(db, AddMemo("Endnu et projektmemo"))
    again = memo_on(db, None, None)
    assert again is not None and again.id == project.id
    assert memo_row(db, project.id) == project
    assert memo_row(db, 9999) is None


def test_codings_at_a_position_shortest_first(db: ProjectDatabase) -> None:
    sample = populate(db)
    start, end = span(FOCUS_GROUP, "Vi når at lære borgeren at kende 😀")
    found = codings_at(db, sample.focus_group, start + 3)
    assert [(r.code_path, r.coder, r.start, r.end) for r in found] == [
        ("Borgerrelationer/Tillid", "jonas", start, end)
    ]
    assert found[0].excerpt == "Vi når at lære borgeren at kende 😀"
    assert codings_at(db, sample.focus_group, end) == []
    assert [r.coder for r in codings_at(db, sample.focus_group, end - 1)] == ["jonas"]
    emoji = CITIZEN.index("👍🏽")
    assert [r.excerpt for r in codings_at(db, sample.citizen, emoji)] == ["👍🏽 Det er trygt."]


def test_annotations_of_a_document_and_at_a_position(db: ProjectDatabase) -> None:
    sample = populate(db)
    apply_command(db, AddAnnotation(sample.focus_group, 0, 2, "Interviewer"))
    rows = annotation_rows(db, sample.focus_group)
    assert [(r.text, r.excerpt) for r in rows] == [
        ("Interviewer", "I:"),
        ("Hvor mange?", "måneder"),
    ]
    assert rows[1].coder == "ane" and rows[0].coder is None
    start = FOCUS_GROUP.index("måneder")
    assert [r.text for r in annotation_rows(db, sample.focus_group, start + 2)] == ["Hvor mange?"]
    assert annotation_rows(db, sample.citizen) == []


def test_excerpt_is_one_line_and_short() -> None:
    text = "Første linje\nanden   linje æøå " + "x" * 100
    assert excerpt(text, 0, 22) == "Første linje anden l"
    cut = excerpt(text, 0, len(text), 30)
    assert cut == "Første linje anden linje æøå…"


def test_target_names(db: ProjectDatabase) -> None:
    sample = populate(db)
    assert target_name(db, None, None) == ("", "")
    assert target_name(db, "document_id", sample.citizen) == ("Borgerinterview R3", "")
    assert target_name(db, "case_id", sample.case_citizen) == ("Borger 3", "")
    assert target_name(db, "code_id", sample.trust) == ("Borgerrelationer/Tillid", "")
    assert target_name(db, "coding_id", sample.coding_ids[2]) == (
        "Opgavekompetencer/Lægelige oplysninger",
        "Fokusgruppe R1 forsøg",
    )
    assert target_name(db, "coding_id", 9999) == ("", "")


def test_code_summary(db: ProjectDatabase) -> None:
    sample = populate(db)
    assert code_summary(db, sample.trust) == ("Borgerrelationer/Tillid", "", "#2e86c1")
    assert code_summary(db, 9999) is None
