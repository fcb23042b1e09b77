"""Export a project with 100,000 codings as REFI-QDA ``.qdpx`` and import it back.

The project (100 interview documents, a code tree of 60 codes, three coders, 100,000 codings
on spans with emoji and æøå, 50 cases with attributes, memos) is built through the ordinary
commands. Figures printed: building, exporting to ``.qdpx`` (and its size), importing the
``.qdpx`` as a new project (wall-clock and CPU seconds, since other work on a shared machine
stretches the first), and whether the import holds every coding again.

Usage: python -m bench.bench_exchange [--codings N] [--documents N] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from bench.figures import record
from exporters.refi.project_writer import export_exchange
from importers.refi.project_store import import_exchange
from models.cases import AttributeTarget, AttributeType
from models.codes import Coding
from models.commands import (
    AddCodings,
    AddDocuments,
    AddMemo,
    CodingSpan,
    CreateCase,
    CreateCode,
    DefineAttribute,
    EnsureCoder,
    LinkDocumentToCase,
    NewDocument,
    SetAttributeValue,
    apply_command,
)
from models.database import ProjectDatabase, create_project, open_project

WORDS = "borgeren sagsbehandleren tillid møde 😀 praktik forløb ærø 👍🏽 tid café plan".split()  # noqa: SIM905


def build(db: ProjectDatabase, documents: int, codings: int, rng: random.Random) -> None:
    """Fill ``db`` with documents, codes, coders, codings, cases, attributes and memos."""
    texts = [
        "\n".join(
            f"Borger {line}: " + " ".join(rng.choice(WORDS) for _ in range(30))
            for line in range(400)
        )
        for _ in range(documents)
    ]
    add = AddDocuments([NewDocument(f"Interview {n:03d}", t) for n, t in enumerate(texts)])
    apply_command(db, add)
    codes: list[int] = []
    for top in range(6):
        parent = CreateCode(f"Tema {top} æøå")
        apply_command(db, parent)
        assert parent.code_id is not None
        for child in range(9):
            code = CreateCode(f"Kode {top}.{child}", parent.code_id)
            apply_command(db, code)
            assert code.code_id is not None
            codes.append(code.code_id)
    coders: list[int] = []
    for name in ("ane", "bjørn", "åse"):
        coder = EnsureCoder(name)
        apply_command(db, coder)
        assert coder.coder_id is not None
        coders.append(coder.coder_id)
    spans = []
    for _ in range(codings):
        index = rng.randrange(documents)
        start = rng.randrange(len(texts[index]) - 300)
        spans.append(
            CodingSpan(
                add.document_ids[index],
                rng.choice(codes),
                rng.choice(coders),
                start,
                start + rng.randrange(20, 300),
            )
        )
    apply_command(db, AddCodings(spans))
    role = DefineAttribute("Rolle", AttributeType.TEXT, AttributeTarget.CASE)
    age = DefineAttribute("Alder", AttributeType.NUMBER, AttributeTarget.CASE)
    apply_command(db, role)
    apply_command(db, age)
    assert role.attribute_id is not None and age.attribute_id is not None
    for number in range(50):
        case = CreateCase(f"Deltager {number}")
        apply_command(db, case)
        assert case.case_id is not None
        apply_command(db, SetAttributeValue(role.attribute_id, case.case_id, "Borger"))
        apply_command(db, SetAttributeValue(age.attribute_id, case.case_id, 20 + number))
        apply_command(db, LinkDocumentToCase(add.document_ids[number], case.case_id))
        apply_command(db, AddMemo(f"Memo {number} æøå 😀", "Memo", "case_id", case.case_id))


def main(argv: list[str] | None = None) -> None:
    """Build the project, export it, import the export and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codings", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="work in (and keep) this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for leftover in ("kilde.tekstur", "eksport.qdpx", "importeret.tekstur"):
            for suffix in ("", "-wal", "-shm"):
                (folder / f"{leftover}{suffix}").unlink(missing_ok=True)
        began = time.perf_counter()
        with create_project(folder / "kilde.tekstur", name="Exchange benchmark") as db:
            build(db, args.documents, args.codings, random.Random(1))
            built = time.perf_counter() - began
            began, cpu = time.perf_counter(), time.process_time()
            exported = export_exchange(db, folder / "eksport.qdpx")
            export_seconds = time.perf_counter() - began
            export_cpu = time.process_time() - cpu
        size = (folder / "eksport.qdpx").stat().st_size
        began, cpu = time.perf_counter(), time.process_time()
        imported = import_exchange(folder / "eksport.qdpx", folder / "importeret.tekstur")
        import_seconds = time.perf_counter() - began
        import_cpu = time.process_time() - cpu
        with open_project(folder / "importeret.tekstur") as db, db.read() as connection:
            stored = connection.execute(select(func.count(Coding.id))).scalar_one()
    print(f"project built         {built:.1f} s ({args.documents} documents)")
    print(f"codings               {exported.counts['codings']:,} exported, {stored:,} imported")
    megabytes = size / 2**20
    print(
        f"export .qdpx          {export_seconds:.2f} s, {export_cpu:.2f} s CPU ({megabytes:.1f} MB)"
    )
    print(f"import .qdpx          {import_seconds:.2f} s, {import_cpu:.2f} s CPU (new project)")
    print(f"selections written    {exported.counts['selections']:,}")
    print(f"skipped on import     {len(imported.skipped)}")
    size = f"{args.documents} documents, {stored:,} codings"
    record("REFI-QDA export .qdpx", export_seconds, "s", note=size)
    record("REFI-QDA import .qdpx", import_seconds, "s", note=size)


if __name__ == "__main__":
    main()
