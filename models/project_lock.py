"""One writer at a time on a project file, and how a project file may be opened.

Opening a SQLite project for writing takes an exclusive ``flock`` on a sidecar file beside
it, ``<file>.lock`` (``Interview.tekstur.lock``), held until the project is closed. The
sidecar says who holds it (user, host, process), so a second Tekstur — another program or
another window of the same one — is told who has the project open. The kernel drops a
``flock`` when its process ends, however it ends, so a crash never leaves a stale lock: a
sidecar left behind by a killed process is simply locked again by the next opener.

The lock is taken on a sidecar and not on the project file itself because SQLite's own
locks on the project file are POSIX record locks, which some network file systems emulate
with the same mechanism as ``flock``; the two must never meet.

:func:`decide_access` tells whether a file can be opened for writing at all (a read-only
medium, a file or folder without write permission) and, for a folder Tekstur cannot write
to, whether SQLite must open the file as immutable (WAL needs its ``-shm`` file).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from models.database import ProjectDatabase, ProjectError, open_project

try:  # flock exists on Linux and macOS; elsewhere projects open without a lock
    import fcntl
except ImportError:  # pragma: no cover - not on the systems Tekstur is tested on
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = ".lock"


class ProjectLockedError(ProjectError):
    """The project is open for writing in another Tekstur; ``holder`` says who has it."""

    def __init__(self, path: Path, holder: str, *, this_process: bool = False) -> None:
        where = "already open in this Tekstur" if this_process else "open in another Tekstur"
        super().__init__(
            f"{path} is {where} ({holder}); close it there first, or open it read-only"
        )
        self.path = path
        self.holder = holder
        self.this_process = this_process


def lock_path(project: Path) -> Path:
    """The sidecar file whose lock stands for the project being open for writing."""
    return Path(f"{project}{LOCK_SUFFIX}")


def _holder_text() -> str:
    return json.dumps(
        {"user": _user(), "host": socket.gethostname(), "pid": os.getpid()}, ensure_ascii=False
    )


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


def _locked_error(project: Path) -> ProjectLockedError:
    """The error for a lock someone holds, naming them as the sidecar tells it."""
    try:
        holder = json.loads(lock_path(project).read_text(encoding="utf-8"))
        text = f"{holder['user']}@{holder['host']}"
    except (OSError, ValueError, KeyError, TypeError):
        return ProjectLockedError(project, "unknown user")
    mine = holder.get("pid") == os.getpid() and holder.get("host") == socket.gethostname()
    return ProjectLockedError(project, text, this_process=mine)


class ProjectLock:
    """An exclusive lock on one project file, held from :meth:`acquire` to :meth:`release`."""

    def __init__(self, project: Path, handle: IO[str] | None) -> None:
        self.project = project
        self._handle = handle

    @classmethod
    def acquire(cls, project: Path) -> ProjectLock:
        """Lock ``project`` for writing; raise ProjectLockedError when someone else has it."""
        if fcntl is None:  # pragma: no cover
            return cls(project, None)
        sidecar = lock_path(project)
        while True:
            try:
                handle = sidecar.open("a+", encoding="utf-8")
            except OSError as error:
                raise ProjectError(
                    f"cannot lock {project}: {error.strerror or error} ({sidecar})"
                ) from error
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                raise _locked_error(project) from None
            except OSError as error:
                handle.close()
                raise ProjectError(f"cannot lock {project}: {error.strerror or error}") from error
            # A holder that just closed removed the sidecar after we opened it: our lock is
            # on a file nobody else will look at, so start again with the file now there.
            if _same_file(handle, sidecar):
                break
            handle.close()
        handle.seek(0)
        handle.truncate()
        handle.write(_holder_text())
        handle.flush()
        return cls(project, handle)

    @property
    def held(self) -> bool:
        """True until :meth:`release`."""
        return self._handle is not None

    def release(self) -> None:
        """Give the lock up and remove the sidecar; safe to call twice."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        # Removed while still locked, so no one can lock the old file in between; a sidecar
        # that cannot be removed is harmless, as nobody holds its lock once it is closed.
        with contextlib.suppress(OSError):
            lock_path(self.project).unlink(missing_ok=True)
        handle.close()


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        now = path.stat()
    except FileNotFoundError:
        return False
    mine = os.fstat(handle.fileno())
    return (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino)


@dataclass(frozen=True)
class Access:
    """How a project file can be opened: for writing, or read-only (and why)."""

    read_only: bool
    immutable: bool = False
    reason: str | None = None


def decide_access(project: Path) -> Access:
    """Whether ``project`` can be written, found by asking and by trying.

    ``os.access`` knows about permissions and read-only mounts; an actual attempt to create
    a file in the folder and to open the file for writing catches what it does not (network
    shares, some sandboxes). Nothing is changed. A folder Tekstur cannot write to also
    means SQLite cannot make the ``-shm`` file that WAL needs, so the file is opened as
    immutable — unless it carries unsaved changes in its ``-wal`` file, which cannot be read
    that way: that is refused with a message.
    """
    folder = project.parent
    folder_ok = os.access(folder, os.W_OK | os.X_OK) and _can_create_in(folder)
    file_ok = os.access(project, os.W_OK) and _can_open_for_writing(project)
    if folder_ok and file_ok:
        return Access(read_only=False)
    where = "the file" if folder_ok else f"the folder {folder}"
    reason = f"{project} is opened read-only: Tekstur cannot write to {where}"
    if folder_ok:
        return Access(read_only=True, reason=reason)
    wal, shm = Path(f"{project}-wal"), Path(f"{project}-shm")
    if wal.exists() and wal.stat().st_size > 0:
        if shm.exists():
            return Access(read_only=True, reason=reason)
        raise ProjectError(
            f"{project} has changes in {wal.name} that cannot be read from the read-only"
            f" folder {folder}; copy the project with its {wal.name} file to a folder you can"
            " write to"
        )
    return Access(read_only=True, immutable=True, reason=reason)


def _can_create_in(folder: Path) -> bool:
    try:
        handle, name = tempfile.mkstemp(prefix=".tekstur-probe-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    with contextlib.suppress(OSError):
        Path(name).unlink()
    return True


def _can_open_for_writing(project: Path) -> bool:
    try:
        handle = os.open(project, os.O_RDWR)
    except OSError:
        return False
    os.close(handle)
    return True


def open_for_reading(target: str | Path) -> ProjectDatabase:
    """Open a project to read it: for writing as usual when it is free, else read-only.

    For commands that only read (``tekstur info``, ``tekstur check``, a backup), so they
    also work while the project is open in a Tekstur window.
    """
    try:
        return open_project(target)
    except ProjectLockedError:
        return open_project(target, read_only=True)
