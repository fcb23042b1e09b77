"""Codings and case regions as NumPy columns, cut into pieces by the rule of :mod:`analysis.scope`.

The table queries count over up to millions of codings: reading them as rows costs more than
the counting. The filtered codings are therefore read as whole columns in one statement
(each column aggregated into one comma-separated text by the database, two values packed
into one number), and the case
regions, the same :func:`analysis.scope.resolved_regions` that every query reads, as rows
(there are few). :func:`cut_pieces` then cuts each coding at the region borders with two
binary searches, as the SQL join in :func:`analysis.scope.coding_pieces` does row by row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import BigInteger, ColumnElement, Connection, String, cast, func, literal, select

from analysis.filters import QueryFilter
from analysis.scope import AttributeColumns, resolved_regions
from models.codes import Coding

Ints = NDArray[np.int64]
SHIFT = np.int64(1 << 32)  # document × SHIFT + position orders positions across documents
# Two ids or positions (each below 2**31, as PostgreSQL's integer columns are) travel as one
# number, which halves what the database has to write out.
_PACK = 2_147_483_648


@dataclass(frozen=True)
class Codings:
    """The filtered codings, one array per column, in no particular order."""

    id: Ints
    document: Ints
    code: Ints
    coder: Ints
    start: Ints
    end: Ints

    def __len__(self) -> int:
        return len(self.document)


@dataclass(frozen=True)
class Regions:
    """Case regions sorted by document and start; ``case`` is -1 for text of no case.

    ``values[i]`` holds, per region, the index of attribute ``i``'s resolved value in
    ``value_keys[i]`` (-1: no value); ``passes`` says whether the filters let it through.
    """

    document: Ints
    start: Ints
    end: Ints
    case: Ints
    passes: NDArray[np.bool_]
    values: list[Ints]
    value_keys: list[list[tuple[Any, ...]]]


@dataclass(frozen=True)
class Pieces:
    """Codings cut at region borders; ``coding`` indexes :class:`Codings`, ``region`` Regions.

    Only pieces of regions that pass the filters are kept; the pieces of one coding are
    consecutive and in text order.
    """

    coding: Ints
    region: Ints
    document: Ints
    case: Ints
    start: Ints
    end: Ints

    def counted(self) -> tuple[int, int]:
        """How many documents and how many codings the pieces come from."""
        if not len(self.coding):
            return 0, 0
        codings = 1 + int(np.count_nonzero(self.coding[1:] != self.coding[:-1]))
        return int(np.count_nonzero(np.bincount(self.document))), codings


def read_codings(
    connection: Connection,
    query_filter: QueryFilter,
    code_ids: list[int] | None = None,
    *,
    ids: bool = False,
    coders: bool = False,
) -> Codings:
    """The codings that pass the document, coder and code filters, as columns.

    Coding ids and coders are read only when asked for (their columns are empty otherwise).
    """
    pack = literal(_PACK, BigInteger)
    packed: dict[str, ColumnElement[int]] = {
        "document_code": cast(Coding.document_id, BigInteger) * pack + Coding.code_id,
        "span": cast(Coding.start, BigInteger) * pack + Coding.end,
    }
    if ids:
        packed["id"] = Coding.id.expression
    if coders:
        packed["coder_id"] = Coding.coder_id.expression
    query = select(*(column.label(name) for name, column in packed.items()))
    # "+ 0" keeps SQLite from walking the code or coder index row by row, which is far slower
    # than reading the table straight through when a filter keeps many codings.
    if code_ids is not None:
        few = _few(connection, Coding.code_id.in_(code_ids))
        query = query.where((Coding.code_id if few else Coding.code_id + 0).in_(code_ids))
    if query_filter.document_ids is not None:
        query = query.where(Coding.document_id.in_(query_filter.document_ids))
    if query_filter.coder_ids is not None:
        query = query.where((Coding.coder_id + 0).in_(query_filter.coder_ids))
    rows = query.subquery("filtered")
    if connection.dialect.name == "sqlite":
        joined = [func.group_concat(rows.c[name], ",") for name in packed]
    else:
        joined = [func.string_agg(cast(rows.c[name], String), ",") for name in packed]
    texts = connection.execute(select(*joined)).one()
    arrays = dict(zip(packed, (_numbers(text) for text in texts), strict=True))
    empty = np.zeros(0, dtype=np.int64)
    return Codings(
        arrays.get("id", empty),
        arrays["document_code"] // _PACK,
        arrays["document_code"] % _PACK,
        arrays.get("coder_id", empty),
        arrays["span"] // _PACK,
        arrays["span"] % _PACK,
    )


def _few(connection: Connection, test: ColumnElement[bool]) -> bool:
    """Whether ``test`` keeps under a twentieth of the codings (counted on the index)."""
    total = connection.execute(select(func.count()).select_from(Coding)).scalar_one()
    kept = connection.execute(select(func.count()).where(test)).scalar_one()
    return bool(kept * 20 < total)


def _numbers(text: str | None) -> Ints:
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def read_regions(
    connection: Connection, attributes: list[AttributeColumns], query_filter: QueryFilter
) -> Regions:
    """Every case region with the resolved values of ``attributes`` and the filters' verdict."""
    regions = resolved_regions(attributes, query_filter.where)
    rows = connection.execute(
        select(regions).order_by(regions.c.document_id, regions.c.start)
    ).all()
    column = {name: i for i, name in enumerate(regions.c.keys())}
    values: list[Ints] = []
    value_keys: list[list[tuple[Any, ...]]] = []
    for index, attribute in enumerate(attributes):
        places = [column[f"a{index}_{kind}"] for kind in attribute.types]
        seen: dict[tuple[Any, ...], int] = {}
        codes = np.full(len(rows), -1, dtype=np.int64)
        for r, row in enumerate(rows):
            key = tuple(row[p] for p in places)
            if any(v is not None for v in key):
                codes[r] = seen.setdefault(key, len(seen))
        values.append(codes)
        value_keys.append(list(seen))

    def ints(name: str, missing: int = -1) -> Ints:
        return np.array(
            [missing if row[column[name]] is None else row[column[name]] for row in rows],
            dtype=np.int64,
        )

    return Regions(
        ints("document_id"),
        ints("start"),
        ints("end"),
        ints("case_id"),
        ints("passes").astype(bool),
        values,
        value_keys,
    )


