"""The .txt/.md reader: every supported encoding, Markdown headings, and bad input."""

from __future__ import annotations

import codecs

import pytest

from importers import text_file
from importers.result import Block, ImportRefusedError

TRANSCRIPT = "I: Hvordan gik mødet?\r\n\r\nK1: Godt – vi så på  lægelige oplysninger. Ærligt.\r\n"
LINES = ["I: Hvordan gik mødet?", "", "K1: Godt – vi så på  lægelige oplysninger. Ærligt."]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TRANSCRIPT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TRANSCRIPT.encode("utf-8"), "UTF-8 with BOM"),
        (codecs.BOM_UTF16_LE + TRANSCRIPT.encode("utf-16-le"), "UTF-16 LE"),
        (codecs.BOM_UTF16_BE + TRANSCRIPT.encode("utf-16-be"), "UTF-16 BE"),
        (TRANSCRIPT.encode("cp1252"), "Windows-1252"),
    ],
)
def test_every_encoding_gives_the_same_lines(data: bytes, encoding: str) -> None:
    read = text_file.read(data, "interview.txt")
    assert [block.text for block in read.blocks] == LINES
    assert all(block.heading_level is None for block in read.blocks)
    assert read.encoding == encoding


def test_emoji_lone_cr_and_no_final_line_end() -> None:
    read = text_file.read("Borger: 👍\rLeder: ok\n\n".encode(), "noter.txt")
    assert [b.text for b in read.blocks] == ["Borger: 👍", "Leder: ok", ""]


def test_markdown_keeps_hashes_and_marks_headings() -> None:
    data = "# Runde 1\n\n## Tema: æøå\n#hashtag\n####### for mange\n   ### indrykket\n".encode()
    assert text_file.read(data, "noter.md").blocks == [
        Block("# Runde 1", heading_level=1),
        Block(""),
        Block("## Tema: æøå", heading_level=2),
        Block("#hashtag"),
        Block("####### for mange"),
        Block("   ### indrykket", heading_level=3),
    ]


def test_plain_text_has_no_headings_even_with_hashes() -> None:
    assert text_file.read(b"# ikke en overskrift", "a.txt").blocks == [
        Block("# ikke en overskrift")
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Hej\x01\x02 med kontroltegn", "control character"),
        (b"ugyldig \x81\x8d\x8f\x90\x9d overalt", "not valid UTF-8, UTF-16 or Windows-1252"),
        (codecs.BOM_UTF8 + b"\xff\xfe broken", "not valid UTF-8 with BOM"),
    ],
)
def test_bad_text_files_are_refused_with_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefusedError) as caught:
        text_file.read(data, "skrald.txt")
    message = str(caught.value)
    assert message.startswith("skrald.txt: ")
    assert reason in message
    assert "\n" not in message
