"""Finding personal identifiers in a text and in a project's documents.

:func:`find_in_text` is the pure core: the name finder (spaCy, name lists), the names in the
speaker labels, the fixed-shape patterns and the user's own terms all propose spans, the
surfaces the user rejected are dropped, and overlapping spans compete (the longest, then the
most specific wins). Then each name the text has shown to be a person's is found wherever
else it stands capitalised, before and after, at sentence starts too: ``Lise har …`` is the
ordinary word only in a text that never names a Lise. :func:`find_identifiers` runs it on each
document of a project with the document's speaker labels and returns :class:`Finding` objects
with their context.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from sqlalchemy import select

from analysis.identifiers.findings import (
    Candidate,
    Finding,
    IdentifierCategory,
    make_finding,
    resolve_overlaps,
)
from analysis.identifiers.name_lists import name_lists
from analysis.identifiers.names import name_finder
from analysis.identifiers.patterns import find_patterns
from analysis.identifiers.speakers import find_speaker_names, speaker_names
from analysis.identifiers.vocabulary import (
    ROLE_ENDINGS,
    ROLE_WORDS,
    is_capitalised,
    vocabulary,
)
from models.database import ProjectDatabase
from models.documents import Document, SpeakerTurn
from models.progress import Progress, no_progress

TERM_CONFIDENCE = 1.0
NAME_PART_CONFIDENCE = 0.6
INITIAL_NAME_PART_CONFIDENCE = 0.5
_TRANSPARENT = "»«\"'“”„‘’([#*-–—•"


def find_in_text(
    text: str,
    *,
    speakers: Sequence[str] = (),
    extra_terms: Sequence[str] = (),
    ignore: Collection[str] = (),
    language: str = "da",
) -> list[tuple[int, int, IdentifierCategory, float, str]]:
    """``(start, end, category, confidence, source)`` for each identifier in ``text``, sorted
    by start and never overlapping.

    ``speakers`` are the document's speaker labels (names in them are persons wherever they
    occur); ``extra_terms`` are the user's own words to find (whole words, any case);
    ``ignore`` are surfaces never to report (compared case-insensitively). A name found as a
    person once is a person at its other capitalised occurrences (see
    :func:`find_name_parts`).
    """
    finder = name_finder(language)
    candidates: list[Candidate] = []
    candidates.extend(finder.find(text))
    candidates.extend(find_speaker_names(text, speaker_names(speakers)))
    candidates.extend(find_patterns(text, frozenset(name_lists().places)))
    candidates.extend(find_terms(text, extra_terms))
    rejected = {surface.strip().casefold() for surface in ignore}
    if rejected:
        candidates = [c for c in candidates if text[c[0] : c[1]].casefold() not in rejected]
    found = resolve_overlaps(candidates)
    parts = [
        c for c in find_name_parts(text, found) if text[c[0] : c[1]].casefold() not in rejected
    ]
    return resolve_overlaps([*found, *parts]) if parts else found


def find_name_parts(text: str, found: Sequence[Candidate]) -> Iterator[Candidate]:
    """Each capitalised occurrence in ``text`` of a name the text shows to be a person's
    (see :func:`person_words`), as a whole word or before a genitive ending, before or after
    the finding that shows it: once ``Lise Kowalski`` is found, ``Lise har …``,
    ``Kowalski sagde`` and ``Kowalskis kontor`` are about her too, even where ``Lise`` starts
    a sentence and would otherwise be read as the ordinary word. The confidence is low
    enough that the review asks before replacing them, and lower at a sentence start."""
    words = person_words(text, found)
    if not words:
        return
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?=(?:'s|'|’|s)?(?!\w))")
    for match in pattern.finditer(text):
        initial = _sentence_initial(text, match.start())
        confidence = INITIAL_NAME_PART_CONFIDENCE if initial else NAME_PART_CONFIDENCE
        yield (match.start(), match.end(), IdentifierCategory.PERSON, confidence, "same name")


def person_words(text: str, found: Sequence[Candidate]) -> set[str]:
    """The capitalised words ``text`` shows to be names of persons: the first and last word
    of each full name found (from the lists, guessed, or a speaker's), and each one-word
    person found inside a sentence. Role words never count; a name that is also an ordinary
    word (``Hans``, ``Lise``) does, since the text has just used it as a name."""
    words_of = vocabulary()
    words: set[str] = set()
    for start, end, category, _confidence, source in found:
        if category is not IdentifierCategory.PERSON:
            continue
        names = text[start:end].split()
        if len(names) >= 2:
            words.update((names[0], names[-1]))
        elif source == "name list" and not _sentence_initial(text, start):
            words.add(names[0])
    return {
        w
        for w in words
        if is_capitalised(w)
        and (w.casefold() not in words_of.not_names or words_of.is_ambiguous(w))
        and w.casefold() not in ROLE_WORDS
        and not w.casefold().endswith(ROLE_ENDINGS)
    }


def _sentence_initial(text: str, start: int) -> bool:
    # A line starts a sentence, as in the name finder, which reads the text line by line.
    line = text[max(0, start - 40) : start].rpartition("\n")[2]
    before = line.rstrip().rstrip(_TRANSPARENT).rstrip()
    return not before or before.endswith((".", "!", "?", ":", ";", "…"))


def find_terms(text: str, terms: Sequence[str]) -> Iterator[Candidate]:
    """Each whole-word occurrence of the terms in ``text``, in any case."""
    cleaned = sorted({t.strip() for t in terms if t.strip()}, key=lambda t: (-len(t), t))
    if not cleaned:
        return
    alternatives = "|".join(re.escape(term).replace(r"\ ", r"\s+") for term in cleaned)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text):
        yield (match.start(), match.end(), IdentifierCategory.TERM, TERM_CONFIDENCE, "term")


def find_identifiers(
    db: ProjectDatabase,
    *,
    document_ids: Sequence[int] | None = None,
    extra_terms: Sequence[str] = (),
    ignore: Collection[str] = (),
    language: str = "da",
    progress: Progress = no_progress,
) -> list[Finding]:
    """The identifiers in the project's documents (all, or those in ``document_ids``), sorted
    by document and start, none overlapping another; see :func:`find_in_text`."""
    query = select(Document.id, Document.name).order_by(Document.id)
    if document_ids is not None:
        query = query.where(Document.id.in_(list(document_ids)))
    with db.read() as connection:
        documents = [(int(i), str(name)) for i, name in connection.execute(query)]
    findings: list[Finding] = []
    for done, (document_id, name) in enumerate(documents):
        progress(done, len(documents), name)
        text, labels = _document(db, document_id)
        for candidate in find_in_text(
            text,
            speakers=labels,
            extra_terms=extra_terms,
            ignore=ignore,
            language=language,
        ):
            findings.append(make_finding(document_id, name, text, candidate))
    progress(len(documents), len(documents), "")
    return findings


def _document(db: ProjectDatabase, document_id: int) -> tuple[str, list[str]]:
    with db.read() as connection:
        text = connection.execute(select(Document.text).where(Document.id == document_id))
        labels = connection.execute(
            select(SpeakerTurn.speaker).where(SpeakerTurn.document_id == document_id).distinct()
        )
        return str(text.scalar_one()), sorted(str(label) for label in labels.scalars())
