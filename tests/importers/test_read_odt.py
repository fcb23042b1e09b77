"""The .odt reader: paragraphs, headings, spaces, tabs, breaks, lists, tables, bad files."""

from __future__ import annotations

import pytest

from importers import odt_file
from importers.result import Block, ImportRefusedError
from tests.importers.file_builders import encrypted_word_file, odt_of, zip_bomb, zip_of


def test_paragraphs_headings_spaces_tabs_and_breaks() -> None:
    body = """
      <text:h text:outline-level="2">Tema: <text:span>borgerrelation</text:span></text:h>
      <text:p>I1:<text:s text:c="3"/>Hvordan   går
         det?<text:tab/>🙂</text:p>
      <text:p/>
      <text:p><text:s/>Indrykket <text:s/>to mellemrum<text:line-break/>ny linje
      </text:p>
      <text:p>Borgeren<text:note text:note-class="footnote">
        <text:note-citation>1</text:note-citation>
        <text:note-body><text:p>Fodnote</text:p></text:note-body></text:note> sagde
        <office:annotation><dc:creator>Mette</dc:creator><text:p>kommentar</text:p>
        </office:annotation>ja.<draw:frame><draw:image/></draw:frame></text:p>
      <text:h>Uden niveau</text:h>
      <text:tracked-changes><text:changed-region><text:deletion>
        <text:p>slettet</text:p></text:deletion></text:changed-region></text:tracked-changes>
    """
    read = odt_file.read(odt_of(body), "interview.odt")
    assert read.blocks == [
        Block("Tema: borgerrelation", heading_level=2),
        Block("I1:   Hvordan går det?\t🙂"),
        Block(""),
        Block(" Indrykket  to mellemrum"),
        Block("ny linje"),
        Block("Borgeren sagde ja."),
        Block("Uden niveau", heading_level=1),
    ]
    assert read.notes == ["1 image(s) or text box(es) skipped"]


def test_lists_sections_and_tables() -> None:
    body = """
      <text:section text:name="R1"><text:list><text:list-item><text:p>Punkt ét</text:p>
        <text:list><text:list-item><text:p>Underpunkt æøå</text:p></text:list-item></text:list>
      </text:list-item></text:list></text:section>
      <table:table table:name="Deltagere"><table:table-column/>
        <table:table-header-rows><table:table-row>
          <table:table-cell><text:p>Kode</text:p></table:table-cell>
          <table:table-cell><text:p>Rolle</text:p></table:table-cell>
        </table:table-row></table:table-header-rows>
        <table:table-row>
          <table:table-cell><text:p>K1</text:p></table:table-cell>
          <table:table-cell><text:p>Sagsbehandler</text:p><text:p>(forsøg)</text:p></table:table-cell>
          <table:table-cell table:number-columns-repeated="2"/>
        </table:table-row>
      </table:table>
    """
    blocks = odt_file.read(odt_of(body), "deltagere.odt").blocks
    assert [b.text for b in blocks] == [
        "Punkt ét",
        "Underpunkt æøå",
        "Kode\tRolle",
        "K1\tSagsbehandler (forsøg)\t\t",
    ]
    assert blocks[3].cells == ("K1", "Sagsbehandler (forsøg)", "", "")


def refusal(data: bytes, name: str = "interview.odt") -> str:
    with pytest.raises(ImportRefusedError) as caught:
        odt_file.read(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert "\n" not in message
    return message


def test_bad_odt_files() -> None:
    good = odt_of("<text:p>Hej</text:p>")
    expected = "not a valid .odt file (damaged or not an OpenDocument text)"
    assert expected in refusal(good[: len(good) // 2])
    assert expected in refusal(b"\x00\x01 binary junk" * 20)
    assert "empty" in refusal(b"")
    assert "password-protected" in refusal(encrypted_word_file())
    assert "no content.xml" in refusal(zip_of({"mimetype": b"x"}))
    assert "content.xml is damaged" in refusal(zip_of({"content.xml": b"<office:document"}))
    assert "holds no text" in refusal(odt_of("<text:p> </text:p><text:p/>"))
    assert "ZIP bomb" in refusal(zip_bomb("content.xml", 20))
