"""Throw-away PostgreSQL server for tests, reachable only through a Unix socket."""

from __future__ import annotations

import atexit
import itertools
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import NoReturn
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

_BINARIES = ("initdb", "pg_ctl", "postgres")
_counter = itertools.count(1)


class PostgresBinariesMissingError(RuntimeError):
    """Raised when the PostgreSQL server binaries cannot be found."""


def find_pg_bin_dir() -> Path:
    """Return the directory holding initdb, pg_ctl and postgres (PATH first)."""
    candidates = [Path(p).parent for p in [shutil.which("initdb")] if p is not None]
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda d: [int(x) for x in re.findall(r"\d+", d.parent.name)],
        reverse=True,
    )
    for directory in candidates:
        if all(os.access(directory / name, os.X_OK) for name in _BINARIES):
            return directory
    everywhere = [*candidates, *(Path(p) for p in os.get_exec_path())]
    missing = next(
        (n for n in _BINARIES if not any((d / n).exists() for d in everywhere)), "initdb"
    )
    raise PostgresBinariesMissingError(
        f"PostgreSQL binary {missing!r} not found on PATH or in /usr/lib/postgresql/*/bin; "
        "`make test` installs the `postgresql` apt package"
    )


def _pg_tool(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a PostgreSQL tool, as the `postgres` user when we are root."""
    cmd = [str(bin_dir / args[0]), *args[1:]]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def _reap_orphans(bin_dir: Path) -> None:
    """Stop servers whose creating process died without cleaning up (e.g. SIGKILL)."""
    for folder in Path("/tmp").glob("tekstur-pg-*"):
        try:
            os.kill(int((folder / "owner.pid").read_text()), 0)
        except ProcessLookupError:
            _pg_tool(
                bin_dir, folder, "pg_ctl", "stop", "-m", "immediate", "-D", str(folder / "data")
            )
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, ValueError):
            continue  # owner alive, not ours, or still being created


class ThrowawayPostgres:
    """A PostgreSQL server in a temporary folder, reachable only through a Unix socket."""

    def __init__(self) -> None:
        self._tmp: Path | None = None
        self._bin: Path | None = None
        self._running = False

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a PostgreSQL tool on this server's folder."""
        assert self._bin is not None and self._tmp is not None
        return _pg_tool(self._bin, self._tmp, *args)

    def start(self) -> None:
        """Create a cluster in a fresh temporary folder and start the server."""
        if self._running:
            return
        self._bin = find_pg_bin_dir()
        owner = pwd.getpwnam("postgres") if os.geteuid() == 0 else None  # initdb refuses root
        _reap_orphans(self._bin)
        self._tmp = tmp = Path(tempfile.mkdtemp(prefix="tekstur-pg-", dir="/tmp"))
        (tmp / "owner.pid").write_text(str(os.getpid()))
        atexit.register(self.stop)
        if owner is not None:
            os.chown(tmp, owner.pw_uid, owner.pw_gid)
        data, log = str(tmp / "data"), tmp / "server.log"
        init = self._run(
            "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "-N"
        )
        if init.returncode != 0:
            self._fail("initdb", init.stdout + init.stderr)
        opts = (
            f"-c listen_addresses='' -c unix_socket_directories='{tmp}'"
            " -c fsync=off -c max_connections=50"
        )
        ctl = self._run("pg_ctl", "start", "-w", "-t", "60", "-D", data, "-l", str(log), "-o", opts)
        if ctl.returncode != 0:
            lines = log.read_text(errors="replace").splitlines() if log.exists() else []
            tail = "\n".join(lines[-40:])
            self._fail("pg_ctl start", f"{ctl.stdout}{ctl.stderr}\n--- server log tail ---\n{tail}")
        self._running = True

    def _fail(self, step: str, output: str) -> NoReturn:
        """Clean up, then raise a RuntimeError describing the failed step."""
        self.stop()
        raise RuntimeError(f"throw-away PostgreSQL: {step} failed:\n{output}")

    def stop(self) -> None:
        """Stop the server immediately and delete its folder; safe to call twice."""
        atexit.unregister(self.stop)
        if self._tmp is not None:
            if (self._tmp / "data" / "postmaster.pid").exists():
                self._run("pg_ctl", "stop", "-m", "immediate", "-w", "-D", str(self._tmp / "data"))
            shutil.rmtree(self._tmp, ignore_errors=True)
        self._tmp = None
        self._running = False

    @property
    def socket_dir(self) -> Path:
        """Directory holding the server's Unix socket."""
        if self._tmp is None or not self._running:
            raise RuntimeError("throw-away PostgreSQL is not running")
        return self._tmp

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of `database` on this server."""
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}"

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        """Autocommit connection to the `postgres` maintenance database."""
        return psycopg.connect(
            host=str(self.socket_dir), user="postgres", dbname="postgres", autocommit=True
        )

    def create_database(self, name: str | None = None) -> str:
        """Create a UTF8 database (unique name by default) and return its SQLAlchemy URL."""
        name = name or f"tekstur_test_{os.getpid()}_{next(_counter)}"
        query = sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0")
        with self._admin() as conn:
            conn.execute(query.format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name_or_url: str) -> None:
        """Disconnect everyone from a database (name or URL), then drop it if it exists."""
        name = urlsplit(name_or_url).path.lstrip("/") if "://" in name_or_url else name_or_url
        with self._admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))

    def __enter__(self) -> ThrowawayPostgres:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
