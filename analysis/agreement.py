"""Coding comparison: exact inter-coder agreement between two groups of coders.

For every chosen code × chosen document the comparison counts, in characters, sentences or
paragraphs (:mod:`analysis.agreement_units`), the units group A coded, group B coded and
both coded, and gives Cohen's kappa and percent agreement (:mod:`analysis.agreement_rows`
has the formulas). A group of several coders counts as one coder whose coverage is the union
of theirs (:mod:`analysis.agreement_spans`); overlapping codings count once.

- **Rows**: every chosen code (tree order) × every chosen document (by name), including
  pairs nobody coded (kappa 1, agreement 100 %).
- **Summaries** are size-weighted: a code's summary sums the unit counts of its rows, the
  overall row sums every row's, and kappa and percentages are computed from those sums.
- **Krippendorff's alpha** per code, binary, in characters over all chosen documents
  (:func:`analysis.alpha.binary_alpha`), whatever ``unit`` says; None when it is undefined.
- **cu-alpha** over the chosen codes when no coder group's codings of two of them overlap
  (:func:`analysis.alpha.cu_alpha`); otherwise None, and ``cu_alpha_note`` says why.

A code's codings are its own: sub-codes' codings count for the parent only with
``include_subcodes``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from analysis.agreement_rows import AgreementRow, kappa_and_agreement, pooled_row
from analysis.agreement_spans import (
    CoderGroup,
    Span,
    SpanDifferences,
    coverage_spans,
    merge_spans,
    span_differences,
)
from analysis.agreement_table import agreement_table
from analysis.agreement_units import UNIT_KINDS, TextUnits, UnitCounts, character_counts, clip
from analysis.alpha import binary_alpha, cu_alpha
from analysis.code_tree import CodeTree
from models.codes import Coding
from models.database import ProjectDatabase
from models.documents import Document
from models.progress import Progress, no_progress

__all__ = [
    "AgreementOptions",
    "AgreementReport",
    "AgreementRow",
    "CoderGroup",
    "SpanDifferences",
    "agreement_table",
    "coding_comparison",
    "coverage_spans",
    "kappa_and_agreement",
    "span_differences",
]


@dataclass(frozen=True)
class AgreementOptions:
    """Which two coder groups to compare, on which codes and documents (None: all), in what unit."""

    coders_a: CoderGroup
    coders_b: CoderGroup
    code_ids: tuple[int, ...] | None = None
    document_ids: tuple[int, ...] | None = None
    unit: str = "character"
    include_subcodes: bool = False

    def __post_init__(self) -> None:
        if self.unit not in UNIT_KINDS:
            raise ValueError(f"unit is character, sentence or paragraph, not '{self.unit}'")
        if not self.coders_a.coder_ids or not self.coders_b.coder_ids:
            raise ValueError("each coder group needs at least one coder")
        shared = set(self.coders_a.coder_ids) & set(self.coders_b.coder_ids)
        if shared:
            raise ValueError("a coder cannot be in both groups")

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_json` reads back."""
        return {
            "coders_a": self.coders_a.to_json(),
            "coders_b": self.coders_b.to_json(),
            "code_ids": None if self.code_ids is None else list(self.code_ids),
            "document_ids": None if self.document_ids is None else list(self.document_ids),
            "unit": self.unit,
            "include_subcodes": self.include_subcodes,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgreementOptions:
        """The options :meth:`to_json` wrote."""
        codes, documents = data.get("code_ids"), data.get("document_ids")
        return cls(
            CoderGroup.from_json(data["coders_a"]),
            CoderGroup.from_json(data["coders_b"]),
            None if codes is None else tuple(int(i) for i in codes),
            None if documents is None else tuple(int(i) for i in documents),
            str(data.get("unit", "character")),
            bool(data.get("include_subcodes", False)),
        )


@dataclass(frozen=True)
class AgreementReport:
    """The result of a coding comparison (see the module docstring for each part)."""

    rows: list[AgreementRow]
    code_summaries: list[AgreementRow]
    overall: AgreementRow
    alpha: dict[int, float | None]
    cu_alpha: float | None
    options: AgreementOptions | None = None
    cu_alpha_note: str = ""
    provenance: dict[str, str] = field(default_factory=dict)


Coverages = dict[tuple[int, int], tuple[list[Span], list[Span]]]  # (code, document) -> A, B


def coding_comparison(
    db: ProjectDatabase, options: AgreementOptions, progress: Progress = no_progress
) -> AgreementReport:
    """Compare group A's and group B's coding of the chosen codes in the chosen documents."""
    with db.read() as connection:
        tree = CodeTree.load(connection)
        code_ids = list(options.code_ids) if options.code_ids is not None else tree.in_tree_order()
        chosen = select(Document.id, Document.name, func.length(Document.text).label("length"))
        if options.document_ids is not None:
            chosen = chosen.where(Document.id.in_(list(options.document_ids)))
        documents = list(connection.execute(chosen.order_by(Document.name, Document.id)))
        owners: dict[int, list[int]] = defaultdict(list)
        for code_id in code_ids:
            for member in [
                code_id,
                *(tree.descendants(code_id) if options.include_subcodes else []),
            ]:
                owners[member].append(code_id)
        group_of = dict.fromkeys(options.coders_a.coder_ids, 0)
        group_of.update(dict.fromkeys(options.coders_b.coder_ids, 1))
        raw: dict[tuple[int, int], tuple[list[Span], list[Span]]] = defaultdict(lambda: ([], []))
        query = select(
            Coding.code_id, Coding.document_id, Coding.coder_id, Coding.start, Coding.end
        ).where(Coding.coder_id.in_(list(group_of)), Coding.code_id.in_(list(owners)))
        if options.document_ids is not None:
            query = query.where(Coding.document_id.in_(list(options.document_ids)))
        found = connection.execute(query).all()
        codings = len(found)
        for code_id, document_id, coder_id, start, end in found:
            for owner in owners[code_id]:
                raw[(owner, document_id)][group_of[coder_id]].append((start, end))
        texts: dict[int, str] = {}
        if options.unit != "character":
            for document_id, text in connection.execute(
                select(Document.id, Document.text).where(
                    Document.id.in_([document.id for document in documents])
                )
            ):
                texts[document_id] = text
    coverages: Coverages = {key: (merge_spans(a), merge_spans(b)) for key, (a, b) in raw.items()}
    rows, character_rows = _rows(options, tree, code_ids, documents, coverages, texts, progress)
    by_code: dict[int | None, list[AgreementRow]] = defaultdict(list)
    for row in rows:
        by_code[row.code_id].append(row)
    summaries = [
        pooled_row(by_code[code_id], code_id, tree.path(code_id), "") for code_id in code_ids
    ]
    alpha = {code_id: binary_alpha(*character_rows[code_id]) for code_id in code_ids}
    cu_value, cu_note = cu_alpha(
        {code_id: tree.label(code_id) for code_id in code_ids},
        [(document.id, document.name, int(document.length or 0)) for document in documents],
        coverages,
    )
    return AgreementReport(
        rows=rows,
        code_summaries=summaries,
        overall=pooled_row(rows, None, (), ""),
        alpha=alpha,
        cu_alpha=cu_value,
        options=options,
        cu_alpha_note=cu_note,
        provenance={
            "query": "coding comparison",
            "unit": options.unit,
            "documents considered": str(len(documents)),
            "codings considered": str(codings),
            "sub-codes": "rolled up" if options.include_subcodes else "not included",
        },
    )


def _rows(
    options: AgreementOptions,
    tree: CodeTree,
    code_ids: list[int],
    documents: list[Any],
    coverages: Coverages,
    texts: dict[int, str],
    progress: Progress,
) -> tuple[list[AgreementRow], dict[int, tuple[int, int, int, int]]]:
    """The code × document rows, and each code's pooled character counts for alpha."""
    pooled: dict[int, list[int]] = {code_id: [0, 0, 0, 0] for code_id in code_ids}
    cells: dict[tuple[int, int], AgreementRow] = {}
    empty: tuple[list[Span], list[Span]] = ([], [])
    for done, (document_id, name, length) in enumerate(documents):
        progress(done, len(documents), name)
        size = int(length or 0)
        units = TextUnits(texts[document_id], options.unit) if texts else None
        for code_id in code_ids:
            a, b = coverages.get((code_id, document_id), empty)
            a, b = clip(a, size), clip(b, size)
            characters = character_counts(size, a, b)
            for index, value in enumerate(
                (characters.size, characters.a, characters.b, characters.both)
            ):
                pooled[code_id][index] += value
            counts: UnitCounts = characters if units is None else units.counts(a, b)
            cells[(code_id, document_id)] = AgreementRow.counted(
                code_id, tree.path(code_id), document_id, name,
                counts.size, counts.a, counts.b, counts.both,
            )  # fmt: skip
    progress(len(documents), len(documents), "")
    rows = [cells[(code_id, document.id)] for code_id in code_ids for document in documents]
    return rows, {code_id: (s, a, b, both) for code_id, (s, a, b, both) in pooled.items()}
