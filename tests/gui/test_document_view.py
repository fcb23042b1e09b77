from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.gui.coding_actions import CodingActions
from app.gui.coding_highlights import HIGHLIGHT_ALPHA, BlockLines
from app.gui.document_view import DocumentView
from app.gui.find_bar import FindBar
from app.gui.session import PASSAGE_MIME_TYPE, Passage, ProjectSession
from models.commands import (
    AddCodings,
    AddDocument,
    CodingSpan,
    EnsureCodePath,
    EnsureCoder,
    HeadingSpan,
    TurnSpan,
    apply_command,
)
from models.database import create_project
from models.positions import utf16_offset

TEXT = (
    "Fokusgruppe, runde 1 – forsøgsafdelingen\n"
    "\n"
    "I: Hvordan oplever I samarbejdet med borgerne? 🙂\n"
    "\n"
    "Sagsbehandler Åse: Vi når at lære borgeren at kende 👍🏽, og tilliden vokser.\n"
    "Det giver ro i sagerne, og tilliden holder.\n"
    "\n"
    "Borger Søren: Cafe\u0301en ved jobcentret er mit mødested. Jeg føler mig hørt.\n"
)


def span(passage: str, text: str = TEXT) -> tuple[int, int]:
    """Code point offsets of the first ``passage`` in ``text``."""
    start = text.index(passage)
    return start, start + len(passage)


def turns_of(text: str) -> list[TurnSpan]:
    """One turn per ``Speaker: …`` line, running over the lines that follow it."""
    turns: list[TurnSpan] = []
    offset = 0
    for line in text.split("\n"):
        if ": " in line and not line.startswith("Fokusgruppe"):
            label = line.split(": ", 1)[0]
            turns.append(TurnSpan(offset + len(label) + 2, offset + len(line), label))
        elif line and turns:
            last = turns.pop()
            turns.append(TurnSpan(last.start, offset + len(line), last.speaker))
        offset += len(line) + 1
    return turns


@dataclass
class Bench:
    """A shown view with its find bar and coding actions on a small Danish project."""

    session: ProjectSession
    view: DocumentView
    find_bar: FindBar
    actions: CodingActions
    window: QWidget
    document: int
    trust: int
    medical: int
    ane: int
    jonas: int

    def code(self, passage: str, code: int, coder: int) -> int:
        add = AddCodings([CodingSpan(self.document, code, coder, *span(passage))])
        self.session.push(add)
        return add.coding_ids[0]

    def codings(self) -> set[tuple[int, int, int, int]]:
        """(start, end, code, coder) of every coding in the project."""
        with self.session.db.read() as connection:
            rows = connection.exec_driver_sql(
                'SELECT start, "end", code_id, coder_id FROM codings'
            ).all()
        return {(r[0], r[1], r[2], r[3]) for r in rows}

    def select(self, passage: str) -> None:
        self.view.show_passage(self.document, *span(passage))


@pytest.fixture
def bench(qtbot: QtBot, tmp_path: Path) -> Iterator[Bench]:
    db = create_project(tmp_path / "kodning.tekstur", name="Kodning")
    session = ProjectSession(db, "ane")
    document = AddDocument(
        "Interview 3",
        TEXT,
        turns=turns_of(TEXT),
        headings=[HeadingSpan(*span("Fokusgruppe, runde 1 – forsøgsafdelingen"), 1)],
    )
    trust = EnsureCodePath("Borgerrelationer/Tillid", color="#1f77b4")
    medical = EnsureCodePath("Lægelige oplysninger", color="#d62728")
    ane, jonas = EnsureCoder("ane"), EnsureCoder("jonas")
    for command in (document, trust, medical, ane, jonas):
        apply_command(db, command)  # not on the undo stack: the tests start with nothing to undo
    window = QWidget()
    view = DocumentView()
    find_bar = FindBar(view)
    layout = QVBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(find_bar)
    actions = CodingActions(view)
    view.set_session(session)
    window.resize(900, 600)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert document.document_id and trust.code_id and medical.code_id
    assert ane.coder_id and jonas.coder_id
    view.show_document(document.document_id)
    view.setFocus()
    yield Bench(
        session,
        view,
        find_bar,
        actions,
        window,
        document.document_id,
        trust.code_id,
        medical.code_id,
        ane.coder_id,
        jonas.coder_id,
    )
    view.set_session(None)
    session.close()


