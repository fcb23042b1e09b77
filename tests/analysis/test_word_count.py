"""The one rule for counting words coded."""

from __future__ import annotations

from analysis.word_count import count_words, word_index

TEXT = "Vi har tid til borgeren nu 😀 og tilliden vokser. Cafe\u0301en, e-mail og 2019_plan."


def test_words_are_runs_of_word_characters_with_combining_marks_inside() -> None:
    index = word_index(TEXT)
    words = [TEXT[s:e] for s, e in zip(index.starts, index.ends, strict=True)]
    # The emoji and the punctuation are no words; the combining accent keeps "Caféen" whole;
    # "e-mail" is two words; digits and "_" are word characters.
    assert words == [
        "Vi", "har", "tid", "til", "borgeren", "nu", "og", "tilliden", "vokser",
        "Cafe\u0301en", "e", "mail", "og", "2019_plan",
    ]  # fmt: skip


def test_a_word_counts_when_any_of_its_characters_is_coded() -> None:
    start = TEXT.index("borgeren")
    # "rgeren nu 😀 o" touches borgeren, nu and og: 3 words.
    assert count_words(TEXT, [(start + 2, start + 16)]) == 3
    assert count_words(TEXT, [(start + 8, start + 9)]) == 0  # only the space after borgeren
    accent = TEXT.index("\u0301")
    assert count_words(TEXT, [(accent, accent + 1)]) == 1  # the mark alone: its word


def test_overlapping_and_repeated_passages_count_each_word_once() -> None:
    vi, tid = TEXT.index("Vi"), TEXT.index("tid")
    # "Vi har tid" and "har tid til": together Vi, har, tid, til.
    assert count_words(TEXT, [(vi, tid + 3), (TEXT.index("har"), tid + 7)]) == 4
    assert count_words(TEXT, [(vi, vi + 2)] * 3) == 1
    # Two passages inside one word ("bor" and "ren" of "borgeren") are one word.
    b = TEXT.index("borgeren")
    assert count_words(TEXT, [(b, b + 3), (b + 5, b + 8)]) == 1
    assert count_words(TEXT, []) == 0


def test_marks_belong_to_words_and_letters_beyond_the_basic_plane_count() -> None:
    # A run of only marks is no word; a mark before a letter starts that word; 𝔸 (U+1D538) is
    # a letter outside the first 65,536 code points.
    text = "\u0301 \u0301ab 𝔸𝔹 👍🏽"
    index = word_index(text)
    assert [text[s:e] for s, e in zip(index.starts, index.ends, strict=True)] == [
        "\u0301ab",
        "𝔸𝔹",
    ]
