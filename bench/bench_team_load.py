"""Eight people coding one team project on PostgreSQL at the same time.

A throw-away PostgreSQL server (the one the tests use) holds a project with four interviews
and six codes. Eight processes (multiprocessing, spawn) each code as their own coder: one
coding per command, like a person coding by hand, 10,000 each, and every few hundred codings
a rename of a code carrying the version they read (retried with the new version when someone
else renamed it first). Meanwhile a listener counts the announcements. Afterwards every one of
the 80,000 codings must be there exactly once (each coder's spans are known), ``tekstur check``
must find nothing, and every coding command must have been announced.

Figures printed: codings per second over all processes, the 50th and 99th percentile of the
time one coding command takes to commit (ms), renames done and refused for an old version.

Usage: python -m bench.bench_team_load [--codings N] [--processes N] [--renames N]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from bench.figures import record
from models import Code, Coder, Coding
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    CommandError,
    CreateCode,
    EnsureCoder,
    UpdateCode,
    apply_command,
)
from models.commands.code_versions import SeenCode
from models.database import ProjectDatabase, create_project, open_project
from models.integrity import check_project
from models.team import ChangeListener
from tests.pg_server import ThrowawayPostgres

LINE = (
    "Borger: Jeg har tillid til sagsbehandleren, men ventetiden på lægelige oplysninger 😀 æøå.\n"
)
CODES = ["Tillid", "Samarbejde", "Lægelige oplysninger", "Praktik", "Rehabiliteringsteam", "Tid"]
DOCUMENTS = 4


@dataclass(frozen=True)
class Setup:
    """What every worker needs to know about the project."""

    url: str
    documents: tuple[int, ...]
    codes: tuple[int, ...]
    codings: int
    renames: int


@dataclass(frozen=True)
class WorkerResult:
    """What one worker did: its coder, the commit time of each coding command, its renames."""

    coder: str
    latencies: list[float]
    renames: int
    refused: int
    began: float  # time.time() once every worker was ready
    ended: float


def coder_name(index: int) -> str:
    """The coder a worker codes as: its tag, by which its codings are counted."""
    return f"Koder {index} æøå"


def expected_span(setup: Setup, number: int) -> tuple[int, int, int, int]:
    """The ``number``-th coding of a worker: document, code, start, end (unique per worker)."""
    document = setup.documents[number % len(setup.documents)]
    start = number // len(setup.documents)
    return document, setup.codes[number % len(setup.codes)], start, start + 1 + number % 7


def work(setup: Setup, index: int, start: Any, results: Any) -> None:
    """Code as one person: ``setup.codings`` codings one by one, with renames among them;
    wait at the ``start`` barrier until all are ready, put the result on ``results``."""
    results.put(_work(setup, index, start))


def _work(setup: Setup, index: int, start: Any) -> WorkerResult:
    db = open_project(setup.url)
    try:
        ensure = EnsureCoder(coder_name(index))
        apply_command(db, ensure)
        assert ensure.coder_id is not None
        start.wait()
        began = time.time()
        every = max(1, setup.codings // setup.renames) if setup.renames else 0
        latencies: list[float] = []
        renames = refused = 0
        for number in range(setup.codings):
            document, code, start, end = expected_span(setup, number)
            command = AddCodings([CodingSpan(document, code, ensure.coder_id, start, end)])
            sent = time.perf_counter()
            apply_command(db, command)
            latencies.append(time.perf_counter() - sent)
            if every and number % every == every - 1:
                refused += rename(db, setup.codes[(number + index) % len(setup.codes)], index)
                renames += 1
        return WorkerResult(coder_name(index), latencies, renames, refused, began, time.time())
    finally:
        db.close()


def rename(db: ProjectDatabase, code_id: int, index: int) -> int:
    """Rename a code from the version just read; returns how often it was refused first."""
    for attempt in range(50):
        with db.read() as connection:
            name, version = connection.execute(
                select(Code.name, Code.version).where(Code.id == code_id)
            ).one()
        base = name.split(" (")[0]
        new = f"{base} ({index}.{version})"
        try:
            apply_command(db, UpdateCode(code_id, name=new, seen=SeenCode(version, name)))
        except CommandError as error:
            if "by someone else" not in str(error):
                raise
            continue
        return attempt
    raise RuntimeError("a rename was refused 50 times in a row")


def build_project(url: str) -> Setup:
    """Four interviews and six codes; returns their ids (codings and renames are set later)."""
    with create_project(url, name="Belastningsprøve") as db:
        documents = []
        for number in range(DOCUMENTS):
            add = AddDocument(f"Interview {number + 1} æøå", LINE * 40)
            apply_command(db, add)
            assert add.document_id is not None
            documents.append(add.document_id)
        codes = []
        for name in CODES:
            create = CreateCode(name)
            apply_command(db, create)
            assert create.code_id is not None
            codes.append(create.code_id)
    return Setup(url, tuple(documents), tuple(codes), 0, 0)


def verify(setup: Setup, processes: int) -> tuple[int, int]:
    """Check that every coding is there exactly once and the project is whole; returns the
    number of codings and of code versions raised."""
    with open_project(setup.url) as db:
        problems = check_project(db)
        assert problems == [], problems
        with db.read() as connection:
            coders = dict(connection.execute(select(Coder.name, Coder.id)).all())
            total = connection.execute(select(func.count()).select_from(Coding)).scalar_one()
            versions = connection.execute(select(func.sum(Code.version - 1))).scalar_one()
            for index in range(processes):
                found = connection.execute(
                    select(Coding.document_id, Coding.code_id, Coding.start, Coding.end).where(
                        Coding.coder_id == coders[coder_name(index)]
                    )
                ).all()
                wanted = {expected_span(setup, n) for n in range(setup.codings)}
                assert len(found) == setup.codings, (index, len(found))
                assert {tuple(row) for row in found} == wanted, index
    assert total == processes * setup.codings, total
    return total, int(versions or 0)


def main(argv: list[str] | None = None) -> None:
    """Run the load test and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codings", type=int, default=10_000, help="codings per process")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--renames", type=int, default=20, help="renames per process")
    args = parser.parse_args(argv)
    with ThrowawayPostgres() as server:
        url = server.create_database("tekstur_team_load")
        base = build_project(url)
        setup = Setup(url, base.documents, base.codes, args.codings, args.renames)
        listener = ChangeListener(url)
        announced = 0
        context = multiprocessing.get_context("spawn")
        start, queue = context.Barrier(args.processes), context.Queue()
        workers = [
            context.Process(target=work, args=(setup, i, start, queue))
            for i in range(args.processes)
        ]
        for worker in workers:
            worker.start()
        results: list[WorkerResult] = []
        while len(results) < args.processes:
            announced += sum("codings" in c.tables for c in listener.poll(timeout=0.2))
            while not queue.empty():
                results.append(queue.get())
            if any(w.exitcode not in (None, 0) for w in workers):
                raise RuntimeError("a worker failed; see its traceback above")
        for worker in workers:
            worker.join()
        for _ in range(10):  # the last announcements may still be on their way
            announced += sum("codings" in c.tables for c in listener.poll(timeout=0.2))
        listener.close()
        seconds = max(r.ended for r in results) - min(r.began for r in results)
        total, versions = verify(setup, args.processes)
    latencies = sorted(ms * 1000 for result in results for ms in result.latencies)
    p50 = statistics.quantiles(latencies, n=100)[49]
    p99 = statistics.quantiles(latencies, n=100)[98]
    renames = sum(r.renames for r in results)
    refused = sum(r.refused for r in results)
    rate = total / seconds
    note = f"{args.processes} processes x {args.codings:,} codings, one per command"
    print(f"processes             {args.processes}, one coding per command")
    print(f"codings               {total:,} present exactly once (checked per coder)")
    print(f"announced             {announced:,} coding commands heard by a listener")
    print("tekstur check         no problems")
    print(f"wall time             {seconds:.1f} s")
    print(f"throughput            {rate:,.0f} codings/s overall")
    print(f"commit latency        p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    print(f"renames               {renames} done ({versions} versions raised), {refused} refused")
    print("                      for an old version and retried")
    assert announced == total, f"{announced} announcements for {total} codings"
    record("team coding throughput", rate, "codings/s", better="higher", note=note)
    record("team commit latency p50", p50, "ms", note=note)
    record("team commit latency p99", p99, "ms", note=note)


if __name__ == "__main__":
    main()
