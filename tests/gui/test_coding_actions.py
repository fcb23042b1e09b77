from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.gui.coding_actions import SHORTCUTS
from app.gui.quick_code import IN_VIVO_PARENT, in_vivo_name
from models.codes import Code
from models.paths import find_code
from models.positions import utf16_offset
from tests.gui.test_document_view import TEXT, Bench, bench, span

__all__ = ["bench"]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _undo_label(bench: Bench) -> str | None:
    return bench.session.undo_stack.undo_label


def _put_cursor(bench: Bench, position: int) -> None:
    cursor = QTextCursor(bench.view.document())
    cursor.setPosition(utf16_offset(TEXT, position))
    bench.view.setTextCursor(cursor)


def _entry(menu: QMenu, *path: str) -> QAction:
    for action in menu.actions():
        if action.text() == path[0]:
            if len(path) == 1:
                return action
            submenu = action.menu()
            assert isinstance(submenu, QMenu)
            return _entry(submenu, *path[1:])
    raise AssertionError(f"{path[0]!r} not in {[a.text() for a in menu.actions()]}")


def test_number_key_codes_with_a_recent_code_and_undo_redo(bench: Bench) -> None:
    bench.session.note_code_used(bench.medical)
    bench.session.note_code_used(bench.trust)
    bench.actions.update_texts()
    assert bench.actions.recent_actions[0].text() == "&1 Tillid"
    assert bench.actions.recent_actions[1].text() == "&2 Lægelige oplysninger"
    bench.select("Jeg føler mig hørt")
    QTest.keyClick(bench.view, Qt.Key.Key_2)
    start, end = span("Jeg føler mig hørt")
    assert bench.codings() == {(start, end, bench.medical, bench.ane)}
    assert _undo_label(bench) == "Code 'Lægelige oplysninger' in Interview 3"
    assert bench.session.recent_codes[0] == bench.medical
    assert [c.coding_id for c in bench.view.codings_at(start)] != []
    bench.session.undo_stack.undo()
    assert bench.codings() == set() and bench.view.shown_codings() == []
    bench.session.undo_stack.redo()
    assert bench.codings() == {(start, end, bench.medical, bench.ane)}
    # The same coding again is not a second undo step.
    QTest.keyClick(bench.view, Qt.Key.Key_1)  # now Lægelige oplysninger again
    assert len(bench.codings()) == 1 and bench.session.undo_stack.redo_label is None


def test_keys_without_a_selection_or_a_code_say_why(bench: Bench, qtbot: QtBot) -> None:
    _put_cursor(bench, 0)
    with qtbot.waitSignal(bench.actions.message) as told:
        QTest.keyClick(bench.view, Qt.Key.Key_1)
    assert told.args == ["Select the text to code first."]
    bench.select("mødested")
    with qtbot.waitSignal(bench.actions.message) as told:
        QTest.keyClick(bench.view, Qt.Key.Key_3)
    assert "Choose a code first" in told.args[0]
    assert bench.codings() == set() and _undo_label(bench) is None


def test_current_code_comes_from_the_session(bench: Bench) -> None:
    bench.session.code_activated.emit(bench.trust)
    bench.select("Cafe\u0301en ved jobcentret")
    QTest.keyClick(bench.view, Qt.Key.Key_Return, CTRL)
    assert bench.codings() == {(*span("Cafe\u0301en ved jobcentret"), bench.trust, bench.ane)}
    assert _undo_label(bench) == "Code 'Tillid' in Interview 3"


def test_code_the_speaker_turn_and_the_paragraph(bench: Bench) -> None:
    bench.session.code_activated.emit(bench.trust)
    _put_cursor(bench, TEXT.index("ro i sagerne"))  # on the second line of Åse's turn
    QTest.keyClick(bench.view, Qt.Key.Key_T, CTRL)
    turn = (TEXT.index("Vi når"), TEXT.index("holder.") + len("holder."))
    assert bench.codings() == {(*turn, bench.trust, bench.ane)}
    bench.session.code_activated.emit(bench.medical)
    _put_cursor(bench, TEXT.index("Sagsbehandler Åse"))  # the label counts as the turn's
    QTest.keyClick(bench.view, Qt.Key.Key_P, CTRL | SHIFT)
    paragraph = span(
        "Sagsbehandler Åse: Vi når at lære borgeren at kende 👍🏽, og tilliden vokser."
    )
    assert (*paragraph, bench.medical, bench.ane) in bench.codings()
    _put_cursor(bench, TEXT.index("\n\nBorger") + 1)  # an empty line
    QTest.keyClick(bench.view, Qt.Key.Key_P, CTRL | SHIFT)
    _put_cursor(bench, 3)  # the heading is in no turn
    QTest.keyClick(bench.view, Qt.Key.Key_T, CTRL)
    assert len(bench.codings()) == 2


