"""The text a group of coders coded with one code, as merged spans, and how two groups differ.

A **coder group** is one or more coders whose codings count together: the group has coded a
character when any of its coders has (the union). Overlapping codings of one coder, or of
two coders in one group, count once. Spans are code point ranges ``[start, end)``, merged
and sorted: no two overlap or touch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from sqlalchemy import Connection, select

from models.codes import Coding

Span = tuple[int, int]


@dataclass(frozen=True)
class CoderGroup:
    """Coders whose codings count as one: their coverage is the union of theirs."""

    name: str
    coder_ids: tuple[int, ...]

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict that :meth:`from_json` reads back."""
        return {"name": self.name, "coder_ids": list(self.coder_ids)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CoderGroup:
        """The group :meth:`to_json` wrote."""
        ids = data.get("coder_ids") or []
        assert isinstance(ids, list)
        return cls(str(data.get("name", "")), tuple(int(i) for i in ids))


@dataclass(frozen=True)
class SpanDifferences:
    """Where two coverages agree and differ: each a merged, sorted list of spans."""

    both: list[Span]
    a_only: list[Span]
    b_only: list[Span]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """The union of ``spans`` as sorted spans that neither overlap nor touch (empty ones go)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def spans_length(spans: Iterable[Span]) -> int:
    """The number of code points in ``spans`` (merged spans: each counted once)."""
    return sum(end - start for start, end in spans)


def coverage_spans(
    connection: Connection, document_id: int, code_id: int, coder_ids: Sequence[int]
) -> list[Span]:
    """The merged, sorted spans the coders together coded with ``code_id`` in the document."""
    if not coder_ids:
        return []
    rows = connection.execute(
        select(Coding.start, Coding.end).where(
            Coding.document_id == document_id,
            Coding.code_id == code_id,
            Coding.coder_id.in_(list(coder_ids)),
        )
    ).all()
    return merge_spans((int(start), int(end)) for start, end in rows)


def span_differences(a: Sequence[Span], b: Sequence[Span]) -> SpanDifferences:
    """The text both coverages hold, only ``a`` holds and only ``b`` holds.

    ``a`` and ``b`` need not be merged; each result is merged and sorted.
    """
    return SpanDifferences(*_split(merge_spans(a), merge_spans(b)))


def _split(a: list[Span], b: list[Span]) -> tuple[list[Span], list[Span], list[Span]]:
    """Sweep the borders of two merged coverages: which side holds each stretch between."""
    borders = sorted({p for span in (*a, *b) for p in span})
    both: list[Span] = []
    a_only: list[Span] = []
    b_only: list[Span] = []
    i = j = 0
    for start, end in pairwise(borders):
        while i < len(a) and a[i][1] <= start:
            i += 1
        while j < len(b) and b[j][1] <= start:
            j += 1
        in_a = i < len(a) and a[i][0] <= start
        in_b = j < len(b) and b[j][0] <= start
        target = both if in_a and in_b else a_only if in_a else b_only if in_b else None
        if target is not None:
            if target and target[-1][1] == start:
                target[-1] = (target[-1][0], end)
            else:
                target.append((start, end))
    return both, a_only, b_only
