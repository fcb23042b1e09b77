"""``tekstur pseudonymise``: report identifiers, apply the mapping, export the key file.

- ``--report FILE.csv`` lists what detection finds, with the replacement that would be used
  (the mapping's, else a suggestion); nothing in the project changes.
- ``--apply`` replaces every occurrence of each accepted term of the project's mapping and
  moves codings, turns, headings and annotations with the text. ``--mapping FILE.csv`` first
  adds the key file's terms to the mapping (in the same step). Without a mapping Tekstur
  refuses rather than guess: run ``--report``, decide, and apply a key file. A project file
  is compacted afterwards, so the replaced text does not linger in its free pages.
- ``--export-key FILE.csv`` writes the mapping (after applying, when both are given);
  ``--remove-mapping`` then removes it from the project and, for a project file, compacts
  the file so the removed text does not linger in it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.cli_common import UserError, add_command, default_coder

REPORT_HEADERS = (
    "document",
    "start",
    "end",
    "text",
    "category",
    "confidence",
    "context",
    "suggested replacement",
)


def register(commands: Any) -> None:
    """Add ``tekstur pseudonymise``."""
    parser = add_command(commands, "pseudonymise", "find identifiers and replace them")
    parser.add_argument("project")
    parser.add_argument("--doc", action="append", help="only this document (repeatable)")
    parser.add_argument("--report", type=Path, help="write the findings to this CSV file")
    parser.add_argument("--apply", action="store_true", help="apply the accepted mapping")
    parser.add_argument("--mapping", type=Path, help="key file to add to the mapping first")
    parser.add_argument("--export-key", type=Path, help="write the mapping to this CSV file")
    parser.add_argument(
        "--remove-mapping", action="store_true", help="after --export-key: remove the mapping"
    )
    parser.add_argument("--coder", help="who applies it (default: $TEKSTUR_CODER or your login)")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> None:
    from models.database import open_project

    if not (args.report or args.apply or args.export_key):
        raise UserError("say what to do: --report FILE.csv, --apply or --export-key FILE.csv")
    if args.report and args.apply:
        raise UserError("--report changes nothing; run --apply separately")
    if args.mapping and not args.apply:
        raise UserError("--mapping is used with --apply")
    if args.remove_mapping and not args.export_key:
        raise UserError("--remove-mapping needs --export-key, so the key is kept somewhere")
    for written in (args.report, args.export_key):
        if written is not None and written.suffix.lower() != ".csv":
            raise UserError(
                f"{written.name}: this file is written as CSV; name it {written.stem}.csv"
            )
    with open_project(args.project) as db:
        document_ids = _document_ids(db, args.doc)
        if args.report:
            _report(db, document_ids, args.report)
        if args.apply:
            _apply(db, document_ids, args.mapping, args.coder or default_coder())
        if args.export_key:
            _export_key(db, args.export_key, remove=args.remove_mapping)


def _document_ids(db: Any, names: Sequence[str] | None) -> list[int] | None:
    from sqlalchemy import select

    from models.documents import Document

    if not names:
        return None
    with db.read() as connection:
        found = dict(
            connection.execute(
                select(Document.name, Document.id).where(Document.name.in_(names))
            ).all()
        )
    missing = [name for name in names if name not in found]
    if missing:
        raise UserError(f"no document called '{missing[0]}' in {db.location}")
    return [found[name] for name in names]


def _report(db: Any, document_ids: list[int] | None, path: Path) -> None:
    from analysis.identifiers import find_identifiers
    from app.pseudonymise import group_findings, ignored_surfaces
    from exporters.safe_file import write_replacing
    from exporters.table_files import write_records_csv
    from models.pseudonyms import read_terms

    with db.read() as connection:
        mapping = read_terms(connection)
    ignored = ignored_surfaces(mapping)
    findings = find_identifiers(db, document_ids=document_ids, ignore=ignored)
    replacement = {}
    for group in group_findings(findings, mapping):
        for finding in group.findings:
            replacement[id(finding)] = group.replacement
    records = [
        (
            f.document_name,
            f.start,
            f.end,
            f.text,
            f.category.value,
            f.confidence,
            " ".join(f"{f.before}[{f.text}]{f.after}".split()),
            replacement[id(f)],
        )
        for f in findings
    ]

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8-sig", newline="") as out:
            write_records_csv(REPORT_HEADERS, records, out)

    try:
        write_replacing(path, write)
    except OSError as error:
        raise UserError(str(error)) from None
    documents = len({f.document_id for f in findings})
    print(f"Found {len(findings)} identifier(s) in {documents} document(s); wrote {path}")


def _apply(db: Any, document_ids: list[int] | None, mapping_file: Path | None, coder: str) -> None:
    from app.pseudonymise import pseudonymise_commands, replacement_counts
    from importers.pseudonym_key import read_key_file
    from models.commands import Batch, Command, CommandError, apply_command
    from models.commands.pseudonyms import SetPseudonymTerm
    from models.pseudonyms import TermDecision, accepted_terms

    stored: list[Command] = []
    with db.read() as connection:
        terms = accepted_terms(connection)
    if mapping_file is not None:
        for term in read_key_file(mapping_file):
            stored.append(SetPseudonymTerm(term))
            if term.decision is TermDecision.ACCEPTED:
                terms[term.surface] = term.replacement
            else:
                terms.pop(term.surface, None)
    if not terms:
        raise UserError(
            f"the pseudonym mapping of {db.location} has no accepted terms: write a report with"
            " --report, decide, and apply a key file with --mapping"
        )
    commands = pseudonymise_commands(db, terms, coder, document_ids)
    try:
        apply_command(db, Batch("Pseudonymise documents", [*stored, *commands]))
    except CommandError as error:
        if mapping_file is None:
            raise
        raise UserError(f"{mapping_file.name}: {error}") from None  # a term of the key file
    if mapping_file is not None:
        print(f"Added {len(stored)} term(s) from {mapping_file.name} to the mapping")
    for command in commands:
        print(f"{command.document_name}: {command.count} replacement(s)")
        for original, replacement, times in replacement_counts(command):
            print(f"  {original} → {replacement} ×{times}")
    if not commands:
        print("No accepted term occurs in the documents; nothing was replaced")
    elif db.location.is_sqlite:
        _compact(db)


def _export_key(db: Any, path: Path, *, remove: bool) -> None:
    from exporters.pseudonym_key import write_key_file
    from models.commands import apply_command
    from models.commands.pseudonyms import ClearPseudonymTerms
    from models.pseudonyms import read_terms

    with db.read() as connection:
        terms = read_terms(connection)
    if not terms:
        raise UserError(f"the pseudonym mapping of {db.location} is empty")
    try:
        count = write_key_file(terms, path)
    except OSError as error:
        raise UserError(str(error)) from None
    print(f"Wrote {count} term(s) to {path}")
    if remove:
        apply_command(db, ClearPseudonymTerms())
        if db.location.is_sqlite:
            _compact(db)
        print(f"Removed the mapping from {db.location}")


def _compact(db: Any) -> None:
    """Rewrite the project file so removed text does not linger in free pages or the log."""
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.driver_connection.execute("VACUUM")
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
