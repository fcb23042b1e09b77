import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.cli_codebook import load_codebook
from app.gui.codebook_dialog import AddCodebookDialog, ask_add_codebook, ask_import_codebook
from app.gui.codebook_export_dialog import ExportCodebookDialog, ask_export_codebook
from app.gui.jobs import JobRunner
from app.gui.language import current_language
from app.gui.session import ProjectSession
from codebooks.builtin import builtin_codebooks, load_builtin
from codebooks.translations import read_translated_qdc, write_translated_qdc
from models import Code, Codebook
from models.codebook_spec import CodebookSpec, CodeSpec, Translation
from models.commands import AddCodebook, apply_command
from models.database import ProjectDatabase
from models.paths import find_code


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def session(db: ProjectDatabase) -> Iterator[ProjectSession]:
    made = ProjectSession(db, "Mette")
    yield made
    made.undo_stack.unsubscribe(made.changed.emit)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda parent, title, text, kind=kind: shown.append((kind, text)),
        )
    return shown


def _codes(db: ProjectDatabase) -> int:
    with db.read() as connection:
        return int(connection.execute(select(func.count()).select_from(Code)).scalar_one())


def _select(dialog: AddCodebookDialog, title: str) -> None:
    for index in range(dialog.books.topLevelItemCount()):
        item = dialog.books.topLevelItem(index)
        if item is not None and item.text(0) == title:
            dialog.books.setCurrentItem(item)
            return
    raise AssertionError(f"{title} is not listed")


def test_builtins_are_listed_with_counts_languages_and_a_preview(qtbot: QtBot) -> None:
    dialog = AddCodebookDialog()
    qtbot.addWidget(dialog)
    listed = {
        item.text(0): (item.text(1), item.text(2))
        for item in (dialog.books.topLevelItem(i) for i in range(dialog.books.topLevelItemCount()))
        if item is not None
    }
    books = builtin_codebooks()
    assert listed == {book.title_en: (str(book.codes), "Dansk, English") for book in books}
    _select(dialog, "Task competences")
    spec = dialog.spec()
    assert spec is not None and spec.name == "Opgavekompetencer"
    top = dialog.preview.topLevelItem(0)
    assert dialog.preview.topLevelItemCount() == 1 and top is not None
    assert top.text(0) == "Opgavekompetencer"
    children = [child.text(0) for i in range(top.childCount()) if (child := top.child(i))]
    assert "Lægelige oplysninger" in children and "Leverandørsamarbejde" in children
    assert "Definition" in dialog.description.text()


