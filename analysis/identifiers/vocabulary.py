"""What each word of a text may be: a first name, a surname, a place, or an unknown
capitalised word that may be part of a name; the look-ups behind the spaCy name finder.

A word on a list counts as that list's kind only written as on the list (capitalised); its
genitive (``Toves``, ``Lars'``, ``Aarhus'``) counts too. A double first name
(``Anne-Marie``) counts as a first name when each part is one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis.identifiers.name_lists import name_lists
from analysis.lemmas import stop_words

FIRST, SURNAME, PLACE = 1, 2, 4
ROLE_WORDS = frozenset(
    """
    interviewer intervieweren interviewperson interviewpersonen moderator facilitator
    ordstyrer observatør forsker respondent informant deltager deltageren deltagere
    sagsbehandler sagsbehandleren sagsbehandlere socialrådgiver rådgiver rådgiveren borger
    borgeren borgere leder lederen ledere teamleder afdelingsleder chef jobcenterchef
    konsulent konsulenten virksomhedskonsulent jobkonsulent mentor mentoren koordinator
    kontaktperson læge lægen psykolog underviser praktikant medarbejder medarbejderen
    pårørende mor far søster bror datter søn mand kvinde kone person personen ukendt alle
    flere gruppe fokusgruppe team forsøg forsøgsafdeling ordinær afdeling runde sekretær
    participant caseworker citizen manager interviewee speaker unknown moderator everyone
    hr fru frk dr doktor professor jobcenter jobcentret kommune kommunen region
    """.split()  # noqa: SIM905
)
ROLE_ENDINGS = (
    "behandler", "leder", "konsulent", "rådgiver", "afdeling", "gruppe", "team", "center",
    "chef", "person", "deltager", "borger", "medarbejder",
)  # fmt: skip


@dataclass(frozen=True)
class Vocabulary:
    """Word → kinds (a bit set of FIRST, SURNAME and PLACE) and the words that are also
    ordinary words."""

    kinds: dict[str, int]
    genitives: frozenset[str]
    ambiguous: frozenset[str]
    not_names: frozenset[str]

    def kind(self, word: str) -> int:
        """The kinds of ``word`` as written (0: on no list)."""
        found = self.kinds.get(word)
        if found is not None:
            return found
        if "-" in word:
            parts = word.split("-")
            if self._double_first_name(word):
                return FIRST
            last = parts[-1]
            if len(parts) == 2 and last.endswith("s") and self.kind(word[:-1]) & FIRST:
                return FIRST
        return 0

    def is_genitive(self, word: str) -> bool:
        """True when ``word`` is a listed word's genitive rather than a listed word."""
        if word in self.genitives:
            return True
        if "-" not in word or word in self.kinds:
            return False
        return not self._double_first_name(word) and bool(self.kind(word))

    def _double_first_name(self, word: str) -> bool:
        parts = word.split("-")
        return all(self.kinds.get(p, 0) & FIRST and p not in self.genitives for p in parts)

    def is_ambiguous(self, word: str) -> bool:
        """True when ``word`` (or the word it is a genitive of) is also an ordinary word."""
        base = strip_genitive(word) if self.is_genitive(word) else word
        return base.casefold() in self.ambiguous

    def is_unknown_capitalised(self, word: str) -> bool:
        """A capitalised word on no list and not a role or function word: possibly a
        surname or first name Tekstur does not know."""
        if self.kind(word) or not is_capitalised(word):
            return False
        folded = word.casefold()
        return folded not in self.not_names and not folded.endswith(ROLE_ENDINGS)


def is_capitalised(word: str) -> bool:
    """True for ``Kowalski``, ``Aydın`` and ``Anne-Kathrine``: letters only, each part of a
    hyphenated word an upper-case letter followed by at least one lower-case letter."""
    parts = word.split("-")
    return len(parts) <= 3 and all(
        len(part) > 1 and part.isalpha() and part[0].isupper() and part[1:].islower()
        for part in parts
    )


def strip_genitive(word: str) -> str:
    """``Toves`` → ``Tove``, ``Lars'`` → ``Lars``; a word without a genitive ending as is."""
    if word[-1:] in "'’":
        return word[:-1]
    return word[:-1] if word.endswith("s") else word


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary of the shipped lists, built on first use."""
    lists = name_lists()
    kinds: dict[str, int] = {}
    for kind, words in (
        (FIRST, lists.first_names),
        (SURNAME, lists.surnames),
        (PLACE, tuple(p for p in lists.places if " " not in p)),
    ):
        for word in words:
            kinds[word] = kinds.get(word, 0) | kind
    genitives: dict[str, int] = {}
    for word, kind in kinds.items():
        genitive = f"{word}'" if word[-1] in "sxz" else f"{word}s"
        if genitive not in kinds:
            genitives[genitive] = genitives.get(genitive, 0) | kind
        if word[-1] in "sxz":
            genitives.setdefault(f"{word}’", kind)
    function_words = stop_words("da") | stop_words("en")
    return Vocabulary(
        kinds={**genitives, **kinds},
        genitives=frozenset(genitives),
        ambiguous=lists.common_words | (function_words & {w.casefold() for w in kinds}),
        not_names=ROLE_WORDS | function_words | lists.common_words,
    )
