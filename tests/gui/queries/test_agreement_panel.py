"""The coding comparison in the query workspace: coder groups, the table, saved options."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from analysis.agreement import AgreementOptions, CoderGroup
from app.gui.query_agreement import AgreementPanel
from app.gui.query_workspace import QueryWorkspace
from app.gui.session import ProjectSession
from models.database import create_project
from tests.analysis.agreement_project import AgreementIds, build
from tests.gui.queries.query_project import choose, run, shown


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[tuple[ProjectSession, AgreementIds]]:
    db = create_project(tmp_path / "enighed æøå.tekstur")
    ids = build(db)
    session = ProjectSession(db, "ane")
    yield session, ids
    session.close()


@pytest.fixture
def workspace(qtbot: QtBot, coded: tuple[ProjectSession, AgreementIds]) -> QueryWorkspace:
    view = QueryWorkspace()
    qtbot.addWidget(view)
    view.set_session(coded[0])
    view.resize(1400, 900)
    view.show()
    return view


def test_two_groups_give_the_agreement_table(
    qtbot: QtBot, workspace: QueryWorkspace, coded: tuple[ProjectSession, AgreementIds]
) -> None:
    _, ids = coded
    panel = choose(workspace, "agreement", AgreementPanel)
    panel.coders_a.set_checked([ids.coders["ane"], ids.coders["birk"]])
    panel.coders_b.set_checked([ids.coders["jonas"]])
    panel.codes.set_checked([ids.codes["Tid"]])
    run(qtbot, workspace)
    rows = shown(workspace)
    labels = [row[0] for row in rows]
    assert labels[:3] == ["Tid · Fokusgruppe Æbleø", "Tid · Interview Søren", "Tid · Notat"]
    interview = rows[1]
    # Size 1000, kappa 0.318, agreement 85 %: the hand-worked example.
    assert interview[1].replace("\u00a0", "").replace(",", "").replace(".", "") == "1000"
    assert interview[2] in ("0.32", "0,32")
    assert interview[3] in ("85", "85.00", "85,00")
    assert len(rows) == 3 + 1 + 1  # documents, the code's summary, overall


def test_empty_or_shared_groups_are_refused(
    workspace: QueryWorkspace, coded: tuple[ProjectSession, AgreementIds]
) -> None:
    _, ids = coded
    panel = choose(workspace, "agreement", AgreementPanel)
    panel.coders_a.set_checked([ids.coders["ane"]])
    assert not workspace.run()
    assert "group B" in workspace.message.text()
    panel.coders_b.set_checked([ids.coders["ane"]])
    assert not workspace.run()
    assert "both" in workspace.message.text()
    assert workspace.last_result is None


def test_options_shown_and_read_back(
    workspace: QueryWorkspace, coded: tuple[ProjectSession, AgreementIds]
) -> None:
    _, ids = coded
    panel = choose(workspace, "agreement", AgreementPanel)
    options = AgreementOptions(
        CoderGroup("jonas", (ids.coders["jonas"],)),
        CoderGroup("ane, birk", (ids.coders["ane"], ids.coders["birk"])),
        code_ids=(ids.codes["Samarbejde"],),
        document_ids=(ids.documents["Notat"],),
        unit="paragraph",
        include_subcodes=True,
    )
    panel.set_options(panel.options_from_json(panel.options_to_json(options)))
    assert panel.options() == options
