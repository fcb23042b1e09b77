"""Reading Word documents (``.docx``) straight from ``word/document.xml`` with lxml.

Paragraphs and table rows come in body order; headings get their level from the paragraph
style (resolved through ``word/styles.xml``). Deleted tracked changes, field instructions,
footnotes, endnotes, comments, images and text boxes are left out; text in hyperlinks, content
controls and field results is kept. Speed matters here: a 10,000-word document takes a few ms.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from lxml import etree

from importers.result import Block, ImportRefusedError, ReadFile, table_row
from importers.safe_zip import SafeZip, open_zip

_W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"  # read as the usual one
_W = "{" + _W_NS.decode() + "}"
_BODY, _P, _PPR, _PSTYLE, _OUTLINE = (_W + n for n in ("body", "p", "pPr", "pStyle", "outlineLvl"))
_TBL, _TR, _TC, _SDT, _SDT_CONTENT = (_W + n for n in ("tbl", "tr", "tc", "sdt", "sdtContent"))
_CUSTOM_XML, _T, _TAB, _PTAB, _BR, _CR = (
    _W + n for n in ("customXml", "t", "tab", "ptab", "br", "cr")
)
_NB_HYPHEN, _TYPE, _VAL, _DEL, _MOVE_FROM = (
    _W + n for n in ("noBreakHyphen", "type", "val", "del", "moveFrom")
)
_DRAWING, _PICT, _OBJECT, _TEXT_BOX, _TABS = (
    _W + n for n in ("drawing", "pict", "object", "txbxContent", "tabs")
)
_STYLE, _STYLE_ID, _NAME, _BASED_ON = (_W + n for n in ("style", "styleId", "name", "basedOn"))
_STYLES_OPEN = b'<w:styles xmlns:w="' + _W_NS + b'">'
_INLINE = (_T, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN)
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_HEADING_NAME = re.compile(r"(?:heading|overskrift)\s*([1-9])|(title|titel)", re.IGNORECASE)
_LINE_ENDS = re.compile(r"[\r\n]+")
_Element = etree._Element


def read(data: bytes, name: str) -> ReadFile:
    """Read a ``.docx`` file into blocks, or refuse it with a one-line reason."""
    archive = open_zip(data, name, ".docx", "a Word document")
    main = _main_part(archive)
    root = _parse(archive.read(main), name)
    body = root.find(_BODY)
    if body is None:
        raise ImportRefusedError(f"{name}: not a valid .docx file (the document has no body)")
    notes = _remove_unread_parts(root)
    styles = _Styles(archive, posixpath.join(posixpath.dirname(main), "styles.xml"))
    reader = _Reader(body, styles)
    reader.container(body)
    if not any(block.text.strip() for block in reader.blocks):
        raise ImportRefusedError(f"{name}: the Word document holds no text")
    return ReadFile(reader.blocks, notes=notes)


class _Reader:
    """Walks the body and collects blocks."""

    def __init__(self, body: _Element, styles: _Styles) -> None:
        self.paragraphs = _scan(body, styles)
        self.blocks: list[Block] = []

    def container(self, parent: _Element) -> None:
        """Add the blocks of the paragraphs and tables in ``parent`` (a body, a cell...)."""
        paragraphs, blocks = self.paragraphs, self.blocks
        for child in self.content(parent):
            if child.tag == _P:
                lines, level = paragraphs.get(child, _EMPTY)
                blocks.extend([Block(line, level) for line in lines])
            else:
                for row in self.children(child, _TR):
                    cells = [self.cell_text(cell) for cell in self.children(row, _TC)]
                    blocks.append(table_row(cells))

    def content(self, parent: _Element) -> Iterator[_Element]:
        """The paragraphs and tables in ``parent``, looking inside content controls."""
        for child in parent:
            tag = child.tag
            if tag in (_P, _TBL):
                yield child
            elif tag in (_SDT, _CUSTOM_XML):
                inner = child.find(_SDT_CONTENT) if tag == _SDT else child
                if inner is not None:
                    yield from self.content(inner)

    def children(self, parent: _Element, tag: str) -> Iterator[_Element]:
        """The ``tag`` children of a table or row, looking inside content controls."""
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag in (_SDT, _CUSTOM_XML):
                inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
                if inner is not None:
                    yield from self.children(inner, tag)

    def cell_text(self, cell: _Element) -> str:
        """A cell's non-empty lines (nested tables flattened in reading order), tabs as spaces."""
        lines: list[str] = []
        for child in self.content(cell):
            if child.tag == _P:
                lines.extend(line for line in self.paragraphs.get(child, _EMPTY)[0] if line.strip())
            else:
                for row in self.children(child, _TR):
                    for inner in self.children(row, _TC):
                        if text := self.cell_text(inner):
                            lines.append(text)
        return "\n".join(lines).replace("\t", " ")


