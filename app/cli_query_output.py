"""Where and how ``tekstur query`` writes what it found.

A table goes to the screen as text, or as CSV or JSON to the screen or ``--out FILE``, or as
an Excel or Word report (:mod:`app.cli_query_reports`); coded segments are listed as text,
CSV or JSON the same way. The options that choose (``--format``, ``--out``, ``--language``)
are added by :func:`add_output_options`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from app.cli_common import UserError
from app.cli_query_reports import REPORT_FORMATS, report_path, write_report


def add_output_options(parser: argparse.ArgumentParser, *, reports: bool = True) -> None:
    """``--format table|csv|json`` (and ``xlsx|docx`` when ``reports``), ``--out FILE`` and
    ``--language da|en`` for the words on a report."""
    formats = ("table", "csv", "json", *(REPORT_FORMATS if reports else ()))
    parser.add_argument("--format", choices=formats, default="table")
    parser.add_argument("--out", metavar="FILE", help="write here instead of to the screen")
    parser.add_argument(
        "--language", choices=("da", "en"), default="da", help="report labels (default da)"
    )


@contextmanager
def output_stream(args: argparse.Namespace) -> Iterator[TextIO]:
    """The file ``--out`` names (UTF-8), or the screen without it; UserError names a file
    that cannot be written."""
    if not args.out:
        yield sys.stdout
        return
    try:
        with Path(args.out).open("w", encoding="utf-8", newline="") as out:
            yield out
    except OSError as error:
        raise UserError(f"cannot write {args.out}: {error.strerror}") from None


def write_table(table: Any, args: argparse.Namespace) -> None:
    """Print or save a ResultTable in the chosen format."""
    from exporters.table_files import text_table, write_csv, write_json

    path = report_path(args)
    if path is not None:
        write_report(table, path, args)
        print(f"Wrote {table.title} ({len(table.row_labels)} rows) to {args.out}")
        return
    with output_stream(args) as out:
        if args.format == "csv":
            write_csv(table, out)
        elif args.format == "json":
            write_json(table, out)
        else:
            out.write(text_table(table) + "\n")
    if args.out:
        print(f"Wrote {table.title} ({len(table.row_labels)} rows) to {args.out}")


def write_segments_listing(segments: Sequence[Any], args: argparse.Namespace) -> None:
    """List coded segments as JSON, CSV (one row each, an attribute a column) or text (the
    passage in «» between its context) on the screen or in ``--out``."""
    from exporters.table_files import write_records_csv

    names = list(dict.fromkeys(name for s in segments for name in s.attributes))
    with output_stream(args) as out:
        if args.format == "json":
            import json
            from dataclasses import asdict

            json.dump([asdict(s) for s in segments], out, ensure_ascii=False, indent=1)
            out.write("\n")
        elif args.format == "csv":
            headers = ["Document", "Code", "Coder", "Start", "End", "Speaker", "Case", *names]
            write_records_csv(
                [*headers, "Before", "Text", "After"],
                [
                    [
                        s.document_name,
                        "/".join(s.code_path),
                        s.coder_name,
                        s.start,
                        s.end,
                        s.speaker or "",
                        s.case_name or "",
                        *(s.attributes.get(n, "") for n in names),
                        s.before,
                        s.text,
                        s.after,
                    ]
                    for s in segments
                ],
                out,
            )
        else:
            for s in segments:
                who = ", ".join(x for x in (s.speaker, s.case_name) if x)
                out.write(
                    f"{s.document_name} [{s.start}, {s.end}) {'/'.join(s.code_path)}"
                    f" ({s.coder_name}){' – ' + who if who else ''}\n"
                    f"  {_line(s.before)}«{_line(s.text)}»{_line(s.after)}\n"
                )
            out.write(f"{len(segments)} coded segment(s)\n")
    if args.out:
        print(f"Wrote {len(segments)} coded segment(s) to {args.out}")


def _line(text: str) -> str:
    return text.replace("\n", " ")
