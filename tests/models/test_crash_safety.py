"""SIGKILL in the middle of a batch of commands loses nothing that was committed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Code, Coding
from models.commands import AddDocument, apply_command
from models.database import create_project, open_project
from models.integrity import check_project
from tests.models.crash_worker import BULK

REPO = Path(__file__).parents[2]
LENGTH = 1_100_000


def _kill_after(project: Path, mode: str, acknowledged: int) -> list[str]:
    """Start the worker, SIGKILL it after ``acknowledged`` lines, return every line it printed."""
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.models.crash_worker", str(project), mode],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    lines: list[str] = []
    while len(lines) < acknowledged:
        line = worker.stdout.readline()
        if not line:
            pytest.fail(f"worker stopped early: {worker.stderr.read() if worker.stderr else ''}")
        lines.append(line.strip())
    os.kill(worker.pid, signal.SIGKILL)
    rest, _ = worker.communicate(timeout=60)
    assert worker.returncode == -signal.SIGKILL
    return lines + rest.split()


def _committed_starts(project: Path) -> list[int]:
    with open_project(project) as db:
        assert check_project(db) == []
        with db.read() as connection:
            return list(connection.execute(select(Coding.start).order_by(Coding.start)).scalars())


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "nedbrud.tekstur"
    with create_project(path) as db:
        apply_command(
            db, AddDocument("Lang journal", ("Borgeren møder op. æøå 😀\n" * 50_000)[:LENGTH])
        )
    return path


@pytest.mark.slow
def test_sigkill_between_and_during_single_commands(project: Path) -> None:
    chance = random.Random(20261122)
    acknowledged: list[str] = []
    for round_ in range(6):
        acknowledged += _kill_after(project, "single", chance.randint(5, 60))
        starts = _committed_starts(project)
        # Each command adds one coding at start = its number; what was printed is committed,
        # and at most the one command in flight at the kill committed without being printed.
        assert starts == list(range(len(starts))), f"round {round_}: a gap in the codings"
        assert len(starts) - len(acknowledged) in (0, 1), round_
        acknowledged = [str(i) for i in range(len(starts))]
    print(f"survived 6 kill points with {len(starts)} committed commands")
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", str(project)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_sigkill_during_a_large_command_keeps_all_or_nothing_of_it(project: Path) -> None:
    for round_, after in enumerate([1, 2, 1]):
        printed = [int(batch) for batch in _kill_after(project, "bulk", after)]
        count = len(_committed_starts(project))
        assert count % BULK == 0, f"round {round_}: a half-written batch ({count} codings)"
        # Batches are numbered from the start of the project, so the last one printed says
        # how many were acknowledged; one more may have committed just before the kill.
        assert count // BULK - (max(printed) + 1) in (0, 1), round_


@pytest.mark.slow
def test_two_processes_writing_at_once_both_land_everything(project: Path) -> None:
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.models.crash_worker", str(project), f"{name}:150"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("ane", "søren")
    ]
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert len(out.split()) == 150
    with open_project(project) as db, db.read() as connection:
        assert check_project(db) == []
        per_coder = connection.execute(
            select(func.count()).select_from(Coding).group_by(Coding.coder_id)
        ).scalars()
        assert sorted(per_coder) == [150, 150]
        # Both created the shared parent codes; each level exists exactly once.
        roots = connection.execute(select(Code.name).where(Code.parent_id.is_(None))).scalars()
        assert sorted(roots) == [f"Fælles tema {i}" for i in range(4)]
