"""``tekstur speakers``: list the speakers found in transcripts and link them to cases.

Linking makes every passage a participant spoke count for that participant's case, so that
attributes such as ``Rolle`` and ``Afdeling`` reach the passage in matrices.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli_common import UserError, add_command


def register(commands: Any) -> None:
    """Add ``tekstur speakers list`` and ``tekstur speakers link``."""
    speakers = add_command(commands, "speakers", "speakers in transcripts and their cases")
    actions = speakers.add_subparsers(dest="speakers_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every speaker per document, with turns and case")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true", help="print one JSON object per row")
    listing.set_defaults(run=_list)
    link = actions.add_parser("link", help="make a speaker's turns count for a case")
    link.add_argument("project")
    link.add_argument("speaker", help="the speaker as listed")
    link.add_argument("case", help="the case name (created when missing)")
    link.add_argument("--doc", help="only in this document (default: in every document)")
    link.set_defaults(run=_link)


def _list(args: argparse.Namespace) -> None:
    from models.database import open_project
    from models.reading import speaker_rows

    with open_project(args.project) as db:
        rows = speaker_rows(db)
    for row in rows:
        if args.json:
            print(json.dumps(row.__dict__, ensure_ascii=False))
        else:
            case = f" → {row.case}" if row.case else ""
            print(f"{row.speaker}\t{row.document}\tturns: {row.turns}{case}")


def _link(args: argparse.Namespace) -> None:
    from sqlalchemy import select

    from models.commands import LinkSpeakerToNamedCase, apply_command
    from models.database import open_project
    from models.documents import Document

    with open_project(args.project) as db:
        document_id = None
        if args.doc is not None:
            with db.read() as connection:
                document_id = connection.execute(
                    select(Document.id).where(Document.name == args.doc)
                ).scalar()
            if document_id is None:
                raise UserError(f"no document called '{args.doc}' in {db.location}")
        command = LinkSpeakerToNamedCase(args.speaker, args.case, document_id)
        apply_command(db, command)
    where = f" in '{args.doc}'" if args.doc else ""
    created = " (new case)" if command.case_created else ""
    print(
        f"Linked {command.turns_linked} turn(s) of '{args.speaker}'{where}"
        f" to case '{args.case}'{created}"
    )
