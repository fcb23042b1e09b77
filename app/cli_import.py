"""``tekstur import``: transcripts and notes from files and folders into a project."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli_common import UserError, add_command
from models.documents import DocumentKind


def register(commands: Any) -> None:
    """Add ``tekstur import`` to the parser's subcommands."""
    parser = add_command(commands, "import", "import transcripts and other documents")
    parser.add_argument("project")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    parser.add_argument(
        "--kind",
        choices=[kind.value for kind in DocumentKind],
        help="document kind (default: guessed from the number of speakers)",
    )
    parser.add_argument(
        "--attr",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a document attribute for every imported file (repeatable)",
    )
    parser.add_argument(
        "--name-pattern",
        metavar="PATTERN",
        help="attributes from file names, e.g. '{Runde}_{Afdeling}_{Rolle}_*'",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per file")
    parser.set_defaults(run=_import)


def _attributes(pairs: list[str]) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise UserError(f"--attr needs NAME=VALUE, not '{pair}'")
        attributes[name.strip()] = value.strip()
    return attributes


def _import(args: argparse.Namespace) -> int:
    from importers.batch import ImportOptions, import_files
    from importers.name_pattern import NamePattern, NamePatternError
    from models.database import open_project

    try:
        pattern = NamePattern.parse(args.name_pattern) if args.name_pattern else None
    except NamePatternError as error:
        raise UserError(str(error)) from None
    options = ImportOptions(
        kind=DocumentKind(args.kind) if args.kind else None,
        attributes=_attributes(args.attr),
        name_pattern=pattern,
    )
    with open_project(args.project) as db:
        report = import_files(db, [Path(p) for p in args.paths], options)
    for outcome in report.outcomes:
        if args.json:
            print(json.dumps(outcome.as_dict(), ensure_ascii=False))
        elif outcome.status == "imported":
            speakers = ", ".join(outcome.speakers) or "no speakers found"
            line = f"imported  {outcome.name}: {outcome.characters:,} characters,"
            line += f" {outcome.turns} turns ({speakers})"
            print(line + (f"; {outcome.message}" if outcome.message else ""))
        else:
            print(f"{outcome.status:<9} {outcome.path.name}: {outcome.message}", file=sys.stderr)
    if not args.json:
        counts = (report.count(s) for s in ("imported", "skipped", "refused"))
        print("{} imported, {} skipped, {} refused".format(*counts))
    return 1 if report.count("refused") else 0
