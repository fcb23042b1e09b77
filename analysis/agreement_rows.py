"""One row of a coding comparison: unit counts, Cohen's kappa and percent agreement.

For one code in one document, with units (characters, sentences or paragraphs):

- ``TU`` (``size``) is the number of units in the document;
- ``a`` and ``b`` are the units group A and group B coded with the code;
- ``both`` the units both coded, ``neither`` the units neither coded, so
  ``TA = both + neither`` is the units on which they agree;
- expected agreement ``EF = a·b/TU + (TU−a)(TU−b)/TU``;
- ``kappa = (TA − EF)/(TU − EF)``, and kappa = 1 when ``TU == EF`` (nobody coded anything,
  or both coded everything). When one group coded nothing and the other something, the
  formula gives 0;
- agreement % ``= 100·TA/TU``.

Kappa is computed from integers (``TU·(TU−EF) = TU·(a+b) − 2ab``), so ``TU == EF`` is an
exact test, not a comparison of floats. A document without units (an empty text, or no
sentence in it) has kappa 1 and agreement 100 %.

**Size-weighted summaries** pool the unit counts: for a code over several documents, or for
everything, ``TU``, ``a``, ``b``, ``both`` and ``neither`` are summed over the rows, and kappa
and the percentages are computed again from those sums (:func:`pooled_row`). A long
document therefore weighs in proportion to its units; this is not the mean of the rows' kappas.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def kappa_and_agreement(size: int, a: int, b: int, both: int) -> tuple[float, float]:
    """Cohen's kappa and percent agreement (0–100) from the unit counts of one row."""
    if not 0 <= both <= min(a, b) or max(a, b) > size or a + b - both > size:
        raise ValueError(f"inconsistent counts: size {size}, a {a}, b {b}, both {both}")
    if size == 0:
        return 1.0, 100.0
    agree = size - a - b + 2 * both
    denominator = size * (a + b) - 2 * a * b  # TU·(TU − EF)
    if denominator == 0:
        return 1.0, 100.0 * agree / size
    numerator = size * agree - a * b - (size - a) * (size - b)  # TU·(TA − EF)
    return numerator / denominator, 100.0 * agree / size


@dataclass(frozen=True)
class AgreementRow:
    """One code × document of a coding comparison, or a summary (``document_id`` None).

    ``code_id`` is None (and ``code_path`` empty) in the overall row. Counts are in units;
    the properties are percentages (0–100) of ``size``.
    """

    code_id: int | None
    code_path: tuple[str, ...]
    document_id: int | None
    document_name: str
    size: int
    a: int
    b: int
    both: int
    neither: int
    kappa: float
    agreement: float

    @classmethod
    def counted(
        cls,
        code_id: int | None,
        code_path: tuple[str, ...],
        document_id: int | None,
        document_name: str,
        size: int,
        a: int,
        b: int,
        both: int,
    ) -> AgreementRow:
        """A row from its counts, with kappa and agreement computed."""
        kappa, agreement = kappa_and_agreement(size, a, b, both)
        neither = size - a - b + both
        return cls(
            code_id, code_path, document_id, document_name, size, a, b, both, neither, kappa,
            agreement,
        )  # fmt: skip

    def _percent(self, units: int) -> float:
        return 100.0 * units / self.size if self.size else 0.0

    @property
    def a_and_b(self) -> float:
        """Percent of the units both groups coded."""
        return self._percent(self.both)

    @property
    def neither_pct(self) -> float:
        """Percent of the units neither group coded."""
        return self._percent(self.neither)

    @property
    def disagreement(self) -> float:
        """Percent of the units exactly one group coded (100 − agreement)."""
        return self._percent(self.a + self.b - 2 * self.both)

    @property
    def a_not_b(self) -> float:
        """Percent of the units A coded and B did not."""
        return self._percent(self.a - self.both)

    @property
    def b_not_a(self) -> float:
        """Percent of the units B coded and A did not."""
        return self._percent(self.b - self.both)


def pooled_row(
    rows: Sequence[AgreementRow],
    code_id: int | None,
    code_path: tuple[str, ...],
    document_name: str,
) -> AgreementRow:
    """The size-weighted summary of ``rows``: their counts summed, kappa computed again."""
    return AgreementRow.counted(
        code_id,
        code_path,
        None,
        document_name,
        sum(row.size for row in rows),
        sum(row.a for row in rows),
        sum(row.b for row in rows),
        sum(row.both for row in rows),
    )