def test_uncode_from_the_context_menu(bench: Bench) -> None:
    narrow = bench.code("vokser", bench.medical, bench.jonas)
    wide = bench.code("tilliden vokser", bench.trust, bench.ane)
    menu = bench.view.context_menu(TEXT.index("vokser") + 2)
    remove = _entry(menu, "Remove coding").menu()
    assert isinstance(remove, QMenu)
    assert [a.text() for a in remove.actions()] == [
        "Lægelige oplysninger (coder: jonas)",
        "Borgerrelationer/Tillid (coder: ane)",
    ]
    _entry(menu, "Remove coding", "Borgerrelationer/Tillid (coder: ane)").trigger()
    assert {c.coding_id for c in bench.view.shown_codings()} == {narrow}
    assert _undo_label(bench) == "Remove coding 'Tillid' from Interview 3"
    bench.session.undo_stack.undo()
    assert {c.coding_id for c in bench.view.shown_codings()} == {narrow, wide}
    menu = bench.view.context_menu(TEXT.index("vokser"))
    _entry(menu, "Select coding", "Lægelige oplysninger (coder: jonas)").trigger()
    assert bench.view.selected_passage().start == span("vokser")[0]  # type: ignore[union-attr]
    assert _entry(bench.view.context_menu(0), "Code &paragraph") is bench.actions.paragraph_action


def test_uncode_with_delete_after_choosing_in_the_stripes_or_at_the_cursor(bench: Bench) -> None:
    first = bench.code("tilliden vokser", bench.trust, bench.ane)
    second = bench.code("tilliden vokser", bench.medical, bench.ane)
    bench.view.select_coding(second)
    QTest.keyClick(bench.view, Qt.Key.Key_Delete)
    assert [c.coding_id for c in bench.view.shown_codings()] == [first]
    _put_cursor(bench, TEXT.index("vokser"))
    QTest.keyClick(bench.view, Qt.Key.Key_Delete)
    assert bench.view.shown_codings() == [] and bench.codings() == set()
    bench.session.undo_stack.undo()
    bench.session.undo_stack.undo()
    assert {c.coding_id for c in bench.view.shown_codings()} == {first, second}


def test_extend_and_shrink_a_coding_to_the_selection(bench: Bench) -> None:
    coding = bench.code("tilliden vokser", bench.trust, bench.ane)
    bench.view.select_coding(coding)
    wider = span("og tilliden vokser.\nDet giver")
    bench.view.select_passage_quietly(*wider)
    QTest.keyClick(bench.view, Qt.Key.Key_E, CTRL)
    assert bench.codings() == {(*wider, bench.trust, bench.ane)}
    assert _undo_label(bench) == "Extend coding 'Tillid' in Interview 3"
    narrower = span("vokser")
    bench.view.select_passage_quietly(*narrower)
    QTest.keyClick(bench.view, Qt.Key.Key_E, CTRL | SHIFT)
    assert bench.codings() == {(*narrower, bench.trust, bench.ane)}
    assert _undo_label(bench) == "Shrink coding 'Tillid' in Interview 3"
    bench.session.undo_stack.undo()
    bench.session.undo_stack.undo()
    assert bench.codings() == {(*span("tilliden vokser"), bench.trust, bench.ane)}
    # Without a chosen coding, the selection picks the coding it touches.
    bench.view.show_document(bench.document)
    bench.view.select_passage_quietly(*span("vokser.\nDet"))
    QTest.keyClick(bench.view, Qt.Key.Key_E, CTRL)
    assert bench.codings() == {(*span("tilliden vokser.\nDet"), bench.trust, bench.ane)}


def test_quick_code_with_a_new_path_is_one_undo_step(bench: Bench, qtbot: QtBot) -> None:
    bench.select("Cafe\u0301en ved jobcentret")
    QTest.keyClick(bench.view, Qt.Key.Key_K, CTRL)
    box = bench.actions.quick_code_box
    assert box is not None and box.isVisible()
    assert box.completer.model().rowCount() == 3  # Borgerrelationer too
    QTest.keyClicks(box.edit, "Steder / Mødesteder")
    QTest.keyClick(box.edit, Qt.Key.Key_Return)
    with bench.session.db.read() as connection:
        code = find_code(connection, "Steder/Mødesteder")
        color = connection.execute(select(Code.color).where(Code.id == code)).scalar()
    assert code is not None and color != "#7f8c8d"  # new codes get colours of their own
    assert bench.codings() == {(*span("Cafe\u0301en ved jobcentret"), code, bench.ane)}
    assert _undo_label(bench) == "Code 'Mødesteder' in Interview 3"
    assert bench.session.recent_codes[0] == code
    bench.session.undo_stack.undo()
    with bench.session.db.read() as connection:
        assert find_code(connection, "Steder") is None
    assert bench.codings() == set()
    bench.session.undo_stack.redo()
    assert len(bench.codings()) == 1


