"""The words on Tekstur's reports (Excel and Word) in Danish and English, without Qt.

:func:`report_label` gives a heading or label by key (``report_label("total", "da")`` is
``I alt``); :func:`provenance_rows` turns a table's ``provenance`` into rows a reader
understands, translating the keys (and the fixed values such as ``all``) that Tekstur's
queries write and keeping any other key or value as it is. A language other than ``da``
gets English.
"""

from __future__ import annotations

LANGUAGES = ("da", "en")

_LABELS: dict[str, dict[str, str]] = {
    "da": {
        "total": "I alt",
        "provenance": "Sådan er tabellen lavet",
        "provenance sheet": "Sådan er tabellen lavet",
        "query": "Forespørgsel",
        "project": "Projekt",
        "made": "Lavet",
        "tekstur": "Tekstur-version",
        "documents": "Dokumenter",
        "coders": "Kodere",
        "where": "Betingelser på attributter",
        "documents considered": "Dokumenter medregnet",
        "codings considered": "Kodninger medregnet",
        "document": "Dokument",
        "speaker": "Taler",
        "case": "Case",
        "cases": "Cases",
        "code": "Kode",
        "codes": "Koder",
        "level": "Niveau",
        "coder": "Koder",
        "start": "Start",
        "end": "Slut",
        "text": "Tekst",
        "memo": "Memo",
        "references": "Kodningsreferencer",
        "words": "Ord",
        "presence": "Forekomst",
        "occurrences": "Forekomster",
        "count": "Antal",
        "coefficient": "C-koefficient",
        "row percent": "Rækkeprocent",
        "column percent": "Kolonneprocent",
        "percent of row": "% af rækken",
        "percent of column": "% af kolonnen",
        "coded segments": "Kodede segmenter",
        "segments": "Segmenter",
        "table": "Tabel",
        "chart": "Diagram",
        "measure": "Mål",
        "value": "Værdi",
        "what": "Hvad",
        "attributes": "Attributter",
        "quote": "Citat",
        "figure": "Figur",
        "quotes report": "Citatrapport",
        "quotes provenance": "Sådan er citaterne udvalgt",
        "no quotes": "Ingen citater.",
        "template": "Skabelon for kildeangivelse",
        "order": "Rækkefølge",
        "context": "Kontekst (tegn på hver side)",
        "quotes": "Citater",
        "cells": "Cellerne viser",
    },
    "en": {
        "total": "Total",
        "provenance": "How this table was made",
        "provenance sheet": "Provenance",
        "query": "Query",
        "project": "Project",
        "made": "Made",
        "tekstur": "Tekstur version",
        "documents": "Documents",
        "coders": "Coders",
        "where": "Attribute conditions",
        "documents considered": "Documents considered",
        "codings considered": "Codings considered",
        "document": "Document",
        "speaker": "Speaker",
        "case": "Case",
        "cases": "Cases",
        "code": "Code",
        "codes": "Codes",
        "level": "Level",
        "coder": "Coder",
        "start": "Start",
        "end": "End",
        "text": "Text",
        "memo": "Memo",
        "references": "Coding references",
        "words": "Words",
        "presence": "Presence",
        "occurrences": "Occurrences",
        "count": "Count",
        "coefficient": "C-coefficient",
        "row percent": "Row percent",
        "column percent": "Column percent",
        "percent of row": "% of row",
        "percent of column": "% of column",
        "coded segments": "Coded segments",
        "segments": "Segments",
        "table": "Table",
        "chart": "Chart",
        "measure": "Measure",
        "value": "Value",
        "what": "What",
        "attributes": "Attributes",
        "quote": "Quote",
        "figure": "Figure",
        "quotes report": "Coded quotes",
        "quotes provenance": "How the quotes were chosen",
        "no quotes": "No quotes.",
        "template": "Attribution template",
        "order": "Order",
        "context": "Context (characters each side)",
        "quotes": "Quotes",
        "cells": "The cells show",
    },
}

# Provenance keys that are not also report labels above.
_PROVENANCE_KEYS: dict[str, dict[str, str]] = {
    "da": {
        "sub-codes": "Underkoder",
        "per coder": "Pr. koder",
        "rows": "Rækker",
        "columns": "Kolonner",
        "percent": "Procent",
        "semantics": "Betydning af en celle",
        "within": "Inden for",
        "unit": "Enhed",
        "language": "Sprog",
        "minimum length": "Mindste ordlængde",
        "lemmas": "Grundformer",
        "stop words": "Stopord",
        "top": "Antal ord vist",
        "speakers": "Talere",
        "documents read": "Dokumenter læst",
        "words read": "Ord læst",
        "words counted": "Ord talt",
        "attribute": "Attribut",
    },
    "en": {
        "sub-codes": "Sub-codes",
        "per coder": "Per coder",
        "rows": "Rows",
        "columns": "Columns",
        "percent": "Percent",
        "semantics": "What a cell counts",
        "within": "Within",
        "unit": "Unit",
        "language": "Language",
        "minimum length": "Minimum word length",
        "lemmas": "Lemmas",
        "stop words": "Stop words",
        "top": "Words shown",
        "speakers": "Speakers",
        "documents read": "Documents read",
        "words read": "Words read",
        "words counted": "Words counted",
        "attribute": "Attribute",
    },
}

