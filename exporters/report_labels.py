"""The words on Tekstur's reports (Excel and Word) in Danish and English, without Qt.

:func:`report_label` gives a heading or label by key (``report_label("total", "da")`` is
``I alt``); :func:`provenance_rows` turns a table's ``provenance`` into rows a reader
understands, translating the keys (and the fixed values such as ``all``) that Tekstur's
queries write and keeping any other key or value as it is. A language other than ``da``
gets English. The words themselves are in :mod:`exporters.report_words`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exporters.report_words import (
    AXIS_WORDS,
    DANISH_HEADINGS,
    DANISH_PROVENANCE_VALUES,
    MEASURE_LABELS,
    PROVENANCE_KEY_LABELS,
    REPORT_LABELS,
)

LANGUAGES = ("da", "en")

if TYPE_CHECKING:
    from models.result_table import ResultTable


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def report_label(key: str, language: str) -> str:
    """The heading or label ``key`` in ``language`` (``da``; anything else gets English).

    KeyError names a key Tekstur has no words for.
    """
    words = REPORT_LABELS[_language(language)]
    if key not in words:
        raise KeyError(f"no report label called '{key}'")
    return words[key]


def measure_label(measure: str, language: str) -> str:
    """What the cells count, in words: ``references`` is ``Kodningsreferencer``.

    A list such as ``references,words`` (frequencies with several measures) is translated
    item by item; a measure without words of its own is kept as it is.
    """
    words = MEASURE_LABELS[_language(language)]
    return ", ".join(words.get(part, part) for part in measure.split(",") if part)


def heading_text(text: str, language: str) -> str:
    """A row or column heading written by a query (``Code``, ``References (ane)``) in
    ``language``; names from the project (codes, cases, attribute values) stay as they are."""
    if _language(language) != "da":
        return text
    if text in DANISH_HEADINGS:
        return DANISH_HEADINGS[text]
    head, bracket, rest = text.partition(" (")
    if bracket and head in DANISH_HEADINGS:
        return f"{DANISH_HEADINGS[head]} ({rest}"
    if text.startswith("Set "):
        return f"Sæt {text[4:]}"
    head, colon, rest = text.partition(": ")
    if colon and head in DANISH_HEADINGS:
        return f"{DANISH_HEADINGS[head]}: {rest}"
    return text


def title_text(title: str, language: str) -> str:
    """A query's title in ``language``, its axes in words as well as its kind:
    ``Matrix coding: codes:Tema × attribute:Rolle`` is ``Matrixkodning: koder under Tema ×
    attributten Rolle``. Names from the project stay as they are; a title Tekstur did not
    write is kept (see :func:`heading_text`)."""
    head, colon, rest = title.partition(": ")
    axes = rest.split(" × ")
    if not colon or len(axes) != 2 or not all(map(_is_axis, axes)):
        return heading_text(title, language)
    words = AXIS_WORDS[_language(language)]

    def axis(text: str) -> str:
        kind, named, name = text.partition(":")
        return f"{words[kind + named]} {name}" if named else words[kind]

    return f"{heading_text(head, language)}: {axis(axes[0])} × {axis(axes[1])}"


def _is_axis(text: str) -> bool:
    kind, named, name = text.partition(":")
    return (kind + named in AXIS_WORDS["en"]) and (not named or bool(name.strip()))


def provenance_label(key: str, language: str) -> str:
    """A provenance key in words; a key Tekstur does not know is kept as it is."""
    chosen = _language(language)
    return REPORT_LABELS[chosen].get(key) or PROVENANCE_KEY_LABELS[chosen].get(key) or key


def provenance_value(value: str, language: str) -> str:
    """A provenance value in ``language``: the fixed words Tekstur writes are translated."""
    if _language(language) != "da":
        return value
    return DANISH_PROVENANCE_VALUES.get(value, value)


def provenance_rows(provenance: dict[str, str], language: str) -> list[tuple[str, str]]:
    """The ``provenance`` of a table as (label, value) rows in ``language``, in its order."""
    return [
        (provenance_label(key, language), provenance_value(value, language))
        for key, value in provenance.items()
    ]


def unit_text(table: ResultTable, language: str) -> str:
    """What the cells hold in words: ``Kodningsreferencer, % af rækken``."""
    measure = measure_label(table.measure, language)
    share = table.provenance.get("percent", "")
    if table.percent and share in ("row", "column"):
        return f"{measure}, {report_label(f'percent of {share}', language)}"
    return measure
