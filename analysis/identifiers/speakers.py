"""Names in the speaker labels of a transcript, and where they occur in its text.

A label such as ``Tove``, ``Borger (Tove)``, ``Sagsbehandler Lise Holm`` or ``Lise, leder``
names a person; role words (``Interviewer``, ``Sagsbehandler``, ``Borger``, ``Deltager 1``)
and short codes (``I``, ``B``, ``SB1``, ``R1``) do not. A name found in a label is a person
wherever it occurs in the document, in its genitive too (``Toves``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from analysis.identifiers.findings import Candidate, IdentifierCategory
from analysis.identifiers.vocabulary import FIRST, SURNAME, vocabulary

_WORD = re.compile(r"[\w'’\-]+")
SPEAKER_CONFIDENCE = 0.95


def speaker_names(labels: Iterable[str]) -> list[str]:
    """The names in speaker labels, longest first: each name word and each run of name
    words (``Lise Holm``)."""
    names: set[str] = set()
    for label in labels:
        run: list[str] = []
        for match in _WORD.finditer(label):
            word = match.group()
            if _is_name_word(word):
                run.append(word)
                names.add(word)
                continue
            _add_run(names, run)
            run = []
        _add_run(names, run)
    return sorted(names, key=lambda n: (-len(n), n))


def _add_run(names: set[str], run: list[str]) -> None:
    if len(run) > 1:
        names.add(" ".join(run))


def _is_name_word(word: str) -> bool:
    words = vocabulary()
    if words.kind(word) & (FIRST | SURNAME):
        return True
    return words.is_unknown_capitalised(word)


def find_speaker_names(text: str, names: list[str]) -> Iterator[Candidate]:
    """Each occurrence of the speaker names in ``text``, written as in the label."""
    if not names:
        return
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    pattern = re.compile(
        rf"(?<![\w\-])(?:{alternatives})(?=(?:s|'|’)?(?![\w\-]))(?P<next> [\w\-]+)?"
    )
    words = vocabulary()
    for match in pattern.finditer(text):
        end = match.end()
        following = match.group("next")
        if following is not None:
            # "Gülsen Aydın": a surname after a name from a label belongs to it.
            word = following[1:]
            if not (words.kind(word) & SURNAME or words.is_unknown_capitalised(word)):
                end = match.start("next")
        yield (match.start(), end, IdentifierCategory.PERSON, SPEAKER_CONFIDENCE, "speaker")
