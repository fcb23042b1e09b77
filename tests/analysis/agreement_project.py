"""A small project for coding comparisons: three coders, æøå and emoji texts, known codings.

Documents (code point lengths in brackets):

- ``Fokusgruppe Æbleø`` [100]: ten lines ``"Åse: Ja 😀 tak.\\n"`` … built so that sentences and
  paragraphs are known;
- ``Interview Søren`` [1000]: ``"ø"`` * 999 + ``"\\n"`` — the hand-worked example;
- ``Notat`` [40]: nobody codes it.

Codes ``Samarbejde``, ``Samarbejde/Tillid``, ``Tid``, ``Lægelige oplysninger``. Coders ``ane``,
``jonas`` and ``birk``. :func:`build` returns the ids by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    apply_command,
)
from models.database import ProjectDatabase

LINE = "Åse: Ja 😀 tak. Nej.\n"  # 20 code points: two sentences, one paragraph per line
FOCUS_GROUP = LINE * 5
INTERVIEW = "ø" * 999 + "\n"
NOTE = "Et notat om tid og tillid, ingen koder.\n"

# (document, code path, coder, start, end)
CODINGS: list[tuple[str, str, str, int, int]] = [
    # Interview: A (ane) codes [0, 150), B (jonas) codes [100, 200) → both 50, A only 100,
    # B only 50; an overlapping repeat by ane counts once.
    ("Interview Søren", "Tid", "ane", 0, 150),
    ("Interview Søren", "Tid", "ane", 20, 60),
    ("Interview Søren", "Tid", "jonas", 100, 200),
    # Focus group, Samarbejde: ane codes the first line's "Ja 😀 tak." [5, 15); jonas codes
    # [10, 25) (end of line one into line two); birk codes line four [60, 80).
    ("Fokusgruppe Æbleø", "Samarbejde", "ane", 5, 15),
    ("Fokusgruppe Æbleø", "Samarbejde", "jonas", 10, 25),
    ("Fokusgruppe Æbleø", "Samarbejde", "birk", 60, 80),
    # A sub-code: only counts for Samarbejde with include_subcodes.
    ("Fokusgruppe Æbleø", "Samarbejde/Tillid", "ane", 40, 45),
    # Lægelige oplysninger: only jonas codes (A coded nothing → kappa 0).
    ("Fokusgruppe Æbleø", "Lægelige oplysninger", "jonas", 80, 100),
    # birk calls part of that Tid: a disagreement on the code between the groups.
    ("Fokusgruppe Æbleø", "Tid", "birk", 85, 95),
]


@dataclass(frozen=True)
class AgreementIds:
    """Ids by name."""

    documents: dict[str, int]
    codes: dict[str, int]
    coders: dict[str, int]


def build(db: ProjectDatabase) -> AgreementIds:
    """Add the documents, codes, coders and codings to an empty project."""
    documents: dict[str, int] = {}
    for name, text in (
        ("Fokusgruppe Æbleø", FOCUS_GROUP),
        ("Interview Søren", INTERVIEW),
        ("Notat", NOTE),
    ):
        add = AddDocument(name, text)
        apply_command(db, add)
        assert add.document_id is not None
        documents[name] = add.document_id
    codes: dict[str, int] = {}
    for path in ("Samarbejde", "Samarbejde/Tillid", "Tid", "Lægelige oplysninger"):
        ensure = EnsureCodePath(path)
        apply_command(db, ensure)
        assert ensure.code_id is not None
        codes[path] = ensure.code_id
    coders: dict[str, int] = {}
    for name in ("ane", "jonas", "birk"):
        coder = EnsureCoder(name)
        apply_command(db, coder)
        assert coder.coder_id is not None
        coders[name] = coder.coder_id
    spans = [
        CodingSpan(documents[d], codes[c], coders[who], start, end)
        for d, c, who, start, end in CODINGS
    ]
    apply_command(db, AddCodings(spans))
    return AgreementIds(documents, codes, coders)
