"""Running an operation with its project on a disk that fills up half-way.

The project is copied onto a fresh 2 MB tmpfs; once the child has opened it, a filler file
takes all but a few kilobytes of the space, and the operation runs until SQLite cannot
write. Where mounting is not permitted, SQLite's ``max_page_count`` stops the file from
growing instead, which fails the same way (``SQLITE_FULL``).

A run survives when the operation stops with Tekstur's own error (not a raw database error
with SQL in it) whose message says the disk is full, the
project opens (read-only while the disk is still full, and for writing once the filler is
gone), ``check_project`` finds nothing, and the project holds exactly the state of the last
command that completed — a command that fails for want of space changes nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event

from bench.fault_injection import FaultRunner, Journalled, Reference, Survival
from bench.fault_operations import fingerprint
from models.database import ProjectDatabase, open_project
from models.integrity import check_project

FILLER = "fyld.bin"
FULL_WORDS = ("disk is full", "disken er fuld")


@contextmanager
def small_filesystem(size: str = "2m") -> Iterator[Path | None]:
    """A fresh tmpfs of ``size`` on a temporary folder; None where mounting is not permitted."""
    folder = Path(tempfile.mkdtemp(prefix="tekstur-fuld-"))
    mounted = shutil.which("mount") is not None and (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


class FillDisk:
    """Fill the project's file system up to ``leave_free`` bytes (run in the child)."""

    def __init__(self, leave_free: int) -> None:
        self.leave_free = leave_free

    def __call__(self, db: ProjectDatabase) -> None:
        """Write the filler file beside the project."""
        assert db.location.path is not None
        folder = db.location.path.parent
        space = os.statvfs(folder)
        free = space.f_bavail * space.f_frsize
        with (folder / FILLER).open("wb") as filler:
            filler.write(b"\0" * max(free - self.leave_free, 0))
            filler.flush()
            os.fsync(filler.fileno())


class LimitPages:
    """Stop the project file from growing by more than ``extra`` pages (run in the child)."""

    def __init__(self, extra: int) -> None:
        self.extra = extra

    def __call__(self, db: ProjectDatabase) -> None:
        """Reconnect with ``max_page_count`` just above the file's size."""
        with db.read() as connection:
            pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
        db.engine.dispose()

        def limit(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + self.extra}")  # type: ignore[attr-defined]

        event.listen(db.engine, "connect", limit)


def disk_full(runner: FaultRunner, reference: Reference, leave_free: int) -> Survival:
    """Run ``reference``'s operation with ``leave_free`` bytes left on the disk; check it."""
    how = f"{leave_free // 1024} KB free"
    with small_filesystem() as mount:
        if mount is None:
            pages = max(leave_free // 4096, 1)
            squeeze: FillDisk | LimitPages = LimitPages(pages)
            how = f"{pages} pages to grow"
        else:
            squeeze = FillDisk(leave_free)
        process, project, journal = runner.start(
            reference.operation, None, None if mount is None else mount / "projekt", squeeze
        )
        process.join(300)
        done = Journalled.read(journal)
        if process.exitcode != 0:
            return Survival(reference.operation, how, f"the child ended with {process.exitcode}")
        if done.failure is None:  # the work fitted in the space left: it must be whole
            how += ", enough for the whole operation"
            if done.states[-1] != reference.states[-1]:
                return Survival(reference.operation, how, "finished in another state")
        elif not _clear(done.failure):
            return Survival(reference.operation, how, f"unclear message: {done.failure}")
        expected = done.states[-1]
        problem = _state(project, expected, read_only=True) if mount is not None else ""
        (project.parent / FILLER).unlink(missing_ok=True)
        problem = problem or _state(project, expected, read_only=False)
    return Survival(reference.operation, how, problem)


def _clear(failure: str) -> bool:
    """Tekstur's own error saying the disk is full, not a raw database error with SQL."""
    raw = failure.startswith(("sqlalchemy.", "sqlite3.", "psycopg."))
    return not raw and any(words in failure for words in FULL_WORDS)


def _state(project: Path, expected: str, *, read_only: bool) -> str:
    mode = "read-only on the full disk" if read_only else "after space was freed"
    try:
        with open_project(project, read_only=read_only) as db:
            problems = check_project(db)
            state = fingerprint(db)
    except Exception as error:
        return f"the project does not open {mode}: {type(error).__name__}: {error}"
    if problems:
        return f"check_project {mode}: " + "; ".join(problems)
    if state != expected:
        return f"{mode}: state {state} is not the last completed one {expected}"
    return ""