# Fixed values the queries write into provenance, in Danish (English keeps them as written).
_DANISH_VALUES = {
    "all": "alle",
    "none": "ingen",
    "yes": "ja",
    "no": "nej",
    "rolled up": "lagt sammen med overkoden",
    "not included": "ikke medregnet",
    "included": "medregnet",
    "coded segments": "Kodede segmenter",
    "chosen": "valgte",
    "unknown": "ukendt",
    "row": "rækken",
    "column": "kolonnen",
    "overlap only": "kun overlap",
    "document and position": "dokument og placering",
    "code frequencies": "Kodefrekvenser",
    "matrix coding": "Matrixkodning",
    "crosstab": "Krydstabel",
    "co-occurrence": "Samforekomst",
    "words": "Ordfrekvens",
    "intersection": "kodninger der overlapper",
    "same-case": "samme case",
    "references": "kodningsreferencer",
    "presence": "forekomst",
    "count": "antal",
    "coefficient": "c-koefficient",
    "sentence": "sætning",
    "paragraph": "afsnit",
    "turn": "taletur",
}


# What the cells count (ResultTable.measure), as a column or axis names it.
_MEASURES: dict[str, dict[str, str]] = {
    "da": {
        "references": "Kodningsreferencer",
        "words": "Kodede ord",
        "documents": "Kodede dokumenter",
        "cases": "Kodede cases",
        "presence": "Kodet",
        "occurrences": "Forekomster",
        "count": "Antal",
        "coefficient": "C-koefficient",
    },
    "en": {
        "references": "Coding references",
        "words": "Words coded",
        "documents": "Documents coded",
        "cases": "Cases coded",
        "presence": "Coded",
        "occurrences": "Occurrences",
        "count": "Count",
        "coefficient": "C-coefficient",
    },
}

# The English headings the queries put on rows and columns, in Danish.
_DANISH_HEADINGS = {
    "Code": "Kode",
    "Case": "Case",
    "Document": "Dokument",
    "Word": "Ord",
    "References": "Kodningsreferencer",
    "Words coded": "Kodede ord",
    "Documents coded": "Kodede dokumenter",
    "Cases coded": "Kodede cases",
    "Coded": "Kodet",
    "Count": "Antal",
    "Documents": "Dokumenter",
    "Code frequencies": "Kodefrekvenser",
    "Co-occurrence": "Samforekomst",
    "Word frequency": "Ordfrekvens",
    "Matrix coding": "Matrixkodning",
    "Crosstab": "Krydstabel",
}


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def report_label(key: str, language: str) -> str:
    """The heading or label ``key`` in ``language`` (``da``; anything else gets English).

    KeyError names a key Tekstur has no words for.
    """
    words = _LABELS[_language(language)]
    if key not in words:
        raise KeyError(f"no report label called '{key}'")
    return words[key]


def measure_label(measure: str, language: str) -> str:
    """What the cells count, in words: ``references`` is ``Kodningsreferencer``.

    A list such as ``references,words`` (frequencies with several measures) is translated
    item by item; a measure without words of its own is kept as it is.
    """
    words = _MEASURES[_language(language)]
    return ", ".join(words.get(part, part) for part in measure.split(",") if part)


def heading_text(text: str, language: str) -> str:
    """A row or column heading written by a query (``Code``, ``References (ane)``) in
    ``language``; names from the project (codes, cases, attribute values) stay as they are."""
    if _language(language) != "da":
        return text
    if text in _DANISH_HEADINGS:
        return _DANISH_HEADINGS[text]
    head, bracket, rest = text.partition(" (")
    if bracket and head in _DANISH_HEADINGS:
        return f"{_DANISH_HEADINGS[head]} ({rest}"
    if text.startswith("Set "):
        return f"Sæt {text[4:]}"
    head, colon, rest = text.partition(": ")
    if colon and head in _DANISH_HEADINGS:
        return f"{_DANISH_HEADINGS[head]}: {rest}"
    return text


# The kinds of a matrix axis (analysis.matrix_axes), as a title names them: the name that
# follows (a code path, an attribute, a set) comes after the words.
_AXES: dict[str, dict[str, str]] = {
    "da": {
        "codes": "koder",
        "codes:": "koder under",
        "cases": "cases",
        "documents": "dokumenter",
        "attribute:": "attributten",
        "set:": "sættet",
    },
    "en": {
        "codes": "codes",
        "codes:": "codes under",
        "cases": "cases",
        "documents": "documents",
        "attribute:": "attribute",
        "set:": "set",
    },
}


def title_text(title: str, language: str) -> str:
    """A query's title in ``language``, its axes in words as well as its kind:
    ``Matrix coding: codes:Tema × attribute:Rolle`` is ``Matrixkodning: koder under Tema ×
    attributten Rolle``. Names from the project stay as they are; a title Tekstur did not
    write is kept (see :func:`heading_text`)."""
    head, colon, rest = title.partition(": ")
    axes = rest.split(" × ")
    if not colon or len(axes) != 2 or not all(map(_is_axis, axes)):
        return heading_text(title, language)
    words = _AXES[_language(language)]

    def axis(text: str) -> str:
        kind, named, name = text.partition(":")
        return f"{words[kind + named]} {name}" if named else words[kind]

    return f"{heading_text(head, language)}: {axis(axes[0])} × {axis(axes[1])}"


def _is_axis(text: str) -> bool:
    kind, named, name = text.partition(":")
    return (kind + named in _AXES["en"]) and (not named or bool(name.strip()))


def provenance_label(key: str, language: str) -> str:
    """A provenance key in words; a key Tekstur does not know is kept as it is."""
    chosen = _language(language)
    return _LABELS[chosen].get(key) or _PROVENANCE_KEYS[chosen].get(key) or key


def provenance_value(value: str, language: str) -> str:
    """A provenance value in ``language``: the fixed words Tekstur writes are translated."""
    if _language(language) != "da":
        return value
    return _DANISH_VALUES.get(value, value)


def provenance_rows(provenance: dict[str, str], language: str) -> list[tuple[str, str]]:
    """The ``provenance`` of a table as (label, value) rows in ``language``, in its order."""
    return [
        (provenance_label(key, language), provenance_value(value, language))
        for key, value in provenance.items()
    ]