_Lines = tuple[list[str], int | None]
_EMPTY: _Lines = ([""], None)


def _scan(body: _Element, styles: _Styles) -> dict[_Element, _Lines]:
    """Every paragraph's lines and heading level, in one pass over the body.

    One flat iteration is much faster than walking each paragraph's runs; a line break
    (``w:br``, ``w:cr``) starts a new line, a page or column break only splits text.
    """
    found: dict[_Element, _Lines] = {}
    paragraph: _Element | None = None
    lines: list[str] = []
    parts: list[str] = []
    level: int | None = None
    after_page_break = False
    t_tag, p_tag, br_tag, cr_tag = _T, _P, _BR, _CR
    for element in body.iter(_P, _PSTYLE, _OUTLINE, *_INLINE):
        tag = element.tag
        if tag == t_tag:
            if element.text:
                parts.append(element.text)
                after_page_break = False
        elif tag == p_tag:
            if paragraph is not None:
                found[paragraph] = (_finish(lines, parts, after_page_break), level)
            paragraph, lines, parts, level, after_page_break = element, [], [], None, False
        elif tag in (br_tag, cr_tag):
            if element.get(_TYPE) not in ("page", "column"):
                lines.append("".join(parts))
                parts, after_page_break = [], False
            elif parts:
                lines.append("".join(parts))
                parts, after_page_break = [], True
        elif tag in (_PSTYLE, _OUTLINE):
            properties = element.getparent()
            if properties is not None and properties.getparent() is paragraph:
                value = element.get(_VAL, "")
                level = styles.level(value) if tag == _PSTYLE else _outline_level(value)
        elif tag == _NB_HYPHEN:
            parts.append("-")
            after_page_break = False
        elif element.getparent().tag != _TABS:  # type: ignore[union-attr]
            parts.append("\t")
            after_page_break = False
    if paragraph is not None:
        found[paragraph] = (_finish(lines, parts, after_page_break), level)
    return found


def _finish(lines: list[str], parts: list[str], after_page_break: bool) -> list[str]:
    if parts or not after_page_break:
        lines.append("".join(parts))
    return [_LINE_ENDS.sub(" ", line) if "\n" in line or "\r" in line else line for line in lines]


def _main_part(archive: SafeZip) -> str:
    """The path of the main document part, from the package relationships."""
    rels = archive.read("_rels/.rels")
    if rels is not None:
        try:
            root = etree.fromstring(rels, _parser())
        except etree.XMLSyntaxError:
            root = None
        for rel in [] if root is None else root.iter(_REL):
            if rel.get("Type", "").endswith("/officeDocument"):
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _parse(xml: bytes | None, name: str) -> _Element:
    if xml is None:
        raise ImportRefusedError(f"{name}: not a valid .docx file (no Word document inside)")
    if _STRICT_NS in xml[:4096]:  # declared on the root element
        xml = xml.replace(_STRICT_NS, _W_NS)
    try:
        root = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError:
        root = None
    if root is None or root.tag != _W + "document":
        raise ImportRefusedError(f"{name}: not a valid .docx file (the document part is damaged)")
    return root


