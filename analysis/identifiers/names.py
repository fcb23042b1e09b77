"""Names of persons, places and organisations found by spaCy with an EntityRuler.

A blank ``da`` or ``en`` pipeline (no model download) tokenises the text; a small component
marks each token with what it may be (see :mod:`analysis.identifiers.vocabulary`), and an
EntityRuler matches case-sensitive token patterns over those marks:

- a person: first names then any surnames (``Anne Marie Holm``), or surnames alone;
- a guessed person: a first name next to an unknown capitalised word (``Tove Kowalski``), or
  an unknown capitalised word before a surname (``Zofia Jensen``) — lower confidence;
- a place: a municipality or town, with a district letter (``Aarhus C``);
- an organisation: one on the list, ``Jobcenter`` + place, place + ``Kommune``.

A name at the start of a sentence gets a lower confidence, and a one-word name that is also
an ordinary word (``Hans``, ``Vejen``) is left alone there; the detector finds it there after
all when the same text names a person so (:func:`analysis.identifiers.detect.find_name_parts`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analysis.identifiers.findings import Candidate, IdentifierCategory
from analysis.identifiers.name_lists import name_lists
from analysis.identifiers.vocabulary import FIRST, PLACE, SURNAME, Vocabulary, vocabulary

_TAGGER = "tekstur_identifier_tagger"
_JOBCENTRE = ["Jobcenter", "Jobcentret", "jobcenter"]  # not "jobcentret Randers"
_DISTRICTS = ["C", "V", "N", "S", "Ø", "K", "SV", "NV", "SØ", "NØ"]
_DISTRICTS += [f"{district}." for district in _DISTRICTS]
_TRANSPARENT = frozenset("»«\"'“”„‘’([#*-–—•")
_SENTENCE_END = tuple(".!?:;…")
_TAG = {"PERSON": IdentifierCategory.PERSON, "GUESS": IdentifierCategory.PERSON}
_TAG |= {"PLACE": IdentifierCategory.PLACE, "ORG": IdentifierCategory.ORGANISATION}


def _mark(kind: int) -> str:
    """The NORM a token gets for its kinds; 0 marks an unknown capitalised word."""
    return f"⟦identifier {kind}⟧"


def _tag_tokens(doc: Any) -> Any:
    # The marks go into each token's NORM, which the matcher compares natively; only
    # capitalised tokens can be names, and the rest keep their NORM.
    words = vocabulary()
    for token in doc:
        text = token.text
        if not text[:1].isupper():
            continue
        kind = words.kind(text)
        if kind or words.is_unknown_capitalised(text):
            token.norm_ = _mark(kind)
    return doc


def _kind(flag: int, op: str | None = None) -> dict[str, Any]:
    marks = [_mark(kind) for kind in range(1, 8) if kind & flag] if flag else [_mark(0)]
    return {"NORM": {"IN": marks}, **({"OP": op} if op else {})}


def _patterns() -> list[dict[str, Any]]:
    lists = name_lists()
    first, surname, place, unknown = _kind(FIRST), _kind(SURNAME), _kind(PLACE), _kind(0)
    surnames = _kind(SURNAME, "*")
    district = {"ORTH": {"IN": _DISTRICTS}, "OP": "?"}
    patterns: list[dict[str, Any]] = [
        {"label": "PERSON", "pattern": [first, _kind(FIRST, "*"), surnames]},
        {"label": "PERSON", "pattern": [surname, surnames]},
        {"label": "GUESS", "pattern": [_kind(FIRST, "+"), unknown, surnames]},
        {"label": "GUESS", "pattern": [unknown, _kind(SURNAME, "+")]},
        {"label": "PLACE", "pattern": [place, district]},
        {"label": "ORG", "pattern": [{"ORTH": {"IN": _JOBCENTRE}}, place]},
        {"label": "ORG", "pattern": [place, {"LOWER": {"IN": ["kommune", "kommunes"]}}]},
    ]
    # Fixed phrases go to spaCy's PhraseMatcher, which costs the same for any number of them.
    for phrase in lists.places:
        if " " in phrase:
            patterns.append({"label": "PLACE", "pattern": phrase})
    for phrase in lists.organisations:
        patterns.append({"label": "ORG", "pattern": phrase})
        # spaCy keeps a full stop on a token that ends in a digit or capital ("3F.").
        patterns.append({"label": "ORG", "pattern": f"{phrase}."})
    return patterns


@dataclass
class NameFinder:
    """A spaCy pipeline that finds listed names in text, one per language."""

    nlp: Any
    words: Vocabulary
    lock: threading.Lock

    def find(self, text: str) -> Iterator[Candidate]:
        """Candidates for persons, places and organisations in ``text``."""
        lines: list[tuple[int, str]] = []
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((offset, line))
            offset += len(line) + 1
        with self.lock:
            docs = list(self.nlp.pipe(line for _offset, line in lines))
        for (base, _line), doc in zip(lines, docs, strict=True):
            for entity in doc.ents:
                found = self._judge(doc, entity)
                if found is not None:
                    start, end, category, confidence, source = found
                    yield (base + start, base + end, category, confidence, source)

    def _judge(self, doc: Any, entity: Any) -> Candidate | None:
        tokens = list(entity)
        last = tokens[-1].text
        end = entity.end_char
        if self.words.is_genitive(last) and entity.label_ != "GUESS":
            end -= len(last) - len(_base(last))
        elif last.endswith(".") and (entity.label_ == "ORG" or last[:-1] in _DISTRICTS):
            end -= 1  # "Aarhus C." or "3F." at the end of a sentence
        initial = _sentence_initial(doc, entity.start)
        confidence = self._confidence(entity.label_, tokens, initial)
        if confidence is None:
            return None
        source = "capitalised" if entity.label_ == "GUESS" else "name list"
        return (entity.start_char, end, _TAG[entity.label_], confidence, source)

    def _confidence(self, label: str, tokens: list[Any], initial: bool) -> float | None:
        if label == "GUESS":
            return 0.5 if initial and not self.words.kind(tokens[0].text) else 0.65
        if label == "ORG":
            return 0.7 if initial and len(tokens) == 1 else 0.9
        if len(tokens) > 1:
            return 0.95 if label == "PERSON" else 0.9
        word = tokens[0].text
        ambiguous = self.words.is_ambiguous(word)
        if initial and ambiguous:
            return None
        if label == "PLACE":
            return 0.6 if initial or ambiguous else 0.8
        if self.words.kind(word) & FIRST:
            return 0.6 if initial else 0.7 if ambiguous else 0.85
        patronymic = _base(word).endswith("sen")
        if initial:
            return 0.55 if patronymic else None
        return 0.75 if patronymic else 0.5 if ambiguous else 0.6


def _base(word: str) -> str:
    from analysis.identifiers.vocabulary import strip_genitive

    return strip_genitive(word)


def _sentence_initial(doc: Any, index: int) -> bool:
    position = index - 1
    while position >= 0 and doc[position].text in _TRANSPARENT:
        position -= 1
    if position < 0:
        return True
    before = doc[position]
    return bool(before.is_space or before.text.endswith(_SENTENCE_END))


@lru_cache(maxsize=2)
def name_finder(language: str) -> NameFinder:
    """The name finder for ``da`` or ``en``, built on first use and kept."""
    import spacy
    from spacy.language import Language

    if language not in ("da", "en"):
        raise ValueError(f"language {language!r} is not supported (use da or en)")
    if not Language.has_factory(_TAGGER):
        Language.component(_TAGGER, func=_tag_tokens)
    nlp = spacy.blank(language)
    nlp.add_pipe(_TAGGER)
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(_patterns())
    return NameFinder(nlp, vocabulary(), threading.Lock())
