"""``tekstur query PROJECT agreement --coder-a NAME[,NAME] --coder-b NAME[,NAME] …``.

Coding comparison between two groups of coders (see :mod:`analysis.agreement`). ``--format
csv`` writes exactly the columns of :data:`CSV_COLUMNS`: one row per code × document, then a
summary row per code (document ``(all documents)``), then an overall row (code
``(overall)``). Kappa has 4 decimals, percentages (0–100) 2. ``json`` adds the unit counts,
Krippendorff's alpha per code and cu-alpha; ``xlsx`` and ``docx`` write the agreement table
as a report. An unknown coder, code or document is one line on stderr (exit status 1).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli_common import UserError, unknown_name

CSV_COLUMNS = (
    "code",
    "document",
    "size",
    "kappa",
    "agreement",
    "a_and_b",
    "neither",
    "disagreement",
    "a_not_b",
    "b_not_a",
)
ALL_DOCUMENTS, OVERALL = "(all documents)", "(overall)"

_EPILOG = f"""\
CSV columns:
  {",".join(CSV_COLUMNS)}
One row per code × document, then a summary row per code (document
'{ALL_DOCUMENTS}'), then the overall row (code '{OVERALL}'). Summaries pool the
unit counts of their rows (size-weighted). Kappa to 4 decimals, percentages of
the size (0–100) to 2. A sentence or paragraph counts as coded when any
character of it is coded. Sub-codes count only with --subcodes."""


def register_kinds(kinds: Any) -> None:
    """Add ``agreement`` to ``tekstur query``."""
    from app.cli_query import add_output_options

    parser = kinds.add_parser(
        "agreement",
        help="coding comparison: kappa and agreement between two coders or groups",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for flag, group in (("--coder-a", "A"), ("--coder-b", "B")):
        parser.add_argument(
            flag, required=True, metavar="NAME[,NAME]", help=f"the coder(s) of group {group}"
        )
    parser.add_argument("--code", action="append", metavar="PATH", help="only this code")
    parser.add_argument("--doc", action="append", metavar="NAME", help="only this document")
    parser.add_argument(
        "--unit", choices=("character", "sentence", "paragraph"), default="character"
    )
    parser.add_argument("--subcodes", action="store_true", help="count sub-codes' codings too")
    add_output_options(parser)
    parser.set_defaults(run=_agreement)


def _ids(found: dict[str, int], names: list[str], what: str, location: object) -> tuple[int, ...]:
    for name in names:
        if name not in found:
            raise unknown_name(location, what, name, found)
    return tuple(found[name] for name in names)


def _options(db: Any, args: argparse.Namespace) -> Any:
    from sqlalchemy import select

    from analysis.agreement import AgreementOptions, CoderGroup
    from analysis.code_tree import CodeTree
    from analysis.scope import UnknownNameError
    from models.documents import Coder, Document

    with db.read() as connection:
        coders = {row.name: row.id for row in connection.execute(select(Coder.name, Coder.id))}
        documents = {
            row.name: row.id for row in connection.execute(select(Document.name, Document.id))
        }
        tree = CodeTree.load(connection)
    groups = []
    for text in (args.coder_a, args.coder_b):
        names = [name.strip() for name in text.split(",") if name.strip()]
        groups.append(CoderGroup(", ".join(names), _ids(coders, names, "coder", db.location)))
    try:
        code_ids = tuple(tree.find(path) for path in args.code) if args.code else None
        return AgreementOptions(
            groups[0],
            groups[1],
            code_ids,
            _ids(documents, args.doc, "document", db.location) if args.doc else None,
            args.unit,
            args.subcodes,
        )
    except (UnknownNameError, ValueError) as error:
        raise UserError(str(error)) from None


def _agreement(args: argparse.Namespace) -> None:
    from analysis.agreement import coding_comparison
    from analysis.agreement_table import agreement_table
    from app.cli_query import report_path, write_table
    from models.project_lock import open_for_reading

    report_path(args)
    with open_for_reading(args.project) as db:
        report = coding_comparison(db, _options(db, args))
    if args.format in ("csv", "json"):
        _write_records(report, args)
    else:
        language = args.language if args.format in ("xlsx", "docx") else "en"
        write_table(agreement_table(report, language), args)


def csv_records(report: Any) -> list[list[str | int]]:
    """The CSV rows of a report, in :data:`CSV_COLUMNS` order."""
    from analysis.agreement_table import ordered_rows, row_values
    from models.paths import join_code_path

    records: list[list[str | int]] = []
    for row in ordered_rows(report):
        if row.code_id is None:
            code, document = OVERALL, ""
        else:
            code = join_code_path(list(row.code_path))
            document = row.document_name if row.document_id is not None else ALL_DOCUMENTS
        size, kappa, *percents = row_values(row)
        records.append([code, document, int(size), f"{kappa:.4f}", *(f"{p:.2f}" for p in percents)])
    return records


def _write_records(report: Any, args: argparse.Namespace) -> None:
    from app.cli_query_output import output_stream
    from exporters.table_files import write_records_csv

    records = csv_records(report)
    with output_stream(args) as out:
        if args.format == "csv":
            write_records_csv(CSV_COLUMNS, records, out)
        else:
            json.dump(_json(report, records), out, ensure_ascii=False, indent=1)
            out.write("\n")
    if args.out:
        print(f"Wrote the coding comparison ({len(records)} rows) to {args.out}")


def _json(report: Any, records: list[list[str | int]]) -> dict[str, Any]:
    from analysis.agreement_table import ordered_rows
    from models.paths import join_code_path

    rows = []
    for record, row in zip(records, ordered_rows(report), strict=True):
        entry: dict[str, Any] = dict(zip(CSV_COLUMNS, record, strict=True))
        entry.update(kappa=row.kappa, a=row.a, b=row.b, both=row.both, neither_units=row.neither)
        for column in CSV_COLUMNS[4:]:
            entry[column] = float(entry[column])
        rows.append(entry)
    options = report.options
    return {
        "coders_a": options.coders_a.name,
        "coders_b": options.coders_b.name,
        "unit": options.unit,
        "rows": rows,
        "alpha": {
            join_code_path(list(s.code_path)): report.alpha[s.code_id]
            for s in report.code_summaries
        },
        "cu_alpha": report.cu_alpha,
        "cu_alpha_note": report.cu_alpha_note,
    }
