"""Krippendorff's alpha and cu-alpha, checked against counts made character by character."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import pytest

from analysis.agreement import AgreementOptions, CoderGroup, coding_comparison
from analysis.alpha import binary_alpha, cu_alpha
from models.database import ProjectDatabase, create_project
from tests.analysis.agreement_project import (
    CODINGS,
    FOCUS_GROUP,
    INTERVIEW,
    NOTE,
    AgreementIds,
    build,
)

TEXTS = {"Fokusgruppe Æbleø": FOCUS_GROUP, "Interview Søren": INTERVIEW, "Notat": NOTE}


@pytest.fixture(scope="module")
def project(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ProjectDatabase, AgreementIds]]:
    database = create_project(Path(tmp_path_factory.mktemp("alpha")) / "alfa.tekstur")
    ids = build(database)
    yield database, ids
    database.close()


def coded(document: str, code: str, coders: set[str]) -> list[bool]:
    """Character by character: did any of ``coders`` code ``code`` here."""
    flags = [False] * len(TEXTS[document])
    for d, c, who, start, end in CODINGS:
        if d == document and c == code and who in coders:
            for position in range(start, end):
                flags[position] = True
    return flags


def brute_alpha(pairs: list[tuple[object, object]]) -> float:
    """Nominal alpha from units with two values each, by the coincidence matrix."""
    coincidences: Counter[tuple[object, object]] = Counter()
    for first, second in pairs:
        coincidences[(first, second)] += 1  # 1/(m_u − 1) with m_u = 2
        coincidences[(second, first)] += 1
    marginals: Counter[object] = Counter()
    for (value, _), count in coincidences.items():
        marginals[value] += count
    n = sum(marginals.values())
    observed = sum(count for (c, k), count in coincidences.items() if c != k) / n
    expected = sum(marginals[c] * marginals[k] for c in marginals for k in marginals if c != k) / (
        n * (n - 1)
    )
    return 1 - observed / expected


@pytest.mark.parametrize("code", ["Samarbejde", "Tid", "Lægelige oplysninger"])
@pytest.mark.parametrize("groups", [({"ane"}, {"jonas"}), ({"ane", "birk"}, {"jonas"})])
def test_binary_alpha_matches_a_brute_count(
    project: tuple[ProjectDatabase, AgreementIds], code: str, groups: tuple[set[str], set[str]]
) -> None:
    db, ids = project
    a, b = groups
    options = AgreementOptions(
        CoderGroup("A", tuple(ids.coders[n] for n in sorted(a))),
        CoderGroup("B", tuple(ids.coders[n] for n in sorted(b))),
        unit="sentence",  # alpha stays in characters whatever the unit
    )
    report = coding_comparison(db, options)
    pairs: list[tuple[object, object]] = []
    for document in TEXTS:
        pairs.extend(zip(coded(document, code, a), coded(document, code, b), strict=True))
    assert report.alpha[ids.codes[code]] == pytest.approx(brute_alpha(pairs))


def test_binary_alpha_by_hand_and_undefined() -> None:
    # 10 units: both 2, A only 1, B only 1, neither 6. o01 = 2, n1 = 6, n0 = 14, n = 20.
    assert binary_alpha(10, 3, 3, 2) == pytest.approx(1 - 19 * 2 / (14 * 6))
    assert binary_alpha(10, 0, 0, 0) is None  # no variation: undefined
    assert binary_alpha(10, 10, 10, 10) is None
    assert binary_alpha(10, 4, 4, 4) == 1.0


def brute_cu_alpha(
    documents: dict[str, int], codings: list[tuple[str, str, str, int, int]], groups: list[set[str]]
) -> float:
    """cu-alpha from per-character values: coincidences, sections as runs, p_g² by counting."""
    coincidences: Counter[tuple[str, str]] = Counter()
    self_pairs = 0
    for document, length in documents.items():
        values: list[list[str | None]] = []
        for group in groups:
            line: list[str | None] = [None] * length
            for d, code, who, start, end in codings:
                if d == document and who in group:
                    for position in range(start, end):
                        line[position] = code
            values.append(line)
        for first, second in zip(values[0], values[1], strict=True):
            if first is not None and second is not None:
                coincidences[(first, second)] += 1
                coincidences[(second, first)] += 1
        for mine, theirs in ((values[0], values[1]), (values[1], values[0])):
            position = 0
            for value, run in groupby(mine):
                size = len(list(run))
                if value is not None:
                    pairable = sum(1 for v in theirs[position : position + size] if v is not None)
                    self_pairs += pairable**2
                position += size
    marginals: Counter[str] = Counter()
    for (value, _), count in coincidences.items():
        marginals[value] += count
    n = sum(marginals.values())
    expected_total = n - self_pairs / n
    expected = sum(marginals[c] * marginals[k] for c in marginals for k in marginals if c != k)
    observed = sum(count for (c, k), count in coincidences.items() if c != k)
    return 1 - observed / (expected / expected_total)


def test_cu_alpha_by_hand() -> None:
    # A: X on [0, 10), Y on [10, 20); B: X on [0, 20). l[X][X] = 20, l[X][Y] = l[Y][X] = 10,
    # l_X = 30, l_Y = 10, l = 40; sections p: A 10 and 10, B 20 → Σp² = 600.
    coverages = {(1, 7): ([(0, 10)], [(0, 20)]), (2, 7): ([(10, 20)], [])}
    value, note = cu_alpha({1: "X", 2: "Y"}, [(7, "Æblø 😀", 20)], coverages)
    assert value == pytest.approx(1 - (40 - 600 / 40) * 20 / (2 * 30 * 10))
    assert note == ""
    codings = [("d", "X", "a", 0, 10), ("d", "Y", "a", 10, 20), ("d", "X", "b", 0, 20)]
    assert value == pytest.approx(brute_cu_alpha({"d": 20}, codings, [{"a"}, {"b"}]))


def test_cu_alpha_of_the_project_matches_a_brute_count(
    project: tuple[ProjectDatabase, AgreementIds],
) -> None:
    db, ids = project
    chosen = ["Samarbejde", "Tid", "Lægelige oplysninger"]
    options = AgreementOptions(
        CoderGroup("A", (ids.coders["ane"], ids.coders["birk"])),
        CoderGroup("B", (ids.coders["jonas"],)),
        code_ids=tuple(ids.codes[c] for c in chosen),
    )
    report = coding_comparison(db, options)
    lengths = {name: len(text) for name, text in TEXTS.items()}
    mine = [c for c in CODINGS if c[1] in chosen]
    expected = brute_cu_alpha(lengths, mine, [{"ane", "birk"}, {"jonas"}])
    assert report.cu_alpha == pytest.approx(expected)
    assert report.cu_alpha_note == ""
    assert expected < 0.9  # birk's Tid inside jonas's Lægelige oplysninger: a real disagreement


def test_cu_alpha_refuses_codes_that_overlap_within_one_coder() -> None:
    coverages = {(1, 7): ([(0, 10)], [(0, 10)]), (2, 7): ([(5, 20)], [(10, 20)])}
    value, note = cu_alpha({1: "Tid", 2: "Tillid"}, [(7, "Interview Søren", 20)], coverages)
    assert value is None
    assert "'Tid' and 'Tillid'" in note and "Interview Søren" in note and "group A" in note


def test_cu_alpha_undefined_without_two_codes() -> None:
    assert cu_alpha({1: "Tid"}, [(7, "d", 20)], {})[0] is None
    only_one = {(1, 7): ([(0, 10)], [(0, 10)])}
    value, note = cu_alpha({1: "Tid", 2: "Tillid"}, [(7, "d", 20)], only_one)
    assert value is None and "never" in note
