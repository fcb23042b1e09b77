"""The .vtt/.srt reader: cue times, voices, tags and entities, and malformed timings."""

from __future__ import annotations

import codecs

import pytest

from importers import subtitles
from importers.result import Block, ImportRefusedError

VTT = """WEBVTT - fokusgruppe R1
Kind: captions

NOTE Automatisk transskription,
rettet af Mette

STYLE
::cue { color: yellow }

REGION
id:fritekst

1
00:00:01.000 --> 00:00:04.250 align:start
<v Interviewer>Hvordan oplever I
samarbejdet med <i>borgerne</i>?</v>

intro-2
00:04.500 --> 00:09.000
<v.loud Sagsbehandler 1>Det er blevet bedre &amp; mere tæt 🙂
<v Borger>Ja, <00:00:06.000><c.hl>det</c> synes jeg også.

01:02:03.004 --> 01:02:05.000
Leder: Vi skal &lt;huske&gt; lægelige oplysninger.
"""

SRT = """1
00:00:01,000 --> 00:00:04,250
<i>Interviewer:</i> Hvordan går det
med sagerne?

2
00:00:05,000 --> 00:00:07,500 X1:10 X2:20 Y1:1 Y2:2
{\\an8}K1: Godt, R&D-folkene hjælper.

3
00:00:08,000 --> 00:00:09,000
Første del

anden del efter en tom linje
"""


def test_webvtt_cues_voices_and_times() -> None:
    read = subtitles.read(VTT.encode(), "fokusgruppe.vtt")
    assert read.blocks == [
        Block(
            "Hvordan oplever I samarbejdet med borgerne?",
            speaker="Interviewer",
            media_start_ms=1000,
            media_end_ms=4250,
        ),
        Block(
            "Det er blevet bedre & mere tæt 🙂",
            speaker="Sagsbehandler 1",
            media_start_ms=4500,
            media_end_ms=9000,
        ),
        Block("Ja, det synes jeg også.", speaker="Borger", media_start_ms=4500, media_end_ms=9000),
        Block(
            "Leder: Vi skal <huske> lægelige oplysninger.",
            media_start_ms=3723004,
            media_end_ms=3725000,
        ),
    ]
    assert read.encoding == "UTF-8"


def test_srt_cues_tags_and_text_after_a_blank_line() -> None:
    data = codecs.BOM_UTF8 + SRT.replace("\n", "\r\n").encode()
    read = subtitles.read(data, "interview.srt")
    assert read.blocks == [
        Block("Interviewer: Hvordan går det med sagerne?", media_start_ms=1000, media_end_ms=4250),
        Block("K1: Godt, R&D-folkene hjælper.", media_start_ms=5000, media_end_ms=7500),
        Block("Første del anden del efter en tom linje", media_start_ms=8000, media_end_ms=9000),
    ]
    assert read.encoding == "UTF-8 with BOM"


def test_srt_in_windows_1252() -> None:
    data = "1\n00:00:00,500 --> 00:00:01,000\nBorger: Ærligt talt, nej.\n".encode("cp1252")
    read = subtitles.read(data, "gammel.srt")
    assert read.blocks == [
        Block("Borger: Ærligt talt, nej.", media_start_ms=500, media_end_ms=1000)
    ]
    assert read.encoding == "Windows-1252"


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("a.vtt", "WEBVTT\n\n00:01.000 -> 00:02.000\nHej\n", "line 3: expected a cue timing"),
        ("a.vtt", "WEBVTT\n\n1\n00:01,000 --> 00:02.000\nHej\n", "line 4: malformed cue timing"),
        ("a.vtt", "WEBVTT\n\n00:61.000 --> 00:62.000\nHej\n", "line 3: malformed cue timing"),
        ("a.vtt", "WEBVTT\n\n00:05.000 --> 00:02.000\nHej\n", "line 3: the cue ends before"),
        ("a.vtt", "1\n00:00:01.000 --> 00:00:02.000\nHej\n", "not a WebVTT file"),
        ("a.srt", "1\n00:00:01 --> 00:00:02,000\nHej\n", "line 2: malformed cue timing"),
        ("a.srt", "Bare tekst\nuden tider\n", "line 1: expected a cue timing"),
        ("a.vtt", "WEBVTT\n\nNOTE kun en note\n", "holds no subtitle cues"),
        ("a.srt", "", "empty"),
    ],
)
def test_bad_subtitles_are_refused_naming_the_line(name: str, text: str, reason: str) -> None:
    with pytest.raises(ImportRefusedError) as caught:
        subtitles.read(text.encode(), name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert reason in message
    assert "\n" not in message


def test_binary_file_named_vtt_is_refused() -> None:
    with pytest.raises(ImportRefusedError, match="binary"):
        subtitles.read(b"WEBVTT\x00\x00\xff\xfe\x00", "lyd.vtt")
