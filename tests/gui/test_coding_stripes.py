from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from app.gui.coding_highlights import blend
from app.gui.coding_stripes import (
    COLUMN_WIDTH,
    GAP,
    NARROWEST_COLUMN,
    PADDING,
    WIDEST_MARGIN,
    CodingStripes,
)
from app.gui.document_view import DocumentView
from app.gui.session import Passage, ProjectSession
from models.commands import AddCodings, AddDocument, CodingSpan, EnsureCodePath, EnsureCoder
from models.database import create_project
from tests.gui.test_document_view import Bench, bench, span

__all__ = ["bench"]


def _stripe_of(stripes: CodingStripes, coding_id: int) -> QPointF:
    rects = [
        rect for rect, layer in stripes.stripes(0, stripes.height()) if layer.coding_id == coding_id
    ]
    assert len(rects) == 1
    return rects[0].center()


def test_one_column_per_code_and_coder_in_path_order(bench: Bench) -> None:
    bench.code("tilliden vokser", bench.trust, bench.jonas)
    bench.code("Jeg føler mig hørt", bench.medical, bench.ane)
    bench.code("tilliden holder", bench.trust, bench.ane)
    bench.code("mødested", bench.trust, bench.ane)  # same column as the one before
    columns = bench.view.stripes.columns()
    assert [(c.code_path, c.coder_name, c.own) for c in columns] == [
        ("Borgerrelationer/Tillid", "ane", True),
        ("Borgerrelationer/Tillid", "jonas", False),
        ("Lægelige oplysninger", "ane", True),
    ]
    stripes = bench.view.stripes
    assert stripes.margin_width() == 2 * PADDING + 3 * (COLUMN_WIDTH + GAP)
    assert bench.view.viewportMargins().left() == stripes.margin_width()
    assert stripes.width() == stripes.margin_width()


def test_stripes_stand_beside_the_lines_they_cover(bench: Bench) -> None:
    view = bench.view
    one_line = bench.code("Jeg føler mig hørt", bench.medical, bench.ane)
    two_lines = bench.code("tilliden vokser.\nDet giver ro", bench.trust, bench.ane)
    painted = {layer.coding_id: rect for rect, layer in view.stripes.stripes(0, 1000)}
    for coding, first_line, last_line in ((one_line, 7, 7), (two_lines, 4, 5)):
        top_block = view.document().findBlockByNumber(first_line)
        bottom_block = view.document().findBlockByNumber(last_line)
        offset = view.contentOffset()
        top = view.blockBoundingGeometry(top_block).translated(offset).top()
        bottom = view.blockBoundingGeometry(bottom_block).translated(offset).bottom()
        assert abs(painted[coding].top() - top) <= 2
        assert abs(painted[coding].bottom() - bottom) <= 3


def test_own_stripes_filled_and_other_coders_outlined(bench: Bench) -> None:
    mine = bench.code("Jeg føler mig hørt", bench.medical, bench.ane)
    theirs = bench.code("tilliden vokser", bench.medical, bench.jonas)
    stripes = bench.view.stripes
    centre_mine, centre_theirs = _stripe_of(stripes, mine), _stripe_of(stripes, theirs)
    image = stripes.grab().toImage()
    red = QColor("#d62728")
    assert image.pixelColor(centre_mine.toPoint()) == red
    assert image.pixelColor(centre_theirs.toPoint()) != red  # hollow
    rect = next(r for r, layer in stripes.stripes(0, 1000) if layer.coding_id == theirs)
    edge = image.pixelColor(int(rect.left()) + 1, int(rect.center().y()))
    assert abs(edge.red() - red.red()) < 40 and abs(edge.green() - red.green()) < 40


def test_tooltip_names_code_and_coder(bench: Bench) -> None:
    coding = bench.code("Jeg føler mig hørt", bench.trust, bench.jonas)
    stripes = bench.view.stripes
    layers = stripes.codings_at(_stripe_of(stripes, coding))
    assert [c.coding_id for c in layers] == [coding]
    assert stripes.describe(layers) == "Borgerrelationer/Tillid (coder: jonas)"
    assert stripes.codings_at(QPointF(1, 1)) == []
    point = _stripe_of(stripes, coding).toPoint()
    hover = QHelpEvent(QEvent.Type.ToolTip, point, stripes.mapToGlobal(point))
    QCoreApplication.sendEvent(stripes, hover)
    assert QToolTip.text() == "Borgerrelationer/Tillid (coder: jonas)"


def test_clicking_a_stripe_selects_its_coding(bench: Bench, qtbot: QtBot) -> None:
    coding = bench.code("ved jobcentret er mit mødested", bench.trust, bench.ane)
    stripes = bench.view.stripes
    centre = _stripe_of(stripes, coding).toPoint()
    with qtbot.waitSignal(bench.view.coding_clicked) as clicked:
        QTest.mouseClick(stripes, Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == [coding]
    assert bench.view.selected_passage() == Passage(
        bench.document, *span("ved jobcentret er mit mødested")
    )
    assert bench.view.selected_coding() is not None
    assert bench.view.hasFocus()


def test_many_codes_make_narrower_columns_not_a_wider_margin(bench: Bench) -> None:
    spans = []
    for number in range(40):
        code = EnsureCodePath(f"Tema {number:02d}/Æble")
        bench.session.push(code)
        assert code.code_id is not None
        spans.append(CodingSpan(bench.document, code.code_id, bench.ane, *span("mødested")))
    bench.session.push(AddCodings(spans))
    stripes = bench.view.stripes
    assert len(stripes.columns()) == 40
    assert stripes.column_width() == NARROWEST_COLUMN
    assert stripes.margin_width() <= WIDEST_MARGIN + 40 * GAP


def test_only_lines_on_screen_are_painted(qtbot: QtBot, tmp_path: Path) -> None:
    db = create_project(tmp_path / "lang.tekstur")
    session = ProjectSession(db, "ane")
    text = "".join(f"Borger: Linje {n} om tillid og økonomi 😀.\n" for n in range(2000))
    document, code, coder = AddDocument("Langt", text), EnsureCodePath("Tillid"), EnsureCoder("ane")
    for command in (document, code, coder):
        session.push(command)
    assert document.document_id and code.code_id and coder.coder_id
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    spans = [
        CodingSpan(document.document_id, code.code_id, coder.coder_id, starts[n], starts[n] + 10)
        for n in range(0, 2000, 2)
    ]
    session.push(AddCodings(spans))
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    view.set_session(session)
    view.show_document(document.document_id)
    painted = [layer for _, layer in view.stripes.stripes(0, view.stripes.height())]
    assert 0 < len(painted) < 60
    assert min(layer.start for layer in painted) == 0
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = [layer.start for _, layer in view.stripes.stripes(0, view.stripes.height())]
    assert max(last) == starts[1998] and len(last) < 60
    view.set_session(None)
    session.close()


def test_blend_gets_denser_with_each_code_but_stays_readable() -> None:
    one, two, five = blend(["#1f77b4"]), blend(["#1f77b4", "#d62728"]), blend(["#1f77b4"] * 5)
    assert one.alpha() < two.alpha() < five.alpha() <= 150
    assert (two.red(), two.green(), two.blue()) == (0x7A, 0x4F, 0x6E)
    assert (five.red(), five.green(), five.blue()) == (0x1F, 0x77, 0xB4)
