"""``tekstur backup`` and ``tekstur restore``: rolling backups of a project file.

``tekstur backup PROJECT`` writes a backup into ``<name>.backups`` beside the project,
prunes the old ones and verifies the new one; ``--list`` shows what is there.
``tekstur restore PROJECT BACKUP_FILE`` puts a backup back (the project must be closed).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_common import UserError, add_command

if TYPE_CHECKING:
    from models.backups import BackupInfo


def register(commands: Any) -> None:
    """Add ``tekstur backup`` and ``tekstur restore``."""
    backup = add_command(commands, "backup", "back up a project file (or list its backups)")
    backup.add_argument("project")
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    backup.add_argument("--reason", default="manual", help="why (part of the file name)")
    backup.set_defaults(run=_backup)
    restore = add_command(commands, "restore", "put a backup back as the project")
    restore.add_argument("project")
    restore.add_argument("backup_file")
    restore.set_defaults(run=_restore)


def _project_file(target: str) -> Path:
    from models.database import ProjectLocation

    location = ProjectLocation.parse(target)
    if location.path is None:
        raise UserError(
            f"{location}: backups are for project files; back up PostgreSQL with pg_dump"
        )
    if not location.path.is_file():
        raise UserError(f"{location.path} does not exist")
    return location.path


def _backup(args: argparse.Namespace) -> None:
    from models.backups import list_backups, make_backup, prune_backups, verify_backup

    project = _project_file(args.project)
    if args.list:
        _print_list(list_backups(project, count_codings=True), project)
        return
    made = make_backup(project, args.reason)
    removed = prune_backups(project)
    problems = verify_backup(made.path)
    if problems:
        raise UserError(f"the backup {made.path} failed its check: {problems[0]}")
    print(made.path)
    if removed:
        print(f"Removed {len(removed)} old backup(s)")


def _print_list(backups: list[BackupInfo], project: Path) -> None:
    if not backups:
        print(f"No backups of {project}")
        return
    for info in backups:
        when = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        codings = "?" if info.codings is None else str(info.codings)
        print(f"{when}  {info.reason:<16} {_size(info.size):>9}  {codings:>7} codings  {info.path}")


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _restore(args: argparse.Namespace) -> None:
    from models.backups import restore_backup

    project = _project_file(args.project)
    backup = Path(args.backup_file).expanduser().absolute()
    if not backup.is_file():
        raise UserError(f"{backup} does not exist")
    saved = restore_backup(project, backup)
    print(f"Restored {project} from {backup}")
    print(f"What it held before is in {saved.path}")
