"""``tekstur query PROJECT KIND [options] [--format table|csv|json|xlsx|docx] [--out FILE]``.

Kinds here: ``frequencies``, ``matrix``, ``crosstab``, ``cooccurrence`` and ``segments``.
Other modules add kinds: every module named in :data:`KIND_MODULES` has
``register_kinds(kinds)`` (``kinds`` is the subparsers object of ``query``) and may use
:func:`add_output_options`, :func:`add_filter_options`, :func:`query_filter` and
:func:`write_table` (written in :mod:`app.cli_query_output`). A code path, attribute, coder,
document or set the project does not have is one line on stderr naming it (exit status 1).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import Any

from app.cli_common import UserError, add_command, unknown_name

# Other query kinds import add_output_options, write_table and report_path from here.
from app.cli_query_output import add_output_options as add_output_options
from app.cli_query_output import write_segments_listing
from app.cli_query_output import write_table as write_table
from app.cli_query_reports import report_path as report_path
from app.cli_query_reports import write_segments_table

# Modules that add query kinds; each has register_kinds(kinds).
KIND_MODULES = ("app.cli_query", "app.cli_query_text", "app.cli_agreement")
MEASURES = ("references", "words", "documents", "cases", "presence")


def register(commands: Any) -> None:
    """Add ``tekstur query`` and every kind of :data:`KIND_MODULES` to the subcommands."""
    parser = add_command(commands, "query", "frequencies, matrices, crosstabs, coded segments …")
    parser.add_argument("project")
    kinds = parser.add_subparsers(dest="query_kind", metavar="KIND", required=True)
    for name in KIND_MODULES:
        importlib.import_module(name).register_kinds(kinds)


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """``--coder``, ``--doc``, ``--where`` (all repeatable) and ``--any``."""
    parser.add_argument("--coder", action="append", metavar="NAME", help="only this coder's")
    parser.add_argument("--doc", action="append", metavar="NAME", help="only this document")
    parser.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="COND",
        help="attribute condition NAME=VALUE (also !=, <, >, <=, >=)",
    )
    parser.add_argument("--any", action="store_true", help="any --where holds (default: all)")


def query_filter(db: Any, args: argparse.Namespace) -> Any:
    """The :class:`QueryFilter` of the filter options; UserError names an unknown name."""
    from sqlalchemy import select

    from analysis.filters import FilterError, QueryFilter, Where
    from models.documents import Coder, Document

    def ids(model: Any, names: list[str] | None, what: str) -> tuple[int, ...] | None:
        if names is None:
            return None
        with db.read() as connection:
            found = dict(connection.execute(select(model.name, model.id)).all())
        for name in names:
            if name not in found:
                raise unknown_name(db.location, what, name, found)
        return tuple(found[name] for name in names)

    try:
        where = Where.parse(args.where, args.any)
    except FilterError as error:
        raise UserError(str(error)) from None
    return QueryFilter(ids(Document, args.doc, "document"), ids(Coder, args.coder, "coder"), where)


def _run(work: Callable[[Any, argparse.Namespace], Any]) -> Callable[[argparse.Namespace], None]:
    """Open the project, run ``work``, write its table; unknown names become one-line errors."""

    def run(args: argparse.Namespace) -> None:
        from analysis.filters import FilterError
        from analysis.scope import UnknownNameError
        from models.project_lock import open_for_reading

        report_path(args)  # before the query runs: an xlsx or docx report needs --out
        with open_for_reading(args.project) as db:
            try:
                result = work(db, args)
            except (UnknownNameError, FilterError) as error:
                raise UserError(str(error)) from None
        if result is not None:
            write_table(result, args)

    return run


def _codes(db: Any, paths: list[str] | None) -> tuple[int, ...] | None:
    from analysis.code_tree import CodeTree

    if not paths:
        return None
    with db.read() as connection:
        tree = CodeTree.load(connection)
    return tuple(tree.find(path) for path in paths)


def _frequencies(db: Any, args: argparse.Namespace) -> Any:
    from analysis.frequencies import FREQUENCY_MEASURES, FrequencyOptions, code_frequencies

    measures = tuple(args.measures.split(",")) if args.measures else FREQUENCY_MEASURES
    unknown = [m for m in measures if m not in FREQUENCY_MEASURES]
    if unknown:
        raise UserError(f"unknown measure '{unknown[0]}'; use {', '.join(FREQUENCY_MEASURES)}")
    options = FrequencyOptions(
        _codes(db, args.code), args.subcodes, args.per_coder, measures, query_filter(db, args)
    )
    return code_frequencies(db, options)


def _axis(text: str, flag: str) -> Any:
    from analysis.matrix_axes import Axis

    try:
        return Axis.parse(text)
    except ValueError as error:
        raise UserError(f"{flag} {text!r}: {error}") from None


def _matrix(db: Any, args: argparse.Namespace) -> Any:
    from analysis.matrix import MatrixOptions, matrix_query

    options = MatrixOptions(
        _axis(args.rows, "--rows"),
        _axis(args.cols, "--cols"),
        args.measure,
        {"row": "row", "col": "column", None: None}[args.percent],
        args.semantics,
        args.subcodes,
        query_filter(db, args),
    )
    return matrix_query(db, options)


def _crosstab(db: Any, args: argparse.Namespace) -> Any:
    from analysis.crosstab import CrosstabOptions, crosstab_query

    options = CrosstabOptions(
        args.attribute,
        args.codes,
        None,
        args.measure,
        {"row": "row", "col": "column", None: None}[args.percent],
        args.subcodes,
        query_filter(db, args),
    )
    return crosstab_query(db, options)


def _segments(db: Any, args: argparse.Namespace) -> None:
    from analysis.segments import coded_segments

    if args.format == "docx":
        raise UserError("coded segments are written as xlsx, csv or json; not as docx")
    found = query_filter(db, args)
    segments = coded_segments(
        db,
        code_ids=_codes(db, args.code),
        include_subcodes=args.subcodes,
        coder_ids=found.coder_ids,
        document_ids=found.document_ids,
        where=found.where,
        context_chars=args.context,
    )
    if args.format == "xlsx" or (args.format == "csv" and args.out):
        write_segments_table(db, segments, found, args)
        return
    write_segments_listing(segments, args)


def _cooccurrence(db: Any, args: argparse.Namespace) -> Any:
    from analysis.cooccurrence import CooccurrenceOptions, cooccurrence_query

    options = CooccurrenceOptions(
        codes=args.codes,
        within=args.within,
        unit=args.unit,
        measure=args.measure,
        include_subcodes=args.subcodes,
        filter=query_filter(db, args),
    )
    try:
        return cooccurrence_query(db, options)
    except ValueError as error:
        raise UserError(str(error)) from None


def register_kinds(kinds: Any) -> None:
    """Add this module's query kinds to ``tekstur query``."""
    parser = kinds.add_parser("frequencies", help="references, words, documents, cases per code")
    parser.add_argument("--code", action="append", metavar="PATH", help="only this code")
    parser.add_argument("--subcodes", action="store_true", help="roll sub-codes up")
    parser.add_argument("--per-coder", action="store_true", help="each measure per coder")
    parser.add_argument("--measures", metavar="LIST", help="e.g. references,words (default all)")
    _common(parser, _run(_frequencies))

    parser = kinds.add_parser("matrix", help="rows × columns: codes, cases, attributes, sets")
    parser.add_argument(
        "--rows",
        default="codes",
        help="codes[:PATH]|cases|documents|attribute:NAME|set:NAME (default codes)",
    )
    parser.add_argument("--cols", default="cases", help="as --rows (default cases)")
    _measure_options(parser)
    parser.add_argument(
        "--semantics", choices=("intersection", "same-case"), default="intersection"
    )
    _common(parser, _run(_matrix))

    parser = kinds.add_parser("crosstab", help="codes × the values of one attribute")
    parser.add_argument("--attribute", required=True, metavar="NAME")
    parser.add_argument("--codes", metavar="PATH", help="the codes under PATH (default all)")
    _measure_options(parser)
    _common(parser, _run(_crosstab))

    parser = kinds.add_parser("cooccurrence", help="code × code co-occurrence, c-coefficient")
    parser.add_argument("--codes", metavar="PATH", help="the codes under PATH (default all)")
    parser.add_argument(
        "--within",
        type=int,
        default=None,
        metavar="N",
        help="also codings at most N characters apart",
    )
    parser.add_argument(
        "--unit",
        choices=("sentence", "paragraph", "turn"),
        help="also codings in the same sentence, paragraph or speaker turn",
    )
    parser.add_argument("--measure", choices=("count", "coefficient"), default="count")
    parser.add_argument("--subcodes", action="store_true", help="roll sub-codes up")
    _common(parser, _run(_cooccurrence))

    parser = kinds.add_parser("segments", help="the coded passages (retrieval)")
    parser.add_argument("--code", action="append", metavar="PATH", help="only this code")
    parser.add_argument("--subcodes", action="store_true", help="with sub-codes")
    parser.add_argument(
        "--context",
        type=int,
        default=0,
        metavar="N",
        help="up to N characters of context each side",
    )
    _common(parser, _run(_segments))


def _measure_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--measure", choices=MEASURES, default="references")
    parser.add_argument("--percent", choices=("row", "col"), help="row or column percentages")
    parser.add_argument("--subcodes", action="store_true", help="roll sub-codes up")


def _common(parser: argparse.ArgumentParser, run: Callable[[argparse.Namespace], None]) -> None:
    add_filter_options(parser)
    add_output_options(parser)
    parser.set_defaults(run=run)
