"""The .html reader: blocks, headings, tables, pre, white space, encodings, bad input."""

from __future__ import annotations

import codecs

import pytest

from importers import html_file
from importers.result import Block, ImportRefusedError

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ikke med</title>
<style>p { color: red }</style><script>var x = "<p>nej</p>";</script></head>
<body>
<h1>Fokusgruppe   med <em>ledere</em></h1>
<p>I:   Hvordan
   bruger I <b>ledelses</b>information? &amp; hvorfor&hellip; &#x1F642;</p>
<p>&nbsp;</p>
<div>L1: Vi ser på tallene<br>hver uge.<br><br>Ikke mere.</div>
<ul><li>Første punkt</li><li>Andet <i>punkt</i></ul>
<blockquote>Citat fra borger</blockquote>
<h3>Tabel</h3>
<table><tr><th>Rolle</th><th>Afdeling</th></tr>
<tr><td>Leder<br>(R2)</td><td><p>Forsøg</p><table><tr><td>a</td><td>b</td></tr></table></td>
<tr><td>Borger<td></table>
<pre>
K1:  linje   et
    indrykket</pre>
<p>Slut</p>
</body></html>
"""


def test_blocks_headings_tables_and_pre() -> None:
    read = html_file.read(PAGE.encode(), "referat.html")
    assert read.blocks == [
        Block("Fokusgruppe med ledere", heading_level=1),
        Block("I: Hvordan bruger I ledelsesinformation? & hvorfor… 🙂"),
        Block(""),
        Block("L1: Vi ser på tallene"),
        Block("hver uge."),
        Block(""),
        Block("Ikke mere."),
        Block("Første punkt"),
        Block("Andet punkt"),
        Block("Citat fra borger"),
        Block("Tabel", heading_level=3),
        Block("Rolle\tAfdeling", cells=("Rolle", "Afdeling")),
        Block("Leder (R2)\tForsøg a b", cells=("Leder (R2)", "Forsøg a b")),
        Block("Borger\t", cells=("Borger", "")),
        Block("K1:  linje   et"),
        Block("    indrykket"),
        Block("Slut"),
    ]
    assert read.encoding == "utf-8 (declared)"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("<p>Rød grød med fløde</p>".encode(), "UTF-8"),
        (codecs.BOM_UTF8 + "<p>Rød grød med fløde</p>".encode(), "UTF-8 with BOM"),
        (codecs.BOM_UTF16_LE + "<p>Rød grød med fløde</p>".encode("utf-16-le"), "UTF-16 LE"),
        (codecs.BOM_UTF16_BE + "<p>Rød grød med fløde</p>".encode("utf-16-be"), "UTF-16 BE"),
        ("<p>Rød grød med fløde</p>".encode("cp1252"), "Windows-1252"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            "<p>Rød grød med fløde</p>".encode("cp1252"),
            "iso-8859-1 (declared)",
        ),
    ],
)
def test_encodings(data: bytes, encoding: str) -> None:
    read = html_file.read(data, "side.htm")
    assert [b.text for b in read.blocks] == ["Rød grød med fløde"]
    assert read.encoding == encoding


def test_stray_table_parts_outside_a_table() -> None:
    read = html_file.read(b"<tr><td>celle</td></tr><p>tekst</p>", "side.html")
    assert read.blocks == [Block("celle"), Block("tekst")]


def test_wrong_meta_charset_falls_back_to_detection() -> None:
    data = '<meta charset="utf-8"><p>Ærø</p>'.encode("cp1252")
    read = html_file.read(data, "side.html")
    assert [b.text for b in read.blocks] == ["Ærø"]
    assert read.encoding == "Windows-1252"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"<html><head><title>Kun titel</title></head><body> </body></html>", "holds no text"),
        (b"GIF89a\x01\x00\x01\x00\x00\xff\x00", "binary"),
        (b"<p>\x81\x8d\x8f</p>", "not valid UTF-8, UTF-16 or Windows-1252"),
    ],
)
def test_bad_html(data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefusedError) as caught:
        html_file.read(data, "side.html")
    message = str(caught.value)
    assert message.startswith("side.html: ")
    assert reason in message
    assert "\n" not in message