def _remove_unread_parts(root: _Element) -> list[str]:
    """Take deleted text, images and text boxes out of the tree; say what was skipped."""
    skipped = {_DEL, _MOVE_FROM, _DRAWING, _PICT, _OBJECT, _MC + "AlternateContent"}
    images = text_boxes = 0
    for element in list(root.iter(*skipped)):
        if element.tag not in (_DEL, _MOVE_FROM) and not any(
            ancestor.tag in skipped for ancestor in element.iterancestors()
        ):
            if any(True for _ in element.iter(_TEXT_BOX, "{*}textbox")):
                text_boxes += 1
            else:
                images += 1
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    notes = [f"{images} image(s) skipped"] if images else []
    if text_boxes:
        notes.append(f"text in {text_boxes} text box(es) skipped")
    return notes


class _Styles:
    """Heading levels of paragraph styles, looked up in ``styles.xml`` only as needed.

    Word's styles part can be hundreds of kB (latent styles, table styles), so a style is
    found by its id in the raw bytes and only its own element is parsed; the whole part is
    parsed only if that fails.
    """

    def __init__(self, archive: SafeZip, path: str) -> None:
        self.archive = archive
        self.path = path
        self.xml: bytes | None = None  # read on the first look-up
        self.levels: dict[str, int | None] = {}
        self.parsed: dict[str, _Element] | None = None

    def level(self, style_id: str, depth: int = 0) -> int | None:
        """The heading level of a style: by name, else outline level, else its base style."""
        if style_id in self.levels:
            return self.levels[style_id]
        style = self.find(style_id)
        level: int | None = None
        if style is None:  # no such style: go by the id ("Heading1", "Overskrift1")
            found = _HEADING_NAME.fullmatch(style_id)
            level = None if found is None else int(found.group(1) or 1)
        else:
            name, based_on = style.find(_NAME), style.find(_BASED_ON)
            found = _HEADING_NAME.fullmatch(style_id if name is None else name.get(_VAL, ""))
            outline = style.find(f"{_PPR}/{_OUTLINE}")
            if found is not None:
                level = int(found.group(1) or 1)
            elif outline is not None:
                level = _outline_level(outline.get(_VAL))
            elif based_on is not None and depth < 20:
                level = self.level(based_on.get(_VAL, ""), depth + 1)
        self.levels[style_id] = level
        return level

    def find(self, style_id: str) -> _Element | None:
        """The ``w:style`` element with this id, or None."""
        if self.xml is None:
            xml = self.archive.read(self.path) or b""
            self.xml = xml.replace(_STRICT_NS, _W_NS) if _STRICT_NS in xml[:4096] else xml
        xml = self.xml
        at = xml.find(b'w:styleId="' + style_id.encode() + b'"')
        start = xml.rfind(b"<w:style ", 0, at) if at >= 0 else -1
        end = xml.find(b"</w:style>", at)
        if start >= 0 and end >= 0:
            chunk = (
                b'<w:styles xmlns:w="' + _W_NS + b'">' + xml[start:end] + b"</w:style></w:styles>"
            )
            try:
                element = etree.fromstring(chunk, _parser())[0]
            except (etree.XMLSyntaxError, IndexError):
                element = None
            if element is not None and element.get(_STYLE_ID) == style_id:
                return element
        if self.parsed is None:
            try:
                root = etree.fromstring(xml, _parser()) if xml.strip() else None
            except etree.XMLSyntaxError:
                root = None
            styles = [] if root is None else root.iter(_STYLE)
            self.parsed = {style.get(_STYLE_ID, ""): style for style in styles}
        return self.parsed.get(style_id)


def _outline_level(value: str | None) -> int | None:
    """Word's outline level 0–8 is heading 1–9; 9 (or nonsense) means body text."""
    if value is None or not value.isdigit() or int(value) > 8:
        return None
    return int(value) + 1
