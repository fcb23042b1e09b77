"""Which words the mapping replaces: whole words, exact spelling, longest first, every one."""

from __future__ import annotations

from dataclasses import dataclass

from models.pseudonym_plan import plan_replacements, replace_terms


@dataclass(frozen=True)
class Found:
    start: int
    end: int


def test_whole_words_in_exact_spelling_with_the_genitive_kept() -> None:
    terms = {"Bo": "Jens", "Tove": "Karen"}
    text = "Bo vil bo hos Toves søster, ikke hos Tovelise eller TOVE."
    assert replace_terms(text, terms) == (
        "Jens vil bo hos Karens søster, ikke hos Tovelise eller TOVE."
    )


def test_the_longer_term_wins_and_every_occurrence_is_replaced() -> None:
    terms = {"Tove": "Karen", "Tove Hansen": "Karen Holm", "Rene\u0301": "Ole"}
    text = "Tove Hansen 😀 og Tove, og Tove igen. Rene\u0301 kom."
    planned = plan_replacements(text, terms)
    assert [r.original for r in planned] == ["Tove Hansen", "Tove", "Tove", "Rene\u0301"]
    assert replace_terms(text, terms) == "Karen Holm 😀 og Karen, og Karen igen. Ole kom."


def test_found_spans_are_replaced_when_their_text_is_a_term() -> None:
    text = "Kontakt: ToveH@kommune.dk og Tove_2"
    terms = {"Tove": "Karen"}
    assert plan_replacements(text, terms) == []
    found = [Found(text.index("Tove_2"), text.index("Tove_2") + 4)]
    planned = plan_replacements(text, terms, found)
    assert [(r.start, r.replacement) for r in planned] == [(text.index("Tove_2"), "Karen")]
    assert plan_replacements(text, {}, found) == []
