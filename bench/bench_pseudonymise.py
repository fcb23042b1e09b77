"""Pseudonymise one long transcript with many codings, then undo it.

A generated 66,000-word focus group (6,000 turns, names on every other line, æøå and emoji)
with 20,000 codings; four accepted terms. Figures printed: replacements, seconds to plan
(finding every occurrence), to apply (rewrite the text and move every turn and coding in one
transaction) and to undo.

Usage: python -m bench.bench_pseudonymise [--turns N] [--codings N]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from app.pseudonymise import pseudonymise_commands
from bench.figures import record
from models.commands import (
    AddCodings,
    AddDocument,
    Batch,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    TurnSpan,
    UndoStack,
    apply_command,
)
from models.database import create_project

WORDS = [
    "borgeren",
    "sagsbehandleren",
    "tillid",
    "møde",
    "og",
    "at",
    "det",
    "er",
    "jeg",
    "vi",
    "😀",
    "Tove",
    "Hansen",
    "Søren",
    "Åse",
]
TERMS = {"Tove Hansen": "Karen Holm", "Tove": "Karen", "Søren": "Mads", "Åse": "Lis"}


def main(argv: list[str] | None = None) -> None:
    """Build the project in a temporary folder, pseudonymise, undo, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=6000)
    parser.add_argument("--codings", type=int, default=20000)
    args = parser.parse_args(argv)
    generator = random.Random(1)
    lines = [
        "Borger: " + " ".join(generator.choice(WORDS) for _ in range(10)) for _ in range(args.turns)
    ]
    text = "\n".join(lines) + "\n"
    turns, offset = [], 0
    for line in lines:
        turns.append(TurnSpan(offset, offset + len(line), "Borger"))
        offset += len(line) + 1
    with tempfile.TemporaryDirectory() as folder:
        db = create_project(Path(folder) / "bench.tekstur")
        document = AddDocument("Fokusgruppe", text, turns=turns)
        code, coder = EnsureCodePath("Tema/Tillid"), EnsureCoder("ane")
        for command in (document, code, coder):
            apply_command(db, command)
        assert document.document_id and code.code_id and coder.coder_id
        spans = []
        for _ in range(args.codings):
            start = generator.randrange(len(text) - 60)
            end = start + generator.randint(1, 60)
            spans.append(CodingSpan(document.document_id, code.code_id, coder.coder_id, start, end))
        apply_command(db, AddCodings(spans))
        started = time.perf_counter()
        commands = pseudonymise_commands(db, TERMS, "ane")
        planned = time.perf_counter()
        stack = UndoStack(db)
        stack.push(Batch("Pseudonymise", commands))
        applied = time.perf_counter()
        stack.undo()
        undone = time.perf_counter()
        db.close()
    words = len(text.split())
    replacements = sum(c.count for c in commands)
    print(f"{words} words, {len(turns)} turns, {args.codings} codings, {replacements} replacements")
    for name, seconds in (
        ("plan", planned - started),
        ("apply", applied - planned),
        ("undo", undone - applied),
    ):
        record(f"{name} ({words} words, {args.codings} codings)", seconds, "s")
        print(f"{name:<6} {seconds:.2f} s")


if __name__ == "__main__":
    main()
