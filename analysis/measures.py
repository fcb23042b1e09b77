"""The measures a table cell can count, with their labels; :mod:`analysis.tally` counts them.

- **references**: codings (with sub-codes rolled up, a passage coded at a code and its
  sub-code by the same coder is one reference);
- **words**: words coded, by the rule of :mod:`analysis.word_count`;
- **documents**: documents coded;
- **cases**: cases coded, by the rule of :mod:`analysis.scope`;
- **presence**: 1 when anything is coded, else 0.
"""

from __future__ import annotations

from collections.abc import Sequence

MEASURES = ("references", "words", "documents", "cases", "presence")
MEASURE_LABELS = {
    "references": "References",
    "words": "Words coded",
    "documents": "Documents coded",
    "cases": "Cases coded",
    "presence": "Coded",
}


def check_measures(measures: Sequence[str]) -> None:
    """Refuse a measure name Tekstur does not know."""
    for measure in measures:
        if measure not in MEASURES:
            raise ValueError(f"unknown measure '{measure}'; use one of {', '.join(MEASURES)}")
