"""``tekstur merge PROJECT OTHER --as-coder NAME [--replace] [--json]``.

Adds the codings of OTHER (a ``.tekstur`` project, or a REFI-QDA ``.qdpx``/``.qde``) of the
same documents to PROJECT as the coder NAME, in one undoable step (see
:mod:`importers.project_merge`): documents matched by their text, codes by path.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli_common import UserError, add_command


def register(commands: Any) -> None:
    """Add ``tekstur merge`` to the parser's subcommands."""
    parser = add_command(commands, "merge", "add another coder's codings of the same documents")
    parser.add_argument("project")
    parser.add_argument("other", metavar="OTHER", help="a .tekstur project or a .qdpx/.qde file")
    parser.add_argument(
        "--as-coder", required=True, metavar="NAME", help="the coder the codings belong to here"
    )
    parser.add_argument(
        "--replace", action="store_true", help="replace the codings NAME already has here"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=_merge)


def _merge(args: argparse.Namespace) -> None:
    from importers.project_merge import MergeError, merge_codings
    from models.database import open_project

    other = Path(args.other)
    if not other.is_file():
        raise UserError(f"no such file: {args.other}")
    with open_project(args.project) as db:
        try:
            summary = merge_codings(db, other, args.as_coder, replace=args.replace)
        except MergeError as error:
            raise UserError(str(error)) from None
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False))
        return
    print(
        f"Added {summary.codings_added} coding(s) from {summary.source} as '{summary.coder}' "
        f"in {len(summary.documents_matched)} document(s); {summary.codes_created} new code(s)"
        + (f"; replaced {summary.codings_removed}" if summary.codings_removed else "")
    )
    for name in summary.documents_unmatched:
        print(f"not matched  {name}: no document here has the same text", file=sys.stderr)
