"""The ``tekstur codebook`` subcommands: list the built-ins, add a codebook, export one.

``tekstur codebook builtin`` lists the codebooks that ship with Tekstur; ``tekstur codebook
add PROJECT NAME-or-FILE`` adds a built-in (by Danish or English title) or a ``.qdc``,
``.qdpx``, ``.xlsx`` or ``.csv`` file in one undoable step; ``tekstur codebook export PROJECT
OUT.qdc|OUT.xlsx|OUT.docx [--lang da|en] [--codebook NAME]`` writes the project's codes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli_common import UserError, add_command
from codebooks.export import EXPORT_SUFFIXES, write_codebook
from models.codebook_spec import CodebookFileError, CodebookSpec

FILE_SUFFIXES = (".qdc", ".qdpx", ".xlsx", ".csv")


def _builtin(args: argparse.Namespace) -> None:
    from codebooks.builtin import builtin_codebooks

    books = builtin_codebooks()
    width = max(len(book.title_da) for book in books)
    for book in books:
        print(f"{book.title_da:<{width}}  {book.codes:>3} codes  ({book.title_en})")


def load_codebook(source: str) -> CodebookSpec:
    """The codebook named by ``source``: a built-in's title, or a codebook file."""
    from codebooks.builtin import load_builtin

    path = Path(source)
    if path.suffix.lower() in FILE_SUFFIXES:
        if not path.is_file():
            raise UserError(f"no such file: {source}")
        try:
            if path.suffix.lower() in (".qdc", ".qdpx"):
                from codebooks.translations import read_translated_qdc

                spec = read_translated_qdc(path)
            else:
                from importers.codebook_table import read_codebook_table

                spec = read_codebook_table(path)
        except CodebookFileError as error:
            raise UserError(str(error)) from None
        return spec.in_language("da")
    try:
        return load_builtin(source)
    except LookupError as error:
        raise UserError(f"{error.args[0]}; or give a .qdc, .xlsx or .csv file") from None


def _add(args: argparse.Namespace) -> None:
    from models.commands import AddCodebook, apply_command
    from models.database import open_project

    spec = load_codebook(args.source)
    command = AddCodebook(spec)
    with open_project(args.project) as db:
        apply_command(db, command)
    print(
        f"Added codebook '{spec.name}' to {args.project}: {command.created} new code(s),"
        f" {command.merged} already there"
    )


def _export(args: argparse.Namespace) -> None:
    from models.codebook_reading import read_project_codebook
    from models.project_lock import open_for_reading

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise UserError(f"cannot export to '{out.name}': use a .qdc, .xlsx or .docx file name")
    with open_for_reading(args.project) as db:
        try:
            spec = read_project_codebook(db, args.codebook)
        except LookupError as error:
            raise UserError(str(error.args[0])) from None
    if not spec.codes:
        raise UserError(f"{args.project} holds no codes to export")
    try:
        written = write_codebook(spec, out, args.lang)
    except OSError as error:
        raise UserError(f"cannot write {out}: {error.strerror}") from None
    names = ", ".join(str(path) for path in written)
    print(f"Exported {spec.count()} code(s) in {args.lang} to {names}")


def register(commands: Any) -> None:
    """Add these subcommands to the parser's subcommands."""
    parser = add_command(commands, "codebook", "built-in codebooks, adding and exporting them")
    actions = parser.add_subparsers(dest="codebook_command", metavar="ACTION", required=True)

    builtin = actions.add_parser("builtin", help="list the codebooks that ship with Tekstur")
    builtin.set_defaults(run=_builtin)

    add = actions.add_parser("add", help="add a built-in codebook or a codebook file")
    add.add_argument("project")
    add.add_argument("source", metavar="NAME-or-FILE", help="built-in title or .qdc/.xlsx/.csv")
    add.set_defaults(run=_add)

    export = actions.add_parser("export", help="export the project's codes")
    export.add_argument("project")
    export.add_argument("out", metavar="OUT", help="OUT.qdc, OUT.xlsx or OUT.docx")
    export.add_argument("--lang", choices=("da", "en"), default="da", help="language (da)")
    export.add_argument("--codebook", help="only the codes of this codebook (default: all)")
    export.set_defaults(run=_export)
