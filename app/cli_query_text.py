"""``tekstur query PROJECT words`` and ``tekstur query PROJECT search PATTERN``.

Both read the text restricted by ``--document``, ``--speaker``, ``--case`` and ``--code``
(each repeatable; see :mod:`analysis.text_scope`). ``words`` prints the word frequency table
(lemmas, count, documents); ``search`` prints keyword-in-context rows. ``--format csv|json``
and ``--out FILE`` as for every query.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from app.cli_common import UserError


def register_kinds(kinds: Any) -> None:
    """Add ``words`` and ``search`` to ``tekstur query``."""
    from app.cli_query import add_output_options

    words = kinds.add_parser("words", help="word frequency: lemmas by spaCy, without stop words")
    words.add_argument("--lang", choices=("da", "en"), help="language (default: a guess)")
    words.add_argument("--min-length", type=int, default=3, metavar="N", help="default 3")
    words.add_argument("--top", type=int, default=100, metavar="N", help="default 100; 0: all")
    words.add_argument("--stop-words", metavar="FILE", help="more stop words, one per line")
    words.add_argument("--forms", action="store_true", help="count word forms, not lemmas")
    _restriction_options(words)
    add_output_options(words)
    words.set_defaults(run=_words)

    search = kinds.add_parser("search", help="text search, keyword in context")
    search.add_argument("pattern")
    mode = search.add_mutually_exclusive_group()
    for name, help_text in (
        ("wildcard", "* for any letters, ? for one, within a word"),
        ("regex", "a regular expression"),
        ("lemma", "every form of the words' lemmas"),
    ):
        mode.add_argument(
            f"--{name}", dest="mode", action="store_const", const=name, help=help_text
        )
    search.add_argument("--context", type=int, default=6, metavar="N", help="words each side")
    search.add_argument("--lang", choices=("da", "en"), help="language of a lemma search")
    search.add_argument("--match-case", action="store_true", help="upper and lower case differ")
    _restriction_options(search)
    add_output_options(search, reports=False)  # hits are rows, not a table
    search.set_defaults(run=_search, mode="plain")


def _restriction_options(parser: argparse.ArgumentParser) -> None:
    for flag, metavar, help_text in (
        ("--document", "NAME", "only this document"),
        ("--speaker", "LABEL", "only this speaker's turns"),
        ("--case", "NAME", "only the text of this case"),
        ("--code", "PATH", "only the passages coded with this code"),
    ):
        parser.add_argument(flag, action="append", default=[], metavar=metavar, help=help_text)


def _scope(db: Any, args: argparse.Namespace) -> Any:
    from analysis.text_scope import ScopeError, resolve_scope

    try:
        return resolve_scope(db, args.document, args.speaker, args.case, args.code)
    except ScopeError as error:
        raise UserError(f"{error} in {db.location}") from None


def _words(args: argparse.Namespace) -> None:
    from analysis.words import WordOptions, read_stop_words, word_frequencies
    from app.cli_query import write_table
    from models.project_lock import open_for_reading

    try:
        extra = read_stop_words(args.stop_words) if args.stop_words else frozenset()
        with open_for_reading(args.project) as db:
            options = WordOptions(
                language=args.lang,
                min_length=args.min_length,
                top=args.top or None,
                lemmatise=not args.forms,
                extra_stop_words=extra,
                scope=_scope(db, args),
            )
            table = word_frequencies(db, options)
    except ValueError as error:
        raise UserError(str(error)) from None
    write_table(table, args)


def _search(args: argparse.Namespace) -> None:
    from analysis.search import SearchMode, SearchOptions, text_search
    from models.project_lock import open_for_reading

    with open_for_reading(args.project) as db:
        options = SearchOptions(
            args.pattern,
            SearchMode(args.mode),
            max(0, args.context),
            args.lang,
            args.match_case,
            _scope(db, args),
        )
        try:
            rows = text_search(db, options)
        except ValueError as error:
            raise UserError(str(error)) from None
    _write_rows(rows, args)


def _write_rows(rows: list[Any], args: argparse.Namespace) -> None:
    from app.cli_query_output import output_stream
    from exporters.table_files import write_records_csv

    with output_stream(args) as out:
        if args.format == "json":
            import json
            from dataclasses import asdict

            json.dump([asdict(row) for row in rows], out, ensure_ascii=False, indent=1)
            out.write("\n")
        elif args.format == "csv":
            headers = ["Document", "Speaker", "Start", "End", "Left", "Hit", "Right"]
            records = [
                [r.document, r.speaker or "", r.start, r.end, r.left, r.hit, r.right] for r in rows
            ]
            write_records_csv(headers, records, out)
        else:
            out.write(_kwic_text(rows))
    if args.out:
        print(f"Wrote {len(rows)} hit(s) to {args.out}")


def _kwic_text(rows: list[Any]) -> str:
    """Hits in context, the hits lined up in one column, each line starting with its place."""
    places = [
        f"{r.document} [{r.start}, {r.end})" + (f" {r.speaker}" if r.speaker else "") for r in rows
    ]
    lefts = [_line(r.left) for r in rows]
    place_width = max((len(p) for p in places), default=0)
    left_width = max((len(left) for left in lefts), default=0)
    lines = [
        f"{place.ljust(place_width)}  {left.rjust(left_width)}«{_line(r.hit)}»{_line(r.right)}"
        for place, left, r in zip(places, lefts, rows, strict=True)
    ]
    return "".join(f"{line.rstrip()}\n" for line in lines) + f"{len(rows)} hit(s)\n"


def _line(text: str) -> str:
    return re.sub(r"\s", " ", text)
