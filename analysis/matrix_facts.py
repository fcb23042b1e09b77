"""The pieces a matrix counts, each tagged with its cell.

The **content** of a cell is coded text: the pieces of the codings at the code of the row
(or of the column, when only the columns are codes; with no code on either side, every
coding). The other side selects which of those pieces fall in the cell:

- *intersection* (NVivo ``AND``): the piece lies inside the other item — in that case's text,
  in that document, in text whose attribute value is that value (see :mod:`analysis.scope`),
  or, for code × code, overlapping a coding at the other code; then only the overlap counts
  (its words), and the reference is the row code's coding;
- *same case* (co-presence): the piece's case has the other item anywhere in the text read —
  the case, a document in which the case owns text, an attribute value that reaches some of
  the case's text, a coding at the other code. Pieces with no case count for nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from analysis.code_tree import CodeTree
from analysis.columns import Codings, Ints, Pieces, Regions, expand
from analysis.filters import QueryFilter
from analysis.matrix_axes import ResolvedAxis
from analysis.tally import Facts

SEMANTICS = ("intersection", "same-case")


@dataclass(frozen=True)
class Tags:
    """Pieces (indices into :class:`Pieces`) tagged with item indices of one side."""

    piece: Ints
    item: Ints
    start: Ints
    end: Ints


class FactsBuilder:
    """Tags the pieces of a matrix with their rows and columns."""

    def __init__(
        self,
        tree: CodeTree,
        codings: Codings,
        regions: Regions,
        pieces: Pieces,
        query_filter: QueryFilter,
        semantics: str,
        rolled_up: bool,
    ) -> None:
        if semantics not in SEMANTICS:
            raise ValueError(f"unknown semantics '{semantics}'; use intersection or same-case")
        self.tree, self.codings, self.regions, self.pieces = tree, codings, regions, pieces
        self.filter, self.semantics, self.rolled_up = query_filter, semantics, rolled_up

    def facts(
        self, rows: ResolvedAxis, columns: ResolvedAxis, refs: Ints, value_index: dict[str, int]
    ) -> Facts:
        """Every (piece, row, column) the matrix counts, as one cell number per piece."""
        for axis in (rows, columns):
            if _has(axis, "code") and len(axis.kinds()) > 1:
                raise ValueError(
                    f"'{axis.axis}' mixes codes with cases or documents; a side of a matrix"
                    " holds codes, or cases, documents and attribute values"
                )
        codes_side = "row" if _has(rows, "code") else "col" if _has(columns, "code") else None
        if codes_side is None:
            every = np.arange(len(self.pieces.coding), dtype=np.int64)
            base = Tags(every, np.zeros_like(every), self.pieces.start, self.pieces.end)
        else:
            content = rows if codes_side == "row" else columns
            piece, item = expand(self.codings.code[self.pieces.coding], self._owners(content))
            base = Tags(piece, item, self.pieces.start[piece], self.pieces.end[piece])
        if codes_side == "row":
            tagged, column_item = self._tag(base, columns, value_index)
            row_item = tagged.item
        elif codes_side == "col":
            tagged, row_item = self._tag(base, rows, value_index)
            column_item = tagged.item
        else:
            first, row_item = self._tag(base, rows, value_index)
            carried = Tags(first.piece, row_item, first.start, first.end)
            tagged, column_item = self._tag(carried, columns, value_index)
            row_item = tagged.item
        coding = self.pieces.coding[tagged.piece]
        return Facts(
            row_item * max(len(columns.items), 1) + column_item,
            refs[coding],
            self.pieces.document[tagged.piece],
            self.pieces.case[tagged.piece],
            tagged.start,
            tagged.end,
            coding,
        )

    def _owners(self, axis: ResolvedAxis) -> dict[int, list[int]]:
        owners: dict[int, list[int]] = defaultdict(list)
        for index, item in enumerate(axis.items):
            if item.kind == "code":
                code = item.key[0]
                for owned in [code, *(self.tree.descendants(code) if self.rolled_up else [])]:
                    owners[owned].append(index)
        return owners

    def _tag(
        self, base: Tags, axis: ResolvedAxis, value_index: dict[str, int]
    ) -> tuple[Tags, Ints]:
        """``base`` tagged with the items of ``axis``: which of them each piece falls in."""
        found: list[tuple[Tags, Ints]] = []
        cases = self.pieces.case[base.piece]
        for kind in ("case", "document", "value", "code"):
            if not _has(axis, kind):
                continue
            if kind == "code":
                found.append(self._other_codes(base, axis))
                continue
            if kind == "case" or self.semantics == "intersection":
                keys = self._direct_keys(base, kind, axis, value_index)
                owners = self._lookup(axis, kind, value_index)
            else:
                keys = cases
                owners = self._case_has(axis, kind, value_index)
            if self.semantics == "same-case":
                keys = np.where(cases >= 0, keys, -1)
            entry, item = expand(np.maximum(keys, 0), owners)
            valid = keys[entry] >= 0
            entry, item = entry[valid], item[valid]
            found.append((_subset(base, entry), item))
        if not found:
            empty = np.zeros(0, dtype=np.int64)
            return Tags(empty, empty, empty, empty), empty
        tags = [t for t, _ in found]
        items = [i for _, i in found]
        return (
            Tags(
                np.concatenate([t.piece for t in tags]),
                np.concatenate([t.item for t in tags]),
                np.concatenate([t.start for t in tags]),
                np.concatenate([t.end for t in tags]),
            ),
            np.concatenate(items),
        )

    def _direct_keys(
        self, base: Tags, kind: str, axis: ResolvedAxis, value_index: dict[str, int]
    ) -> Ints:
        if kind == "case":
            return self.pieces.case[base.piece]
        if kind == "document":
            return self.pieces.document[base.piece]
        assert axis.attribute is not None
        values = self.regions.values[value_index[axis.attribute.name]]
        return values[self.pieces.region[base.piece]]

    def _lookup(
        self, axis: ResolvedAxis, kind: str, value_index: dict[str, int]
    ) -> dict[int, list[int]]:
        """Key (case id, document id or value number) → the items it is."""
        owners: dict[int, list[int]] = defaultdict(list)
        if kind == "value":
            assert axis.attribute is not None
            keys = self.regions.value_keys[value_index[axis.attribute.name]]
            number = {key: i for i, key in enumerate(keys)}
            for index, item in enumerate(axis.items):
                if item.key in number:
                    owners[number[item.key]].append(index)
            return owners
        for index, item in enumerate(axis.items):
            if item.kind == kind:
                owners[item.key[0]].append(index)
        return owners

    def _case_has(
        self, axis: ResolvedAxis, kind: str, value_index: dict[str, int]
    ) -> dict[int, list[int]]:
        """Case id → the document or value items the case has in the text read."""
        regions = self.regions
        read = regions.passes & (regions.case >= 0)
        if self.filter.document_ids is not None:
            read &= np.isin(regions.document, list(self.filter.document_ids))
        if kind == "document":
            keys = regions.document
        else:
            assert axis.attribute is not None
            keys = regions.values[value_index[axis.attribute.name]]
        lookup = self._lookup(axis, kind, value_index)
        owners: dict[int, list[int]] = defaultdict(list)
        pairs = set(zip(regions.case[read].tolist(), keys[read].tolist(), strict=True))
        for case_id, key in sorted(pairs):
            owners[case_id].extend(lookup.get(key, []))
        return owners

    def _other_codes(self, base: Tags, axis: ResolvedAxis) -> tuple[Tags, Ints]:
        """Code × code: overlapping codings (intersection) or the case's codes (same case)."""
        pieces = self.pieces
        piece, item = expand(self.codings.code[pieces.coding], self._owners(axis))
        if self.semantics == "same-case":
            owners: dict[int, list[int]] = defaultdict(list)
            has = {(c, i) for c, i in zip(pieces.case[piece].tolist(), item.tolist(), strict=True)}
            for case_id, index in sorted(has):
                if case_id >= 0:
                    owners[case_id].append(index)
            cases = pieces.case[base.piece]
            entry, found = expand(np.maximum(cases, 0), owners)
            valid = cases[entry] >= 0
            return _subset(base, entry[valid]), found[valid]
        return _overlaps(base, Tags(piece, item, pieces.start[piece], pieces.end[piece]), pieces)


