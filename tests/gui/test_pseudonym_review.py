"""Tools ▸ Pseudonymise…: findings grouped by text, marked in the document, decided, applied
as one undo step that moves every coding with its words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.gui.main_window import MainWindow
from app.gui.pseudonym_model import KEEP, REPLACE, REPLACEMENT
from app.gui.pseudonym_review import PseudonymReviewDialog
from importers.pseudonym_key import read_key_file
from models import Document
from models.database import create_project, open_project
from models.integrity import check_project
from models.pseudonym_plan import occurrences, replace_terms
from models.pseudonyms import TermDecision, accepted_terms, read_terms
from tests.models.pseudonym_project import INTERVIEW, Planted, plant, spanned_texts
from tests.models.sample_project import snapshot


@pytest.fixture(scope="module")
def planted_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Planted]:
    path = tmp_path_factory.mktemp("pseudonymer") / "borgere.tekstur"
    with create_project(path, name="Borgere") as db:
        planted = plant(db)
    return path, planted


@pytest.fixture
def window(
    qtbot: QtBot, planted_file: tuple[Path, Planted], tmp_path: Path
) -> Iterator[MainWindow]:
    copy = tmp_path / "borgere.tekstur"
    copy.write_bytes(planted_file[0].read_bytes())
    main_window = MainWindow(open_project(copy))
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    main_window.close()


def open_review(qtbot: QtBot, window: MainWindow) -> PseudonymReviewDialog:
    window.menu_actions["pseudonymise"].trigger()
    dialog = window.findChild(PseudonymReviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not window.jobs.running and dialog.model.rowCount() > 0, timeout=60_000)
    return dialog


def marked(window: MainWindow) -> list[tuple[int, int]]:
    shown = window.workbench.text_view.shown
    assert shown is not None
    return sorted(hit for line in shown.hits_by_line for hit in line)


def test_findings_are_grouped_by_text_and_marked_in_the_document(
    qtbot: QtBot, window: MainWindow, planted_file: tuple[Path, Planted]
) -> None:
    planted = planted_file[1]
    dialog = open_review(qtbot, window)
    groups = {g.surface: g for g in dialog.model.groups()}
    tove = groups["Tove"]
    assert tove.count == 4  # three times in the interview (once as "Toves"), once in the group
    assert tove.documents == ["Borgerinterview R1", "Fokusgruppe R1"]
    assert tove.replacement not in ("", "Tove")
    assert tove.replacement != groups["Tove Hansen"].replacement
    assert groups["Søren"].count == 3 and groups["010203-1234"].replacement == "[CPR]"
    row = dialog.model.row_of("Tove")
    assert row is not None
    dialog.table.selectRow(row)
    view = window.workbench.text_view
    assert view.document_id == planted.interview
    in_interview = [(f.start, f.end) for f in tove.findings if f.document_id == planted.interview]
    assert marked(window) == in_interview
    passage = view.selected_passage()
    assert passage is not None and INTERVIEW[passage.start : passage.end] == "Tove"
    for _ in range(3):
        dialog.step(1)
    assert view.document_id == planted.focus_group
    passage = view.selected_passage()
    assert passage is not None and view.text()[passage.start : passage.end] == "Tove"
    dialog.close()
    assert marked(window) == []


def test_decisions_apply_as_one_undo_step_and_codings_keep_their_words(
    qtbot: QtBot, window: MainWindow, planted_file: tuple[Path, Planted]
) -> None:
    planted = planted_file[1]
    session = window.session
    assert session is not None
    db = session.db
    before_rows = snapshot(db)
    before = {d: spanned_texts(db, d) for d in (planted.interview, planted.focus_group)}
    dialog = open_review(qtbot, window)
    model = dialog.model
    tove = model.row_of("Tove")
    office = model.row_of("Jobcenter Århus")
    assert tove is not None and office is not None
    assert model.setData(model.index(tove, REPLACEMENT), "Lone")
    checked = Qt.CheckState.Checked.value
    assert model.setData(model.index(office, KEEP), checked, Qt.ItemDataRole.CheckStateRole)
    assert model.group(office).decision is TermDecision.REJECTED
    assert model.index(office, REPLACE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    dialog.add_term("Rene\u0301 Ørsted", "person")
    street = model.group(dialog.add_term("Åboulevarden 12", "address"))
    assert street.replacement == "[ADRESSE]" and street.count == 1

    assert dialog.apply()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60_000)
    assert session.undo_stack.undo_label == "Pseudonymise 2 document(s)"
    with db.read() as connection:
        terms = accepted_terms(connection)
        rejected = [
            t.surface for t in read_terms(connection) if t.decision is TermDecision.REJECTED
        ]
        texts = dict(connection.execute(select(Document.id, Document.text)).all())
    assert terms["Tove"] == "Lone" and rejected == ["Jobcenter Århus"]
    for surface in terms:
        assert all(occurrences(text, surface) == [] for text in texts.values()), surface
    assert "Jobcenter Århus" in texts[planted.interview]
    assert "Lones kollega" in texts[planted.interview]
    for document_id, spans in before.items():
        after = spanned_texts(db, document_id)
        for key, old in spans.items():
            if key != ("codings", planted.cut_coding):
                assert after[key].split() == replace_terms(old, terms).split(), key
    assert check_project(db) == []
    view = window.workbench.text_view
    shown = view.document_id
    assert shown is not None and view.text() == texts[shown]

    window.undo()
    assert snapshot(db) == before_rows
    with db.read() as connection:
        original = connection.execute(select(Document.text).where(Document.id == shown))
        assert view.text() == original.scalar_one() != texts[shown]


def test_key_file_export_and_removing_the_mapping(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    dialog = open_review(qtbot, window)
    key = tmp_path / "nøgle.csv"
    decided = [g for g in dialog.model.groups() if g.decision is not None]
    assert dialog.export_key(key) == len(decided)
    assert {t.surface for t in read_key_file(key)} == {g.surface for g in decided}
    dialog.apply()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60_000)
    with session.db.read() as connection:
        stored = read_terms(connection)
    assert stored
    assert dialog.remove_mapping()
    with session.db.read() as connection:
        assert read_terms(connection) == []
    window.undo()
    with session.db.read() as connection:
        assert read_terms(connection) == stored
