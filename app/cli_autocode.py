"""``tekstur autocode``: code many passages at once, as one undoable step.

``tekstur autocode PROJECT --speaker LABEL --code PATH``, ``--case NAME`` (the turns linked
to a case), ``--search PATTERN [--wildcard|--regex|--lemma] --spread hit|sentence|paragraph|turn``
or ``--headings`` (each interview-guide question's answer under the parent code PATH); each
with ``--coder NAME``, ``--document NAME`` (repeatable) and ``--dry-run`` for the preview only.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_common import EXIT_OK, UserError, add_command, default_coder


def register(commands: Any) -> None:
    """Add ``tekstur autocode``."""
    parser = add_command(commands, "autocode", "code search hits, speakers' turns or headings")
    parser.add_argument("project")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--speaker", action="append", metavar="LABEL", help="every turn of LABEL")
    what.add_argument("--case", action="append", metavar="NAME", help="turns linked to a case")
    what.add_argument("--search", metavar="PATTERN", help="the hits of a text search")
    what.add_argument(
        "--headings", action="store_true", help="each heading's answer, under the --code parent"
    )
    mode = parser.add_mutually_exclusive_group()
    for name in ("wildcard", "regex", "lemma"):
        mode.add_argument(
            f"--{name}",
            dest="mode",
            action="store_const",
            const=name,
            help=f"read the search pattern as a {name}",
        )
    parser.add_argument(
        "--spread",
        choices=["hit", "sentence", "paragraph", "turn"],
        default="hit",
        help="what of each hit to code (default: the hit)",
    )
    parser.add_argument("--lang", choices=["da", "en"], help="language of a lemma search")
    parser.add_argument("--code", required=True, metavar="PATH", help="code path, / between levels")
    parser.add_argument(
        "--document", action="append", default=[], metavar="NAME", help="only in this document"
    )
    parser.add_argument(
        "--coder", metavar="NAME", help="coder name (default: $TEKSTUR_CODER or your login)"
    )
    parser.add_argument("--dry-run", action="store_true", help="show what would be coded only")
    parser.set_defaults(run=_autocode, mode="plain")


def _autocode(args: argparse.Namespace) -> int:
    from analysis.autocode import added_codings, auto_coding
    from models.commands import apply_command
    from models.database import open_project

    if args.search is None and (args.mode != "plain" or args.spread != "hit" or args.lang):
        raise UserError("--wildcard, --regex, --lemma, --spread and --lang go with --search")
    with open_project(args.project) as db:
        plan = _plan(db, args)
        preview = plan.preview()
        left_out = (
            f"; {preview.left_out} hit(s) outside every {args.spread} left out"
            if preview.left_out
            else ""
        )
        codes = f"{preview.codes} codes under '{args.code}'" if args.headings else f"'{args.code}'"
        if args.dry_run or not plan.codings:
            verb = "Would code" if plan.codings else "Nothing to code:"
            print(
                f"{verb} {preview.passages} passage(s) in {preview.documents} document(s)"
                f" with {codes}{left_out}"
            )
            return EXIT_OK
        coder = args.coder or default_coder()
        command = auto_coding(plan, coder)
        apply_command(db, command)
    added = added_codings(command)
    already = preview.passages - added
    print(
        f"Coded {added} passage(s) in {preview.documents} document(s) with {codes} by {coder}"
        + (f" ({already} already coded)" if already else "")
        + left_out
    )
    return EXIT_OK


def _plan(db: Any, args: argparse.Namespace) -> Any:
    from analysis.autocode import Spread, plan_headings, plan_search, plan_speakers
    from analysis.search import SearchMode, SearchOptions
    from analysis.text_scope import ScopeError, TextScope, resolve_scope

    try:
        scope = resolve_scope(
            db, documents=args.document, speakers=args.speaker or (), cases=args.case or ()
        )
        if args.search is not None:
            options = SearchOptions(
                args.search,
                SearchMode(args.mode),
                language=args.lang,
                scope=TextScope(scope.document_ids),
            )
            return plan_search(db, options, Spread(args.spread), args.code)
        if args.headings:
            return plan_headings(db, args.code, scope.document_ids)
        return plan_speakers(db, args.code, args.speaker or (), scope.case_ids, scope.document_ids)
    except ScopeError as error:
        raise UserError(f"{error} in {db.location}") from None
    except ValueError as error:  # a bad search pattern or code path
        raise UserError(str(error)) from None