def _char_format_at(view: DocumentView, position: int) -> QFont:
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16_offset(TEXT, position) + 1)
    return cursor.charFormat().font()


def test_text_with_bold_labels_larger_headings_and_shaded_turns(bench: Bench) -> None:
    view = bench.view
    assert view.toPlainText() == TEXT and view.text() == TEXT
    label = TEXT.index("Sagsbehandler Åse:")
    assert _char_format_at(view, label).bold()
    assert not _char_format_at(view, TEXT.index("Vi når")).bold()
    heading = _char_format_at(view, 0)
    assert heading.bold() and heading.pointSizeF() > view.font().pointSizeF() * 1.3
    shown = view.shown
    assert shown is not None
    # The second turn (Åse's, two lines) is shaded; the lines around it are not.
    assert [line for line, shaded in enumerate(shown.shaded) if shaded] == [4, 5]
    image = view.viewport().grab().toImage()
    shade = view.palette().color(QPalette.ColorRole.AlternateBase)
    block = view.document().findBlockByNumber(5)
    top = int(view.blockBoundingGeometry(block).translated(view.contentOffset()).top())
    assert image.pixelColor(view.viewport().width() - 3, top + 2) == shade


def _most_common(image: QImage, left: int, top: int, width: int, height: int) -> QColor:
    counts = Counter(
        image.pixelColor(x, y).name()
        for x in range(left, left + width)
        for y in range(top, top + height)
    )
    return QColor(counts.most_common(1)[0][0])


def _over_base(
    view: DocumentView, color: str, alpha: int, under: QPalette.ColorRole = QPalette.ColorRole.Base
) -> QColor:
    base, top = view.palette().color(under), QColor(color)
    mix = [
        round((a * alpha + b * (255 - alpha)) / 255)
        for a, b in zip(_rgb(top), _rgb(base), strict=True)
    ]
    return QColor(*mix)


def _rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


def _close(one: QColor, other: QColor) -> bool:
    return all(abs(a - b) <= 3 for a, b in zip(_rgb(one), _rgb(other), strict=True))


def test_codings_are_painted_where_qt_puts_their_characters(bench: Bench) -> None:
    """Positions after an emoji, æøå and a combining accent land on the right characters."""
    bench.code("tilliden holder", bench.trust, bench.ane)
    bench.code("Jeg føler mig hørt", bench.medical, bench.ane)
    view, shown = bench.view, bench.view.shown
    assert shown is not None
    image = view.viewport().grab().toImage()
    shaded, plain = QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Base
    for passage, color, under in (
        ("tilliden holder", "#1f77b4", shaded),  # in the second, shaded turn
        ("Jeg føler mig hørt", "#d62728", plain),
    ):
        start, end = span(passage)
        cursor = QTextCursor(view.document())
        cursor.setPosition(utf16_offset(TEXT, start))
        first = view.cursorRect(cursor)
        cursor.setPosition(utf16_offset(TEXT, end))
        last = view.cursorRect(cursor)
        block = cursor.block()
        geometry = view.blockBoundingGeometry(block).translated(view.contentOffset())
        base = block.position()
        rects = BlockLines(block, geometry).rects(
            utf16_offset(TEXT, start) - base, utf16_offset(TEXT, end) - base
        )
        assert len(rects) == 1
        assert abs(rects[0].left() - first.left()) <= 1 and abs(rects[0].right() - last.left()) <= 1
        painted = _most_common(
            image, first.left() + 2, first.top() + 1, last.left() - first.left() - 4, 3
        )
        assert _close(painted, _over_base(view, color, HIGHLIGHT_ALPHA, under)), painted.name()
    # Text around the codings is not painted.
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16_offset(TEXT, TEXT.index("Borger Søren")))
    rect = view.cursorRect(cursor)
    assert _most_common(image, rect.left() + 2, rect.top() + 1, 20, 3) == view.palette().color(
        QPalette.ColorRole.Base
    )