def test_quick_code_with_an_existing_path(bench: Bench, qtbot: QtBot) -> None:
    bench.select("mødested")
    bench.actions.quick_code()
    box = bench.actions.quick_code_box
    assert box is not None
    QTest.keyClicks(box.edit, "borgerrelationer/Tillid")  # the case of the path matters
    QTest.keyClick(box.edit, Qt.Key.Key_Return)
    with bench.session.db.read() as connection:
        new = find_code(connection, "borgerrelationer/Tillid")
    assert new is not None and new != bench.trust
    bench.session.undo_stack.undo()
    bench.select("mødested")
    bench.actions.code_path(bench.view.selected_passage(), "Borgerrelationer/Tillid")  # type: ignore[arg-type]
    assert bench.codings() == {(*span("mødested"), bench.trust, bench.ane)}


def test_in_vivo_names_a_new_code_from_the_words(bench: Bench) -> None:
    bench.select("Borger Søren: Cafe\u0301en ved jobcentret er mit mødested.")
    QTest.keyClick(bench.view, Qt.Key.Key_I, CTRL | SHIFT)
    with bench.session.db.read() as connection:
        code = find_code(
            connection, f"{IN_VIVO_PARENT}/Cafe\u0301en ved jobcentret er mit mødested"
        )
    assert code is not None
    start, end = span("Borger Søren: Cafe\u0301en ved jobcentret er mit mødested.")
    assert bench.codings() == {(start, end, code, bench.ane)}
    assert _undo_label(bench) == (
        "Code in vivo 'Cafe\u0301en ved jobcentret er mit mødested' in Interview 3"
    )
    first = TEXT.index("tilliden")
    second = TEXT.index("tilliden", first + 1)
    for start in (first, second):  # the same words a second time reuse the code
        bench.view.show_passage(bench.document, start, start + len("tilliden"))
        assert bench.actions.in_vivo()
    with bench.session.db.read() as connection:
        code = find_code(connection, f"{IN_VIVO_PARENT}/tilliden")
    assert {(s, e) for s, e, c, _ in bench.codings() if c == code} == {
        (first, first + 8),
        (second, second + 8),
    }


def test_in_vivo_names() -> None:
    assert in_vivo_name("  »Jeg føler mig hørt.«  ") == "Jeg føler mig hørt"
    assert in_vivo_name("det er trygt 👍🏽\n") == "det er trygt"
    assert in_vivo_name("hun sagde:\n\nja, det kan jeg godt") == "hun sagde: ja, det kan jeg godt"
    long = "vi har fået meget mere tid til den enkelte borger og det kan mærkes i hverdagen"
    assert in_vivo_name(long) == "vi har fået meget mere tid til den…"
    assert len(in_vivo_name("æ" * 200)) <= 61
    assert in_vivo_name(" … !! ") == ""


def test_next_and_previous_coding(bench: Bench, qtbot: QtBot) -> None:
    late = bench.code("mødested", bench.trust, bench.ane)
    early = bench.code("samarbejdet", bench.trust, bench.ane)
    middle = bench.code("tilliden holder", bench.medical, bench.jonas)
    _put_cursor(bench, 0)
    chosen: list[int] = []
    bench.view.coding_clicked.connect(chosen.append)
    for _ in range(4):
        QTest.keyClick(bench.view, Qt.Key.Key_F8)
    QTest.keyClick(bench.view, Qt.Key.Key_F8, SHIFT)
    assert chosen == [early, middle, late, early, late]
    assert bench.view.selected_passage().start == span("mødested")[0]  # type: ignore[union-attr]


def test_show_coders_from_the_context_menu(bench: Bench) -> None:
    bench.code("vokser", bench.medical, bench.jonas)
    mine = bench.code("tilliden vokser", bench.trust, bench.ane)
    toggle = _entry(bench.view.context_menu(0), "Show coders", "jonas")
    assert toggle.isChecked()
    toggle.trigger()
    assert bench.view.visible_coders() == {bench.ane}
    assert [c.coding_id for c in bench.view.shown_codings()] == [mine]
    _entry(bench.view.context_menu(0), "Show coders", "jonas").trigger()
    assert bench.view.visible_coders() is None and len(bench.view.shown_codings()) == 2


def test_shortcuts_are_distinct_and_leave_the_window_keys_alone(bench: Bench) -> None:
    window_keys = ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+O", "Ctrl+I", "Ctrl+Q", "Ctrl+F")
    taken = {QKeySequence(keys) for keys in window_keys}
    keys = [action.shortcut() for action in bench.actions.actions() if not action.isSeparator()]
    assert len(keys) == len(set(keys)) == 19
    assert not taken & set(keys)
    listed = " ".join(keys for keys, _ in SHORTCUTS)
    for action in bench.actions.actions():
        if not action.isSeparator() and not action.shortcut().toString().isdigit():
            assert action.shortcut().toString() in listed
