import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.positions import Utf16Positions, code_point_offset, utf16_offset


def _reference(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ascii",
        "Sagsbehandler: æøå ÆØÅ på én gang",
        "emoji 🙂 and 👋🏽 and the flag 🇩🇰 at the end",
        "combining: e\u0301 a\u030a o\u0308\u0301",
        "𝔗𝔢𝔨𝔰𝔱𝔲𝔯\n🙂🙂\næ",
    ],
)
def test_every_offset_matches_utf16_encoding(text: str) -> None:
    positions = Utf16Positions(text)
    assert positions.utf16_length == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        assert utf16_offset(text, offset) == _reference(text, offset)
        assert positions.to_code_point(positions.to_utf16(offset)) == offset


def test_bmp_letters_and_combining_marks_count_once() -> None:
    text = "æøå e\u0301!"
    assert [utf16_offset(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_emoji_counts_twice() -> None:
    text = "Hej 🙂 æ"
    assert utf16_offset(text, 4) == 4  # the emoji starts where it starts
    assert utf16_offset(text, 5) == 6  # everything after it moves one unit
    assert utf16_offset(text, len(text)) == len(text) + 1


def test_skin_tone_and_flags_are_two_code_points_each_two_units() -> None:
    text = "👋🏽🇩🇰x"
    assert len(text) == 5
    assert utf16_offset(text, 4) == 8
    assert code_point_offset(text, 8) == 4


def test_offsets_outside_the_text_are_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        utf16_offset("abc", 4)
    with pytest.raises(ValueError, match="outside"):
        utf16_offset("abc", -1)
    with pytest.raises(ValueError, match="outside"):
        code_point_offset("🙂", 3)


def test_a_utf16_offset_inside_a_surrogate_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        code_point_offset("a🙂b", 2)
    assert code_point_offset("a🙂b", 3) == 2


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), st.data())
def test_any_text_round_trips_through_utf16(text: str, data: st.DataObject) -> None:
    positions = Utf16Positions(text)
    offset = data.draw(st.integers(0, len(text)))
    assert positions.to_utf16(offset) == _reference(text, offset)
    assert positions.to_code_point(positions.to_utf16(offset)) == offset
