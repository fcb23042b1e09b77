"""A small Danish project for the query workspace tests, and helpers to drive it.

Every expected number in the tests is worked out by hand from the texts and codings here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from pytestqt.qtbot import QtBot

from app.gui.query_cross_panels import MatrixPanel
from app.gui.query_panels import QueryPanel
from app.gui.query_workspace import QueryWorkspace
from app.gui.session import ProjectSession
from models import DocumentKind
from models.commands import (
    AddCodings,
    CodingSpan,
    TurnSpan,
)
from models.paths import find_code

FOCUS_GROUP = (
    "I: Hvordan går samarbejdet med borgerne?\n"
    "Sagsbehandler Åse: Borgeren får tillid, når vi har tid til møderne. 😀\n"
    "Sagsbehandler Søren: Lægeattesterne kommer for sent – år efter år.\n"
)
LEADER = (
    "I: Hvad fylder mest?\n"
    "Leder Bjørn: Tilliden er svær med 200 sager pr. sagsbehandler.\n"
    "Leder Bjørn: Vi venter længe på lægelige oplysninger.\n"
)
CITIZEN = (
    "I: Hvordan har forløbet været?\n"
    "Borger Ærø: Jeg føler mig hørt, og jeg stoler på min sagsbehandler.\n"
)
DOCUMENTS = {
    "R1 Fokusgruppe forsøgsafdeling": (FOCUS_GROUP, DocumentKind.FOCUS_GROUP, "Forsøg", "R1"),
    "R2 Interview leder ordinær": (LEADER, DocumentKind.INTERVIEW, "Ordinær", "R2"),
    "R3 Interview borger Ærø": (CITIZEN, DocumentKind.INTERVIEW, "Forsøg", "R3"),
}
TRUST, MEDICAL = "Borgerrelationer/Tillid", "Opgavekompetencer/Lægelige oplysninger"
CODED = [
    ("R1 Fokusgruppe forsøgsafdeling", TRUST, "Borgeren får tillid"),
    ("R2 Interview leder ordinær", TRUST, "Tilliden er svær"),
    ("R3 Interview borger Ærø", TRUST, "jeg stoler på min sagsbehandler"),
    ("R1 Fokusgruppe forsøgsafdeling", MEDICAL, "Lægeattesterne kommer for sent"),
    ("R2 Interview leder ordinær", MEDICAL, "Vi venter længe på lægelige oplysninger"),
]


@dataclass
class Project:
    session: ProjectSession
    documents: dict[str, int]
    codes: dict[str, int]
    coder: int

    def span(self, document: str, passage: str) -> tuple[int, int]:
        start = DOCUMENTS[document][0].index(passage)
        return start, start + len(passage)

    def code(self, document: str, path: str, passage: str) -> None:
        spans = [
            CodingSpan(
                self.documents[document],
                self.codes[path],
                self.coder,
                *self.span(document, passage),
            )
        ]
        assert self.session.push(AddCodings(spans), "Kod")


def turns(text: str) -> list[TurnSpan]:
    found, offset = [], 0
    for line in text.split("\n"):
        if ":" in line:
            found.append(TurnSpan(offset, offset + len(line), line.split(":", 1)[0]))
        offset += len(line) + 1
    return found


P = TypeVar("P", bound=QueryPanel)


def choose(workspace: QueryWorkspace, kind: str, panel_type: type[P]) -> P:
    panel = workspace.choose_kind(kind)
    assert isinstance(panel, panel_type)
    return panel


def run(qtbot: QtBot, workspace: QueryWorkspace) -> object:
    with qtbot.waitSignal(workspace.result_shown, timeout=60_000):
        assert workspace.run()
    return workspace.last_result


def shown(workspace: QueryWorkspace) -> list[list[str]]:
    proxy = workspace.result_view.proxy
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def new_code(project: Project) -> int:
    with project.session.db.read() as connection:
        found = find_code(connection, "Borgerrelationer/Tillid i sætninger")
    assert found is not None
    return found


def matrix_panel(workspace: QueryWorkspace, project: Project) -> MatrixPanel:
    panel = choose(workspace, "matrix", MatrixPanel)
    panel.rows.choose_kind("codes")
    panel.rows.pickers["codes"].set_checked([project.codes[TRUST], project.codes[MEDICAL]])
    panel.columns.choose_kind("attribute")
    panel.columns.attribute.setCurrentText("Afdeling")
    return panel