def test_overlapping_codings_are_painted_once_and_other_coders_underlined(bench: Bench) -> None:
    bench.code("tilliden vokser", bench.trust, bench.ane)
    bench.code("vokser", bench.medical, bench.ane)
    bench.code("Det giver ro", bench.medical, bench.jonas)
    view = bench.view
    image = view.viewport().grab().toImage()
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16_offset(TEXT, TEXT.index("vokser")) + 1)
    overlap = view.cursorRect(cursor)
    shaded = QPalette.ColorRole.AlternateBase
    both = _over_base(view, "#7a4f6e", HIGHLIGHT_ALPHA + 22, shaded)  # blue and red blended
    assert _close(_most_common(image, overlap.left(), overlap.top() + 1, 8, 3), both)
    cursor.setPosition(utf16_offset(TEXT, TEXT.index("Det giver")) + 1)
    theirs = view.cursorRect(cursor)
    base = view.palette().color(shaded)
    assert _most_common(image, theirs.left(), theirs.top() + 1, 20, 3) == base  # not filled
    underline = [image.pixelColor(theirs.left() + 4, theirs.bottom() - dy) for dy in range(3)]
    assert QColor("#d62728") in underline


def test_show_passage_and_selection_count_code_points(bench: Bench) -> None:
    view = bench.view
    start, end = span("ved jobcentret er mit mødested")
    view.show_passage(bench.document, start, end)
    assert view.textCursor().selectedText() == "ved jobcentret er mit mødested"
    assert view.selected_passage() == Passage(bench.document, start, end)
    # Across a line break and after two emoji (one of them with a skin tone).
    start, end = span("vokser.\nDet giver")
    view.show_passage(bench.document, start, end)
    assert view.textCursor().selectedText() == "vokser.\u2029Det giver"
    assert view.selected_passage() == Passage(bench.document, start, end)
    assert view.cursor_position() == end


def test_position_changed_reports_code_points(bench: Bench, qtbot: QtBot) -> None:
    view = bench.view
    target = TEXT.index("hørt")
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16_offset(TEXT, target))
    with qtbot.waitSignal(view.position_changed) as signal:
        view.setTextCursor(cursor)
    assert signal.args == [bench.document, target]


def test_dragged_selection_carries_the_passage_and_the_text(bench: Bench) -> None:
    start, end = span("Cafe\u0301en ved jobcentret")
    bench.view.show_passage(bench.document, start, end)
    data = bench.view.createMimeDataFromSelection()
    # A drop target asks for the formats first, before any data is read.
    assert PASSAGE_MIME_TYPE in data.formats() and data.hasText()
    assert Passage.from_mime(data) == Passage(bench.document, start, end)
    assert data.text() == "Cafe\u0301en ved jobcentret"
    bench.select("vokser.\nDet giver")
    assert bench.view.createMimeDataFromSelection().text() == "vokser.\nDet giver"


def test_view_follows_undo_and_redo_and_redraws_only_what_changed(bench: Bench) -> None:
    view, shown = bench.view, bench.view.shown
    assert shown is not None and view.shown_codings() == []
    coding = bench.code("Jeg føler mig hørt", bench.trust, bench.ane)
    assert [c.coding_id for c in view.shown_codings()] == [coding]
    assert [c.coding_id for c in view.codings_at(TEXT.index("mig"))] == [coding]
    lines = shown.by_line
    bench.session.push(EnsureCodePath("Økonomi"))  # draws nothing new
    assert shown.by_line is lines and view.shown_codings()[0] is shown.layers.codings[coding]
    bench.session.undo_stack.undo()
    bench.session.undo_stack.undo()
    assert view.shown_codings() == [] and view.codings_at(TEXT.index("mig")) == []
    bench.session.undo_stack.redo()
    assert [c.coding_id for c in view.shown_codings()] == [coding]


def test_deleting_the_document_empties_the_view(bench: Bench) -> None:
    from models.commands import DeleteDocument

    bench.session.push(DeleteDocument(bench.document))
    assert bench.view.document_id is None and bench.view.toPlainText() == ""
    bench.session.undo_stack.undo()
    bench.view.show_document(bench.document)
    assert bench.view.toPlainText() == TEXT


