"""Replacing parts of a text moves every span so that it still covers the same words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.text_edits import OverlappingEditsError, PositionMap, TextEdit, apply_edits

# Letters that are one code point, æøå, a combining accent, emoji with a skin tone modifier.
ALPHABET = st.sampled_from(["a", "b", " ", "\n", "æ", "ø", "å", "e\u0301", "😀", "👍🏽", "Å"])
TEXTS = st.lists(ALPHABET, min_size=1, max_size=40).map("".join)
REPLACEMENTS = st.lists(ALPHABET, min_size=1, max_size=6).map("".join)


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[TextEdit]]:
    """A text and non-overlapping edits of it."""
    text = draw(TEXTS)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=10)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if start < end:
            edits.append(TextEdit(start, end, draw(REPLACEMENTS)))
    return text, draw(st.permutations(edits))


@st.composite
def spans_of(draw: st.DrawFn, length: int) -> list[tuple[int, int]]:
    """Non-empty spans inside a text of ``length`` code points."""
    pairs = draw(st.lists(st.tuples(st.integers(0, length), st.integers(0, length)), max_size=8))
    return [(min(a, b), max(a, b)) for a, b in pairs if a != b]


def expected_text(text: str, edits: list[TextEdit], start: int, end: int) -> str:
    """The span's text with the edits it touches made, grown to whole edits."""
    touched = [e for e in edits if e.start < end and start < e.end]
    low = min([start, *(e.start for e in touched)])
    high = max([end, *(e.end for e in touched)])
    inside = [TextEdit(e.start - low, e.end - low, e.text) for e in touched]
    return apply_edits(text[low:high], inside)


@settings(max_examples=300)
@given(st.data())
def test_mapped_spans_cover_the_same_words(data: st.DataObject) -> None:
    text, edits = data.draw(text_and_edits())
    spans = data.draw(spans_of(len(text)))
    new_text = apply_edits(text, edits)
    mapped = PositionMap(edits, len(text)).spans(spans)
    for (start, end), (new_start, new_end) in zip(spans, mapped, strict=True):
        assert 0 <= new_start < new_end <= len(new_text)
        assert new_text[new_start:new_end] == expected_text(text, edits, start, end)


@settings(max_examples=200)
@given(st.data())
def test_order_and_lengths_are_kept(data: st.DataObject) -> None:
    text, edits = data.draw(text_and_edits())
    new_text = apply_edits(text, edits)
    growth = sum(len(e.text) - (e.end - e.start) for e in edits)
    assert len(new_text) == len(text) + growth
    positions = PositionMap(edits, len(text))
    starts = [positions.start(p) for p in range(len(text) + 1)]
    ends = [positions.end(p) for p in range(len(text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert positions.start(0) == 0
    assert positions.end(len(text)) == len(new_text)
    for edit in edits:  # text between edits is carried over unchanged
        assert positions.start(edit.end) == positions.end(edit.end)


def test_a_name_with_combining_marks_and_emoji_around_it() -> None:
    text = "Rene\u0301 👍🏽 sagde: Tove ringede til Tove Hansen i Århus."
    tove = text.index("Tove")
    tove_hansen = text.index("Tove Hansen")
    edits = [
        TextEdit(tove, tove + 4, "Karen"),
        TextEdit(tove_hansen, tove_hansen + 11, "Karen Holm"),
        TextEdit(text.index("Århus"), text.index("Århus") + 5, "[BY]"),
    ]
    new_text = apply_edits(text, edits)
    assert new_text == "Rene\u0301 👍🏽 sagde: Karen ringede til Karen Holm i [BY]."
    positions = PositionMap(edits, len(text))
    # "sagde: Tove ringede" → "sagde: Karen ringede"
    start, end = positions.span(text.index("sagde"), text.index("ringede") + 7)
    assert new_text[start:end] == "sagde: Karen ringede"
    # a span cutting into "Hansen" grows to the whole replacement
    start, end = positions.span(text.index("til"), text.index("Hansen") + 3)
    assert new_text[start:end] == "til Karen Holm"
    # a span inside "Tove Hansen" becomes the replacement
    start, end = positions.span(tove_hansen + 1, tove_hansen + 3)
    assert new_text[start:end] == "Karen Holm"
    # the emoji before the edits does not move
    emoji = text.index("👍🏽")
    assert positions.span(emoji, emoji + 2) == (emoji, emoji + 2)


def test_a_span_ending_where_a_replacement_starts_does_not_take_it() -> None:
    text = "hej Tove"
    positions = PositionMap([TextEdit(4, 8, "Karen")], len(text))
    assert positions.span(0, 4) == (0, 4)
    assert positions.span(4, 8) == (4, 9)


@pytest.mark.parametrize(
    "edits",
    [
        [TextEdit(0, 3, "x"), TextEdit(2, 4, "y")],
        [TextEdit(2, 2, "x")],
        [TextEdit(3, 12, "x")],
    ],
)
def test_overlapping_or_empty_or_outside_edits_are_refused(edits: list[TextEdit]) -> None:
    with pytest.raises(OverlappingEditsError):
        apply_edits("Tove Hansen", edits)
