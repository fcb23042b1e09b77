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
an ordinary word (``Hans``, ``Vejen``) is left alone there.
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
_FLAGS = {"tekstur_first": FIRST, "tekstur_surname": SURNAME, "tekstur_place": PLACE}
_UNKNOWN = "tekstur_unknown"
_DISTRICTS = ["C", "V", "N", "S", "Ø", "K", "SV", "NV", "SØ", "NØ"]
_DISTRICTS += [f"{district}." for district in _DISTRICTS]
_TRANSPARENT = frozenset("»«\"'“”„‘’([#*-–—•")
_SENTENCE_END = tuple(".!?:;…")
_TAG = {"PERSON": IdentifierCategory.PERSON, "GUESS": IdentifierCategory.PERSON}
_TAG |= {"PLACE": IdentifierCategory.PLACE, "ORG": IdentifierCategory.ORGANISATION}


def _tag_tokens(doc: Any) -> Any:
    words = vocabulary()
    for token in doc:
        kind = words.kind(token.text)
        for attribute, flag in _FLAGS.items():
            setattr(token._, attribute, bool(kind & flag))
        setattr(token._, _UNKNOWN, not kind and words.is_unknown_capitalised(token.text))
    return doc


def _flag(name: str, **extra: Any) -> dict[str, Any]:
    return {"_": {name: True}, **extra}


def _patterns(nlp: Any) -> list[dict[str, Any]]:
    lists = name_lists()
    first, surname, place = _flag("tekstur_first"), _flag("tekstur_surname"), "tekstur_place"
    unknown = _flag(_UNKNOWN)
    district = {"ORTH": {"IN": _DISTRICTS}, "OP": "?"}
    patterns: list[dict[str, Any]] = [
        {"label": "PERSON", "pattern": [first, _flag("tekstur_first", OP="*"), *_surnames()]},
        {"label": "PERSON", "pattern": [surname, *_surnames()]},
        {"label": "GUESS", "pattern": [_flag("tekstur_first", OP="+"), unknown, *_surnames()]},
        {"label": "GUESS", "pattern": [unknown, _flag("tekstur_surname", OP="+")]},
        {"label": "PLACE", "pattern": [_flag(place), district]},
        {"label": "ORG", "pattern": [{"LOWER": {"IN": ["jobcenter", "jobcentret"]}}, _flag(place)]},
        {"label": "ORG", "pattern": [_flag(place), {"LOWER": {"IN": ["kommune", "kommunes"]}}]},
    ]
    for phrase in lists.places:
        if " " in phrase:
            words = [{"ORTH": token.text} for token in nlp.make_doc(phrase)]
            patterns.append({"label": "PLACE", "pattern": [*words, district]})
    for phrase in lists.organisations:
        words = [{"ORTH": token.text} for token in nlp.make_doc(phrase)]
        patterns.append({"label": "ORG", "pattern": words})
        # spaCy keeps a full stop on a token that ends in a digit or capital ("3F.").
        patterns.append({"label": "ORG", "pattern": [*words[:-1], {"ORTH": f"{phrase}."}]})
    return patterns


def _surnames() -> list[dict[str, Any]]:
    return [_flag("tekstur_surname", OP="*")]


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
            return 0.5 if initial and tokens[0]._.tekstur_unknown else 0.65
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
        if tokens[0]._.tekstur_first:
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
    from spacy.tokens import Token

    if language not in ("da", "en"):
        raise ValueError(f"language {language!r} is not supported (use da or en)")
    for attribute in (*_FLAGS, _UNKNOWN):
        if not Token.has_extension(attribute):
            Token.set_extension(attribute, default=False)
    if not Language.has_factory(_TAGGER):
        Language.component(_TAGGER, func=_tag_tokens)
    nlp = spacy.blank(language)
    nlp.add_pipe(_TAGGER)
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(_patterns(nlp))
    return NameFinder(nlp, vocabulary(), threading.Lock())
