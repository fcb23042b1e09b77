"""find_identifiers on a project: speaker labels, context, document choice, terms, ignore."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.identifiers import Finding, IdentifierCategory, find_identifiers
from models.commands import AddDocument, TurnSpan, apply_command
from models.database import ProjectDatabase, create_project
from models.documents import DocumentKind
from models.progress import OperationCancelledError

INTERVIEW = (
    "Interview med borger 😀 om ressourceforløbet\n"
    "I: Hvem hjalp dig i jobcentret?\n"
    "Borger (Gülsen): Det gjorde Lise. Hun ringede 👍🏽 til min søster i Aarhus.\n"
    "I: Og din mand?\n"
    "Borger (Gülsen): Han siger altid: Gülsen, tag det roligt. Ring på 23 45 67 89.\n"
)
FOCUS_GROUP = (
    "Sagsbehandler Åse: Vi har en borger på Solsikkevej 3 i Ry.\n"
    "Sagsbehandler Bøje: Åses borger fik hjælp af Jobcenter Skive og café Sigurd.\n"
)


def _turns(text: str) -> list[TurnSpan]:
    turns, offset = [], 0
    for line in text.split("\n"):
        label, colon, said = line.partition(": ")
        if colon:
            start = offset + len(label) + 2
            turns.append(TurnSpan(start, start + len(said), label))
        offset += len(line) + 1
    return turns


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ProjectDatabase, int, int]]:
    path: Path = tmp_path_factory.mktemp("identifiers") / "pseudonymer.tekstur"
    db = create_project(path, name="Pseudonymisering")
    ids = []
    for name, text, kind in (
        ("Interview borger", INTERVIEW, DocumentKind.INTERVIEW),
        ("Fokusgruppe", FOCUS_GROUP, DocumentKind.FOCUS_GROUP),
    ):
        command = AddDocument(name, text, kind, _turns(text))
        apply_command(db, command)
        assert command.document_id is not None
        ids.append(command.document_id)
    yield db, ids[0], ids[1]
    db.close()


def _surfaces(findings: list[Finding]) -> list[tuple[str, IdentifierCategory]]:
    return [(f.text, f.category) for f in findings]


def test_findings_hold_code_point_spans_context_and_source(
    project: tuple[ProjectDatabase, int, int],
) -> None:
    db, interview, _focus = project
    findings = find_identifiers(db, document_ids=[interview])
    person, place = IdentifierCategory.PERSON, IdentifierCategory.PLACE
    assert _surfaces(findings) == [
        ("Gülsen", person),
        ("Lise", person),
        ("Aarhus", place),
        ("Gülsen", person),
        ("Gülsen", person),
        ("23 45 67 89", IdentifierCategory.PHONE),
    ]
    for finding in findings:
        assert finding.document_id == interview
        assert finding.document_name == "Interview borger"
        assert INTERVIEW[finding.start : finding.end] == finding.text
        assert INTERVIEW[: finding.start].endswith(finding.before)
        assert INTERVIEW[finding.end :].startswith(finding.after)
        assert 0 < len(finding.before) <= 40 and 0 < len(finding.after) <= 40
    # A name from a speaker label is found wherever it occurs in the text.
    assert {f.source for f in findings if f.text == "Gülsen"} == {"speaker"}
    assert findings[2].before.endswith("søster i ")


def test_every_document_in_order_with_terms_and_ignored_surfaces(
    project: tuple[ProjectDatabase, int, int],
) -> None:
    db, interview, focus = project
    findings = find_identifiers(db, extra_terms=["Café Sigurd"], ignore=["aarhus"])
    assert [f.document_id for f in findings] == sorted(f.document_id for f in findings)
    assert {f.document_id for f in findings} == {interview, focus}
    in_focus = _surfaces([f for f in findings if f.document_id == focus])
    assert in_focus == [
        ("Åse", IdentifierCategory.PERSON),
        ("Solsikkevej 3", IdentifierCategory.ADDRESS),
        ("Ry", IdentifierCategory.PLACE),
        ("Bøje", IdentifierCategory.PERSON),
        ("Åse", IdentifierCategory.PERSON),
        ("Jobcenter Skive", IdentifierCategory.ORGANISATION),
        ("café Sigurd", IdentifierCategory.TERM),
    ]
    assert "Aarhus" not in {f.text for f in findings}


def test_progress_reports_each_document_and_can_cancel(
    project: tuple[ProjectDatabase, int, int],
) -> None:
    db, _interview, _focus = project
    calls: list[tuple[int, int, str]] = []
    find_identifiers(db, progress=lambda done, total, what: calls.append((done, total, what)))
    assert calls == [(0, 2, "Interview borger"), (1, 2, "Fokusgruppe"), (2, 2, "")]

    def cancel(done: int, total: int, what: str) -> None:
        raise OperationCancelledError

    with pytest.raises(OperationCancelledError):
        find_identifiers(db, progress=cancel)


def test_no_documents_no_findings(project: tuple[ProjectDatabase, int, int]) -> None:
    db, _interview, _focus = project
    assert find_identifiers(db, document_ids=[]) == []
