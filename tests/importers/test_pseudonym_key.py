"""The key file: written apart from the project, read back, and refused with the row named."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.pseudonym_key import write_key_file
from importers.pseudonym_key import read_key_file
from importers.result import ImportRefusedError
from models.pseudonyms import TermDecision, TermSpec

TERMS = [
    TermSpec("Rene\u0301 Ørsted", "Jens Berg", "person", gender="m"),
    TermSpec("010203-1234", "[CPR]", "cpr"),
    TermSpec("Åboulevarden 12, 8000 Aarhus C", "[ADRESSE]", "address"),
    TermSpec("kollega", "", "term", TermDecision.REJECTED),
    TermSpec('Tove "Tut" Hansen', "Karen Holm", "person", gender="f"),
]


def test_a_written_key_file_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "nøgle.csv"
    assert write_key_file(TERMS, path) == len(TERMS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfsurface,replacement,category")
    assert read_key_file(path) == TERMS


def test_danish_headers_semicolons_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "nøgle.csv"
    path.write_text(
        "Tekst;Erstatning;Beslutning;Køn\nSøren;Mads;;\nÆrø;[STED];afvist;\nTove;Karen;ja;k\n",
        encoding="cp1252",
    )
    assert read_key_file(path) == [
        TermSpec("Søren", "Mads", "term"),
        TermSpec("Ærø", "[STED]", "term", TermDecision.REJECTED),
        TermSpec("Tove", "Karen", "term", gender="f"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("navn,erstatning\nTove,Karen\n", "nøgle.csv: no 'surface' column"),
        (
            "surface,replacement\nTove,Karen\nTove,Lis\n",
            "nøgle.csv, row 3: 'Tove' is already in row 2",
        ),
        ("surface,replacement\nTove,\n", "nøgle.csv, row 2: 'Tove' has no replacement"),
        ("surface,replacement,decision\nTove,Karen,måske\n", "row 2: the decision 'måske'"),
        ("surface,replacement,gender\nTove,Karen,x\n", "row 2: the gender 'x'"),
        ("surface,replacement\n,Karen\n", "row 2: the surface text is empty"),
        ("surface,replacement\n", "nøgle.csv: the file holds no terms"),
    ],
)
def test_bad_key_files_are_refused_naming_file_and_row(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "nøgle.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefusedError, match=message):
        read_key_file(path)


def test_decisions_in_the_review_window_s_words(tmp_path: Path) -> None:
    path = tmp_path / "nøgle æøå.csv"
    path.write_text(
        "tekst;erstatning;beslutning\nSøren;Mads;Erstat\nÆrø;[STED];behold\n"
        "Tove;Karen;replace\nkollega;;Keep\n",
        encoding="utf-8",
    )
    decisions = [(t.surface, t.decision) for t in read_key_file(path)]
    assert decisions == [
        ("Søren", TermDecision.ACCEPTED),
        ("Ærø", TermDecision.REJECTED),
        ("Tove", TermDecision.ACCEPTED),
        ("kollega", TermDecision.REJECTED),
    ]
    path.write_text("tekst;erstatning;beslutning\nSøren;Mads;måske\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        read_key_file(path)
    message = str(refused.value)
    assert message.startswith("nøgle æøå.csv, row 2: the decision 'måske' is none of")
    assert "erstat" in message and "behold" in message and "\n" not in message
