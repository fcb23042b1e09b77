"""``check_project`` finds damage that a crash, another program or a bad import could leave."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.database import ProjectDatabase, open_project
from models.integrity import check_project
from tests.models.sample_project import populate


def test_a_project_built_by_commands_is_whole(db: ProjectDatabase) -> None:
    populate(db)
    assert check_project(db) == []


def _damage(path: Path, *statements: str) -> None:
    """Write behind Tekstur's back, with foreign keys off, as another program might."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (
            ['UPDATE codings SET "end" = 10000 WHERE id = 1'],
            "a coding in 'Fokusgruppe R1 forsøg' ends at 10000, past the end of its text",
        ),
        (
            ["UPDATE codings SET document_id = 999 WHERE id = 2"],
            "1 row(s) in codings refer to a missing documents row (document_id)",
        ),
        (
            ["DELETE FROM coders WHERE name = 'jonas'"],
            "2 row(s) in codings refer to a missing coders row (coder_id)",
        ),
        (
            [
                "UPDATE codes SET name = 'Tillid' WHERE name = 'Rehabiliteringsteam'",
                "UPDATE codes SET parent_id = (SELECT parent_id FROM codes"
                " WHERE name = 'Tillid' LIMIT 1) WHERE name = 'Tillid'",
            ],
            "2 codes are called 'Tillid' under 'Borgerrelationer'",
        ),
        (
            [
                "UPDATE codes SET parent_id = (SELECT id FROM codes WHERE name = 'Tillid')"
                " WHERE name = 'Borgerrelationer'"
            ],
            "code 'Tillid' is inside a cycle of parents",
        ),
        (
            [
                "UPDATE attribute_values SET value_text = 'fyrre', value_number = NULL"
                " WHERE value_number IS NOT NULL"
            ],
            "1 value(s) of attribute 'Alder' do not fit its type",
        ),
        (
            ['UPDATE speaker_turns SET start = 5, "end" = 5 WHERE id = 1'],
            "1 speaker turn(s) have an empty or negative span",
        ),
        (["DELETE FROM project"], "there are 0 project rows instead of 1"),
    ],
    ids=[
        "span past end",
        "orphan coding",
        "missing coder",
        "duplicate siblings",
        "cycle",
        "wrong value type",
        "empty turn",
        "no project row",
    ],
)
def test_damage_is_reported(
    sqlite_db: ProjectDatabase, statements: list[str], expected: str
) -> None:
    populate(sqlite_db)
    path = sqlite_db.location.path
    assert path is not None
    sqlite_db.close()
    _damage(path, *statements)
    with open_project(path) as db:
        problems = check_project(db)
    assert any(expected in problem for problem in problems), problems
