"""Producers' positions mapped onto Tekstur's text: CRLF, byte-order marks, UTF-16, accents."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from importers.refi.producers import producer_of
from importers.refi.text_positions import SourceText, decode_source
from tests.importers.refi.refi_files import producer_span

RAW = "Borger: Søren 😀 siger\r\ncafe\u0301 og æøå 👍🏽\r\nslut"


def test_code_points_with_crlf_counted_twice() -> None:
    text = SourceText(RAW)
    assert text.text == "Borger: Søren 😀 siger\ncafe\u0301 og æøå 👍🏽\nslut"
    for phrase in ("Søren 😀", "cafe\u0301 og", "æøå 👍🏽", "slut"):
        found = text.span(*producer_span(RAW, phrase, utf16=False))
        assert found is not None and text.text[found[0] : found[1]] == phrase


def test_nvivo_counts_utf16_units() -> None:
    text = SourceText(RAW, utf16=True)
    assert text.units == len(RAW.encode("utf-16-le")) // 2
    for phrase in ("Søren 😀", "siger\r\ncafe\u0301", "👍🏽", "slut"):
        found = text.span(*producer_span(RAW, phrase, utf16=True))
        assert found is not None
        assert text.text[found[0] : found[1]] == phrase.replace("\r\n", "\n")


def test_a_position_between_cr_and_lf_is_the_line_end() -> None:
    text = SourceText("ab\r\ncd")
    assert text.position(2) == text.position(3) == 2
    assert text.position(4) == 3


def test_outside_and_empty_spans_are_refused() -> None:
    text = SourceText("æøå 😀", utf16=True)
    assert text.units == 6
    assert text.position(7) is None and text.position(-1) is None
    assert text.span(3, 3) is None and text.span(4, 2) is None


def test_byte_order_marks_are_not_text() -> None:
    assert decode_source(codecs.BOM_UTF8 + "æøå".encode()) == "æøå"
    assert decode_source(codecs.BOM_UTF16_LE + "æøå 😀".encode("utf-16-le")) == "æøå 😀"
    assert decode_source(codecs.BOM_UTF16_BE + "Å".encode("utf-16-be")) == "Å"
    assert decode_source("Ærø".encode("cp1252")) == "Ærø"
    assert SourceText("\ufeffHej").text == "Hej"


def test_producers_are_recognised_by_origin() -> None:
    assert producer_of("NVivo for Windows 12.6").utf16_positions
    assert not producer_of("MAXQDA 24 (Release 24.7.0)").utf16_positions
    assert producer_of("ATLAS.ti for Windows 23.2.3").pseudo_users == {"ATLAS.ti"}
    assert producer_of(None).label == "an unknown program"


@given(st.text(alphabet="ab æø\r\n😀\u0301", max_size=40), st.booleans(), st.data())
def test_every_span_maps_onto_the_same_characters(
    raw: str, utf16: bool, data: st.DataObject
) -> None:
    text = SourceText(raw, utf16=utf16)
    if not raw:
        return
    start = data.draw(st.integers(0, len(raw) - 1))
    end = data.draw(st.integers(start + 1, len(raw)))
    if raw[start - 1 : start + 1] == "\r\n" or raw[end - 1 : end + 1] == "\r\n":
        return  # a span that cuts a line end in two
    phrase = raw[start:end]
    prefix = raw[:start]
    first = len(prefix.encode("utf-16-le")) // 2 if utf16 else len(prefix)
    last = first + (len(phrase.encode("utf-16-le")) // 2 if utf16 else len(phrase))
    found = text.span(first, last)
    expected = phrase.replace("\r\n", "\n").replace("\r", "\n")
    assert found is not None and text.text[found[0] : found[1]] == expected
