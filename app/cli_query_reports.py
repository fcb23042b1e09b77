"""The reports of ``tekstur query``: ``--format xlsx|docx --out FILE --language da|en``.

A query table becomes an Excel workbook (:mod:`exporters.table_xlsx`) or a Word document
(:mod:`exporters.table_docx`); coded segments become the segments table of
:mod:`exporters.segments_table` as a workbook or an Excel CSV file.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from app.cli_common import UserError

REPORT_FORMATS = ("xlsx", "docx")  # written only to a file named by --out


def report_path(args: argparse.Namespace) -> Path | None:
    """The file an xlsx or docx report goes to; None for the other formats.

    UserError when ``--out`` is missing: a workbook is never written to the screen.
    """
    if args.format not in REPORT_FORMATS:
        return None
    if not args.out:
        raise UserError(f"--format {args.format} writes a file: add --out FILE.{args.format}")
    path = Path(args.out)
    if path.suffix.lower() != f".{args.format}":  # Excel or Word would refuse the file
        raise UserError(
            f"{path.name}: --format {args.format} writes a .{args.format} file;"
            f" name it {path.stem}.{args.format}"
        )
    return path


def write_report(table: Any, path: Path, args: argparse.Namespace) -> None:
    """Write ``table`` as the xlsx or docx report ``args`` ask for; UserError names a
    file that cannot be written."""
    try:
        if args.format == "xlsx":
            from exporters.table_xlsx import write_table_xlsx

            write_table_xlsx(table, path, language=args.language)
        else:
            word = importlib.import_module("exporters.table_docx")
            word.write_table_docx(table, path, language=args.language, chart=True)
    except OSError as error:
        raise UserError(error.strerror or str(error)) from None


def write_segments_table(db: Any, segments: Any, found: Any, args: argparse.Namespace) -> None:
    """The segments table (attributes, code levels, memos) as a workbook or Excel CSV."""
    from analysis.provenance import describe
    from exporters.segments_table import coding_memos, write_segments_csv, write_segments_xlsx

    with db.read() as connection:
        documents = len({s.document_id for s in segments})
        provenance = describe(connection, "coded segments", found, documents, len(segments))
    provenance["codes"] = ", ".join(args.code) if args.code else "all"
    provenance["sub-codes"] = "included" if args.subcodes else "not included"
    path, memos = Path(args.out), coding_memos(db)
    try:
        if args.format == "xlsx":
            write_segments_xlsx(
                segments, path, memos=memos, language=args.language, provenance=provenance
            )
        else:
            write_segments_csv(segments, path, memos=memos, language=args.language)
    except OSError as error:
        raise UserError(error.strerror or str(error)) from None
    print(f"Wrote {len(segments)} coded segment(s) to {args.out}")
