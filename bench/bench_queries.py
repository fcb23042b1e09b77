"""Time the table queries on a generated project of 1,000,000 codings.

The project: 1,000 documents (300 focus groups whose participants' turns are linked to
cases, 700 interviews linked to a case as a whole), 200 codes (20 themes of 9 codes each), 100
cases with the attributes Afdeling, Runde and Rolle (Runde also on the documents), three
coders and 1,000,000 codings. It is built with bulk inserts of the model tables (building is
not what is measured) and kept in /tmp between runs.

Goal: matrix and frequencies under 0.5 s and within 3× of a lower bound measured in the same
run: reading the same codings out of the database (one statement) plus one NumPy pass that
does the same grouping (each coding counted once, by its start's region) — the work no exact
answer can skip. The plain SQL GROUP BY for references and documents per code is printed as
a second yardstick. Each figure is the best of ``--runs`` runs.

Usage: python -m bench.bench_queries [--runs N] [--project PATH]
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection, insert, text

from analysis.columns import SHIFT, read_codings, read_regions, search
from analysis.crosstab import CrosstabOptions, crosstab_query
from analysis.filters import QueryFilter
from analysis.frequencies import FrequencyOptions, code_frequencies
from analysis.matrix import MatrixOptions, matrix_query
from analysis.matrix_axes import Axis
from analysis.scope import attribute_columns
from bench.figures import record
from models.cases import AttributeDefinition, AttributeValue, Case
from models.codes import Code, Coding
from models.database import SCHEMA_HEAD, ProjectDatabase, create_project, open_project
from models.documents import Coder, Document, SpeakerTurn

WORDS = """
    borgeren sagsbehandleren tillid møde lægelige oplysninger forløb praktik ressourceforløb
    rehabiliteringsteamet leverandør opfølgning plan sygedagpenge jobcentret samarbejde tid
    sager ringer tilbage hørt tryg økonomi ryggen kollegerne afdelingen forsøget færre mere
    og at det er jeg vi de har ikke som på med for til en et i kan skal vil også når så men
    """.split()  # noqa: SIM905
AFDELINGER = ("Forsøg", "Ordinær Nord", "Ordinær Syd")
RUNDER = ("R1", "R2", "R3")
ROLLER = ("Sagsbehandler", "Leder", "Borger", "Virksomhedskonsulent")
STAMP = datetime(2026, 11, 22, 12, tzinfo=UTC)


def _guid(chance: random.Random) -> str:
    return str(uuid.UUID(int=chance.getrandbits(128), version=4))


def _text_with_turns(
    chance: random.Random, speakers: list[str], words: int
) -> tuple[str, list[tuple[int, int, str]]]:
    """Text of about ``words`` words in turns of 20–80 words, the interviewer every other."""
    parts: list[str] = []
    turns: list[tuple[int, int, str]] = []
    offset, written, turn = 0, 0, 0
    while written < words:
        speaker = "I" if turn % 2 == 0 else chance.choice(speakers)
        size = chance.randint(20, 80)
        label = f"{speaker}: "
        speech = " ".join(chance.choices(WORDS, k=size)) + "."
        parts.append(label + speech + "\n")
        turns.append((offset + len(label), offset + len(label) + len(speech), speaker))
        offset += len(label) + len(speech) + 1
        written += size
        turn += 1
    return "".join(parts), turns


def build_query_project(
    path: Path, documents: int = 1_000, codings: int = 1_000_000, words: int = 2_500
) -> float:
    """Write the project to ``path`` (which must not exist); returns the seconds it took."""
    began = time.perf_counter()
    chance = random.Random(20261122)
    with create_project(path, name="Forespørgsler") as db, db.write() as connection:
        connection.execute(text("PRAGMA foreign_keys = OFF"))
        _add_codes_cases_coders(connection, chance)
        _add_documents(connection, chance, documents, words)
        _add_codings(connection, chance, documents, codings)
    return time.perf_counter() - began


def _add_codes_cases_coders(connection: Connection, chance: random.Random) -> None:
    coders = [
        {"id": i + 1, "guid": _guid(chance), "name": name, "created_at": STAMP}
        for i, name in enumerate(("ane", "jonas", "søs"))
    ]
    connection.execute(insert(Coder), coders)
    codes: list[dict[str, Any]] = []
    for theme in range(20):
        parent = theme * 10 + 1
        codes.append({"id": parent, "parent_id": None, "name": f"Tema {theme + 1:02d} – æøå"})
        codes += [
            {"id": parent + k, "parent_id": parent, "name": f"Kode {theme + 1:02d}.{k}"}
            for k in range(1, 10)
        ]
    for position, code in enumerate(codes):
        code.update(guid=_guid(chance), position=position, created_at=STAMP)
    connection.execute(insert(Code), codes)
    connection.execute(
        insert(Case),
        [
            {"id": c, "guid": _guid(chance), "name": f"Deltager {c:03d}", "created_at": STAMP}
            for c in range(1, 101)
        ],
    )
    names = [("Afdeling", "case"), ("Runde", "case"), ("Rolle", "case"), ("Runde", "document")]
    connection.execute(
        insert(AttributeDefinition),
        [
            {"id": i + 1, "name": name, "type": "text", "target": target, "position": i}
            for i, (name, target) in enumerate(names)
        ],
    )
    values = []
    for case in range(1, 101):
        values.append({"attribute_id": 1, "case_id": case, "value_text": AFDELINGER[case % 3]})
        values.append({"attribute_id": 2, "case_id": case, "value_text": RUNDER[case // 3 % 3]})
        values.append({"attribute_id": 3, "case_id": case, "value_text": ROLLER[case % 4]})
    connection.execute(insert(AttributeValue), values)


def _add_documents(
    connection: Connection, chance: random.Random, documents: int, words: int
) -> None:
    turn_rows: list[dict[str, Any]] = []
    document_rows: list[dict[str, Any]] = []
    for d in range(1, documents + 1):
        focus_group = d % 10 < 3
        speakers: dict[str, int | None]
        if focus_group:
            speakers = {f"Deltager {m:03d}": m for m in chance.sample(range(1, 101), 4)}
        else:
            speakers = {"Deltager": None}
        text_, turns = _text_with_turns(chance, list(speakers), words)
        document_rows.append(
            {
                "id": d,
                "guid": _guid(chance),
                "name": f"{'Fokusgruppe' if focus_group else 'Interview'} {d:04d}",
                "kind": "focus-group" if focus_group else "interview",
                "text": text_,
                "imported_at": STAMP,
                "case_id": None if focus_group else chance.randint(1, 100),
            }
        )
        turn_rows += [
            {"document_id": d, "start": s, "end": e, "speaker": who, "case_id": speakers.get(who)}
            for s, e, who in turns
        ]
    connection.execute(insert(Document), document_rows)
    connection.execute(insert(SpeakerTurn), turn_rows)
    connection.execute(
        insert(AttributeValue),
        [
            {"attribute_id": 4, "document_id": d, "value_text": RUNDER[d % 3]}
            for d in range(1, documents + 1)
        ],
    )


def _add_codings(connection: Connection, chance: random.Random, documents: int, total: int) -> None:
    rows = connection.execute(text("SELECT id, length(text) FROM documents")).all()
    lengths: dict[int, int] = dict(rows)
    codes = list(range(1, 201))  # 20 themes and their 9 codes each
    weights = [1.0 / (1 + code % 37) for code in codes]  # some codes are used far more
    per_document = total // documents
    batch: list[dict[str, Any]] = []
    for d in range(1, documents + 1):
        for code in chance.choices(codes, weights, k=per_document):
            start = chance.randrange(0, lengths[d] - 450)
            batch.append(
                {
                    "guid": _guid(chance),
                    "document_id": d,
                    "code_id": code,
                    "coder_id": chance.randint(1, 3),
                    "start": start,
                    "end": start + chance.randint(15, 400),
                    "created_at": STAMP,
                }
            )
        if len(batch) >= 50_000:
            connection.execute(insert(Coding), batch)
            batch = []
    if batch:
        connection.execute(insert(Coding), batch)


def best(work: Callable[[], object], runs: int) -> float:
    """The shortest of ``runs`` timings of ``work()``, in seconds."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def bound_by_code(db: ProjectDatabase, attribute: str | None) -> None:
    """Read the codings (and regions) and count per code (× attribute value) in one pass."""
    with db.read() as connection:
        codings = read_codings(connection, QueryFilter())
        if attribute is None:
            np.bincount(codings.code)
            np.unique(codings.code * SHIFT + codings.document)
            return
        regions = read_regions(
            connection, attribute_columns(connection, [attribute]), QueryFilter()
        )
    keys = regions.document * SHIFT + regions.start
    region = search(keys, codings.document * SHIFT + codings.start, "right") - 1
    value = regions.values[0][region]
    np.bincount(codings.code * (len(regions.value_keys[0]) + 1) + value + 1)


