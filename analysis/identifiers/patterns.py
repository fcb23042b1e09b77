"""Identifiers with a fixed shape: CPR numbers, phone numbers, e-mail and street addresses.

- **CPR**: ``ddmmyy-xxxx`` with or without the dash; day 01–31 and month 01–12 are checked,
  the modulus-11 check is not (CPR numbers issued since 2007 need not pass it).
- **Phone**: eight digits as ``12345678``, ``12 34 56 78`` or ``1234 5678`` (spaces or
  dashes), optionally after ``+45`` or ``0045``; a Danish number never starts with 0.
  Two years (``2018 2019``), a case number (``2019-0045``) and an eight-digit date
  (``20190312``) are not phone numbers;
  digits inside a longer number, an amount (``12.500``) or a CPR number are never matched.
- **E-mail**: ``name@domain.tld``.
- **Street address**: a capitalised street name ending in a Danish street word (``-vej``,
  ``-gade``, ``-allé`` … or a separate ``Vej``/``Gade`` after capitalised words, as in
  ``H.C. Andersens Boulevard``) and a house number with an optional letter, then optionally
  a floor (``2. tv.``, ``st. th.``, ``3. sal``) and a postcode with its town (``8000 Aarhus C``).
  A postcode followed by a known town stands on its own as an address too, unless the number
  could be a year (``i 2019 Randers``) and no district letter follows.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from analysis.identifiers.findings import Candidate, IdentifierCategory
from analysis.identifiers.vocabulary import ROLE_WORDS

_CPR = re.compile(r"(?<![\w+\-./,])([0-3]\d)([01]\d)(\d\d)(-?)(\d{4})(?![\w\-]|[.,]\d)")
_PHONE = re.compile(
    r"(?<![\w+\-./,])(?P<prefix>(?:\+|00)45[ \-]?)?"
    r"(?P<number>[1-9]\d{7}|[1-9]\d(?:[ \-]\d\d){3}|[1-9]\d{3}[ \-]\d{4})"
    r"(?![\w\-]|[.,]\d)"
)
_PHONE_WORDS = re.compile(r"(?i)(?:tlf|telefon|mobil|ring|sms)\w*\W{0,4}$")
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]*\w@\w[\w\-]*(?:\.[\w\-]+)*\.[^\W\d_]{2,}\b")
_SUFFIXES = (
    "vej|vejen|gade|allé|alle|stræde|vænget|vænge|parken|park|torv|torvet|plads|pladsen|"
    "boulevard|stien|sti|toften|toft|højen|høj|bakken|bakke|haven|engen|marken|lunden|"
    "løkken|kæret|dalen|vangen|hegnet|strand|kajen|kaj|gyde|ringen|bjerget|mosen|holmen|"
    "krogen|lyngen|sletten|volden|banke|bro"
)
_STREET_WORDS = "Vej|Gade|Allé|Alle|Stræde|Plads|Torv|Boulevard|Vænge|Park|Sti|Have|Bakke|Kaj"
_TOWN = r"[A-ZÆØÅ][\wæøå\-]*(?: (?:Strand|Sande|Falster|Mors|Sjælland|Heddinge|By))?"
_DISTRICT = r"(?: (?P<district>C|V|N|S|Ø|K|SV|NV|SØ|NØ)\b)?"
_POSTCODE = rf"(?P<postcode>[1-9]\d{{3}}) (?P<town>{_TOWN}){_DISTRICT}"
_ADDRESS = re.compile(
    r"(?<![\w\-])(?:"
    rf"(?:(?:[A-ZÆØÅ]\. ?){{2,3}}(?=[A-ZÆØÅ]))?(?:[A-ZÆØÅ][\w'’\-]+ ){{1,3}}(?:{_STREET_WORDS})"
    rf"|[A-ZÆØÅ][\wæøåé'’\-]*?(?:{_SUFFIXES})"
    r")"
    r" \d{1,4}(?:[a-zA-Z]\b| [A-Z]\b)?"
    r"(?:,? (?:(?:st|kl|kld)\.?|\d{1,2}\.)(?: ?(?:tv|th|mf)\b\.?| sal\b\.?)?)?"
    rf"(?:,? {_POSTCODE})?"
)
_LONE_POSTCODE = re.compile(rf"(?<![\w\-.,]){_POSTCODE}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def find_patterns(text: str, places: Collection[str]) -> Iterator[Candidate]:
    """Every CPR number, phone number, e-mail address and street address in ``text``;
    ``places`` are the town names a lone postcode may stand before."""
    yield from _cpr_numbers(text)
    yield from _phone_numbers(text)
    for match in _EMAIL.finditer(text):
        yield (match.start(), match.end(), IdentifierCategory.EMAIL, 0.99, "pattern")
    for match in _ADDRESS.finditer(text):
        if match.group().split(" ", 1)[0].casefold() in ROLE_WORDS:
            continue  # "Deltager 1", "Sagsbehandler 2"
        end = match.end()
        while text[end - 1] in ", ":
            end -= 1
        confidence = 0.95 if match.group("postcode") else 0.85
        yield (match.start(), end, IdentifierCategory.ADDRESS, confidence, "pattern")
    for match in _LONE_POSTCODE.finditer(text):
        year_like = _YEAR.fullmatch(match.group("postcode")) and not match.group("district")
        if match.group("town") in places and not year_like:
            yield (match.start(), match.end(), IdentifierCategory.ADDRESS, 0.75, "pattern")


def _cpr_numbers(text: str) -> Iterator[Candidate]:
    for match in _CPR.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        confidence = 0.95 if match.group(4) else 0.8
        yield (match.start(), match.end(), IdentifierCategory.CPR, confidence, "pattern")


def _phone_numbers(text: str) -> Iterator[Candidate]:
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group("number"))
        introduced = bool(match.group("prefix")) or bool(
            _PHONE_WORDS.search(text, max(0, match.start() - 24), match.start())
        )
        number = match.group("number")
        if _looks_like_years(number) or (not introduced and _looks_like_date(number, digits)):
            continue
        confidence = 0.95 if introduced else 0.8
        yield (match.start(), match.end(), IdentifierCategory.PHONE, confidence, "pattern")


def _looks_like_years(number: str) -> bool:
    # "2018 2019", and a case number such as "2019-0045"
    halves = number.replace("-", " ").split(" ")
    if len(halves) != 2 or not _YEAR.fullmatch(halves[0]):
        return False
    return "-" in number or _YEAR.fullmatch(halves[1]) is not None


def _looks_like_date(number: str, digits: str) -> bool:
    if len(number) != 8:
        return False
    # 20190312 (year first) or 12032019 (year last)
    year_first = _YEAR.fullmatch(digits[:4]) and _is_day_month(digits[6:], digits[4:6])
    year_last = _YEAR.fullmatch(digits[4:]) and _is_day_month(digits[:2], digits[2:4])
    return bool(year_first or year_last)


def _is_day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12
