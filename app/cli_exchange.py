"""``tekstur exchange``: REFI-QDA projects in and out.

``tekstur exchange import FILE.qdpx PROJECT [--json]`` makes a new project of a ``.qdpx`` (or
a bare ``.qde``) from NVivo, ATLAS.ti, MAXQDA or any other REFI-QDA program and prints what
it stored and what it skipped; ``tekstur exchange export PROJECT OUT.qdpx`` writes a project
(``OUT.qdc``: only its codes).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli_common import UserError, add_command

EXPORT_SUFFIXES = (".qdpx", ".qdc")


def register(commands: Any) -> None:
    """Add ``tekstur exchange import|export`` to the parser's subcommands."""
    parser = add_command(commands, "exchange", "REFI-QDA project import and export (.qdpx)")
    actions = parser.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    imports = actions.add_parser("import", help="make a new project of a .qdpx or .qde file")
    imports.add_argument("file", metavar="FILE.qdpx")
    imports.add_argument("project", help="the new project (a file, or a postgresql:// URL)")
    imports.add_argument("--json", action="store_true", help="print one JSON object")
    imports.set_defaults(run=_import)
    exports = actions.add_parser("export", help="write a project as .qdpx (or its codes as .qdc)")
    exports.add_argument("project")
    exports.add_argument("out", metavar="OUT.qdpx")
    exports.add_argument("--json", action="store_true", help="print one JSON object")
    exports.set_defaults(run=_export)


def _import(args: argparse.Namespace) -> None:
    from importers.refi.exchange_model import ExchangeImportError
    from importers.refi.project_store import import_exchange

    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"no such file: {args.file}")
    try:
        summary = import_exchange(path, args.project)
    except ExchangeImportError as error:
        raise UserError(str(error)) from None
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
        return
    print(f"Imported {path.name} ({summary.origin or 'unknown program'}) into {summary.project}")
    print(summary.count_line())
    for notice in summary.notices:
        print(f"changed  {notice}")
    for skipped in summary.skipped:
        print(f"skipped  {skipped}", file=sys.stderr)


def _export(args: argparse.Namespace) -> None:
    from exporters.refi.project_writer import export_exchange
    from models.project_lock import open_for_reading

    out = Path(args.out)
    if out.suffix.lower() not in EXPORT_SUFFIXES:
        raise UserError(f"cannot export to '{out.name}': use a .qdpx or .qdc file name")
    if not out.parent.is_dir():
        raise UserError(f"folder {out.parent} does not exist")
    with open_for_reading(args.project) as db:
        try:
            summary = export_exchange(db, out)
        except ValueError as error:
            raise UserError(f"{args.project}: {error}") from None
        except OSError as error:
            raise UserError(f"cannot write {out}: {error.strerror}") from None
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
        return
    print(f"Exported {args.project} to {out}")
    codes_only = out.suffix.lower() == ".qdc"
    print(f"{summary.counts['codes']} codes" if codes_only else summary.count_line())
    for left_out in summary.left_out:
        print(f"not exported  {left_out}", file=sys.stderr)
