"""How long a backup takes on a large project, against copying the file with the OS.

The window backs up on the GUI thread (on opening and every ten minutes of changes), so a
backup of a large project must stay well under a second. Figures printed: the project's
size, the time for one backup (SQLite's online backup API), for a plain file copy of the
same bytes (the lower bound), for verifying the backup, and for a restore.

Usage: python -m bench.bench_backups [--documents N] [--codings N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from bench.figures import record
from models import Code, Coder, Coding, Document
from models.backups import make_backup, restore_backup, verify_backup
from models.database import create_project

LINE = "Borgeren fortæller om tillid 😀 og samarbejde med sagsbehandleren i Ålborg.\n"


def build(path: Path, documents: int, codings: int) -> None:
    """A project of ``documents`` transcripts of about 60,000 characters and random codings."""
    chance = random.Random(11)
    text = LINE * (60_000 // len(LINE))
    with create_project(path, name="Sikkerhedskopier") as db, db.write() as connection:
        connection.execute(insert(Coder), [{"name": "ane"}])
        connection.execute(
            insert(Code), [{"name": f"Tema {i} æøå", "position": i} for i in range(40)]
        )
        connection.execute(
            insert(Document),
            [{"name": f"Interview {i:04d}", "text": text} for i in range(documents)],
        )
        rows = []
        for _ in range(codings):
            start = chance.randrange(len(text) - 200)
            rows.append(
                {
                    "document_id": chance.randint(1, documents),
                    "code_id": chance.randint(1, 40),
                    "coder_id": 1,
                    "start": start,
                    "end": start + chance.randint(10, 200),
                }
            )
        connection.execute(insert(Coding), rows)


def main(argv: list[str] | None = None) -> None:
    """Build the project, then time a backup, a file copy, a verification and a restore."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1_000)
    parser.add_argument("--codings", type=int, default=200_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "Stort projekt æøå.tekstur"
        build(project, args.documents, args.codings)
        size = project.stat().st_size / 1e6
        began = time.perf_counter()
        made = make_backup(project, "bench")
        backup = time.perf_counter() - began
        began = time.perf_counter()
        shutil.copyfile(project, Path(folder) / "kopi.tekstur")
        copy = time.perf_counter() - began
        began = time.perf_counter()
        problems = verify_backup(made.path)
        verify = time.perf_counter() - began
        began = time.perf_counter()
        restore_backup(project, made.path)
        restore = time.perf_counter() - began
    assert problems == [], problems
    print(f"project: {args.documents} documents, {args.codings} codings, {size:.0f} MB")
    print(f"backup:  {backup:.2f} s (a plain file copy: {copy:.2f} s)")
    print(f"verify:  {verify:.2f} s")
    print(f"restore: {restore:.2f} s (with the backup before it and the check after)")
    record("backup of a large project", backup, "s", goal=1.0, lower_bound=copy)
    record("verify a backup", verify, "s")
    record("restore a backup", restore, "s")


if __name__ == "__main__":
    main()
