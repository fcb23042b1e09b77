"""Killing Tekstur in the middle of its work and proving that the project survives.

A run copies the baseline project (:mod:`bench.fault_operations`), starts one operation in a
child process and kills it with SIGKILL — after a delay, or from inside the child at its
N-th *kill point*. Kill points are every SQL statement, every commit (just before it), every
progress report and the moment after each commit. After the kill the project must open, pass
``check_project``, and hold exactly the state of the last command that completed.

How the last completed command is known: after each commit the child writes the project's
fingerprint to a journal and fsyncs it before it goes on. A kill can land after a commit but
before its fingerprint reached the journal, so the project may hold the state *after* the
last one written, and no other. The operations are deterministic, so a run that is not
killed (the reference run) gives the whole series of states; after a kill the project must
equal the reference state of the last journal line, or the one after it.

Children are forked from a forkserver that has imported Tekstur once, so a kill point costs
tens of milliseconds rather than a second of start-up. ``python -m bench.fault_injection
OPERATION FOLDER PROJECT JOURNAL`` runs one child by hand; ``TEKSTUR_KILL_AT=N`` (read here
only, never by Tekstur itself) makes it kill itself at its N-th kill point.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event

from bench.fault_operations import fingerprint, fresh_copy, run_operation
from models.database import ProjectDatabase, open_project
from models.integrity import check_project

KILL_AT_VARIABLE = "TEKSTUR_KILL_AT"
_PRELOAD = ["bench.fault_operations", "bench.fault_injection"]


class KillSwitch:
    """Counts kill points and kills this process with SIGKILL at the chosen one."""

    def __init__(self, kill_at: int | None) -> None:
        self.kill_at = kill_at
        self.count = 0

    def point(self, *_: object) -> None:
        """One more kill point; the chosen one ends the process on the spot."""
        self.count += 1
        if self.kill_at is not None and self.count >= self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)


class Journal:
    """Fingerprints of the states the child has committed, one line each, synced to disk."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("a", encoding="utf-8")

    def write(self, line: str) -> None:
        """Append ``line`` and make it durable before the child goes on."""
        self._file.write(line + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())


def child(
    operation: str,
    folder: Path,
    project: Path,
    journal: Path,
    kill_at: int | None,
    squeeze: Callable[[ProjectDatabase], None] | None = None,
) -> None:
    """Run ``operation`` on ``project`` with kill points, journalling every committed state.

    ``squeeze`` runs once the project is open, before the operation: the disk-full runs
    fill the disk there.
    """
    switch = KillSwitch(kill_at)
    notes = Journal(journal)
    original_write = ProjectDatabase.write

    @contextmanager
    def write(self: ProjectDatabase) -> Iterator[Connection]:
        with original_write(self) as connection:
            yield connection
        switch.point()  # committed, but its fingerprint is not in the journal yet
        notes.write(f"state {fingerprint(self)}")

    ProjectDatabase.write = write  # type: ignore[method-assign]
    try:
        with open_project(project) as db:
            notes.write(f"state {fingerprint(db)}")
            if squeeze is not None:
                squeeze(db)
            event.listen(db.engine, "after_cursor_execute", switch.point)
            event.listen(db.engine, "commit", switch.point)
            try:
                run_operation(operation, db, folder, lambda *_: switch.point())
            except Exception as error:  # the journal tells the parent how it failed
                kind = f"{type(error).__module__}.{type(error).__name__}"
                notes.write(f"failed {kind}: {(str(error).splitlines() or [''])[0]}")
                return
            notes.write(f"finished {switch.count}")
    finally:
        ProjectDatabase.write = original_write  # type: ignore[method-assign]


@dataclass
class Journalled:
    """What a child wrote: the states it committed, and how it ended if it did."""

    states: list[str]
    finished: int | None = None
    failure: str | None = None

    @classmethod
    def read(cls, path: Path) -> Journalled:
        """Read a journal; a line cut short by the kill is ignored."""
        found = cls([])
        if not path.exists():
            return found
        for line in path.read_text(encoding="utf-8").splitlines():
            kind, _, rest = line.partition(" ")
            if kind == "state" and rest:
                found.states.append(rest)
            elif kind == "finished":
                found.finished = int(rest)
            elif kind == "failed":
                found.failure = rest
        return found


@dataclass
class Reference:
    """An operation's run without a kill: its states, kill points and duration."""

    operation: str
    states: list[str]
    points: int
    seconds: float


@dataclass
class Survival:
    """The outcome of one kill point: ``problem`` is empty when the project survived."""

    operation: str
    how: str
    problem: str

    @property
    def survived(self) -> bool:
        """True when the project opened, passed the check and held an allowed state."""
        return not self.problem


