"""The ``tekstur`` subcommands for tables: case attributes and case journals from spreadsheets.

``tekstur attributes import PROJECT FILE [--type COLUMN=TYPE]... [--preview] [--json]`` and
``tekstur journals import PROJECT FILE [--json]``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli_common import EXIT_OK, EXIT_USER_ERROR, UserError, add_command
from models.cases import AttributeType


def register(commands: Any) -> None:
    """Add these subcommands to the parser's subcommands."""
    attributes = add_command(commands, "attributes", "case attributes from a spreadsheet")
    actions = attributes.add_subparsers(dest="attributes_action", metavar="ACTION", required=True)
    run = actions.add_parser(
        "import", help="create or update cases and their attributes from .xlsx or .csv"
    )
    run.add_argument("project")
    run.add_argument("file")
    run.add_argument(
        "--type",
        action="append",
        default=[],
        metavar="COLUMN=TYPE",
        help="type of a column: text, number, date or yes/no (repeatable)",
    )
    run.add_argument("--preview", action="store_true", help="show the columns; store nothing")
    run.add_argument("--sheet", help="the workbook sheet to read (default: the first)")
    run.add_argument("--json", action="store_true", help="print one JSON object")
    run.set_defaults(run=_import_attributes)

    journals = add_command(commands, "journals", "case journals from a case-system export")
    actions = journals.add_subparsers(dest="journals_action", metavar="ACTION", required=True)
    run = actions.add_parser("import", help="one journal document per case from .xlsx or .csv")
    run.add_argument("project")
    run.add_argument("file")
    run.add_argument("--sheet", help="the workbook sheet to read (default: the first)")
    run.add_argument("--json", action="store_true", help="print one JSON object per document")
    run.set_defaults(run=_import_journals)


def _types(pairs: list[str]) -> dict[str, AttributeType]:
    from importers.attribute_types import parse_type_name

    types: dict[str, AttributeType] = {}
    for pair in pairs:
        column, equals, name = pair.rpartition("=")
        if not equals or not column.strip():
            raise UserError(f"--type {pair!r}: write it as COLUMN=TYPE, e.g. Alder=number")
        try:
            types[column.strip()] = parse_type_name(name)
        except ValueError as error:
            raise UserError(f"--type {pair!r}: {error}") from None
    return types


def _import_attributes(args: argparse.Namespace) -> int:
    from importers.attribute_types import type_word
    from importers.case_attributes import plan_case_attributes, preview_case_attributes
    from models.commands import apply_command
    from models.database import open_project

    types = _types(args.type)
    with open_project(args.project) as db:
        if args.preview:
            preview = preview_case_attributes(args.file, db, types=types, sheet=args.sheet)
            if args.json:
                print(json.dumps(preview.as_dict(), ensure_ascii=False))
                return EXIT_USER_ERROR if preview.refused else EXIT_OK
            print(
                f"{preview.file}: {preview.cases} cases in column '{preview.id_column}',"
                f" {preview.new_cases} new"
            )
            for column in preview.columns:
                examples = ", ".join(column.examples)
                print(
                    f"  {column.column}: {type_word(column.type)}, {column.values} values,"
                    f" {column.empty} empty (e.g. {examples})"
                )
                for problem in column.problems:
                    print(f"    ! {problem}")
            return EXIT_USER_ERROR if preview.refused else EXIT_OK
        command = plan_case_attributes(args.file, db, types=types, sheet=args.sheet)
        apply_command(db, command)
    summary = {
        "file": command.file_name,
        "status": "imported",
        "cases_created": command.cases_created,
        "cases_updated": command.cases_updated,
        "attributes_defined": command.attributes_defined,
        "values_set": command.values_set,
        "types": {name: type_word(kind) for name, kind in command.columns},
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(
            f"Imported {command.file_name}: {command.cases_created} cases created,"
            f" {command.cases_updated} updated, {command.attributes_defined} attributes"
            f" defined, {command.values_set} values set"
        )
    return EXIT_OK


def _import_journals(args: argparse.Namespace) -> int:
    from importers.journals import plan_journals
    from models.commands import apply_command
    from models.database import open_project

    with open_project(args.project) as db:
        command = plan_journals(args.file, args.sheet)
        apply_command(db, command)
    for outcome in command.outcomes:
        if args.json:
            print(json.dumps(outcome.as_dict(), ensure_ascii=False))
        else:
            print(f"{outcome.status:<9} {outcome.name}: {outcome.message}")
    refused = [outcome for outcome in command.outcomes if outcome.status == "refused"]
    if not args.json:
        imported = sum(outcome.status == "imported" for outcome in command.outcomes)
        print(
            f"{imported} journals imported, {len(command.outcomes) - imported - len(refused)}"
            f" skipped, {len(refused)} refused; {command.cases_created} cases created"
        )
    if refused:
        raise UserError(f"{len(refused)} journal(s) refused from {command.file_name}")
    return EXIT_OK
