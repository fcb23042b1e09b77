"""Recall on the planted identifiers, and words that must not be reported."""

from __future__ import annotations

import itertools

import pytest

from analysis.identifiers import IdentifierCategory, find_in_text
from tests.analysis.identifiers.planted import (
    TERMS,
    TRANSCRIPTS,
    WITH_SPEAKERS,
    Planted,
    parse,
    speaker_labels,
)

Found = list[tuple[int, int, IdentifierCategory, float, str]]


def _run(name: str) -> tuple[str, list[Planted], Found]:
    text, planted = parse(TRANSCRIPTS[name])
    speakers = speaker_labels(text) if name in WITH_SPEAKERS else []
    return text, planted, find_in_text(text, speakers=speakers, extra_terms=TERMS)


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[str, list[Planted], Found]]:
    return {name: _run(name) for name in TRANSCRIPTS}


def test_the_planted_set_covers_every_category(
    results: dict[str, tuple[str, list[Planted], Found]],
) -> None:
    planted = [p for _text, spans, _found in results.values() for p in spans if p.category]
    assert len(planted) >= 60
    assert {p.category for p in planted} == set(IdentifierCategory)


def test_recall_on_planted_identifiers_is_at_least_95_percent(
    results: dict[str, tuple[str, list[Planted], Found]],
) -> None:
    total, misses = 0, []
    for name, (_text, planted, found) in results.items():
        spans = {(start, end, category) for start, end, category, _c, _s in found}
        for item in planted:
            if item.category is None:
                continue
            total += 1
            if (item.start, item.end, item.category) not in spans:
                near = [f for f in found if f[0] < item.end and item.start < f[1]]
                misses.append(f"{name}: {item.text!r} ({item.category}) found as {near}")
    recall = 1 - len(misses) / total
    assert recall >= 0.95, f"recall {recall:.1%}; missed:\n" + "\n".join(misses)


def test_non_identifiers_are_not_reported(
    results: dict[str, tuple[str, list[Planted], Found]],
) -> None:
    wrong = []
    for name, (text, planted, found) in results.items():
        for item in planted:
            if item.category is not None:
                continue
            hits = [f for f in found if f[0] < item.end and item.start < f[1]]
            wrong += [f"{name}: {item.text!r} inside {text[f[0] : f[1]]!r}" for f in hits]
    assert not wrong, "\n".join(wrong)


def test_findings_are_sorted_and_never_overlap(
    results: dict[str, tuple[str, list[Planted], Found]],
) -> None:
    for text, _planted, found in results.values():
        assert found == sorted(found)
        for before, after in itertools.pairwise(found):
            assert before[1] <= after[0]
        for start, end, _category, confidence, source in found:
            assert start < end <= len(text)
            assert 0 < confidence <= 1
            assert source in {"name list", "speaker", "pattern", "term", "capitalised", "same name"}
