"""Sentences, paragraphs and speaker turns as code point spans."""

from __future__ import annotations

import pytest

from analysis.text_units import paragraph_spans, sentence_spans, turn_spans
from models import DocumentKind
from models.commands import AddDocument, TurnSpan, apply_command
from models.database import ProjectDatabase


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vi talte bl.a. om økonomi, f.eks. husleje. Det hjalp.",
            ["Vi talte bl.a. om økonomi, f.eks. husleje.", "Det hjalp."],
        ),
        (
            "Mødet var kl. 14.30 den 3. marts i år. Hun kom ca. 10 min. for sent.",
            ["Mødet var kl. 14.30 den 3. marts i år.", "Hun kom ca. 10 min. for sent."],
        ),
        (
            "Det drejer sig mht. ledighed, dvs. de lange sager. Så kom næste.",
            ["Det drejer sig mht. ledighed, dvs. de lange sager.", "Så kom næste."],
        ),
        (
            "Vi har planer, møder osv. Så er der tid til det.",
            ["Vi har planer, møder osv.", "Så er der tid til det."],
        ),
        (
            "Og så ... ja, det var svært... Men vi klarede det… Godt!",
            ["Og så ... ja, det var svært...", "Men vi klarede det…", "Godt!"],
        ),
        (
            "Hvad siger du? »Nej,« sagde han. H. C. Andersen skrev det.",
            ["Hvad siger du?", "»Nej,« sagde han.", "H. C. Andersen skrev det."],
        ),
        (
            "Det skete i 2019. Derefter gik det bedre.",
            ["Det skete i 2019.", "Derefter gik det bedre."],
        ),
    ],
)
def test_danish_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_numbered_lists_keep_their_number() -> None:
    text = "1. Borgeren får en plan.\n2. Planen følges op hver 3. uge.\n"
    assert sentences(text) == ["1. Borgeren får en plan.", "2. Planen følges op hver 3. uge."]


def test_a_speaker_label_starts_a_sentence_and_is_left_out() -> None:
    text = (
        "Borger: Jeg føler mig hørt. Sagsbehandler A: Godt at høre.\n"
        "[Leder] Vi ser på det.\n"
        "Det vigtigste er: at lytte.\n"
        "Dato: 3. marts 2019\n"
    )
    assert sentences(text) == [
        "Jeg føler mig hørt.",
        "Godt at høre.",
        "Vi ser på det.",
        "Det vigtigste er: at lytte.",
        "Dato: 3. marts 2019",
    ]


def test_a_line_end_always_ends_a_sentence() -> None:
    text = "Første linje uden punktum\nanden linje"
    assert sentences(text) == ["Første linje uden punktum", "anden linje"]


def test_spans_are_code_points_and_trimmed() -> None:
    text = "  😀 Hej med dig.   Ærlig talt, nej.  \n\n\t Ø-sagen 👍🏽 er lukket. \n"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "😀 Hej med dig.",
        "Ærlig talt, nej.",
        "Ø-sagen 👍🏽 er lukket.",
    ]
    assert spans[0] == (2, 16)
    for start, end in spans:
        assert not text[start].isspace() and not text[end - 1].isspace()


def test_paragraphs_are_lines_without_blank_ones() -> None:
    text = "Overskrift\n\n  Første afsnit 😀 med æøå.  \nAndet afsnit.\n   \n"
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Overskrift",
        "Første afsnit 😀 med æøå.",
        "Andet afsnit.",
    ]
    assert spans[1] == (14, 38)


def test_sentences_never_cross_paragraphs() -> None:
    text = "Én sætning. To\nsætninger her. Tre."
    paragraphs = paragraph_spans(text)
    for start, end in sentence_spans(text):
        assert any(p_start <= start and end <= p_end for p_start, p_end in paragraphs)


def test_turn_spans_come_from_the_document(db: ProjectDatabase) -> None:
    text = "I: Hvordan går det?\nBorger: Godt 😀, tak.\n"
    said = text.index("Godt")
    turns = [TurnSpan(said, said + 12, "Borger"), TurnSpan(3, 19, "I")]
    document = AddDocument("Interview Åse", text, DocumentKind.INTERVIEW, turns)
    apply_command(db, document)
    assert document.document_id is not None
    assert said == 28
    assert turn_spans(db, document.document_id) == [(3, 19), (28, 40)]
    assert text[28:40] == "Godt 😀, tak."
