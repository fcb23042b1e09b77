"""A consensus coder's codings: set, undone, redone, within a region, cut at its edges."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from models import Coder, Coding
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    CommandError,
    EnsureCodePath,
    EnsureCoder,
    UndoStack,
    apply_command,
)
from models.commands.consensus import SetConsensus, merge_spans
from models.database import ProjectDatabase
from tests.models.sample_project import snapshot

TEXT = (
    "I: Hvordan går det med samarbejdet?\n"
    "Borger: Min sagsbehandler lytter 😀 og ringer tilbage, så jeg føler mig hørt.\n"
    "Borger: Caféen ved jobcentret er blevet mit mødested – det er trygt 👍🏽.\n"
)


def at(passage: str) -> tuple[int, int]:
    start = TEXT.index(passage)
    return start, start + len(passage)


@dataclass
class Project:
    db: ProjectDatabase
    document: int
    code: int
    other_code: int
    consensus: int


@pytest.fixture
def project(db: ProjectDatabase) -> Project:
    add = AddDocument("Borgerinterview R2 – Åse", TEXT)
    apply_command(db, add)
    code, other = EnsureCodePath("Borgerrelationer/Tillid"), EnsureCodePath("Tryghed")
    coder = EnsureCoder("Konsensus")
    for command in (code, other, coder):
        apply_command(db, command)
    assert add.document_id and code.code_id and other.code_id and coder.coder_id
    return Project(db, add.document_id, code.code_id, other.code_id, coder.coder_id)


def add(project: Project, *spans: tuple[int, int], code: int | None = None) -> list[int]:
    command = AddCodings(
        [
            CodingSpan(project.document, code or project.code, project.consensus, s, e)
            for s, e in spans
        ]
    )
    apply_command(project.db, command)
    return command.coding_ids


def codings(
    project: Project, coder: str = "Konsensus", code: int | None = None
) -> list[tuple[int, int, int]]:
    with project.db.read() as connection:
        rows = connection.execute(
            select(Coding.id, Coding.start, Coding.end)
            .join(Coder, Coder.id == Coding.coder_id)
            .where(Coder.name == coder, Coding.code_id == (code or project.code))
            .order_by(Coding.start, Coding.end)
        ).all()
    return [(row[0], row[1], row[2]) for row in rows]


def spans(project: Project, coder: str = "Konsensus") -> list[tuple[int, int]]:
    return [(start, end) for _, start, end in codings(project, coder)]


def test_a_new_consensus_coder_is_created_and_undo_removes_it(project: Project) -> None:
    before = snapshot(project.db)
    stack = UndoStack(project.db)
    wanted = [at("lytter 😀"), at("føler mig hørt"), at("mødested – det")]
    command = SetConsensus(project.document, project.code, "Fælles kodning æøå", wanted)
    stack.push(command)
    assert command.coder_id is not None and command.added == 3
    assert spans(project, "Fælles kodning æøå") == sorted(wanted)
    after = snapshot(project.db)
    stack.undo()
    assert snapshot(project.db) == before
    stack.redo()
    assert snapshot(project.db) == after


def test_matching_codings_are_kept_and_the_rest_replaced(project: Project) -> None:
    kept, gone = add(project, at("lytter 😀"), at("Caféen"))
    other = add(project, at("Caféen"), code=project.other_code)
    before = snapshot(project.db)
    stack = UndoStack(project.db)
    stack.push(
        SetConsensus(
            project.document, project.code, "Konsensus", [at("lytter 😀"), at("trygt 👍🏽")]
        )
    )
    rows = codings(project)
    assert rows[0][0] == kept and gone not in [r[0] for r in rows]
    assert spans(project) == [at("lytter 😀"), at("trygt 👍🏽")]
    assert [
        r[0] for r in codings(project, code=project.other_code)
    ] == other  # other code untouched
    stack.undo()
    assert snapshot(project.db) == before


def test_overlapping_and_touching_spans_become_one_coding(project: Project) -> None:
    start, end = at("lytter 😀 og ringer")
    apply_command(
        project.db,
        SetConsensus(
            project.document,
            project.code,
            "Konsensus",
            [(start, start + 5), (start + 3, start + 9), (start + 9, end)],
        ),
    )
    assert spans(project) == [(start, end)]
    assert merge_spans([(5, 9), (1, 3), (3, 4), (7, 7)]) == [(1, 4), (5, 9)]


def test_only_the_region_changes(project: Project) -> None:
    line_two = at("Borger: Min sagsbehandler lytter 😀 og ringer tilbage, så jeg føler mig hørt.")
    outside_before, inside = add(project, at("Hvordan går"), at("ringer tilbage"))
    outside_after = add(project, at("trygt 👍🏽"))[0]
    stack = UndoStack(project.db)
    before = snapshot(project.db)
    wanted = [at("sagsbehandler"), at("Caféen")]  # the second lies outside the region: clipped away
    stack.push(SetConsensus(project.document, project.code, "Konsensus", wanted, region=line_two))
    rows = codings(project)
    assert [(s, e) for _, s, e in rows] == [
        at("Hvordan går"),
        at("sagsbehandler"),
        at("trygt 👍🏽"),
    ]
    assert rows[0][0] == outside_before and rows[2][0] == outside_after
    assert inside not in [r[0] for r in rows]
    stack.undo()
    assert snapshot(project.db) == before


def test_codings_crossing_the_region_edges_are_cut(project: Project) -> None:
    region = at("lytter 😀 og ringer")
    left = (at("Min sagsbehandler")[0], region[0] + 3)  # ends inside the region
    right = (region[1] - 3, at("tilbage, så")[1])  # starts inside the region
    both = at("Borger: Min sagsbehandler lytter 😀 og ringer tilbage")  # covers the whole region
    left_id, right_id = add(project, left, right)
    both_id = add(project, both, code=project.other_code)[0]
    before = snapshot(project.db)
    stack = UndoStack(project.db)
    command = SetConsensus(project.document, project.code, "Konsensus", [], region=region)
    stack.push(command)
    assert command.cut == 2 and command.added == 0
    rows = codings(project)
    assert rows == [(left_id, left[0], region[0]), (right_id, region[1], right[1])]
    stack.push(
        SetConsensus(project.document, project.other_code, "Konsensus", [at("😀")], region=region)
    )
    assert spans_of(project, project.other_code) == [
        (both[0], region[0]),
        at("😀"),
        (region[1], both[1]),
    ]
    assert codings(project, code=project.other_code)[0][0] == both_id
    stack.undo()
    stack.undo()
    assert snapshot(project.db) == before


def spans_of(project: Project, code: int) -> list[tuple[int, int]]:
    return [(s, e) for _, s, e in codings(project, code=code)]


def test_a_crossing_coding_whose_inside_is_wanted_stays_whole(project: Project) -> None:
    crossing = add(project, at("Min sagsbehandler lytter"))[0]
    region = at("sagsbehandler lytter 😀")
    command = SetConsensus(
        project.document, project.code, "Konsensus", [at("sagsbehandler lytter")], region=region
    )
    apply_command(project.db, command)
    assert codings(project) == [(crossing, *at("Min sagsbehandler lytter"))]
    assert command.added == command.removed == command.cut == 0


@pytest.mark.parametrize(
    ("spans_given", "region", "code", "message"),
    [
        ([(5, 5)], None, None, "does not fit"),
        ([(0, len(TEXT) + 1)], None, None, "does not fit"),
        ([(0, 4)], (10, 5), None, "does not fit"),
        ([(0, 4)], None, 9999, "does not exist"),
    ],
)
def test_refusals_change_nothing(
    project: Project,
    spans_given: list[tuple[int, int]],
    region: tuple[int, int] | None,
    code: int | None,
    message: str,
) -> None:
    before = snapshot(project.db)
    command = SetConsensus(
        project.document, code or project.code, "Ny konsensus", spans_given, region
    )
    with pytest.raises(CommandError, match=message):
        apply_command(project.db, command)
    assert snapshot(project.db) == before