def sql_by_code(db: ProjectDatabase) -> None:
    """References and documents per code as one SQL statement."""
    with db.read() as connection:
        connection.execute(
            text(
                "SELECT code_id + 0, count(*), count(DISTINCT document_id)"
                " FROM codings GROUP BY code_id + 0"
            )
        ).all()


def main(argv: list[str] | None = None) -> None:
    """Build the project if needed, then time each query beside its bound."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path)
    args = parser.parse_args(argv)
    path = args.project or Path(f"/tmp/tekstur-bench-queries-{SCHEMA_HEAD}.tekstur")
    if not path.exists():
        seconds = build_query_project(path)
        print(f"built {path} in {seconds:.0f} s ({path.stat().st_size / 1e6:.0f} MB)")
    queries: list[tuple[str, Callable[[ProjectDatabase], object], str | None]] = [
        (
            "frequencies: references, documents, cases",
            lambda db: code_frequencies(
                db, FrequencyOptions(measures=("references", "documents", "cases"))
            ),
            None,
        ),
        ("frequencies: all four measures", lambda db: code_frequencies(db), None),
        (
            "matrix codes × attribute:Rolle, references",
            lambda db: matrix_query(db, MatrixOptions(Axis("codes"), Axis("attribute", "Rolle"))),
            "Rolle",
        ),
        (
            "matrix codes × cases, references",
            lambda db: matrix_query(db, MatrixOptions(Axis("codes"), Axis("cases"))),
            "Rolle",
        ),
        (
            "matrix codes × attribute:Afdeling, cases, same case",
            lambda db: matrix_query(
                db,
                MatrixOptions(
                    Axis("codes"), Axis("attribute", "Afdeling"), "cases", semantics="same-case"
                ),
            ),
            "Afdeling",
        ),
        (
            "crosstab codes × Runde, row %",
            lambda db: crosstab_query(db, CrosstabOptions("Runde", percent="row")),
            "Runde",
        ),
        (
            "matrix codes × attribute:Runde, words",
            lambda db: matrix_query(
                db, MatrixOptions(Axis("codes"), Axis("attribute", "Runde"), "words")
            ),
            "Runde",
        ),
    ]
    with open_project(path) as db:
        with db.read() as connection:
            codings = connection.execute(text("SELECT count(*) FROM codings")).scalar_one()
        print(f"{codings:,} codings; best of {args.runs} runs; goal < 0.5 s and ≤ 3× the bound")
        sql = best(lambda: sql_by_code(db), args.runs)
        print(f"  SQL GROUP BY code (references, documents), for comparison: {sql:.2f} s")
        print(f"  {'query':<52} {'time':>7} {'bound':>7} {'ratio':>6}")
        for label, work, attribute in queries:
            seconds = best(partial(work, db), args.runs)
            bound = best(partial(bound_by_code, db, attribute), args.runs)
            print(f"  {label:<52} {seconds:6.2f}s {bound:6.2f}s {seconds / bound:5.1f}×")
            record(label, seconds, "s", goal=0.5, lower_bound=bound, note=f"{codings:,} codings")


if __name__ == "__main__":
    main()
