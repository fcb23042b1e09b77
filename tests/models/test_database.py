"""Opening, creating and upgrading projects, and the clear errors for everything else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from models import Base, Document
from models.commands import AddDocument, apply_command
from models.database import (
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    ProjectDatabase,
    ProjectError,
    ProjectLocation,
    create_project,
    migrate_project,
    open_project,
)
from tests.pg_server import ThrowawayPostgres

MIGRATIONS = Path(__file__).parents[2] / "models" / "migrations"


def test_schema_from_migrations_matches_the_models(db: ProjectDatabase) -> None:
    with db.read() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_known_revisions_are_alembics_history() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    history = [
        s.revision for s in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))
    ]
    assert tuple(history) == SCHEMA_REVISIONS
    assert history[-1] == SCHEMA_HEAD


def test_new_project_is_named_and_reopens(project_target: str) -> None:
    with create_project(project_target, name="Sagsgennemgang 2012–2019") as db:
        apply_command(db, AddDocument("Journal æøå", "Notat: borgeren møder op 😀"))
    with open_project(project_target) as db:
        assert db.project_name() == "Sagsgennemgang 2012–2019"
        with db.read() as connection:
            assert (
                connection.execute(select(Document.text)).scalar() == "Notat: borgeren møder op 😀"
            )


def test_sqlite_project_is_wal_with_foreign_keys_and_a_busy_timeout(
    sqlite_db: ProjectDatabase,
) -> None:
    with sqlite_db.read() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_init_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "eksisterende.tekstur"
    target.write_bytes(b"important")
    with pytest.raises(ProjectError, match="already exists"):
        create_project(target)
    assert target.read_bytes() == b"important"


def test_init_refuses_a_postgres_database_with_tables(postgres: ThrowawayPostgres) -> None:
    url = postgres.create_database()
    try:
        create_project(url).close()
        with pytest.raises(ProjectError, match="already holds tables"):
            create_project(url)
    finally:
        postgres.drop_database(url)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        (b"", "not a Tekstur project"),
        (b"Interviewer: hej\n", "not a Tekstur project"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "cannot open"),
    ],
    ids=["missing", "empty", "text file", "truncated sqlite"],
)
def test_foreign_files_give_a_clear_error(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    target = tmp_path / "fremmed.tekstur"
    if content is not None:
        target.write_bytes(content)
    with pytest.raises(ProjectError, match=message) as raised:
        open_project(target)
    assert str(target) in str(raised.value)


def test_an_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "andet.tekstur"
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE noter (tekst TEXT)")
    with pytest.raises(ProjectError, match="not a Tekstur project"):
        open_project(target)


def test_a_project_from_a_newer_tekstur_is_refused(project_target: str) -> None:
    create_project(project_target).close()
    with ProjectDatabase(ProjectLocation.parse(project_target)) as raw, raw.write() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(ProjectError, match="newer Tekstur"):
        open_project(project_target)


def _project_at_first_revision(target: str) -> None:
    """A project as the first Tekstur release wrote it, holding one document."""
    from models.database import _run_alembic

    with ProjectDatabase(ProjectLocation.parse(target)) as raw, raw.write() as connection:
        _run_alembic(connection, SCHEMA_REVISIONS[0])
        connection.execute(
            text(
                "INSERT INTO project (guid, name, description, created_at)"
                " VALUES ('p', 'Gammelt projekt', '', '2025-01-01 10:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO documents (guid, name, kind, text, imported_at)"
                " VALUES ('d', 'Interview 1', 'interview', 'Borger: æøå 😀', '2025-01-01 10:00:00')"
            )
        )


def test_an_older_sqlite_project_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    target = tmp_path / "gammel.tekstur"
    _project_at_first_revision(str(target))

    with open_project(target) as db:
        assert db.schema_revision() == SCHEMA_HEAD
        with db.read() as connection:
            assert connection.execute(select(Document.text)).scalar() == "Borger: æøå 😀"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1

    backups = list(tmp_path.glob("gammel.backup-schema-0001-*.tekstur"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT text FROM documents").fetchone() == ("Borger: æøå 😀",)


def test_an_older_postgres_project_needs_an_explicit_migrate(postgres: ThrowawayPostgres) -> None:
    url = postgres.create_database()
    try:
        _project_at_first_revision(url)
        with pytest.raises(ProjectError, match="tekstur migrate"):
            open_project(url)
        result = migrate_project(url)
        assert (result.before, result.after, result.backup) == ("0001", SCHEMA_HEAD, None)
        with open_project(url) as db:
            assert db.project_name() == "Gammelt projekt"
        assert migrate_project(url).before == SCHEMA_HEAD
    finally:
        postgres.drop_database(url)


def test_location_hides_the_password() -> None:
    location = ProjectLocation.parse("postgresql://ane:hemmelig@db.example/tekstur")
    assert "hemmelig" not in str(location)
    assert location.url.startswith("postgresql+psycopg://")
    assert not location.is_sqlite


def test_failed_command_leaves_nothing_behind(db: ProjectDatabase) -> None:
    from models.commands import Batch, CommandError, CreateCode
    from tests.models.sample_project import snapshot

    before = snapshot(db)
    with pytest.raises(CommandError):
        apply_command(db, Batch("two", [CreateCode("Tillid"), CreateCode("Tillid")]))
    assert snapshot(db) == before


def test_a_failed_init_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import models.database

    def broken_migrations(connection: object, revision: str) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(models.database, "_run_alembic", broken_migrations)
    target = tmp_path / "halvfærdig.tekstur"
    with pytest.raises(RuntimeError, match="disk full"):
        create_project(target)
    assert list(tmp_path.iterdir()) == []
