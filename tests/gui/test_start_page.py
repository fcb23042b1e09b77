import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import resources.demo
from app.gui.new_project_dialog import NewProjectDialog
from app.gui.recent_projects import MAX_RECENT, SETTINGS_KEY, RecentProjects
from app.gui.start_page import StartPage
from models import Document, Memo
from models.commands import AddMemo, apply_command
from models.database import open_project
from resources.demo import DEMO_DOCUMENTS, DEMO_VERSION, demo_version
from tests.gui.test_language import compile_translator, isolated_settings

__all__ = ["isolated_settings"]  # the fixture shared with the language tests


@pytest.fixture
def recent(isolated_settings: Path) -> RecentProjects:
    return RecentProjects()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name in ("Forsøg med færre sager", "Sagsgennemgang", "Ledelsesinformation"):
        path = tmp_path / f"{name}.tekstur"
        path.write_bytes(b"")
        made[name] = path
    return made


@pytest.fixture
def page(qtbot: QtBot, recent: RecentProjects) -> StartPage:
    shown = StartPage(recent)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    return shown


def _rows(page: StartPage) -> list[tuple[str, str, str]]:
    items = [page.recent_list.topLevelItem(i) for i in range(page.recent_list.topLevelItemCount())]
    return [(i.text(0), i.text(1), i.text(2)) for i in items if i is not None]


def test_recent_projects_most_recent_first_once_each(
    recent: RecentProjects, files: dict[str, Path]
) -> None:
    changes: list[int] = []
    recent.changed.connect(lambda: changes.append(1))
    a, b, c = files.values()
    recent.add(a, "Forsøg")
    recent.add(b, "Sagsgennemgang")
    recent.add(c, "Ledelsesinformation")
    recent.add(a, "Forsøg, omdøbt")
    assert [(e.path, e.name) for e in recent.entries()] == [
        (a, "Forsøg, omdøbt"),
        (c, "Ledelsesinformation"),
        (b, "Sagsgennemgang"),
    ]
    assert len(changes) == 4
    recent.remove(c)
    assert [e.path for e in RecentProjects().entries()] == [a, b]  # kept in the settings
    recent.remove(c)  # not listed: nothing happens
    assert len(changes) == 5


def test_at_most_ten_and_bad_settings_are_ignored(recent: RecentProjects, tmp_path: Path) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for number in range(MAX_RECENT + 3):
        recent.add(
            tmp_path / f"p{number}.tekstur", f"Projekt {number}", start + timedelta(days=number)
        )
    entries = recent.entries()
    assert len(entries) == MAX_RECENT
    assert entries[0].name == f"Projekt {MAX_RECENT + 2}" and entries[-1].name == "Projekt 3"
    assert entries[0].opened == start + timedelta(days=MAX_RECENT + 2)
    QSettings().setValue(SETTINGS_KEY, "{ikke json")
    assert recent.entries() == []
    QSettings().setValue(SETTINGS_KEY, '[{"path": "/x.tekstur"}, 7]')
    assert recent.entries() == []


def test_page_lists_name_path_and_date_in_the_locale(
    page: StartPage, recent: RecentProjects, files: dict[str, Path]
) -> None:
    opened = datetime(2019, 3, 26, 14, 5, tzinfo=UTC)
    path = files["Forsøg med færre sager"]
    recent.add(path, "Forsøg med færre sager", opened)
    moment = QDateTime.fromSecsSinceEpoch(int(opened.timestamp())).toLocalTime()
    expected = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    assert _rows(page) == [("Forsøg med færre sager", str(path), expected)]
    QLocale.setDefault(QLocale("da_DK"))
    try:
        page.refresh()
        assert _rows(page)[0][2] == QLocale("da_DK").toString(
            moment, QLocale.FormatType.ShortFormat
        )
        assert _rows(page)[0][2].startswith("26.03.2019")
    finally:
        QLocale.setDefault(QLocale.c())


def test_missing_files_are_greyed_and_removable_with_delete(
    qtbot: QtBot, page: StartPage, recent: RecentProjects, files: dict[str, Path]
) -> None:
    present = files["Sagsgennemgang"]
    gone = files["Ledelsesinformation"]
    recent.add(present, "Sagsgennemgang")
    recent.add(gone, "Ledelsesinformation")
    gone.unlink()
    page.refresh()
    grey = page.palette().brush(QPalette.ColorRole.PlaceholderText).color()
    first, second = page.recent_list.topLevelItem(0), page.recent_list.topLevelItem(1)
    assert first is not None and second is not None
    assert first.foreground(0).color() == grey and "no longer exists" in first.toolTip(0)
    assert second.foreground(0).color() != grey
    page.recent_list.setFocus()
    page.recent_list.setCurrentItem(first)
    QTest.keyClick(page.recent_list, Qt.Key.Key_Delete)
    assert [e.path for e in recent.entries()] == [present]
    assert [row[0] for row in _rows(page)] == ["Sagsgennemgang"]
    page.remove_button.click()
    assert recent.entries() == [] and not page.recent_list.isVisible()
    assert not page.remove_button.isVisible()


