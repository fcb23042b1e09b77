"""Word frequency over 10 million words of generated Danish-like transcripts.

Goal: word frequency under 20 s for 10 million words on a two-core machine.
Figures printed (wall clock, and processor time where other work on a shared machine would
blur the wall clock): the time to store the material (not part of the goal), to load the Danish
pipeline, the word frequency itself (reading every document from the project, spaCy tokens,
lemmas, stop words, documents per lemma), words per second, and as a lower bound in the same
run a plain regular-expression tokenisation with a dictionary count over the same texts; a
second word frequency with other options (the tokens of each chunk are kept between runs);
and spaCy's tokenizer alone over a tenth of the documents, to show what the chunk cache saves.

Usage: python -m bench.bench_words [--words N] [--documents N] [--keep FILE]
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from analysis.lemmas import language_tools
from analysis.words import WordOptions, word_frequencies
from bench.figures import record
from models.commands import AddDocuments, NewDocument, TurnSpan, apply_command
from models.database import create_project
from models.documents import DocumentKind

STEMS = """
    borger sagsbehandler tillid møde oplysning forløb praktik plan leverandør opfølgning
    samarbejde jobcenter afdeling forsøg sag kollega leder team virksomhed konsulent
    læge attest økonomi ryg smerte angst hverdag familie barn uddannelse job arbejde
    kommune indsats mentor netværk aftale samtale telefon brev mail system journal
    ressourceforløb sygedagpenge rehabilitering tid uge måned dag år periode
""".split()  # noqa: SIM905
NOUN_ENDINGS = ("", "en", "et", "e", "er", "ere", "erne", "ene", "s", "ens", "ernes")
VERBS = """
    tale ringe lytte hjælpe følge skrive arbejde kende lære forstå mærke opleve
    vente sende snakke spørge svare tænke håbe prøve vise finde
""".split()  # noqa: SIM905
VERB_ENDINGS = ("", "r", "de", "t", "ende", "s")
SMALL = """
    og at det er jeg vi de har ikke som på med for til en et i kan skal vil også når så men
    der den af om var han hun man have være blev meget lidt bare lige jo nok altså ja nej
""".split()  # noqa: SIM905
SPEAKERS = ("I", "Sagsbehandler Åse", "Sagsbehandler Bøje", "Borger")


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Word forms with Zipf-like weights: small words often, inflected content words less."""
    forms = list(SMALL)
    forms += [stem + ending for stem in STEMS for ending in NOUN_ENDINGS]
    forms += [verb + ending for verb in VERBS for ending in VERB_ENDINGS]
    forms += [f"{rng.choice(STEMS)}{rng.choice(STEMS)}" for _ in range(3000)]
    weights = [1.0 / (rank + 10) for rank in range(len(forms))]
    return forms, weights


def transcript(words: int, rng: random.Random, forms: list[str], weights: list[float]) -> str:
    """A focus-group transcript of about ``words`` words: turns of sentences."""
    lines: list[str] = []
    written = 0
    drawn = iter(rng.choices(forms, weights, k=words + 100))
    while written < words:
        sentences = []
        for _ in range(rng.randint(1, 4)):
            length = rng.randint(4, 16)
            sentence = [next(drawn) for _ in range(length)]
            sentence[0] = sentence[0].capitalize()
            if rng.random() < 0.15:
                sentence.insert(rng.randint(1, length - 1), rng.choice(("f.eks.", "bl.a.", "ca.")))
            if rng.random() < 0.2:
                sentence[rng.randrange(length)] += ","
            sentences.append(" ".join(sentence) + rng.choice(".....?!"))
            written += length
        lines.append(f"{rng.choice(SPEAKERS)}: {' '.join(sentences)}")
    return "\n".join(lines) + "\n"


def turns(text: str) -> list[TurnSpan]:
    """One turn per line, after its label."""
    found, offset = [], 0
    for line in text.split("\n"):
        label, _, said = line.partition(": ")
        if said:
            start = offset + len(label) + 2
            found.append(TurnSpan(start, start + len(said), label))
        offset += len(line) + 1
    return found


def baseline(texts: list[str]) -> tuple[float, float, int]:
    """A plain regex tokenisation and dictionary count, the lower bound: seconds of wall
    clock and of processor time, and the words counted."""
    started, cpu = time.perf_counter(), time.process_time()
    counts: Counter[str] = Counter()
    word = re.compile(r"\w+")
    for text in texts:
        counts.update(word.findall(text.lower()))
    return time.perf_counter() - started, time.process_time() - cpu, counts.total()


def main(argv: list[str] | None = None) -> None:
    """Build the material, run the word frequency, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000_000)
    parser.add_argument("--documents", type=int, default=1_000)
    parser.add_argument("--keep", help="keep the project in this file")
    args = parser.parse_args(argv)
    rng = random.Random(2019)
    forms, weights = vocabulary(rng)
    per_document = args.words // args.documents
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.keep) if args.keep else Path(folder) / "ordfrekvens.tekstur"
        db = create_project(path)
        started = time.perf_counter()
        texts = []
        for batch in range(0, args.documents, 100):
            documents = []
            for number in range(batch, min(batch + 100, args.documents)):
                text = transcript(per_document, rng, forms, weights)
                texts.append(text)
                name = f"Fokusgruppe {number + 1:04d}"
                documents.append(NewDocument(name, text, DocumentKind.FOCUS_GROUP, turns(text)))
            apply_command(db, AddDocuments(documents))
        stored = time.perf_counter() - started
        started = time.perf_counter()
        tools = language_tools("da")
        loaded = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        table = word_frequencies(db, WordOptions(language="da", top=100))
        counted, counted_cpu = time.perf_counter() - started, time.process_time() - cpu
        words = int(table.provenance["words read"])
        started = time.perf_counter()
        word_frequencies(db, WordOptions(language="da", min_length=2))
        again = time.perf_counter() - started
        lower_bound, lower_bound_cpu, regex_words = baseline(texts)
        sample = texts[: max(1, len(texts) // 10)]
        started = time.perf_counter()
        sample_tokens = sum(len(doc) for doc in tools.tokenizer.pipe(sample))
        spacy_alone = time.perf_counter() - started
        db.close()
    print(
        f"material          {words:,} words in {args.documents:,} documents"
        f" (stored in {stored:.1f} s)"
    )
    print(f"load pipeline     {loaded:.2f} s (spaCy blank 'da' + lemma lookup table)")
    print(
        f"word frequency    {counted:.2f} s, {words / counted:,.0f} words/s (goal: < 20 s);"
        f" processor {counted_cpu:.2f} s"
    )
    print(
        f"lower bound       {lower_bound:.2f} s, {regex_words / lower_bound:,.0f} words/s"
        f" (regex + dict); processor {lower_bound_cpu:.2f} s"
    )
    print(f"again             {again:.2f} s (other options; spaCy's tokens for each chunk kept)")
    print(
        f"spaCy tokenizer   {sample_tokens / spacy_alone:,.0f} tokens/s on its own"
        f" ({len(sample)} documents, tokenizer.pipe)"
    )
    print(f"top words         {', '.join(table.row_labels[:8])}")
    record(
        "word frequency (da, lemmas)",
        counted,
        "s",
        goal=20,
        lower_bound=lower_bound,
        note=f"{words:,} words; bound: regex + dict count",
    )


if __name__ == "__main__":
    main()
