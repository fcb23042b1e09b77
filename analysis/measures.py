"""The cell measures every table query shares, computed over a relation of coded pieces.

A query builds *facts*: the pieces it reads (see :mod:`analysis.scope`), each tagged with the
keys of the cell(s) it falls in (a row key, a column key). The measures of a cell are then:

- **references**: the codings; a coding cut into several pieces is still one reference.
  With sub-codes rolled up, codings of the same passage (document, span and coder) at a code
  and its sub-codes are one reference;
- **words**: words coded, by the rule of :mod:`analysis.word_count`, over the cell's pieces;
- **documents**: the documents those pieces lie in;
- **cases**: the cases that own those pieces (a piece with no case adds none);
- **presence**: 1 when the cell has any reference, else 0.

Counting is done in SQL (GROUP BY over the joins); words need the texts and are counted in
one pass over the documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    Subquery,
    cast,
    distinct,
    func,
    literal,
    select,
)

from analysis.word_count import word_index
from models.documents import Document
from models.progress import Progress, no_progress

MEASURES = ("references", "words", "documents", "cases", "presence")
MEASURE_LABELS = {
    "references": "References",
    "words": "Words coded",
    "documents": "Documents coded",
    "cases": "Cases coded",
    "presence": "Coded",
}
Key = tuple[Any, ...]
Cells = dict[Key, dict[str, int]]


def check_measures(measures: Sequence[str]) -> None:
    """Refuse a measure name Tekstur does not know."""
    for measure in measures:
        if measure not in MEASURES:
            raise ValueError(f"unknown measure '{measure}'; use one of {', '.join(MEASURES)}")


def measure_cells(
    connection: Connection,
    facts: Subquery,
    keys: Sequence[str],
    measures: Sequence[str],
    progress: Progress = no_progress,
) -> Cells:
    """Each measure for each combination of the ``keys`` columns of ``facts`` that occurs.

    ``facts`` has the key columns and ``ref`` (what makes a reference: the coding, or the
    passage when sub-codes are rolled up), ``document_id``, ``case_id``, ``start``, ``end``.
    Combinations with no facts are absent (all their measures are 0). References, documents
    and cases come from one SQL statement.
    """
    check_measures(measures)
    cells: Cells = defaultdict(dict)
    columns = [facts.c[key] for key in keys]
    counted = {
        "references": func.count(distinct(facts.c.ref)),
        "documents": func.count(distinct(facts.c.document_id)),
        "cases": func.count(distinct(facts.c.case_id)),
    }
    wanted = [m for m in counted if m in measures or (m == "references" and "presence" in measures)]
    if wanted:
        query = select(*columns, *(counted[m] for m in wanted)).group_by(*columns)
        for row in connection.execute(query):
            key = tuple(row[: len(keys)])
            for measure, value in zip(wanted, row[len(keys) :], strict=True):
                cells[key][measure] = value
            if "presence" in measures:
                cells[key]["presence"] = 1 if cells[key]["references"] else 0
    if "words" in measures:
        for key, words in count_words_coded(connection, facts, keys, progress).items():
            cells[key]["words"] = words
    for values in cells.values():
        for measure in measures:
            values.setdefault(measure, 0)
    return dict(cells)


def reference_key(pieces: Any, rolled_up: bool) -> ColumnElement[Any]:
    """What makes one reference: the coding, or rolled up the passage (document, span, coder)."""
    if not rolled_up:
        return pieces.c.coding_id  # type: ignore[no-any-return]
    parts = [
        cast(pieces.c[name], String)
        for name in ("document_id", "coding_start", "coding_end", "coder_id")
    ]
    key: ColumnElement[Any] = parts[0]
    for part in parts[1:]:
        key = key + literal("/") + part
    return key


def count_words_coded(
    connection: Connection, facts: Subquery, keys: Sequence[str], progress: Progress
) -> dict[Key, int]:
    """Words coded per combination of ``keys``: one pass over the documents that have facts."""
    columns = [facts.c[key] for key in keys]
    spans = (
        select(facts.c.document_id, *columns, facts.c.start, facts.c.end)
        .distinct()
        .order_by(facts.c.document_id)
    )
    by_document: dict[int, dict[Key, list[tuple[int, int]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for document_id, *rest in connection.execute(spans):
        by_document[document_id][tuple(rest[:-2])].append((rest[-2], rest[-1]))
    words: dict[Key, int] = defaultdict(int)
    documents = sorted(by_document)
    for done, start in enumerate(range(0, len(documents), 50)):
        progress(done * 50, len(documents), "words coded")
        batch = documents[start : start + 50]
        texts = connection.execute(
            select(Document.id, Document.text).where(Document.id.in_(batch))
        ).all()
        for document_id, text in texts:
            index = word_index(text)
            for key, key_spans in by_document[document_id].items():
                words[key] += index.count(key_spans)
    return dict(words)