def test_enter_opens_a_recent_project_and_offers_to_remove_a_missing_one(
    qtbot: QtBot,
    page: StartPage,
    recent: RecentProjects,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    present, gone = files["Sagsgennemgang"], files["Ledelsesinformation"]
    recent.add(gone, "Ledelsesinformation")
    recent.add(present, "Sagsgennemgang")
    gone.unlink()
    page.refresh()
    page.recent_list.setFocus()
    first = page.recent_list.topLevelItem(0)
    assert first is not None
    page.recent_list.setCurrentItem(first)
    assert page.current_path() == present
    with qtbot.waitSignal(page.open_requested) as opened:
        QTest.keyClick(page.recent_list, Qt.Key.Key_Return)
    assert opened.args == [present]
    asked: list[str] = []

    def answer(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    QTest.keyClick(page.recent_list, Qt.Key.Key_Down)
    with qtbot.assertNotEmitted(page.open_requested):
        QTest.keyClick(page.recent_list, Qt.Key.Key_Return)
    assert asked and str(gone) in asked[0]
    assert [e.path for e in recent.entries()] == [present]


def test_open_project_asks_for_a_file(
    qtbot: QtBot, page: StartPage, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = files["Forsøg med færre sager"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(chosen), ""))
    with qtbot.waitSignal(page.open_requested) as opened:
        page.open_button.click()
    assert opened.args == [chosen]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    with qtbot.assertNotEmitted(page.open_requested):
        page.open_button.click()


def test_new_project_asks_for_a_name_and_a_folder(
    qtbot: QtBot, page: StartPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "projekter æøå"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))

    def fill_in(dialog: NewProjectDialog) -> int:
        dialog.name_edit.setText("Forsøg: R1/R2")
        dialog.findChildren(type(page.remove_button))[0].click()  # "Choose…" the folder
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return int(dialog.result())

    monkeypatch.setattr(NewProjectDialog, "exec", fill_in)
    with qtbot.waitSignal(page.new_requested) as asked:
        page.new_button.click()
    assert asked.args == [folder / "Forsøg- R1-R2.tekstur", "Forsøg: R1/R2"]
    monkeypatch.setattr(NewProjectDialog, "exec", lambda d: int(QDialog.DialogCode.Rejected))
    with qtbot.assertNotEmitted(page.new_requested):
        page.new_button.click()


def test_new_project_dialog_refuses_what_cannot_be_created(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.folder_edit.setText(str(tmp_path))
    assert dialog.path() is None and not ok.isEnabled()
    dialog.name_edit.setText("Sagsgennemgang")
    assert dialog.path() == tmp_path / "Sagsgennemgang.tekstur" and ok.isEnabled()
    (tmp_path / "Sagsgennemgang.tekstur").write_bytes(b"")
    dialog.name_edit.setText("Sagsgennemgang ")
    assert not ok.isEnabled() and "already exists" in dialog.preview.text()
    dialog.folder_edit.setText(str(tmp_path / "findes ikke"))
    assert not ok.isEnabled() and "does not exist" in dialog.preview.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_demo_button_and_keyboard_order(qtbot: QtBot, page: StartPage) -> None:
    with qtbot.waitSignal(page.demo_requested):
        page.demo_button.click()
    page.set_demo_available(False)
    assert not page.demo_button.isVisible()
    page.set_demo_available(True)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.new_button.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(2):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [page.new_button, page.open_button, page.demo_button]
    with qtbot.waitSignal(page.demo_requested):
        QTest.keyClick(page.demo_button, Qt.Key.Key_Space)
    assert "&d" in page.demo_button.text() and "&N" in page.new_button.text()


def test_the_page_retranslates_itself(
    qtbot: QtBot, qapp: QApplication, page: StartPage, tmp_path: Path
) -> None:
    translator = compile_translator(
        tmp_path, "StartPage", {"Recent projects": "Seneste projekter", "Name": "Navn"}
    )
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page._recent_label.text() == "Seneste projekter")
        assert page.recent_list.headerItem().text(0) == "Navn"
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: page._recent_label.text() == "Recent projects")


def test_demo_project_is_built_again_when_its_version_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.gui.launch import demo_project_path

    path = demo_project_path(tmp_path)
    with open_project(path) as db:
        assert demo_version(db) == DEMO_VERSION
        apply_command(db, AddMemo("en note, der forsvinder ved ombygning", "Mærke"))
    assert demo_project_path(tmp_path) == path

    def marked() -> bool:
        with open_project(path) as db, db.read() as connection:
            titles = set(connection.execute(select(Memo.title)).scalars())
        return "Mærke" in titles

    assert marked()  # same version: kept as it is
    monkeypatch.setattr(resources.demo, "DEMO_VERSION", DEMO_VERSION + 1)
    assert demo_project_path(tmp_path) == path
    assert not marked()  # another version: built again
    path.write_bytes(b"ikke et projekt")
    with open_project(demo_project_path(tmp_path)) as db, db.read() as connection:
        names = set(connection.execute(select(Document.name)).scalars())
    assert names == set(DEMO_DOCUMENTS)
