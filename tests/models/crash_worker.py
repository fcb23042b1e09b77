"""A long batch of commands, run in a child process that the crash test kills with SIGKILL.

Usage: python -m tests.models.crash_worker PROJECT single|bulk|CODER:COUNT
Prints one line per committed command, flushed, so the parent knows what was acknowledged.
``CODER:COUNT`` codes COUNT passages as CODER and stops, for tests with several writers.
"""

from __future__ import annotations

import sys

from sqlalchemy import func, select

from models import Coding, Document
from models.commands import (
    AddCodings,
    CodePassage,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    apply_command,
)
from models.database import ProjectDatabase, ProjectLocation, open_project

BULK = 5_000


def main(project: str, mode: str) -> None:
    """Apply commands until killed, continuing from the codings already in the project."""
    # Several writers at once test SQLite's own safety underneath Tekstur's one-writer lock,
    # so they open the file directly instead of through open_project, which takes the lock.
    several = ":" in mode
    with (
        ProjectDatabase(ProjectLocation.parse(project)) if several else open_project(project) as db
    ):
        with db.read() as connection:
            document_id = connection.execute(select(Document.id)).scalar_one()
            done = connection.execute(select(func.count()).select_from(Coding)).scalar_one()
        if ":" in mode:
            name, count = mode.split(":")
            for i in range(int(count)):
                path = f"Fælles tema {i % 4}/{name}"
                apply_command(db, CodePassage(document_id, path, name, i, i + 1))
                print(i, flush=True)
        elif mode == "single":
            for i in range(done, done + 100_000):
                apply_command(
                    db,
                    CodePassage(
                        document_id, f"Tema {i % 20}/Undertema {i % 7}", f"koder {i % 3}", i, i + 3
                    ),
                )
                print(i, flush=True)
        else:
            code, coder = EnsureCodePath("Masse/Kodning"), EnsureCoder("robot")
            apply_command(db, code)
            apply_command(db, coder)
            assert code.code_id is not None and coder.coder_id is not None
            for batch in range(done // BULK, 1_000):
                spans = [
                    CodingSpan(document_id, code.code_id, coder.coder_id, i, i + 2)
                    for i in range(batch * BULK, (batch + 1) * BULK)
                ]
                apply_command(db, AddCodings(spans))
                print(batch, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
