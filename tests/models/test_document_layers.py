from dataclasses import dataclass

import pytest

from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    RemoveCodings,
    RenameDocument,
    ResizeCoding,
    UndoStack,
    UpdateCode,
)
from models.database import ProjectDatabase
from models.document_layers import (
    ID_GROUP,
    MAX_GROUPS_READ,
    DocumentLayers,
    read_code_looks,
    read_document_name,
)
from models.drawn_document import LineIndex, covering_pieces

TEXT = (
    "I: Hvordan går det med samarbejdet?\n"
    "Borger: Min sagsbehandler 😀 ringer tilbage, og jeg føler mig hørt.\n"
    "\n"
    "Sagsbehandler Åse: Cafe\u0301en er blevet et mødested – det giver tillid.\n"
)


@dataclass
class Project:
    stack: UndoStack
    document: int
    trust: int
    medical: int
    ane: int
    jonas: int


@pytest.fixture
def project(db: ProjectDatabase) -> Project:
    stack = UndoStack(db)
    document, other = AddDocument("Interview 3 – Søren", TEXT), AddDocument("Andet", "Tekst.")
    trust = EnsureCodePath("Borgerrelationer/Tillid", color="#1f77b4")
    medical = EnsureCodePath("Lægelige oplysninger", color="#d62728")
    ane, jonas = EnsureCoder("ane"), EnsureCoder("jonas")
    for command in (document, other, trust, medical, ane, jonas):
        stack.push(command)
    assert document.document_id and trust.code_id and medical.code_id
    assert ane.coder_id and jonas.coder_id
    return Project(
        stack, document.document_id, trust.code_id, medical.code_id, ane.coder_id, jonas.coder_id
    )


def _span(passage: str) -> tuple[int, int]:
    start = TEXT.index(passage)
    return start, start + len(passage)


def _code(p: Project, passage: str, code: int, coder: int) -> int:
    add = AddCodings([CodingSpan(p.document, code, coder, *_span(passage))])
    p.stack.push(add)
    return add.coding_ids[0]


def test_layers_carry_code_path_colour_and_coder(project: Project) -> None:
    first = _code(project, "ringer tilbage", project.trust, project.ane)
    second = _code(project, "det giver tillid", project.medical, project.jonas)
    layers = DocumentLayers(project.stack.db, project.document)
    change = layers.reload()
    assert change is not None and change.complete and not change.removed
    assert {c.coding_id for c in change.added} == {first, second}
    trust = layers.codings[first]
    assert (trust.code_name, trust.code_path, trust.color, trust.coder_name) == (
        "Tillid",
        "Borgerrelationer/Tillid",
        "#1f77b4",
        "ane",
    )
    # Positions are code points: the emoji and the combining accent count one each.
    assert TEXT[trust.start : trust.end] == "ringer tilbage"
    medical = layers.codings[second]
    assert TEXT[medical.start : medical.end] == "det giver tillid"
    assert (medical.code_path, medical.coder_name) == ("Lægelige oplysninger", "jonas")


def test_reload_reports_only_what_changed(project: Project) -> None:
    kept = _code(project, "Min sagsbehandler", project.trust, project.ane)
    layers = DocumentLayers(project.stack.db, project.document)
    assert layers.reload() is not None
    assert layers.reload() is None  # nothing changed
    project.stack.push(EnsureCodePath("Tid"))  # a change elsewhere draws nothing new
    assert layers.reload() is None

    added = _code(project, "jeg føler mig hørt", project.medical, project.jonas)
    change = layers.reload()
    assert change is not None and not change.complete and not change.removed
    assert [c.coding_id for c in change.added] == [added]

    start, end = _span("føler mig hørt")
    project.stack.push(ResizeCoding(added, start, end))
    change = layers.reload()
    assert change is not None and not change.complete
    assert [(c.coding_id, c.start) for c in change.removed] == [(added, TEXT.index("jeg føler"))]
    assert [(c.coding_id, c.start, c.end) for c in change.added] == [(added, start, end)]

    project.stack.push(RemoveCodings([added]))
    change = layers.reload()
    assert change is not None and [c.coding_id for c in change.removed] == [added]
    assert not change.added and set(layers.codings) == {kept}

    project.stack.undo()
    change = layers.reload()
    assert change is not None and [c.coding_id for c in change.added] == [added]
    assert layers.codings[added].end == end


