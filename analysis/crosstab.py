"""Crosstab: codes × the values of one attribute, with row and column totals and percentages.

A crosstab is the matrix coding query with codes as rows and an attribute's values as columns
(:mod:`analysis.matrix`, intersection semantics): a passage falls under the value that
reaches it (its case's value first, then its document's). Totals count each reference,
document or case once per row, column or table; percentages divide by those totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analysis.filters import QueryFilter
from analysis.matrix import MatrixOptions, matrix_query
from analysis.matrix_axes import Axis
from analysis.measures import check_measures
from models.database import ProjectDatabase
from models.progress import Progress, no_progress
from models.result_table import ResultTable


@dataclass(frozen=True)
class CrosstabOptions:
    """What a crosstab counts; ``codes`` is a code path (its sub-codes are the rows) or None."""

    attribute: str
    codes: str | None = None
    code_ids: tuple[int, ...] | None = None
    measure: str = "references"
    percent: str | None = None
    include_subcodes: bool = False
    filter: QueryFilter = field(default_factory=QueryFilter)

    def __post_init__(self) -> None:
        check_measures([self.measure])

    def matrix(self) -> MatrixOptions:
        """The matrix options this crosstab runs as."""
        return MatrixOptions(
            rows=Axis("codes", self.codes, self.code_ids),
            columns=Axis("attribute", self.attribute),
            measure=self.measure,
            percent=self.percent,
            semantics="intersection",
            include_subcodes=self.include_subcodes,
            filter=self.filter,
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_json` reads back."""
        return {
            "attribute": self.attribute,
            "codes": self.codes,
            "code_ids": None if self.code_ids is None else list(self.code_ids),
            "measure": self.measure,
            "percent": self.percent,
            "include_subcodes": self.include_subcodes,
            "filter": self.filter.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrosstabOptions:
        """The options :meth:`to_json` wrote."""
        ids = data.get("code_ids")
        return cls(
            data["attribute"],
            data.get("codes"),
            None if ids is None else tuple(int(i) for i in ids),
            data.get("measure", "references"),
            data.get("percent"),
            bool(data.get("include_subcodes", False)),
            QueryFilter.from_json(data.get("filter", {})),
        )


def crosstab_query(
    db: ProjectDatabase, options: CrosstabOptions, progress: Progress = no_progress
) -> ResultTable:
    """Run the crosstab; the table always carries row, column and grand totals."""
    table = matrix_query(db, options.matrix(), progress, title=f"Crosstab: {options.attribute}")
    table.provenance["query"] = "crosstab"
    return table
