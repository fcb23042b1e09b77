"""Importing a REFI-QDA project as a new Tekstur project, all or nothing.

The file is read completely before the project is created; then everything is stored in
one transaction by one command, in bulk inserts. If anything fails (or the user cancels),
the transaction is rolled back and the new project is removed again: the SQLite file with
its ``-wal`` and ``-shm`` files, or the tables made in the PostgreSQL database.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from importers.refi.archive import open_exchange_file
from importers.refi.exchange_model import ExchangeProject
from importers.refi.project_reader import read_exchange_project
from importers.refi.store_cases import store_cases, store_variables
from importers.refi.store_context import StoreContext
from importers.refi.store_core import store_codes, store_codings, store_documents, store_users
from importers.refi.store_notes import store_links, store_notes, store_sets
from importers.refi.summary import ImportSummary
from models.base import Base
from models.changes import ChangeRecorder
from models.commands.base import Command, apply_command
from models.database import ProjectDatabase, create_project
from models.documents import Project
from models.progress import Progress, no_progress


class StoreExchangeProject(Command):
    """Store everything of a REFI-QDA project read into memory (into an empty project)."""

    def __init__(self, project: ExchangeProject, progress: Progress = no_progress) -> None:
        self.project = project
        self.progress = progress
        self.summary = ImportSummary(project.file_name, "", project.origin)

    @property
    def label(self) -> str:
        """Shown in the undo history."""
        return f"Import REFI-QDA project '{self.project.name}'"

    def record(self, tx: ChangeRecorder) -> None:
        """Store users, codes, documents, codings, cases, variables, notes, sets and links."""
        ctx = StoreContext(tx, self.project, self.summary)
        values = {"description": self.project.description, "created_at": self.project.created}
        changed = {column: value for column, value in values.items() if value}
        if changed:
            project_id = tx.connection.execute(select(Project.id)).scalar_one()
            tx.update(Project, project_id, **changed)
        steps = (
            ("users", store_users),
            ("codes", store_codes),
            ("documents", store_documents),
            ("codings", store_codings),
            ("cases", store_cases),
            ("variables", store_variables),
        )
        total = len(steps) + 2
        for number, (what, step) in enumerate(steps):
            self.progress(2 + number, 2 + total, f"Storing {what}")
            step(ctx)
        self.progress(2 + len(steps), 2 + total, "Storing notes")
        consumed = store_notes(ctx)
        self.progress(3 + len(steps), 2 + total, "Storing sets and links")
        store_sets(ctx)
        store_links(ctx, consumed)
        self.summary.skipped = list(self.project.skipped)
        self.summary.notices = list(self.project.notices)


def import_exchange(
    path: Path, target: str | Path, progress: Progress = no_progress
) -> ImportSummary:
    """Import the ``.qdpx`` or ``.qde`` at ``path`` as a new project at ``target``.

    Raises ExchangeImportError for a file that cannot be imported at all, ProjectError when
    the target exists, CommandError when the project refuses the data; in each case, and on
    cancel, nothing is left at ``target``.
    """
    progress(0, 10, f"Reading {path.name}")
    project = read_exchange_project(open_exchange_file(path))
    progress(1, 10, "Creating the project")
    db = create_project(target, name=project.name[:200])
    try:
        command = StoreExchangeProject(project, progress)
        apply_command(db, command)
    except BaseException:
        discard_project(db)
        raise
    db.close()
    command.summary.project = str(db.location)
    progress(10, 10, "Done")
    return command.summary


def discard_project(db: ProjectDatabase) -> None:
    """Remove a project this import created: its file, or its tables in PostgreSQL."""
    path = db.location.path
    if path is None:
        try:
            with db.write() as connection:
                Base.metadata.drop_all(connection)
                connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        finally:
            db.close()
        return
    db.close()
    for leftover in ("", "-wal", "-shm"):
        Path(f"{path}{leftover}").unlink(missing_ok=True)
