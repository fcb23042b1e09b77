"""Code frequencies: per code, references, words coded, documents coded and cases coded.

Rows are codes in tree order (every code, or the chosen ones); columns are the measures, or
with ``per_coder`` each measure per coder. The measures are those of :mod:`analysis.measures`
(references are codings; words by the rule of
:mod:`analysis.word_count`; cases by the rule of :mod:`analysis.scope`). With
``include_subcodes`` a code's row counts its own codings and those of all its sub-codes, and
a passage (document, span) coded at the code and a sub-code by the same coder is one
reference, its words are counted once, and it adds its document and case once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import select

from analysis.code_tree import CodeTree
from analysis.columns import cut_pieces, expand, read_codings, read_regions, whole_pieces
from analysis.filters import QueryFilter
from analysis.measures import MEASURE_LABELS, check_measures
from analysis.provenance import describe
from analysis.scope import attribute_columns
from analysis.tally import Facts, WordPositions, passage_refs, tally
from models.database import ProjectDatabase
from models.documents import Coder
from models.progress import Progress, no_progress
from models.result_table import Number, ResultTable

FREQUENCY_MEASURES = ("references", "words", "documents", "cases")


@dataclass(frozen=True)
class FrequencyOptions:
    """What a code frequency table counts; saved queries keep it as JSON."""

    code_ids: tuple[int, ...] | None = None
    include_subcodes: bool = False
    per_coder: bool = False
    measures: tuple[str, ...] = FREQUENCY_MEASURES
    filter: QueryFilter = field(default_factory=QueryFilter)

    def __post_init__(self) -> None:
        check_measures(self.measures)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_json` reads back."""
        return {
            "code_ids": None if self.code_ids is None else list(self.code_ids),
            "include_subcodes": self.include_subcodes,
            "per_coder": self.per_coder,
            "measures": list(self.measures),
            "filter": self.filter.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FrequencyOptions:
        """The options :meth:`to_json` wrote."""
        codes = data.get("code_ids")
        return cls(
            None if codes is None else tuple(int(c) for c in codes),
            bool(data.get("include_subcodes", False)),
            bool(data.get("per_coder", False)),
            tuple(data.get("measures", FREQUENCY_MEASURES)),
            QueryFilter.from_json(data.get("filter", {})),
        )


def code_frequencies(
    db: ProjectDatabase,
    options: FrequencyOptions | None = None,
    progress: Progress = no_progress,
) -> ResultTable:
    """The code frequency table for ``options`` (default: every code, every measure)."""
    options = options or FrequencyOptions()
    query_filter = options.filter
    with db.read() as connection:
        tree = CodeTree.load(connection)
        rows = tree.in_tree_order() if options.code_ids is None else list(options.code_ids)
        owners: dict[int, list[int]] = {}
        for index, code in enumerate(rows):
            for owned in [code, *(tree.descendants(code) if options.include_subcodes else [])]:
                owners.setdefault(owned, []).append(index)
        progress(0, 3, "codings")
        codings = read_codings(
            connection,
            query_filter,
            None if options.code_ids is None else list(owners),
            coders=options.per_coder or options.include_subcodes,
        )
        if "cases" in options.measures or query_filter.where:
            names = dict.fromkeys(condition.name for condition in query_filter.where.conditions)
            regions = read_regions(connection, attribute_columns(connection, names), query_filter)
            pieces = cut_pieces(codings, regions)
        else:
            pieces = whole_pieces(codings)
        progress(1, 3, "counting")
        coders = _coders(connection, query_filter) if options.per_coder else [(0, "")]
        entry, row = expand(codings.code[pieces.coding], owners)
        column = np.zeros(len(entry), dtype=np.int64)
        if options.per_coder:
            place = {coder_id: i for i, (coder_id, _) in enumerate(coders)}
            column = np.array([place[c] for c in codings.coder[pieces.coding[entry]]], np.int64)
        refs = passage_refs(codings, options.include_subcodes)
        facts = Facts(
            row * len(coders) + column,
            refs[pieces.coding[entry]],
            pieces.document[entry],
            pieces.case[entry],
            pieces.start[entry],
            pieces.end[entry],
        )
        words = None
        if "words" in options.measures:
            progress(2, 3, "words")
            words = WordPositions(connection, np.flatnonzero(np.bincount(pieces.document)).tolist())
        cells = tally(facts, options.measures, words)
        provenance = describe(connection, "code frequencies", query_filter, *pieces.counted())
    progress(3, 3, "")
    provenance["codes"] = (
        "all" if options.code_ids is None else ", ".join(tree.label(c) for c in rows)
    )
    provenance["sub-codes"] = "rolled up" if options.include_subcodes else "not included"
    provenance["per coder"] = "yes" if options.per_coder else "no"
    column_keys: list[int | str] = []
    column_labels: list[str] = []
    for coder_id, coder in coders:
        for measure in options.measures:
            column_keys.append(f"{measure}:{coder_id}" if options.per_coder else measure)
            label = MEASURE_LABELS[measure]
            column_labels.append(f"{label} ({coder})" if options.per_coder else label)
    values: list[list[Number]] = [
        [
            cells.get(r * len(coders) + c, {}).get(measure, 0)
            for c in range(len(coders))
            for measure in options.measures
        ]
        for r in range(len(rows))
    ]
    return ResultTable(
        title="Code frequencies",
        row_header="Code",
        row_labels=[tree.label(code) for code in rows],
        column_labels=column_labels,
        values=values,
        measure=",".join(options.measures),
        provenance=provenance,
        row_keys=list(rows),
        column_keys=column_keys,
        row_kind="code",
        column_kind="coder-measure" if options.per_coder else "measure",
    )


def _coders(connection: Any, query_filter: QueryFilter) -> list[tuple[int, str]]:
    query = select(Coder.id, Coder.name).order_by(Coder.name)
    if query_filter.coder_ids is not None:
        query = query.where(Coder.id.in_(query_filter.coder_ids))
    return [(coder_id, name) for coder_id, name in connection.execute(query)]