def test_a_recoloured_or_renamed_code_rebuilds_every_layer(project: Project) -> None:
    coding = _code(project, "ringer tilbage", project.trust, project.ane)
    layers = DocumentLayers(project.stack.db, project.document)
    layers.reload()
    project.stack.push(UpdateCode(project.trust, name="Tillid og tryghed", color="#2ca02c"))
    change = layers.reload()
    assert change is not None and change.complete
    assert layers.codings[coding].code_path == "Borgerrelationer/Tillid og tryghed"
    assert layers.codings[coding].color == "#2ca02c"


def test_many_changes_at_once_are_read_in_one_go(project: Project) -> None:
    start, end = _span("Min sagsbehandler")
    count = ID_GROUP * (MAX_GROUPS_READ + 2)
    spans = [
        CodingSpan(project.document, project.trust, project.ane, start, end - i % 5)
        for i in range(count)
    ]
    layers = DocumentLayers(project.stack.db, project.document)
    layers.reload()
    add = AddCodings(spans)
    project.stack.push(add)
    change = layers.reload()
    assert change is not None and len(change.added) == len(set(add.coding_ids))
    assert set(layers.codings) == set(add.coding_ids)
    project.stack.undo()
    change = layers.reload()
    assert change is not None and len(change.removed) == len(add.coding_ids)
    assert layers.codings == {}


def test_code_looks_and_document_name(project: Project) -> None:
    with project.stack.db.read() as connection:
        looks = read_code_looks(connection)
        assert looks[project.trust].path == "Borgerrelationer/Tillid"
        assert looks[project.trust].codable
        assert read_document_name(connection, project.document) == "Interview 3 – Søren"
        assert read_document_name(connection, project.document + 1000) is None
    layers = DocumentLayers(project.stack.db, project.document)
    layers.reload()
    assert layers.name == "Interview 3 – Søren"
    project.stack.push(RenameDocument(project.document, "Interview 3 – Søren Ærø"))
    assert layers.reload() is None and layers.name == "Interview 3 – Søren Ærø"


def test_line_index() -> None:
    index = LineIndex(TEXT)
    assert len(index) == TEXT.count("\n") + 1
    second = TEXT.index("Borger:")
    assert index.line_of(0) == 0 and index.line_of(second) == 1
    assert index.line_of(second - 1) == 0  # the "\n" belongs to the line it ends
    assert TEXT[slice(*index.line_span(1))].startswith("Borger:")
    assert index.line_span(2) == (TEXT.index("\n\n") + 1, TEXT.index("\n\n") + 1)
    assert index.line_span(len(index) - 1) == (len(TEXT), len(TEXT))
    spans = [_span("samarbejdet?\nBorger: Min"), _span("Cafe\u0301en"), (second, second + 1)]
    buckets = index.buckets(spans)
    assert buckets[0] == [0] and buckets[1] == [0, 2] and buckets[2] == []
    assert buckets[3] == [1]
    # A span ending right at a line start does not touch that line.
    assert index.buckets([(0, second)])[1] == []


def test_covering_pieces_cut_overlaps() -> None:
    spans = [(0, 10), (5, 15), (12, 20)]
    assert covering_pieces(spans, [0, 1, 2], 0, 20) == [
        (0, 5, [0]),
        (5, 10, [0, 1]),
        (10, 12, [1]),
        (12, 15, [1, 2]),
        (15, 20, [2]),
    ]
    # Clipped to a line, gaps left out.
    assert covering_pieces([(0, 3), (6, 30)], [0, 1], 2, 8) == [(2, 3, [0]), (6, 8, [1])]
    assert covering_pieces(spans, [], 0, 20) == []