def _has(axis: ResolvedAxis, kind: str) -> bool:
    return any(item.kind == kind for item in axis.items)


def _subset(tags: Tags, entry: Ints) -> Tags:
    return Tags(tags.piece[entry], tags.item[entry], tags.start[entry], tags.end[entry])


def _overlaps(content: Tags, other: Tags, pieces: Pieces) -> tuple[Tags, Ints]:
    """Pairs of overlapping content and other pieces in one document, cut to the overlap."""
    by_document: dict[int, list[int]] = defaultdict(list)
    for index, document in enumerate(pieces.document[other.piece].tolist()):
        by_document[document].append(index)
    sweeps: dict[int, tuple[list[int], list[int], int]] = {}
    for document, indices in by_document.items():
        indices.sort(key=lambda i: int(other.start[i]))
        longest = max(int(other.end[i] - other.start[i]) for i in indices)
        sweeps[document] = (indices, [int(other.start[i]) for i in indices], longest)
    found: list[tuple[int, int, int, int]] = []
    for index, document in enumerate(pieces.document[content.piece].tolist()):
        if document not in sweeps:
            continue
        indices, starts, longest = sweeps[document]
        start, end = int(content.start[index]), int(content.end[index])
        for j in indices[bisect_left(starts, start - longest) :]:
            other_start, other_end = int(other.start[j]), int(other.end[j])
            if other_start >= end:
                break
            if other_end > start:
                overlap = (max(start, other_start), min(end, other_end))
                found.append((index, int(other.item[j]), *overlap))
    columns = np.array(found, dtype=np.int64).reshape(-1, 4).T
    index_, item, start_, end_ = columns[0], columns[1], columns[2], columns[3]
    return Tags(content.piece[index_], content.item[index_], start_, end_), item