def test_adding_a_builtin_is_one_undo_step(
    qtbot: QtBot,
    window: QWidget,
    session: ProjectSession,
    messages: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def pick(dialog: AddCodebookDialog) -> int:
        _select(dialog, "Citizen experiences")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(AddCodebookDialog, "exec", pick)
    assert ask_add_codebook(window, JobRunner(window), session)
    expected = load_builtin("Borgerrelationer").count()
    assert _codes(session.db) == expected == 10
    assert messages == [
        ("information", "'Borgerrelationer': 10 new code(s), 0 already in the project.")
    ]
    assert session.undo_stack.undo_label == "Add codebook 'Borgerrelationer'"
    with session.db.read() as connection:
        assert find_code(connection, "Borgerrelationer/Genvundet tillid") is not None
    session.undo_stack.undo()
    assert _codes(session.db) == 0
    session.undo_stack.redo()
    assert _codes(session.db) == expected
    monkeypatch.setattr(AddCodebookDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
    assert not ask_add_codebook(window, JobRunner(window), session)


def _own_codebook(path: Path) -> Path:
    spec = CodebookSpec(
        "Ærø-studiet",
        [
            CodeSpec(
                "Økonomi",
                guid="6f1c0a52-3d7e-4c55-9a51-0d2f3b8e7a01",
                color="#aa3300",
                description="Bekymring for penge 💸",
                children=[
                    CodeSpec(
                        "Ydelse",
                        guid="6f1c0a52-3d7e-4c55-9a51-0d2f3b8e7a02",
                        translations={"en": Translation("Benefit")},
                    )
                ],
                translations={"en": Translation("Economy", "Worry about money")},
            )
        ],
    )
    write_translated_qdc(spec, path, "da", translations=True)
    return path


def test_a_qdc_file_is_previewed_then_added(
    qtbot: QtBot,
    window: QWidget,
    session: ProjectSession,
    messages: list[tuple[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qdc = _own_codebook(tmp_path / "ærø.qdc")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(qdc), ""))

    def from_file(dialog: AddCodebookDialog) -> int:
        dialog.file_button.click()
        first, shown = dialog.books.topLevelItem(0), dialog.preview.topLevelItem(0)
        assert first is not None and shown is not None
        # A .qdc has no codebook name: the reader names it after its one top-level code.
        assert first.text(0) == load_codebook(str(qdc)).name == "Økonomi"
        assert dialog.books.currentItem() is first
        assert (first.text(1), first.text(2)) == ("2", "Dansk, English")
        child = shown.child(0)
        assert shown.text(0) == "Økonomi" and child is not None and child.text(0) == "Ydelse"
        descriptions = {"en": "Worry about money", "da": "Bekymring for penge 💸"}
        assert shown.toolTip(0) == descriptions[current_language()]  # in the window's language
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(AddCodebookDialog, "exec", from_file)
    assert ask_add_codebook(window, JobRunner(window), session)
    with session.db.read() as connection:
        assert find_code(connection, "Økonomi/Ydelse") is not None
        assert connection.execute(select(Codebook.name)).scalars().all() == ["Økonomi"]


def test_importing_a_file_directly_and_refusing_a_bad_one(
    window: QWidget,
    session: ProjectSession,
    messages: list[tuple[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "farlig.qdc"
    bad.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    assert not ask_import_codebook(window, JobRunner(window), session)
    assert messages and messages[0][0] == "warning" and "farlig.qdc" in messages[0][1]
    assert _codes(session.db) == 0 and session.undo_stack.undo_label is None
    good = _own_codebook(tmp_path / "god.qdc")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(good), ""))
    assert ask_import_codebook(window, JobRunner(window), session)
    assert _codes(session.db) == 2
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert not ask_import_codebook(window, JobRunner(window), session)


def _export(
    qtbot: QtBot,
    window: QWidget,
    session: ProjectSession,
    monkeypatch: pytest.MonkeyPatch,
    target: Path,
    suffix: str,
    language: str,
    codebook: str | None = None,
) -> JobRunner:
    def choose(dialog: ExportCodebookDialog) -> int:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(suffix))
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(language))
        dialog.codebook_box.setCurrentIndex(dialog.codebook_box.findData(codebook))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ExportCodebookDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    jobs = JobRunner(window)
    assert ask_export_codebook(window, jobs, session)
    qtbot.waitUntil(lambda: not jobs.running, timeout=20_000)
    return jobs


def test_export_as_qdc_xlsx_and_docx(
    qtbot: QtBot,
    window: QWidget,
    session: ProjectSession,
    messages: list[tuple[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    apply_command(session.db, AddCodebook(load_builtin("Systemkompetencer")))
    apply_command(session.db, AddCodebook(load_builtin("Ledelse og læring")))
    _export(qtbot, window, session, monkeypatch, tmp_path / "kodebog", ".qdc", "en")
    written = read_translated_qdc(tmp_path / "kodebog.qdc")
    assert {c.name for c in written.codes} == {"System competences", "Leadership and learning"}
    assert (tmp_path / "kodebog.da.json").is_file()  # Danish travels beside the file

    _export(
        qtbot,
        window,
        session,
        monkeypatch,
        tmp_path / "ark.xlsx",
        ".xlsx",
        "da",
        "Ledelse og læring",
    )
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "ark.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Sti" and len(rows) == 1 + load_builtin("Ledelse og læring").count()

    _export(qtbot, window, session, monkeypatch, tmp_path / "bog.docx", ".docx", "da")
    import docx

    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "bog.docx")).paragraphs)
    assert "Rollesikkerhed" in text and "Kollegial sparring" in text
    assert [kind for kind, _ in messages] == ["information"] * 3
    assert "bog.docx" in messages[-1][1]


def test_export_reports_an_empty_project_and_an_unwritable_file(
    qtbot: QtBot,
    window: QWidget,
    session: ProjectSession,
    messages: list[tuple[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _export(qtbot, window, session, monkeypatch, tmp_path / "tom.xlsx", ".xlsx", "da")
    assert messages == [("warning", "tom.xlsx: The project holds no codes to export.")]
    assert not (tmp_path / "tom.xlsx").exists()
    apply_command(session.db, AddCodebook(load_builtin("Systemkompetencer")))
    missing = tmp_path / "findes ikke" / "bog.docx"
    _export(qtbot, window, session, monkeypatch, missing, ".docx", "en")
    assert messages[-1][0] == "warning" and messages[-1][1].startswith("bog.docx: ")


def test_cancelled_export_starts_nothing(
    window: QWidget, session: ProjectSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ExportCodebookDialog, "exec", lambda d: int(QDialog.DialogCode.Accepted))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    jobs = JobRunner(window)
    assert not ask_export_codebook(window, jobs, session)
    assert not jobs.running
