"""A bounded fuzz run of the .docx, .txt, .qdpx and .qdc readers on damaged real files.

Each reader gets a few hundred mutations of a real seed file (bytes flipped, cut, moved,
ZIP members replaced by entity bombs or junk; see :mod:`bench.fuzz_inputs`): it reads them
or refuses them with its own error. ``python -m bench --only fuzz`` runs the long version.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.fuzz_inputs import TARGETS, crash_of, mutate, seed_files
from tests.reliability import tally

EXAMPLES = {"docx": 150, "txt": 150, "qdpx": 80, "qdc": 200, "qdpx codebook": 80}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return seed_files(tmp_path_factory.mktemp("frø"))


@pytest.mark.parametrize("target", list(TARGETS))
def test_damaged_copies_of_real_files_are_read_or_refused(
    target: str, seeds: dict[str, bytes]
) -> None:
    seed = seeds[target]
    assert crash_of(TARGETS[target], seed) is None, "the seed itself must read"

    @settings(
        max_examples=EXAMPLES[target],
        deadline=timedelta(seconds=5),
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.randoms(use_true_random=False))
    def one(rng: random.Random) -> None:
        data = mutate(seed, rng)
        with tally.attempt("fuzz inputs"):
            crash = crash_of(TARGETS[target], data)
            assert crash is None, f"{target} crashed: {crash!r}"

    one()
