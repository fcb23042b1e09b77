"""Fixture writers for the format readers: each builds a small file in memory."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels"'
    ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_from_body(body: str, styles: str | None = None) -> bytes:
    """A .docx whose ``w:body`` holds ``body`` (WordprocessingML, prefix ``w``)."""
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    parts = {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS}
    parts["word/document.xml"] = document
    if styles is not None:
        parts["word/styles.xml"] = f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
    return zip_of({path: text.encode() for path, text in parts.items()})


def zip_of(members: dict[str, bytes]) -> bytes:
    """A deflated zip archive of ``members``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in members.items():
            archive.writestr(path, data)
    return buffer.getvalue()


def paragraph(text: str, style: str | None = None) -> str:
    """A ``w:p`` with one run of ``text`` and an optional paragraph style id."""
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def docx_with_python_docx(paragraphs: list[tuple[str, int | None]]) -> bytes:
    """A .docx written by python-docx: (text, heading level or None) per paragraph."""
    import docx

    document = docx.Document()
    for text, level in paragraphs:
        if level is None:
            document.add_paragraph(text)
        else:
            document.add_heading(text, level)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def transcript_docx(words: int) -> bytes:
    """A realistic Danish focus-group transcript of about ``words`` words, several runs a turn."""
    import docx

    document = docx.Document()
    document.add_heading("Fokusgruppe med sagsbehandlere, forsøgsafdeling, R1", 1)
    sentence = "Vi har fået mere tid til borgerne, og det gør en forskel i samarbejdet. "
    count = 0
    turn = 0
    while count < words:
        turn += 1
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{'I' if turn % 2 else 'K1'}: ").bold = True
        for _ in range(4):
            paragraph.add_run(sentence)
            paragraph.add_run("Især når lægelige oplysninger mangler. ").italic = True
        count += 4 * 18 + 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def encrypted_word_file() -> bytes:
    """The start of a password-protected Word file: a CFB container with an EncryptedPackage."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff"
    header = header.ljust(512, b"\x00")
    name = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    entry = name.ljust(64, b"\x00") + len(name).to_bytes(2, "little") + b"\x02"
    return header + entry.ljust(128, b"\x00") * 4


def old_word_file() -> bytes:
    """The start of an old binary .doc: a CFB container with a WordDocument stream."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".ljust(512, b"\x00")
    return header + "WordDocument".encode("utf-16-le").ljust(128, b"\x00")


def zip_bomb(member: str, megabytes: int) -> bytes:
    """A small zip whose ``member`` inflates to ``megabytes`` MB of zeros (streamed, fast)."""
    buffer = io.BytesIO()
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with archive.open(member, "w", force_zip64=True) as stream:
            for _ in range(megabytes):
                stream.write(zeros)
    return buffer.getvalue()


def pdf_of(pages: list[list[str]], encrypt_with: str | None = None) -> bytes:
    """A PDF with one text line per entry, page by page (fpdf2 core fonts take Latin-1)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    if encrypt_with is not None:
        pdf.set_encryption(owner_password="ejer", user_password=encrypt_with)
    return bytes(pdf.output())


def pdf_without_text() -> bytes:
    """A PDF page with only a rectangle on it, like a scan without text recognition."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    return bytes(pdf.output())


ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def odt_of(body: str) -> bytes:
    """An .odt zip (stored mimetype first, as the format asks) whose office:text is ``body``."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {ODT_NAMESPACES} office:version="1.3">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", "<manifest/>", zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
