"""The .rtf reader: code pages, Unicode escapes, destinations, headings, tables, bad files."""

from __future__ import annotations

import pytest

from importers import rtf_file
from importers.result import Block, ImportRefusedError

HEADER = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1 Symbol;}}"
    r"{\colortbl;\red0\green0\blue0;}{\stylesheet{\s1 heading 1;}}"
    r"{\info{\title Fokusgruppe}{\author Mette}}"
    r"{\header\pard Sidehoved\par}{\footer\pard Side {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}"
    "\n"
)


def read_blocks(body: str, header: str = HEADER, encoding: str = "cp1252") -> list[Block]:
    return rtf_file.read((header + body + "}").encode(encoding), "fokusgruppe.rtf").blocks


def test_paragraphs_headings_code_page_and_unicode() -> None:
    body = (
        r"\pard\s1\outlinelevel0\b Fokusgruppe, R1\b0\par"
        "\n"
        r"\pard I1:\tab Hvordan g\'e5r det med \'e6bler og \'f8l?\par"
        r"\pard\par "
        r"K1: Det g\u229?r godt \u8211? ikke \uc2\u-10179\'3f\'3f\u-8701\'3f\'3f sjovt\line"
        r" ny linje\par"
        "\r\n"
        r"\pard\outlinelevel1 Tema\par\pard Slut uden par"
    )
    assert read_blocks(body) == [
        Block("Fokusgruppe, R1", heading_level=1),
        Block("I1:\tHvordan går det med æbler og øl?"),
        Block(""),
        Block("K1: Det går godt – ikke 😃 sjovt"),
        Block("ny linje"),
        Block("Tema", heading_level=2),
        Block("Slut uden par"),
    ]


def test_skipped_destinations_fields_hidden_text_and_escapes() -> None:
    body = (
        r"\pard Se {\field{\*\fldinst HYPERLINK \"https://x.dk\"}{\fldrslt jobcenter.dk}}"
        r"{\*\bkmkstart b1}{\*\bkmkend b1}"
        r"{\footnote\pard Fodnote\par}{\*\annotation kommentar}"
        r"{\pict\pngblip 89504e47}{\v skjult}\~og\_s\-\{\}\\\emdash\par"
        r"{\*\unknowndestination ignoreret}"
        r"{\object{\*\objdata \bin4 {{{{}}Efter\par"
    )
    assert [b.text for b in read_blocks(body)] == [
        "Se jobcenter.dk\u00a0og-s{}\\—",
        "Efter",
    ]


def test_other_code_page_and_raw_8bit_bytes() -> None:
    header = r"{\rtf1\ansi\ansicpg1250{\fonttbl{\f0 Arial;}}" + "\n"
    data = (header + r"\pard \'9aest \par}").encode("latin-1")
    assert [b.text for b in rtf_file.read(data, "a.rtf").blocks] == ["šest "]
    raw = (r"{\rtf1\ansi " + "Rå tekst\\par}").encode("cp1252")
    assert [b.text for b in rtf_file.read(raw, "b.rtf").blocks] == ["Rå tekst"]


def test_tables_row_by_row() -> None:
    body = (
        r"\pard Før\par"
        r"\trowd\cellx2000\cellx4000\pard\intbl Rolle\cell Afdeling\cell\row"
        r"\trowd\cellx2000\cellx4000\pard\intbl Sagsbehandler\par (PKS)\cell"
        r" Fors\'f8g\cell\row"
        r"\pard Efter\par"
    )
    blocks = read_blocks(body)
    assert [b.text for b in blocks] == [
        "Før",
        "Rolle\tAfdeling",
        "Sagsbehandler (PKS)\tForsøg",
        "Efter",
    ]
    assert blocks[2].cells == ("Sagsbehandler (PKS)", "Forsøg")


def test_row_without_pard_and_a_cut_off_row() -> None:
    body = (
        r"\trowd\cellx2000\pard\intbl a\cell\row"
        r"\trowd\cellx2000\intbl b\cell\row Efter\par"
        r"\trowd\cellx2000\pard\intbl afbrudt\cell halv"
    )
    assert [b.text for b in read_blocks(body)] == ["a", "b", "Efter", "afbrudt\thalv"]


def test_cut_off_file_is_read_with_a_note() -> None:
    read = rtf_file.read(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard Afbrudt", "a.rtf")
    assert [b.text for b in read.blocks] == ["Afbrudt"]
    assert read.notes == ["the file seems to be cut off (unclosed groups)"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"Hej med dig", "not an RTF file"),
        (b"\xef\xbb\xbf{\\rtf1 bom}", "not an RTF file"),
        (b"\x00\x01\x02\x03", "not an RTF file"),
        (rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\par}", "holds no text"),
    ],
)
def test_bad_rtf_files(data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefusedError) as caught:
        rtf_file.read(data, "forkert.rtf")
    message = str(caught.value)
    assert message.startswith("forkert.rtf: ")
    assert reason in message
    assert "\n" not in message
