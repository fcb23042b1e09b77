"""Backups from the window: on opening and after changes, and File ▸ Restore from backup…"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.gui import auto_backup
from app.gui.backup_dialog import BackupDialog, ask_restore_backup
from app.gui.main_window import MainWindow
from models import Document
from models.backups import BackupError, list_backups, make_backup
from models.commands import AddDocument, CodePassage, apply_command
from models.database import create_project, open_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Sikkerhed æøå.tekstur"
    with create_project(path, name="Sikkerhedsprøve") as db:
        document = AddDocument("Første samtale ø", "Vi gemmer alt. 😀")
        apply_command(db, document)
        assert document.document_id is not None
        apply_command(db, CodePassage(document.document_id, "Tryghed", "Åse", 3, 9))
    return path


@pytest.fixture
def window(qtbot: QtBot, project: Path) -> Iterator[MainWindow]:
    main_window = MainWindow(open_project(project))
    qtbot.addWidget(main_window)
    yield main_window
    main_window.close()


def shown_documents(window: MainWindow) -> list[str]:
    assert window.session is not None
    with window.session.db.read() as connection:
        return list(connection.execute(select(Document.name).order_by(Document.id)).scalars())


def test_a_backup_on_opening_and_then_only_after_changes(
    window: MainWindow, project: Path, qtbot: QtBot
) -> None:
    backups = window.auto_backup
    qtbot.waitUntil(lambda: backups.last is not None)  # made on its own thread
    assert [b.reason for b in list_backups(project)] == ["open"]
    assert backups.timer.isActive() and backups.timer.interval() == 10 * 60_000
    assert not backups.back_up_if_changed()  # nothing changed since opening
    assert window.session is not None
    window.session.push(AddDocument("Anden samtale", "Mere tekst æøå."), "Tilføj")
    assert backups.back_up_if_changed()
    qtbot.waitUntil(lambda: not backups.running)
    assert backups.last is not None and backups.last.reason == "auto"
    assert not backups.back_up_if_changed()
    assert list_backups(project)[0].path == backups.last.path


def test_a_failed_backup_is_reported_in_the_status_bar(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def disk_full(path: Path, reason: str) -> None:
        raise BackupError(f"cannot write a backup of {path.name}: no space left on device")

    qtbot.waitUntil(lambda: not window.auto_backup.running)
    monkeypatch.setattr(auto_backup, "make_backup", disk_full)
    assert window.auto_backup.start("auto")
    qtbot.waitUntil(lambda: not window.auto_backup.running)
    assert window.statusBar().currentMessage() == (
        "Backup failed: cannot write a backup of Sikkerhed æøå.tekstur: no space left on device"
    )
    assert window.auto_backup.changed_since_backup  # tried again at the next turn
    assert window.auto_backup.back_up("manual") is None  # the same, on this thread


@pytest.fixture
def danish() -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    yield QLocale()
    QLocale.setDefault(before)


def test_the_dialog_lists_backups_in_the_users_locale(
    qtbot: QtBot, project: Path, danish: QLocale
) -> None:
    made = make_backup(project, "manual", now=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC))
    make_backup(project, "before-restore", now=datetime(2025, 1, 1, tzinfo=UTC))
    dialog = BackupDialog(project)
    qtbot.addWidget(dialog)
    assert [dialog.list.topLevelItem(1).text(1)] == ["Before a restore"]  # type: ignore[union-attr]
    item = dialog.list.topLevelItem(0)
    assert dialog.list.topLevelItemCount() == 2 and item is not None
    moment = QDateTime.fromSecsSinceEpoch(int(made.made_at.timestamp())).toLocalTime()
    assert item.text(0) == danish.toString(moment, QLocale.FormatType.ShortFormat)
    assert item.text(0).startswith("02.01.2025")  # day first, as a Dane writes it
    assert item.text(1) == "By hand"
    assert item.text(2) == danish.formattedDataSize(made.size) and "," in item.text(2)
    assert item.text(3) == "1"
    assert dialog.chosen() == made.path and dialog.restore_button.isEnabled()


def test_an_empty_list_says_so(qtbot: QtBot, project: Path) -> None:
    dialog = BackupDialog(project)
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden() and not dialog.restore_button.isEnabled()


def test_restore_asks_closes_restores_and_reopens(
    window: MainWindow, project: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: not window.auto_backup.running)
    assert window.session is not None
    window.session.push(AddDocument("Fejltrin", "Skal væk igen."), "Tilføj")
    assert shown_documents(window) == ["Første samtale ø", "Fejltrin"]
    questions: list[str] = []

    def yes(parent: QDialog, title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    def choose_oldest(dialog: BackupDialog) -> int:
        oldest = dialog.list.topLevelItem(dialog.list.topLevelItemCount() - 1)
        assert oldest is not None and oldest.text(1) == "On opening"
        dialog.list.setCurrentItem(oldest)
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(BackupDialog, "exec", choose_oldest)
    assert ask_restore_backup(window)
    qtbot.waitUntil(lambda: window.session is not None)
    qtbot.waitUntil(lambda: window.auto_backup.last is not None)  # the backup on opening
    assert questions and questions[0].startswith("Replace Sikkerhed æøå.tekstur with the backup")
    assert window.session is not None and not window.session.read_only
    assert shown_documents(window) == ["Første samtale ø"]
    assert window.statusBar().currentMessage().startswith("Restored Sikkerhed æøå.tekstur")
    reasons = [b.reason for b in list_backups(project)]
    assert "before-restore" in reasons and reasons[0] == "open"  # opened again afterwards


def test_declining_changes_nothing(
    window: MainWindow, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)

    def press_restore(dialog: BackupDialog) -> int:
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(BackupDialog, "exec", press_restore)
    session = window.session
    assert not ask_restore_backup(window)
    assert window.session is session