class FaultRunner:
    """Runs operations in killed children against copies of one baseline project."""

    def __init__(self, baseline: Path, folder: Path, work: Path) -> None:
        self.baseline, self.folder, self.work = baseline, folder, work
        self._context: Any = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(_PRELOAD)
        self._runs = 0

    def start(
        self,
        operation: str,
        kill_at: int | None,
        project_folder: Path | None = None,
        squeeze: Callable[[ProjectDatabase], None] | None = None,
    ) -> tuple[Any, Path, Path]:
        """Start a child on a fresh copy of the baseline: its process, project and journal."""
        self._runs += 1
        run = self.work / f"run-{self._runs}"
        run.mkdir(parents=True)
        project = fresh_copy(self.baseline, project_folder or run)
        journal = run / "journal.txt"
        process = self._context.Process(
            target=child, args=(operation, self.folder, project, journal, kill_at, squeeze)
        )
        process.start()
        return process, project, journal

    def reference(self, operation: str) -> Reference:
        """Run ``operation`` to its end; its journal is the series of allowed states."""
        if self._runs == 0:  # start the forkserver first, so its imports are not timed
            warm = self._context.Process(target=time.sleep, args=(0,))
            warm.start()
            warm.join()
        began = time.perf_counter()
        process, _project, journal = self.start(operation, None)
        process.join(300)
        seconds = time.perf_counter() - began
        done = Journalled.read(journal)
        if process.exitcode != 0 or done.finished is None:
            raise RuntimeError(f"{operation} failed without a kill: {done.failure}")
        return Reference(operation, done.states, done.finished, seconds)

    def kill_at_point(self, reference: Reference, point: int) -> Survival:
        """Let the child kill itself at its ``point``-th kill point, then check the project."""
        process, project, journal = self.start(reference.operation, point)
        process.join(300)
        return self._verify(reference, project, journal, f"point {point}", process.exitcode)

    def kill_and_cut_wal(self, reference: Reference, point: int, keep: float) -> Survival:
        """Kill at ``point``, then cut the ``-wal`` file to ``keep`` of its length (0: remove).

        Frames cut off are lost, so the project may fall back to any earlier state of the
        run, but it must still be one of them: SQLite's frame checksums never let half a
        transaction through.
        """
        process, project, journal = self.start(reference.operation, point)
        process.join(300)
        wal = project.with_name(project.name + "-wal")
        if wal.exists():
            with wal.open("r+b") as handle:
                handle.truncate(int(wal.stat().st_size * keep))
        done = Journalled.read(journal)
        allowed = reference.states[: len(done.states) + 1]
        problem = self._check(project, allowed) if process.exitcode == -signal.SIGKILL else ""
        return Survival(reference.operation, f"point {point}, WAL cut to {keep:.0%}", problem)

    def kill_after(self, reference: Reference, seconds: float) -> Survival:
        """SIGKILL the child ``seconds`` after it started, then check the project."""
        process, project, journal = self.start(reference.operation, None)
        time.sleep(seconds)
        if process.pid is not None and process.exitcode is None:
            os.kill(process.pid, signal.SIGKILL)
        process.join(300)
        return self._verify(reference, project, journal, f"{seconds:.3f} s", process.exitcode)

    def _verify(
        self, reference: Reference, project: Path, journal: Path, how: str, exitcode: int | None
    ) -> Survival:
        done = Journalled.read(journal)
        problem = ""
        if exitcode not in (0, -signal.SIGKILL):
            problem = f"the child ended with {exitcode}: {done.failure}"
        elif done.states != reference.states[: len(done.states)]:
            problem = "the child passed through states the reference run did not"
        else:
            last = max(len(done.states) - 1, 0)  # a kill before the first line: the baseline
            problem = self._check(project, reference.states[last : last + 2])
        return Survival(reference.operation, how, problem)

    @staticmethod
    def _check(project: Path, allowed: list[str]) -> str:
        try:
            with open_project(project) as db:
                problems = check_project(db)
                state = fingerprint(db)
        except Exception as error:
            return f"the project does not open: {type(error).__name__}: {error}"
        if problems:
            return "check_project: " + "; ".join(problems)
        if state not in allowed:
            return f"state {state} is none of the allowed {allowed}"
        return ""


def kill_plan(
    reference: Reference, points: int, delays: int, rng: random.Random
) -> list[tuple[str, float]]:
    """``points`` kill points spread evenly over the run and ``delays`` random delays.

    Delays fall anywhere in the measured duration; points are evenly spaced, each moved by a
    random amount within its share so that repeated runs try different statements.
    """
    plan: list[tuple[str, float]] = []
    share = reference.points / max(points, 1)
    for index in range(points):
        plan.append(
            ("point", float(min(reference.points, int(index * share + rng.random() * share) + 1)))
        )
    plan += [("delay", rng.uniform(0.0, reference.seconds)) for _ in range(delays)]
    return plan


def run_plan(
    runner: FaultRunner, reference: Reference, plan: list[tuple[str, float]]
) -> list[Survival]:
    """Every kill of ``plan`` against ``reference``'s operation."""
    return [
        runner.kill_at_point(reference, int(value))
        if kind == "point"
        else runner.kill_after(reference, value)
        for kind, value in plan
    ]


def main(argv: list[str]) -> int:
    """Run one child by hand: OPERATION FOLDER PROJECT JOURNAL, killing at TEKSTUR_KILL_AT."""
    operation, folder, project, journal = argv
    kill_at = os.environ.get(KILL_AT_VARIABLE)
    child(operation, Path(folder), Path(project), Path(journal), int(kill_at) if kill_at else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
