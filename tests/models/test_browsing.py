"""What the panels list: documents by kind, document attributes, the code tree and its counts."""

from __future__ import annotations

from datetime import date

from models import DocumentKind
from models.browsing import (
    CodeDetails,
    CodeExtent,
    CodeNode,
    code_details,
    code_extent,
    code_nodes,
    code_paths,
    coder_entries,
    descendants,
    document_attribute_index,
    document_entries,
    document_name,
)
from models.cases import AttributeTarget, AttributeType
from models.commands import (
    AddDocument,
    CreateCode,
    DefineAttribute,
    LinkDocumentToCase,
    MoveCode,
    SetAttributeValue,
    apply_command,
)
from models.database import ProjectDatabase
from tests.models.sample_project import populate


def test_documents_with_kind_and_codings(db: ProjectDatabase) -> None:
    ids = populate(db)
    note = AddDocument("Feltnote – ærinde på jobcentret", "Kort note.\n", DocumentKind.NOTE)
    apply_command(db, note)
    entries = document_entries(db)
    assert [(e.id, e.name, e.kind, e.codings) for e in entries] == [
        (ids.citizen, "Borgerinterview R3", DocumentKind.INTERVIEW, 2),
        (note.document_id, "Feltnote – ærinde på jobcentret", DocumentKind.NOTE, 0),
        (ids.focus_group, "Fokusgruppe R1 forsøg", DocumentKind.FOCUS_GROUP, 4),
    ]
    assert document_name(db, ids.citizen) == "Borgerinterview R3"
    assert document_name(db, 987_654) is None


def test_attribute_values_of_documents_their_cases_and_speakers(db: ProjectDatabase) -> None:
    ids = populate(db)
    index = document_attribute_index(db)
    assert list(index) == ["Alder", "Forsøg", "Rolle", "Startdato"]
    assert index["Rolle"] == {
        "Sagsbehandler": frozenset({ids.focus_group}),
        "Borger": frozenset({ids.citizen}),
    }
    assert index["Forsøg"] == {True: frozenset({ids.focus_group})}
    assert index["Alder"] == {47.0: frozenset({ids.citizen})}
    assert index["Startdato"] == {date(2019, 3, 1): frozenset({ids.citizen})}
    # A document linked to a case has that case's values too, and its own.
    journal = AddDocument("Journal – Søren Ærø", "Journalnotat.\n", DocumentKind.JOURNAL)
    apply_command(db, journal)
    assert journal.document_id is not None
    apply_command(db, LinkDocumentToCase(journal.document_id, ids.case_a))
    department = DefineAttribute("Afdeling", AttributeType.TEXT, AttributeTarget.DOCUMENT)
    apply_command(db, department)
    assert department.attribute_id is not None
    apply_command(db, SetAttributeValue(department.attribute_id, journal.document_id, "Ordinær"))
    index = document_attribute_index(db)
    assert index["Rolle"]["Sagsbehandler"] == frozenset({ids.focus_group, journal.document_id})
    assert index["Afdeling"] == {"Ordinær": frozenset({journal.document_id})}


def test_code_tree_in_sibling_order_with_paths(db: ProjectDatabase) -> None:
    ids = populate(db)
    slash = CreateCode("Før/efter", ids.parent_code)
    apply_command(db, slash)
    apply_command(db, MoveCode(ids.rehab, None, 0))
    nodes = code_nodes(db)
    by_id = {node.id: node for node in nodes}
    top = [node.name for node in nodes if node.parent_id is None]
    assert top == ["Rehabiliteringsteam", "Borgerrelationer", "Opgavekompetencer"]
    assert by_id[ids.trust] == CodeNode(ids.trust, ids.parent_code, "Tillid")
    paths = code_paths(nodes)
    assert paths[ids.trust] == "Borgerrelationer/Tillid"
    assert paths[ids.rehab] == "Rehabiliteringsteam"
    assert paths[slash.code_id or 0] == "Borgerrelationer/Før\\/efter"
    assert descendants(nodes, ids.parent_code) == {ids.trust, slash.code_id}
    assert descendants(nodes, ids.trust) == set()


def test_code_details_and_what_a_delete_takes(db: ProjectDatabase) -> None:
    ids = populate(db)
    details = code_details(db, [ids.trust, ids.parent_code, ids.medical, 999_999])
    assert details == {
        ids.trust: CodeDetails("#2e86c1", "", 4, 2),
        ids.parent_code: CodeDetails("#2e86c1", "", 0, 0),
        ids.medical: CodeDetails("#7f8c8d", "", 1, 1),
    }
    assert code_extent(db, ids.parent_code) == CodeExtent(subcodes=1, codings=4)
    assert code_extent(db, ids.trust) == CodeExtent(subcodes=0, codings=4)
    tasks = next(n.id for n in code_nodes(db) if n.name == "Opgavekompetencer")
    assert code_extent(db, tasks) == CodeExtent(subcodes=2, codings=2)


def test_coders_by_name(db: ProjectDatabase) -> None:
    ids = populate(db)
    assert [(c.id, c.name) for c in coder_entries(db)] == [(ids.ane, "ane"), (ids.jonas, "jonas")]
