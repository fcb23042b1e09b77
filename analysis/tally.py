"""The cell measures every table query shares, counted over tagged pieces in NumPy.

A query builds :class:`Facts`: the pieces it reads (see :mod:`analysis.columns`), each tagged
with the cell it falls in (one number per cell; a piece in two cells appears twice). The
measures of a cell are then:

- **references**: the codings, each once however many of its pieces fall in the cell. With
  sub-codes rolled up, codings of the same passage (document, span and coder) at a code and
  its sub-codes are one reference (``ref`` carries that identity);
- **words**: words coded, by the rule of :mod:`analysis.word_count`, over the cell's pieces;
- **documents**: the documents those pieces lie in;
- **cases**: the cases that own those pieces (a piece with no case adds none);
- **presence**: 1 when the cell has any reference, else 0.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection, select

from analysis.columns import SHIFT, Codings, Ints, search
from analysis.measures import check_measures
from analysis.word_count import WordIndex, word_index
from models.documents import Document

Cells = dict[int, dict[str, int]]


@dataclass(frozen=True)
class Facts:
    """Tagged pieces: ``cell`` says where each counts, ``ref`` which reference it belongs to."""

    cell: Ints
    ref: Ints
    document: Ints
    case: Ints
    start: Ints
    end: Ints
    coding: Ints | None = None  # indices into the query's Codings, for the passages

    def regrouped(self, cell: Ints) -> Facts:
        """The same pieces counted into other cells (e.g. whole rows for totals)."""
        return Facts(cell, self.ref, self.document, self.case, self.start, self.end, self.coding)


def passage_refs(codings: Codings, rolled_up: bool) -> Ints:
    """Per coding, what makes it a reference: itself, or rolled up its passage."""
    if not rolled_up:
        return np.arange(len(codings), dtype=np.int64)
    order = np.lexsort((codings.coder, codings.end, codings.start, codings.document))
    keys = np.stack([codings.document, codings.start, codings.end, codings.coder])[:, order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (keys[:, 1:] != keys[:, :-1]).any(axis=0)
    refs = np.empty(len(order), dtype=np.int64)
    refs[order] = np.cumsum(new) - 1
    return refs


def _distinct(cell: Ints, value: Ints) -> dict[int, int]:
    """How many different ``value`` s each cell has."""
    if not len(cell):
        return {}
    width = np.int64(int(value.max()) + 1)
    keys = np.sort(cell * width + value)
    new = np.ones(len(keys), dtype=bool)
    new[1:] = keys[1:] != keys[:-1]
    cells = keys[new] // width
    edges = np.flatnonzero(np.concatenate(([True], cells[1:] != cells[:-1])))
    counts = np.diff(np.append(edges, len(cells)))
    return dict(zip(cells[edges].tolist(), counts.tolist(), strict=True))


def tally(facts: Facts, measures: Sequence[str], words: WordPositions | None = None) -> Cells:
    """Each measure for each cell that has pieces (a cell with none is absent: all 0)."""
    check_measures(measures)
    found: dict[str, dict[int, int]] = {}
    if "references" in measures or "presence" in measures:
        found["references"] = _distinct(facts.cell, facts.ref)
        found["presence"] = dict.fromkeys(found["references"], 1)
    if "documents" in measures:
        found["documents"] = _distinct(facts.cell, facts.document)
    if "cases" in measures:
        owned = facts.case >= 0
        found["cases"] = _distinct(facts.cell[owned], facts.case[owned])
    if "words" in measures:
        assert words is not None, "words need the documents' word positions"
        found["words"] = words.count(facts)
    cells: Cells = {}
    for measure in measures:
        for cell, value in found[measure].items():
            cells.setdefault(cell, {})[measure] = value
    for values in cells.values():
        for measure in measures:
            values.setdefault(measure, 0)
    return cells


class WordPositions:
    """The words of the documents a query reads, numbered across all of them.

    A document's text never changes, so its words are kept by the document's GUID for the
    next query (the text is then not read again).
    """

    def __init__(self, connection: Connection, documents: Sequence[int]) -> None:
        ordered = sorted(set(documents))
        guids: dict[int, str] = {}
        for begin in range(0, len(ordered), 500):
            batch = ordered[begin : begin + 500]
            query = select(Document.id, Document.guid).where(Document.id.in_(batch))
            guids.update((row[0], row[1]) for row in connection.execute(query))
        missing = [d for d in ordered if guids[d] not in _WORDS]
        for begin in range(0, len(missing), 100):
            query = select(Document.id, Document.text).where(
                Document.id.in_(missing[begin : begin + 100])
            )
            for document_id, text in connection.execute(query):
                _remember(guids[document_id], word_index(text))
        starts: list[Ints] = []
        ends: list[Ints] = []
        for document_id in ordered:
            _WORDS.move_to_end(guids[document_id])
            index = _WORDS[guids[document_id]]
            starts.append(document_id * SHIFT + index.starts)
            ends.append(document_id * SHIFT + index.ends)
        self.starts = np.concatenate(starts) if starts else np.zeros(0, dtype=np.int64)
        self.ends = np.concatenate(ends) if ends else np.zeros(0, dtype=np.int64)

    def count(self, facts: Facts) -> dict[int, int]:
        """Words coded per cell: the union of each cell's pieces, each word once."""
        first = search(self.ends, facts.document * SHIFT + facts.start, "right")
        stop = search(self.starts, facts.document * SHIFT + facts.end, "left")
        some = stop > first
        cell, first, stop = facts.cell[some], first[some], stop[some]
        if not len(cell):
            return {}
        width = np.int64(len(self.starts) + 1)
        begin, finish = cell * width + first, cell * width + stop
        order = np.argsort(begin)
        cell, begin, finish = cell[order], begin[order], finish[order]
        reach: NDArray[np.int64] = np.maximum.accumulate(finish)
        before = np.concatenate(([np.int64(-1)], reach[:-1]))
        gained = np.maximum(finish - np.maximum(begin, before), 0)
        cells, inverse = np.unique(cell, return_inverse=True)
        sums = np.bincount(inverse, weights=gained).astype(np.int64)
        return dict(zip(cells.tolist(), sums.tolist(), strict=True))


_WORDS: OrderedDict[str, WordIndex] = OrderedDict()
_KEPT = 5_000  # documents whose words are kept between queries


def _remember(guid: str, index: WordIndex) -> None:
    _WORDS[guid] = index
    while len(_WORDS) > _KEPT:
        _WORDS.popitem(last=False)
