"""Fixtures shared by the whole suite: projects on SQLite and on a throw-away PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.database import ProjectDatabase, create_project
from tests.pg_server import ThrowawayPostgres

_names = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[ThrowawayPostgres]:
    """One PostgreSQL server for the whole run; each test gets its own database in it."""
    server = ThrowawayPostgres()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def project_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new project can be created: a file path, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / f"prøve-{next(_names)}.tekstur")
        return
    server: ThrowawayPostgres = request.getfixturevalue("postgres")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def db(project_target: str) -> Iterator[ProjectDatabase]:
    """A new, empty project on each backend, closed after the test."""
    database = create_project(project_target, name="Forsøg med lavere sagsantal")
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[ProjectDatabase]:
    """A new, empty SQLite project for tests about the file itself."""
    database = create_project(tmp_path / "sagsgennemgang.tekstur")
    yield database
    database.close()
