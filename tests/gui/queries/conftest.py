"""Fixtures of the query workspace tests: the project and the workspace on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from app.gui.query_workspace import QueryWorkspace
from app.gui.session import ProjectSession
from models import AttributeTarget, AttributeType
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    DefineAttribute,
    EnsureCodePath,
    SetAttributeValue,
    apply_command,
)
from models.database import ProjectDatabase, create_project
from tests.gui.queries.query_project import CODED, DOCUMENTS, MEDICAL, TRUST, Project, turns


@pytest.fixture
def project(project_target: str) -> Iterator[Project]:
    """On SQLite and on PostgreSQL: queries read the project from the job runner's thread."""
    db: ProjectDatabase = create_project(project_target, name="Forsøg æøå")
    department = DefineAttribute("Afdeling", AttributeType.TEXT, AttributeTarget.DOCUMENT)
    round_ = DefineAttribute("Runde", AttributeType.TEXT, AttributeTarget.DOCUMENT)
    apply_command(db, department)
    apply_command(db, round_)
    assert department.attribute_id is not None and round_.attribute_id is not None
    documents = {}
    for name, (text, kind, afdeling, runde) in DOCUMENTS.items():
        add = AddDocument(name, text, kind, turns(text))
        apply_command(db, add)
        assert add.document_id is not None
        documents[name] = add.document_id
        apply_command(db, SetAttributeValue(department.attribute_id, add.document_id, afdeling))
        apply_command(db, SetAttributeValue(round_.attribute_id, add.document_id, runde))
    codes = {}
    for path in (TRUST, MEDICAL):
        ensure = EnsureCodePath(path)
        apply_command(db, ensure)
        assert ensure.code_id is not None
        codes[path] = ensure.code_id
    session = ProjectSession(db, "ane")
    built = Project(session, documents, codes, session.coder_id)
    apply_command(
        db,
        AddCodings(
            [
                CodingSpan(documents[d], codes[c], built.coder, *built.span(d, p))
                for d, c, p in CODED
            ]
        ),
    )
    yield built
    session.close()


@pytest.fixture
def workspace(qtbot: QtBot, project: Project) -> QueryWorkspace:
    view = QueryWorkspace()
    qtbot.addWidget(view)
    view.set_session(project.session)
    view.resize(1400, 900)
    view.show()
    return view


def with_locale(locale: QLocale) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(locale)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def danish() -> Iterator[None]:
    yield from with_locale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


@pytest.fixture
def english() -> Iterator[None]:
    yield from with_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
