"""Schema 0007: codes carry a version; older projects are upgraded and stay whole."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from models import Code
from models.commands import CommandError, CreateCode, MoveCode, UpdateCode, apply_command
from models.commands.code_versions import SeenCode
from models.database import (
    SCHEMA_HEAD,
    ProjectDatabase,
    ProjectLocation,
    migrate_project,
    open_project,
)
from models.integrity import check_project

ROWS = (
    "INSERT INTO project (guid, name, description, created_at)"
    " VALUES ('p', 'Gammelt projekt æøå', '', '2025-01-01 10:00:00')",
    "INSERT INTO codes (guid, name, color, description, position, created_at)"
    " VALUES ('c1', 'Tillid', '#7f8c8d', '', 0, '2025-01-01 10:00:00'),"
    " ('c2', 'Lægelige oplysninger', '#7f8c8d', '', 1, '2025-01-01 10:00:00')",
)


def _project_at(target: str, revision: str) -> None:
    from models.database import _run_alembic

    with ProjectDatabase(ProjectLocation.parse(target)) as raw, raw.write() as connection:
        _run_alembic(connection, revision)
        for row in ROWS:
            connection.execute(text(row))


@pytest.mark.parametrize("revision", ["0005", "0006"])
def test_an_older_project_upgrades_with_every_code_at_version_1(
    project_target: str, revision: str
) -> None:
    _project_at(project_target, revision)
    result = migrate_project(project_target)
    assert (result.before, result.after) == (revision, SCHEMA_HEAD)
    with open_project(project_target) as db:
        assert check_project(db) == []
        with db.read() as connection:
            versions = connection.execute(select(Code.name, Code.version).order_by(Code.id))
            assert versions.all() == [("Tillid", 1), ("Lægelige oplysninger", 1)]
        apply_command(db, UpdateCode(1, name="Tiltro", seen=SeenCode(1, "Tillid")))
        apply_command(db, CreateCode("Ny kode"))
        assert check_project(db) == []


def test_a_change_bumps_the_version_and_a_stale_one_is_refused(db: ProjectDatabase) -> None:
    create = CreateCode("Tillid")
    apply_command(db, create)
    assert create.code_id is not None
    apply_command(db, UpdateCode(create.code_id, color="#112233", seen=SeenCode(1, "Tillid")))
    apply_command(db, MoveCode(create.code_id, None, 0))  # already there: nothing changes
    with db.read() as connection:
        assert connection.execute(select(Code.version)).scalar() == 2
    with pytest.raises(CommandError, match="'Tillid' was changed by someone else meanwhile"):
        apply_command(db, UpdateCode(create.code_id, name="Tiltro", seen=SeenCode(1, "Tillid")))
    with db.read() as connection:
        assert connection.execute(select(Code.name, Code.version)).one() == ("Tillid", 2)
