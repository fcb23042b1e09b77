"""Finding personal identifiers: the demo project, and a 60,000-word generated transcript.

Figures printed: for the demo project (built in a temporary folder the way the GUI builds
it), the time of ``find_identifiers`` with spaCy already loaded and the first call that loads
it, findings by category, and precision and recall against the hand-labelled list in
``bench/data/demo_identifiers.txt``; for a generated focus-group transcript of 60,000 words
with names, places, phone numbers and addresses planted in it, the time of ``find_in_text``,
words per second, precision and recall on the planted surfaces, and as a lower bound spaCy's
blank tokenizer alone over the same text.

Usage: python -m bench.bench_identifiers [--words N]
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from analysis.identifiers import IdentifierCategory, find_identifiers, find_in_text
from analysis.identifiers.names import name_finder
from bench.figures import record
from models.database import ProjectDatabase, open_project
from models.documents import Document
from resources.demo import build_demo_project

LABELS = Path(__file__).parent / "data" / "demo_identifiers.txt"
WORDS = """
    borgeren sagsbehandleren tillid møde lægelige oplysninger forløb praktik ressourceforløb
    rehabiliteringsteamet leverandør opfølgning plan sygedagpenge jobcentret samarbejde tid
    sager ringer tilbage hørt tryg økonomi ryggen kollegerne afdelingen forsøget færre mere
    og at det er jeg vi de har ikke som på med for til en et i kan skal vil også når så men
    have bo hans holm lund vang sten 2019 12.500 kr. 8 timer
    """.split()  # noqa: SIM905
STARTS = ("Det", "Jeg", "Vi", "Men", "Så", "Hun", "Han", "Der", "Og", "Hvis", "Hans", "Vejen")
PLANTED = (
    ("Tove Jensen", IdentifierCategory.PERSON),
    ("Søren", IdentifierCategory.PERSON),
    ("Mette Kjærgaard", IdentifierCategory.PERSON),
    ("Randers", IdentifierCategory.PLACE),
    ("Jobcenter Viborg", IdentifierCategory.ORGANISATION),
    ("23 45 67 89", IdentifierCategory.PHONE),
    ("Østergade 7, 2. tv.", IdentifierCategory.ADDRESS),
    ("lise.holm@randers.dk", IdentifierCategory.EMAIL),
)
SPEAKERS = ("I", "Sagsbehandler Åse", "Sagsbehandler Bøje", "Borger (Gülsen)")


def read_labels(path: Path = LABELS) -> set[tuple[str, IdentifierCategory]]:
    """The hand-labelled ``(surface, category)`` pairs of the demo."""
    labels = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            surface, category = line.split("\t")
            labels.add((surface, IdentifierCategory(category)))
    return labels


def generated_transcript(words: int, seed: int = 7) -> tuple[str, int]:
    """A focus-group transcript of about ``words`` words and how many items were planted."""
    rng = random.Random(seed)
    lines, count, planted = [], 0, 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(1, 4)):
            body = rng.choices(WORDS, k=rng.randint(5, 14))
            if rng.random() < 0.3:
                body.insert(rng.randrange(1, len(body)), PLANTED[planted % len(PLANTED)][0])
                planted += 1
            sentences.append(f"{rng.choice(STARTS)} {' '.join(body)}.")
            count += len(body) + 1
        lines.append(f"{rng.choice(SPEAKERS)}: {' '.join(sentences)}")
    return "\n".join(lines) + "\n", planted


def _demo() -> None:
    labels = read_labels()
    with tempfile.TemporaryDirectory(prefix="tekstur-identifiers-") as folder:
        path = Path(folder) / "demo.tekstur"
        build_demo_project(path)
        with open_project(path) as db:
            began = time.perf_counter()
            find_identifiers(db)
            first = time.perf_counter() - began
            began = time.perf_counter()
            findings = find_identifiers(db)
            warm = time.perf_counter() - began
            texts = _demo_texts(db)
    correct = [f for f in findings if (f.text, f.category) in labels]
    expected = sum(
        len(re.findall(rf"(?<!\w){re.escape(surface)}(?!\w)", text))
        for surface, _category in labels
        for text in texts
    )
    precision = len(correct) / len(findings) if findings else 1.0
    recall = len(correct) / expected if expected else 1.0
    by_category = Counter(f.category.value for f in findings)
    print(f"demo project      {warm:.3f} s ({first:.2f} s on the first call, loading spaCy)")
    print(f"findings          {len(findings)}: {dict(sorted(by_category.items()))}")
    wrong = sorted({f.text for f in findings if (f.text, f.category) not in labels})
    print(f"precision         {precision:.1%} (false positives: {wrong or 'none'})")
    print(f"recall            {recall:.1%} ({len(correct)} of {expected} labelled occurrences)")
    record("identifiers on the demo project", warm, "s", note=f"precision {precision:.0%}")


def _demo_texts(db: ProjectDatabase) -> list[str]:
    with db.read() as connection:
        return [str(text) for text in connection.execute(select(Document.text)).scalars()]


def _generated(words: int) -> None:
    text, planted = generated_transcript(words)
    finder = name_finder("da")
    began = time.perf_counter()
    found = find_in_text(text, speakers=SPEAKERS)
    seconds = time.perf_counter() - began
    began = time.perf_counter()
    for line in text.split("\n"):
        finder.nlp.make_doc(line)
    tokenizer = time.perf_counter() - began
    surfaces = Counter(text[start:end] for start, end, _c, _v, _s in found)
    hits = sum(surfaces[surface] for surface, _category in PLANTED)
    speaker_names = sum(surfaces[name] for name in ("Åse", "Bøje", "Gülsen"))
    others = len(found) - hits - speaker_names
    labels_in_text = sum(text.count(f"{label}:") for label in SPEAKERS[1:])
    print(
        f"generated         {words:,} words: {seconds:.2f} s, {words / seconds:,.0f} words/s;"
        f" tokenizer alone {tokenizer:.2f} s"
    )
    print(
        f"planted           {planted} items, {hits} found (recall {hits / planted:.1%});"
        f" speaker names {speaker_names} of {labels_in_text}; other findings {others}"
    )
    record(
        "find_in_text, 60,000-word transcript",
        seconds,
        "s",
        lower_bound=tokenizer,
        note="bound: spaCy's blank tokenizer over the same lines",
    )


def main(argv: list[str] | None = None) -> None:
    """Run the demo and the generated-transcript measurements."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--words", type=int, default=60_000)
    arguments = parser.parse_args(argv)
    _demo()
    _generated(arguments.words)


if __name__ == "__main__":
    main()
