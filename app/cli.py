"""The ``tekstur`` command line. Qt-free: only ``tekstur gui`` imports the GUI, lazily.

Exit status: 0 on success, 1 with a one-line message on stderr for a user error (a missing
project, a bad span, a failed check), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from app import (
    cli_autocode,
    cli_codebook,
    cli_exchange,
    cli_import,
    cli_report,
    cli_speakers,
    cli_tables,
)
from app.cli_common import EXIT_OK, EXIT_USER_ERROR, UserError, default_coder
from importers.result import ImportRefusedError
from models.commands.base import CommandError
from models.database import ProjectError, create_project, migrate_project, open_project


def _init(args: argparse.Namespace) -> None:
    with create_project(args.project, name=args.name) as db:
        print(f"Created {db.location}")


def _info(args: argparse.Namespace) -> None:
    from models.project_lock import open_for_reading
    from models.summary import project_summary

    with open_for_reading(args.project) as db:  # also while a Tekstur window has it open
        summary = project_summary(db)
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
        return
    rows = [
        ("Project", summary.name),
        ("Location", summary.location),
        ("Schema", summary.schema),
        ("Documents", summary.documents),
        ("Codes", summary.codes),
        ("Codings", summary.codings),
        ("Cases", summary.cases),
        ("Coders", summary.coders),
    ]
    for label, value in rows:
        print(f"{label:<10} {value}")


def _code(args: argparse.Namespace) -> None:
    from sqlalchemy import select

    from models.commands import CodePassage, apply_command
    from models.documents import Document

    with open_project(args.project) as db:
        with db.read() as connection:
            found = connection.execute(
                select(Document.id, Document.text).where(Document.name == args.doc)
            ).first()
        if found is None:
            raise UserError(f"no document called '{args.doc}' in {db.location}")
        command = CodePassage(
            found.id,
            args.code,
            args.coder or default_coder(),
            args.start,
            args.end,
            document_name=args.doc,
        )
        apply_command(db, command)
    quote = found.text[args.start : args.end].replace("\n", " ")
    quote = quote if len(quote) <= 60 else quote[:57] + "..."
    added = "Coded" if command.added else "Already coded"
    print(
        f"{added} '{args.code}' on '{args.doc}' [{args.start}, {args.end})"
        f" by {command.coder}: «{quote}»"
    )


def _check(args: argparse.Namespace) -> None:
    from models.integrity import check_project
    from models.project_lock import open_for_reading

    with open_for_reading(args.project) as db:
        problems = check_project(db)
    for problem in problems:
        print(problem)
    if problems:
        raise UserError(f"{len(problems)} problem(s) found in {args.project}")
    print(f"OK: {args.project} is whole")


def _migrate(args: argparse.Namespace) -> None:
    result = migrate_project(args.url)
    if result.before == result.after:
        print(f"Already at schema {result.after}")
    else:
        print(f"Upgraded schema {result.before} → {result.after}")
        if result.backup:
            print(f"Backup: {result.backup}")


def _gui(args: argparse.Namespace) -> int:
    from app.gui.launch import run_gui

    return run_gui(getattr(args, "project", None), demo=getattr(args, "demo", False))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="tekstur", description="Tekstur: code transcripts, build matrices and reports."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new project (file or postgresql:// URL)")
    init.add_argument("project")
    init.add_argument("--name", help="project name (default: the file name)")
    init.set_defaults(run=_init)

    info = commands.add_parser("info", help="show what a project holds")
    info.add_argument("project")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(run=_info)

    code = commands.add_parser("code", help="add one coding to a document")
    code.add_argument("project")
    code.add_argument("--doc", required=True, help="document name")
    code.add_argument("--code", required=True, help="code path, levels separated by /")
    code.add_argument("--start", required=True, type=int, help="first character (from 0)")
    code.add_argument("--end", required=True, type=int, help="character after the last one")
    code.add_argument("--coder", help="coder name (default: $TEKSTUR_CODER or your login)")
    code.set_defaults(run=_code)

    check = commands.add_parser("check", help="verify a project's integrity")
    check.add_argument("project")
    check.set_defaults(run=_check)

    migrate = commands.add_parser("migrate", help="upgrade a project's schema (PostgreSQL)")
    migrate.add_argument("url")
    migrate.set_defaults(run=_migrate)

    gui = commands.add_parser("gui", help="open the desktop application")
    gui.add_argument("project", nargs="?")
    gui.add_argument("--demo", action="store_true", help="open the bundled demo project")
    gui.set_defaults(run=_gui)

    for module in (
        cli_import,
        cli_speakers,
        cli_tables,
        cli_codebook,
        cli_exchange,
        cli_autocode,
        cli_report,
    ):
        module.register(commands)
    from app import cli_query

    cli_query.register(commands)
    from app import cli_pseudonymise

    cli_pseudonymise.register(commands)
    from app import cli_merge

    cli_merge.register(commands)
    from app import cli_backup

    cli_backup.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int | None] = getattr(args, "run", _gui)
    try:
        return run(args) or EXIT_OK
    except (ProjectError, CommandError, UserError, ImportRefusedError) as error:
        print(f"tekstur: {error}", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