def search(sorted_keys: Ints, queries: Ints, side: str = "left") -> Ints:
    """``np.searchsorted`` for many queries: sorted first, which is several times faster."""
    if len(queries) < 10_000:
        return np.searchsorted(sorted_keys, queries, side)  # type: ignore[call-overload, no-any-return]
    order = np.argsort(queries)
    found = np.empty(len(queries), dtype=np.int64)
    found[order] = np.searchsorted(sorted_keys, queries[order], side)  # type: ignore[call-overload]
    return found


def cut_pieces(codings: Codings, regions: Regions) -> Pieces:
    """Each coding cut into its pieces, one per region it overlaps that passes the filters."""
    region_keys = regions.document * SHIFT + regions.start
    first = search(region_keys, codings.document * SHIFT + codings.start, "right") - 1
    stop = search(region_keys, codings.document * SHIFT + codings.end, "left")
    counts = np.maximum(stop - first, 0)
    coding = np.repeat(np.arange(len(codings), dtype=np.int64), counts)
    offsets = np.cumsum(counts) - counts
    region = first[coding] + (np.arange(len(coding), dtype=np.int64) - offsets[coding])
    keep = regions.passes[region] if len(region) else np.zeros(0, dtype=bool)
    coding, region = coding[keep], region[keep]
    return Pieces(
        coding,
        region,
        codings.document[coding],
        regions.case[region],
        np.maximum(codings.start[coding], regions.start[region]),
        np.minimum(codings.end[coding], regions.end[region]),
    )


def whole_pieces(codings: Codings) -> Pieces:
    """Each coding as one piece with no case: for queries that need neither cases nor filters
    on attributes."""
    return Pieces(
        np.arange(len(codings), dtype=np.int64),
        np.full(len(codings), -1, dtype=np.int64),
        codings.document,
        np.full(len(codings), -1, dtype=np.int64),
        codings.start,
        codings.end,
    )


def expand(keys: Ints, owners: dict[int, list[int]]) -> tuple[Ints, Ints]:
    """For each entry of ``keys`` (e.g. a piece's code), one pair per item that owns it.

    Returns ``(entry, item)``: entry ``i`` appears once for each item in ``owners[keys[i]]``
    (not at all when it has none).
    """
    size = int(max([*owners, int(keys.max()) if len(keys) else 0])) + 1
    if all(len(items) == 1 for items in owners.values()):  # one owner each: a lookup
        lookup = np.full(size, -1, dtype=np.int64)
        for key, items in owners.items():
            lookup[key] = items[0]
        found = lookup[keys]
        entry = np.flatnonzero(found >= 0).astype(np.int64)
        return entry, found[entry]
    counts = np.zeros(size, dtype=np.int64)
    offsets = np.zeros(size, dtype=np.int64)
    flat: list[int] = []
    for key, items in owners.items():
        offsets[key], counts[key] = len(flat), len(items)
        flat.extend(items)
    per_entry = counts[keys]
    entry = np.repeat(np.arange(len(keys), dtype=np.int64), per_entry)
    starts = np.repeat(np.cumsum(per_entry) - per_entry, per_entry)
    within = np.arange(len(entry), dtype=np.int64) - starts
    item = np.array(flat, dtype=np.int64)[offsets[keys[entry]] + within] if len(entry) else entry
    return entry, item
