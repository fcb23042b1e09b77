"""File ▸ Import / Export REFI-QDA: file choosers, the job runner, the summary, cancel."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.gui.exchange_dialog import (
    ExchangeSummaryDialog,
    ask_export_exchange,
    ask_import_exchange,
)
from app.gui.jobs import JobRunner
from app.gui.session import ProjectSession
from models.database import create_project
from tests.exporters.refi.native_project import build_native_project
from tests.importers.refi.refi_project import full_project


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget


def choose(
    monkeypatch: pytest.MonkeyPatch, opened: Path | None, saved: Path, kind: str = ""
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(opened or ""), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), kind))


def summary_of(parent: QWidget) -> ExchangeSummaryDialog:
    dialog = parent.findChild(ExchangeSummaryDialog)
    assert isinstance(dialog, ExchangeSummaryDialog)
    return dialog


def test_import_runs_as_a_job_shows_the_summary_and_opens_the_project(
    parent: QWidget, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = full_project().qdpx(tmp_path / "forsøg æøå.qdpx")
    choose(monkeypatch, archive, tmp_path / "nyt projekt")
    opened: list[Path] = []
    ask_import_exchange(parent, JobRunner(parent), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened == [tmp_path / "nyt projekt.tekstur"] and opened[0].exists()
    dialog = summary_of(parent)
    assert dialog.isVisible()
    # The source found by a relative path is not beside this file: 4 sources, 8 codings.
    assert dialog.count_labels["codings"].text() == "8"
    assert dialog.count_labels["sources"].text() == "4"
    skipped = [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())]
    assert "picture source 'Tegning.jpg': it has no text representation (no <TextDescription>)" in (
        skipped
    )
    assert dialog.changed_list.count() == 2
    dialog.close()


def test_a_cancelled_import_leaves_no_project(
    parent: QWidget, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = full_project().qdpx(tmp_path / "f.qdpx")
    choose(monkeypatch, archive, tmp_path / "annulleret.tekstur")
    jobs = JobRunner(parent)
    opened: list[Path] = []
    ask_import_exchange(parent, jobs, opened.append)
    jobs.cancel()
    qtbot.waitUntil(lambda: not jobs.running, timeout=20_000)
    assert opened == [] and parent.findChild(ExchangeSummaryDialog) is None
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("annulleret")]


def test_a_bad_file_is_reported_and_an_existing_project_is_not_touched(
    parent: QWidget, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    existing = tmp_path / "findes.tekstur"
    existing.write_bytes(b"mit projekt")
    choose(monkeypatch, full_project().qdpx(tmp_path / "f.qdpx"), existing)
    jobs = JobRunner(parent)
    ask_import_exchange(parent, jobs, lambda path: None)
    assert not jobs.running and existing.read_bytes() == b"mit projekt"
    assert warnings == [
        "findes.tekstur already exists. Choose a new name for the imported project."
    ]
    broken = tmp_path / "ødelagt.qdpx"
    broken.write_bytes(b"PK\x03\x04 ikke en zip")
    choose(monkeypatch, broken, tmp_path / "ny.tekstur")
    ask_import_exchange(parent, jobs, lambda path: None)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=20_000)
    assert warnings[1].startswith("ødelagt.qdpx: not a valid .qdpx file")
    assert not (tmp_path / "ny.tekstur").exists()


@pytest.mark.parametrize(
    ("name", "kind"), [("eksport", ""), ("koder", "REFI-QDA codebook (*.qdc)")]
)
def test_export_writes_the_file_and_shows_what_was_left_out(
    parent: QWidget,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    kind: str,
) -> None:
    db = create_project(tmp_path / "kilde.tekstur", name="Kilde æøå")
    build_native_project(db)
    session = ProjectSession(db, "ane")
    choose(monkeypatch, None, tmp_path / name, kind)
    jobs = JobRunner(parent)
    ask_export_exchange(parent, jobs, session)
    qtbot.waitUntil(lambda: parent.findChild(ExchangeSummaryDialog) is not None, timeout=20_000)
    dialog = summary_of(parent)
    if kind:
        assert (tmp_path / "koder.qdc").read_bytes().startswith(b"<?xml")
        assert list(dialog.count_labels) == ["codes"]
    else:
        with zipfile.ZipFile(tmp_path / "eksport.qdpx") as archive:
            assert "project.qde" in archive.namelist()
        assert dialog.count_labels["codings"].text() == "5"
        left_out = [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())]
        assert [line.split(":")[0] for line in left_out] == [
            "1 case(s) in set 'Udvalgte æøå'",
            "1 speaker turn(s) not linked to a case",
            "1 heading(s)",
        ]
    dialog.close()
    session.close()
