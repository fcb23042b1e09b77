"""The .docx reader: body order, tables, headings, tracked changes, and every bad input."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from importers import docx_file
from importers.result import Block, ImportRefusedError
from tests.importers.file_builders import (
    docx_from_body,
    docx_with_python_docx,
    encrypted_word_file,
    old_word_file,
    paragraph,
    transcript_docx,
    zip_bomb,
    zip_of,
)


def texts(data: bytes) -> list[str]:
    return [block.text for block in docx_file.read(data, "fokusgruppe.docx").blocks]


def test_python_docx_paragraphs_and_headings_in_order() -> None:
    data = docx_with_python_docx(
        [
            ("Fokusgruppe, forsøgsafdeling, R1", 1),
            ("Deltagere", 2),
            ("I: Hvordan oplever I samarbejdet med borgerne? 🙂", None),
            ("", None),
            ("K1: Vi får mere tid – især til de svære sager.", None),
            ("Afrunding", 3),
        ]
    )
    blocks = docx_file.read(data, "fokusgruppe.docx").blocks
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("Fokusgruppe, forsøgsafdeling, R1", 1),
        ("Deltagere", 2),
        ("I: Hvordan oplever I samarbejdet med borgerne? 🙂", None),
        ("", None),
        ("K1: Vi får mere tid – især til de svære sager.", None),
        ("Afrunding", 3),
    ]


def test_runs_tabs_breaks_and_hyphens() -> None:
    body = (
        "<w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs></w:pPr>"
        "<w:r><w:t xml:space='preserve'>I1:  </w:t></w:r><w:r><w:tab/><w:t>Hej</w:t></w:r>"
        "<w:r><w:br/><w:t>ny linje</w:t><w:cr/><w:t>ikke</w:t><w:noBreakHyphen/><w:t>adskilt</w:t>"
        "</w:r></w:p>"
    )
    assert texts(docx_from_body(body)) == ["I1:  \tHej", "ny linje", "ikke-adskilt"]


def test_soft_line_break_keeps_heading_level() -> None:
    body = (
        "<w:p><w:pPr><w:outlineLvl w:val='1'/></w:pPr>"
        "<w:r><w:t>To</w:t><w:br/><w:t>linjer</w:t></w:r></w:p>"
    )
    blocks = docx_file.read(docx_from_body(body), "a.docx").blocks
    assert blocks == [Block("To", heading_level=2), Block("linjer", heading_level=2)]


def test_page_break_splits_text_but_adds_no_empty_line() -> None:
    body = (
        "<w:p><w:r><w:br w:type='page'/><w:t>Side to</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>før</w:t><w:br w:type='page'/><w:t>efter</w:t>"
        "<w:br w:type='page'/></w:r></w:p>"
    )
    assert texts(docx_from_body(body)) == ["Side to", "før", "efter"]


def test_tracked_changes_fields_comments_and_footnotes() -> None:
    body = (
        "<w:p><w:commentRangeStart w:id='0'/>"
        "<w:r><w:t xml:space='preserve'>Borgeren </w:t></w:r>"
        "<w:del w:id='1' w:author='A'><w:r><w:delText>ikke </w:delText><w:tab/></w:r></w:del>"
        "<w:ins w:id='2' w:author='A'><w:r><w:t xml:space='preserve'>gerne </w:t></w:r></w:ins>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText xml:space='preserve'> PAGE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>vil</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "<w:commentRangeEnd w:id='0'/><w:r><w:commentReference w:id='0'/></w:r>"
        "<w:r><w:footnoteReference w:id='1'/></w:r>"
        "<w:fldSimple w:instr=' DATE '><w:r><w:t xml:space='preserve'> i dag</w:t></w:r>"
        "</w:fldSimple>"
        "<w:moveFrom w:id='3' w:author='A'><w:r><w:delText>flyttet</w:delText></w:r></w:moveFrom>"
        "</w:p>"
    )
    assert texts(docx_from_body(body)) == ["Borgeren gerne vil i dag"]


def test_hyperlinks_and_content_controls_keep_their_text() -> None:
    body = (
        "<w:sdt><w:sdtPr><w:alias w:val='Runde'/></w:sdtPr><w:sdtContent>"
        + paragraph("Runde: R2")
        + "</w:sdtContent></w:sdt>"
        "<w:p><w:hyperlink r:id='rId9' xmlns:r='urn:r'><w:r><w:t>Jobcenter</w:t></w:r>"
        "</w:hyperlink><w:sdt><w:sdtContent><w:r><w:t xml:space='preserve'> Øst</w:t></w:r>"
        "</w:sdtContent></w:sdt>"
        "</w:p>"
    )
    assert texts(docx_from_body(body)) == ["Runde: R2", "Jobcenter Øst"]


def test_tables_row_by_row_with_nested_tables_flattened() -> None:
    def cell(*content: str) -> str:
        return "<w:tc>" + "".join(content) + "</w:tc>"

    nested = "<w:tbl><w:tr>" + cell(paragraph("a")) + cell(paragraph("b")) + "</w:tr></w:tbl>"
    body = (
        paragraph("Før tabellen")
        + "<w:tbl><w:tblPr/><w:tr>"
        + cell(paragraph("Rolle"))
        + cell(paragraph("Afdeling"))
        + "</w:tr><w:tr>"
        + cell(paragraph("Sagsbehandler"), paragraph(""), paragraph("(PKS)"))
        + cell(paragraph("Forsøg"), nested)
        + "</w:tr></w:tbl>"
        + paragraph("Efter")
    )
    blocks = docx_file.read(docx_from_body(body), "a.docx").blocks
    assert [b.text for b in blocks] == [
        "Før tabellen",
        "Rolle\tAfdeling",
        "Sagsbehandler (PKS)\tForsøg a b",
        "Efter",
    ]
    assert blocks[2].cells == ("Sagsbehandler (PKS)", "Forsøg a b")


def test_heading_levels_from_styles_part() -> None:
    styles = (
        "<w:style w:type='paragraph' w:styleId='Overskrift2'><w:name w:val='heading 2'/></w:style>"
        "<w:style w:type='paragraph' w:styleId='Mit'><w:name w:val='Min overskrift'/>"
        "<w:basedOn w:val='Overskrift2'/></w:style>"
        "<w:style w:type='paragraph' w:styleId='Kapitel'><w:name w:val='Kapitel'/>"
        "<w:pPr><w:outlineLvl w:val='0'/></w:pPr></w:style>"
        "<w:style w:type='paragraph' w:styleId='Titel'><w:name w:val='Title'/></w:style>"
        "<w:style w:type='paragraph' w:styleId='Citat'><w:name w:val='Quote'/></w:style>"
        "<w:style w:type='paragraph' w:styleId='Heading3'><w:name w:val='Brødtekst'/></w:style>"
    )
    body = "".join(
        paragraph(text, style)
        for text, style in [
            ("Titel", "Titel"),
            ("Kapitel 1", "Kapitel"),
            ("Arv", "Mit"),
            ("Dansk navn", "Overskrift2"),
            ("Citat", "Citat"),
            ("Id siger overskrift, navnet ikke", "Heading3"),
            ("Ukendt id", "Overskrift4"),
        ]
    )
    blocks = docx_file.read(docx_from_body(body, styles), "a.docx").blocks
    assert [b.heading_level for b in blocks] == [1, 1, 2, 2, None, None, 4]


def test_images_and_text_boxes_are_skipped_with_a_note() -> None:
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Se figur </w:t></w:r><w:r><w:drawing><wp:inline/>"
        "</w:drawing></w:r></w:p><w:p><w:r><mc:AlternateContent><mc:Choice Requires='wps'>"
        "<w:drawing><w:txbxContent>" + paragraph("Tekstboks") + "</w:txbxContent></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>"
        + paragraph("Tekstboks")
        + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>slut</w:t></w:r></w:p>"
    )
    read = docx_file.read(docx_from_body(body), "a.docx")
    assert [b.text for b in read.blocks] == ["Se figur ", "slut"]
    assert read.notes == ["1 image(s) skipped", "text in 1 text box(es) skipped"]


def test_strict_open_xml_namespace() -> None:
    data = docx_from_body(paragraph("Strict æøå")).replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    )
    assert texts(data) == ["Strict æøå"]


def test_a_10000_word_document_is_read_whole() -> None:
    """The reading speed is measured by bench/bench_read_docx.py, not asserted here."""
    data = transcript_docx(10_000)
    read = docx_file.read(data, "a.docx")
    assert sum(len(b.text.split()) for b in read.blocks) >= 10_000


# --- bad input -------------------------------------------------------------------------------


def refusal(data: bytes, name: str = "interview.docx") -> str:
    with pytest.raises(ImportRefusedError) as caught:
        docx_file.read(data, name)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{name}: ")
    return message


def test_corrupt_and_truncated_docx_are_refused() -> None:
    good = docx_from_body(paragraph("Hej"))
    expected = "not a valid .docx file (damaged or not a Word document)"
    assert expected in refusal(b"PK\x03\x04 this is not really a zip file at all")
    assert expected in refusal(good[: len(good) // 2])
    assert expected in refusal("Bare tekst med en forkert endelse æøå".encode())


def test_damaged_member_is_refused() -> None:
    good = docx_from_body(paragraph("Borgeren fortæller om forløbet. " * 50))
    info = zipfile.ZipFile(io.BytesIO(good)).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + 10
    broken = good[:start] + bytes(20) + good[start + 20 :]
    assert "damaged" in refusal(broken)


def test_member_whose_header_understates_its_size_is_refused() -> None:
    good = docx_from_body(paragraph("Borgeren fortæller om forløbet. " * 50))
    lying = bytearray(good)
    patched = 0
    for at in _central_entries(good):
        name_length = struct.unpack_from("<H", good, at + 28)[0]
        if good[at + 46 : at + 46 + name_length] == b"word/document.xml":
            struct.pack_into("<I", lying, at + 24, 40)  # uncompressed size: 40 bytes
            patched += 1
    assert patched == 1
    assert "damaged" in refusal(bytes(lying))


def _central_entries(data: bytes) -> list[int]:
    found, at = [], data.find(b"PK\x01\x02")
    while at >= 0:
        found.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return found


def test_password_protected_and_old_binary_word_files() -> None:
    assert "password-protected" in refusal(encrypted_word_file())
    assert "old binary Office file" in refusal(old_word_file(), "gammel.docx")


def test_empty_file_and_document_without_text() -> None:
    assert "empty" in refusal(b"")
    assert "holds no text" in refusal(docx_from_body(paragraph("") + paragraph("   ")))
    assert "holds no text" in refusal(docx_with_python_docx([]))


def test_zip_without_a_word_document_or_with_broken_xml() -> None:
    assert "no Word document inside" in refusal(zip_of({"mimetype": b"x"}))
    broken = zip_of({"word/document.xml": b"<w:document><w:body><w:p>"})
    assert "damaged" in refusal(broken)


def test_zip_bomb_disguised_as_docx_is_refused() -> None:
    message = refusal(zip_bomb("word/document.xml", 600), "bombe.docx")
    assert "ZIP bomb" in message


def test_highly_compressed_member_and_too_many_members_are_refused() -> None:
    assert "inflates" in refusal(zip_bomb("word/document.xml", 20))
    many = zip_of({f"word/media/{n}.xml": b"" for n in range(10_001)})
    assert "more than 10,000 files" in refusal(many)
