"""SIGKILL in the middle of every kind of work leaves a whole project in a known state.

Each operation of :mod:`bench.fault_operations` runs once to its end (the reference), then
again in children killed at kill points spread over its statements and commits, and after
random delays. After every kill the project opens, ``check_project`` finds nothing, and it
holds the state after the last completed command — or the next one, when the kill came
between that command's commit and the child's note of it (see :mod:`bench.fault_injection`).
The disk-full runs stop each operation half-way for want of space instead.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from bench.disk_full import disk_full
from bench.fault_injection import FaultRunner, Reference, kill_plan, run_plan
from bench.fault_operations import OPERATIONS, build_baseline
from tests.reliability import tally

POINTS, DELAYS = 3, 1


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultRunner]:
    folder = tmp_path_factory.mktemp("kill-points")
    yield FaultRunner(build_baseline(folder / "files"), folder / "files", folder / "runs")


@pytest.fixture(scope="module")
def references(runner: FaultRunner) -> dict[str, Reference]:
    return {operation: runner.reference(operation) for operation in OPERATIONS}


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_killed_anywhere_the_project_holds_the_last_completed_state(
    runner: FaultRunner, references: dict[str, Reference], operation: str
) -> None:
    reference = references[operation]
    assert len(reference.states) >= 2, "the operation committed nothing"
    assert len(set(reference.states)) == len(reference.states), "a command changed nothing"
    plan = kill_plan(reference, POINTS, DELAYS, random.Random(operation))
    outcomes = run_plan(runner, reference, plan)
    for outcome in outcomes:
        tally.count("kill points", outcome.survived)
    assert [f"{o.how}: {o.problem}" for o in outcomes if not o.survived] == []


def test_a_cut_or_lost_write_ahead_log_gives_an_earlier_state_never_a_mix(
    runner: FaultRunner, references: dict[str, Reference]
) -> None:
    chance = random.Random(11)
    outcomes = []
    for operation in ("single codings", "pseudonymisation"):
        reference = references[operation]
        for keep in (0.0, chance.random()):
            point = chance.randint(1, reference.points)
            outcomes.append(runner.kill_and_cut_wal(reference, point, keep))
    for outcome in outcomes:
        tally.count("kill points", outcome.survived)
    assert [f"{o.how}: {o.problem}" for o in outcomes if not o.survived] == []


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_a_full_disk_stops_the_work_with_a_clear_message_and_loses_nothing(
    runner: FaultRunner, references: dict[str, Reference], operation: str
) -> None:
    outcome = disk_full(runner, references[operation], 8 * 1024)
    tally.count("disk-full runs", outcome.survived)
    assert outcome.problem == ""