def test_hiding_a_coder(bench: Bench) -> None:
    mine = bench.code("tilliden vokser", bench.trust, bench.ane)
    theirs = bench.code("tilliden vokser", bench.trust, bench.jonas)
    view = bench.view
    assert {c.coding_id for c in view.shown_codings()} == {mine, theirs}
    assert [(c.coder_name, c.own) for c in view.stripes.columns()] == [
        ("ane", True),
        ("jonas", False),
    ]
    view.set_visible_coders({bench.ane})
    assert [c.coding_id for c in view.shown_codings()] == [mine]
    assert [c.coding_id for c in view.codings_at(TEXT.index("vokser"))] == [mine]
    assert [c.coder_name for c in view.stripes.columns()] == ["ane"]
    other = bench.code("Det giver ro", bench.medical, bench.jonas)  # added while hidden
    assert other not in {c.coding_id for c in view.shown_codings()}
    view.set_visible_coders(None)
    assert {c.coding_id for c in view.shown_codings()} == {mine, theirs, other}


def test_find_bar(bench: Bench, qtbot: QtBot) -> None:
    view, bar = bench.view, bench.find_bar
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.edit.hasFocus()
    QTest.keyClicks(bar.edit, "TILLID")
    first, second = span("tilliden vokser")[0], span("tilliden holder")[0]
    assert bar.hits() == [(first, first + 6), (second, second + 6)]
    shown = view.shown
    assert shown is not None and shown.hits_by_line[4] and shown.hits_by_line[5]
    assert view.selected_passage() == Passage(bench.document, first, first + 6)
    assert bar.count_label.text() == "1 of 2"
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert view.selected_passage() == Passage(bench.document, second, second + 6)
    assert bar.count_label.text() == "2 of 2"
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)  # wraps around
    assert bar.count_label.text() == "1 of 2"
    QTest.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_passage() == Passage(bench.document, second, second + 6)
    QTest.keyClick(bar.edit, Qt.Key.Key_F3)
    assert view.selected_passage() == Passage(bench.document, first, first + 6)
    QTest.keyClicks(bar.edit, "xyz")
    assert bar.hits() == [] and bar.count_label.text() == "No matches"
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and view.hasFocus()
    assert not any(shown.hits_by_line)
    # Ctrl+F takes a short selection as the query; F3 from the text goes on.
    bench.select("mødested")
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.edit.text() == "mødested" and bar.hits() == [span("mødested")]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_switching_documents_and_sessions(bench: Bench, qtbot: QtBot) -> None:
    other = AddDocument("Interview 4 – Ærø", "Borger: Jeg har det godt. 😀\n")
    bench.session.push(other)
    assert other.document_id is not None
    bench.code("tilliden vokser", bench.trust, bench.ane)
    bench.view.show_document(other.document_id)
    assert (
        bench.view.text() == "Borger: Jeg har det godt. 😀\n" and bench.view.shown_codings() == []
    )
    bench.view.show_passage(bench.document, *span("mødested"))
    assert bench.view.document_id == bench.document and len(bench.view.shown_codings()) == 1
    with qtbot.waitSignal(bench.view.session_changed):
        bench.view.set_session(None)
    assert bench.view.document_id is None and bench.view.toPlainText() == ""
    bench.view.show_document(bench.document)  # without a session nothing is shown
    assert bench.view.document_id is None
    bench.view.set_session(bench.session)


def test_view_without_a_find_bar_ignores_find_keys(qtbot: QtBot) -> None:
    view = DocumentView()
    qtbot.addWidget(view)
    QTest.keyClick(view, Qt.Key.Key_F3)
    assert view.find_bar is None and view.document_id is None
    assert view.context_menu(0).actions()  # copy and select all, even when empty
    point = QPoint(5, 5)
    assert view.stripes.codings_at(point.toPointF()) == []


def test_a_selection_reports_where_it_starts(bench: Bench, qtbot: QtBot) -> None:
    view = bench.view
    start = TEXT.index("hørt")
    with qtbot.waitSignal(view.position_changed) as signal:
        view.show_passage(bench.document, start, start + 4)
    assert signal.args == [bench.document, start]
