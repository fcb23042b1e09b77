"""``tekstur report quotes PROJECT --codes PATH … --out FILE.docx``: the coded quotes report.

The quotes of the codes (and their sub-codes) as a Word document, attributed from a template
such as ``{Rolle}, {Afdeling}, {Runde}``, ordered by attributes, narrowed by coder, document
and attribute conditions as every query is. A code path, attribute, placeholder, coder or
document the project does not have is one line on stderr naming them (exit status 1).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli_common import UserError, add_command


def register(commands: Any) -> None:
    """Add ``tekstur report`` and its kinds to the subcommands."""
    parser = add_command(commands, "report", "Word reports: the coded quotes report")
    kinds = parser.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    quotes = kinds.add_parser("quotes", help="coded quotes by code with attribution lines")
    quotes.add_argument("project")
    quotes.add_argument(
        "--codes", nargs="+", required=True, metavar="PATH", help="codes, levels separated by /"
    )
    quotes.add_argument(
        "--no-subcodes", action="store_true", help="only the codes named, not their sub-codes"
    )
    quotes.add_argument(
        "--template",
        default="{Rolle}, {Afdeling}, {Runde}",
        help="attribution line: {ATTRIBUTE}, {dokument}, {taler}, {sag}, {koder}",
    )
    quotes.add_argument(
        "--order", nargs="+", default=[], metavar="ATTR", help="order quotes by these attributes"
    )
    quotes.add_argument(
        "--where",
        nargs="+",
        action="extend",
        default=[],
        metavar="COND",
        help="attribute condition NAME=VALUE (also !=, <, >, <=, >=)",
    )
    quotes.add_argument("--any", action="store_true", help="any --where holds (default: all)")
    quotes.add_argument(
        "--coder", nargs="+", action="extend", metavar="NAME", help="only these coders' codings"
    )
    quotes.add_argument(
        "--doc", nargs="+", action="extend", metavar="NAME", help="only these documents"
    )
    quotes.add_argument(
        "--context", type=int, default=0, metavar="N", help="N characters of context each side"
    )
    quotes.add_argument("--language", choices=("da", "en"), default="da")
    quotes.add_argument("--title", help="the report's title (default: Citatrapport)")
    quotes.add_argument("--out", required=True, metavar="FILE.docx")
    quotes.set_defaults(run=_quotes)


def _quotes(args: argparse.Namespace) -> None:
    from analysis.code_tree import CodeTree
    from analysis.filters import FilterError
    from analysis.quotes import QuoteReportError, TemplateError, quote_report
    from analysis.scope import UnknownNameError
    from app.cli_query import query_filter
    from exporters.quotes_docx import write_quotes_docx
    from models.project_lock import open_for_reading

    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        raise UserError(f"{out.name}: the quotes report is written as a .docx file")
    if args.context < 0:
        raise UserError("--context takes a number of characters, 0 or more")
    with open_for_reading(args.project) as db:
        with db.read() as connection:
            tree = CodeTree.load(connection)
        code_ids, unknown, refusals = [], [], []
        for path in args.codes:
            try:
                code_ids.append(tree.find(path))
            except UnknownNameError as error:
                unknown.append(path)
                refusals.append(str(error))
        if len(unknown) == 1:
            raise UserError(refusals[0])  # with the codes it may have meant
        if unknown:
            listed = ", ".join(f"'{path}'" for path in unknown)
            raise UserError(f"the project has no codes {listed}")
        found = query_filter(db, args)
        try:
            report = quote_report(
                db,
                code_ids=code_ids,
                include_subcodes=not args.no_subcodes,
                template=args.template,
                order_by=args.order,
                where=found.where,
                coder_ids=found.coder_ids,
                document_ids=found.document_ids,
                context_chars=args.context,
            )
        except (TemplateError, QuoteReportError, UnknownNameError, FilterError) as error:
            raise UserError(str(error)) from None
    try:
        write_quotes_docx(report, out, language=args.language, title=args.title)
    except OSError as error:
        raise UserError(str(error)) from None
    sections = len(report.sections)
    print(f"Wrote {report.quote_count} quote(s) under {sections} code(s) to {out}")
