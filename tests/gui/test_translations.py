"""The Danish translation: complete, placeholders and accelerators intact, and found at run time.

The checks read ``tekstur_da.ts`` itself; the last ones compile it with lrelease into the test's
own folder (no prior ``make translations`` needed) and look strings up the way the GUI does.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.gui import language
from app.gui.attribute_delegate import type_name, yes_no_text
from app.gui.language import install_translations
from app.gui.main_window import MainWindow
from models.cases import AttributeType

SOURCE = language.TRANSLATIONS / "tekstur_da.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%L?\d+")
ACCELERATOR = re.compile(r"&(?!&)(\w)")


@dataclass(frozen=True)
class Message:
    """One message of the .ts: where it belongs, its English text and its Danish forms."""

    context: str
    source: str
    translations: tuple[str, ...]
    kind: str | None
    numerus: bool


def read_messages() -> list[Message]:
    """Every message in the Danish .ts file."""
    root = etree.parse(str(SOURCE)).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if numerus else (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    texts,
                    translation.get("type"),
                    numerus,
                )
            )
    return messages


def accelerator(text: str) -> str | None:
    """The lower-cased accelerator letter of a menu or button text (``&&`` is a literal &)."""
    found = ACCELERATOR.findall(text)
    return found[0].lower() if found else None


def test_the_ts_is_read() -> None:
    messages = read_messages()
    assert len(messages) > 500
    file_menu = [m for m in messages if m.context == "MainWindow" and m.source == "&File"]
    assert [m.translations for m in file_menu] == [("&Filer",)]


def test_every_message_has_a_finished_danish_translation() -> None:
    problems = [
        f"{m.context}: {m.source!r} ({m.kind or 'empty'})"
        for m in read_messages()
        if m.kind is not None or not all(t.strip() for t in m.translations)
    ]
    assert problems == []


def test_plural_messages_have_a_singular_and_a_plural_form() -> None:
    plural = [m for m in read_messages() if m.numerus]
    assert plural, "the .ts has plural messages (%n)"
    wrong = [
        m for m in plural if len(m.translations) != 2 or m.translations[0] == m.translations[1]
    ]
    assert wrong == []


def test_every_placeholder_of_the_source_is_in_the_translation() -> None:
    problems = []
    for message in read_messages():
        wanted = Counter(PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if Counter(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{message.context}: {message.source!r} → {text!r}")
    assert problems == []


def test_ellipses_and_surrounding_spaces_are_kept() -> None:
    problems = []
    for message in read_messages():
        source = message.source
        for text in message.translations:
            if source.endswith("…") != text.endswith("…"):
                problems.append(f"{source!r} → {text!r}: the closing …")
            if source[:1].isspace() != text[:1].isspace():
                problems.append(f"{source!r} → {text!r}: the leading space")
            if source[-1:].isspace() != text[-1:].isspace():
                problems.append(f"{source!r} → {text!r}: the trailing space")
    assert problems == []


def test_a_translation_has_an_accelerator_exactly_when_its_source_has_one() -> None:
    problems = [
        f"{m.context}: {m.source!r} → {text!r}"
        for m in read_messages()
        for text in m.translations
        if (accelerator(m.source) is None) != (accelerator(text) is None)
        or len(ACCELERATOR.findall(text)) > 1
    ]
    assert problems == []


def test_accelerators_stay_unique_in_each_context_whose_sources_are_unique() -> None:
    by_context: dict[str, list[Message]] = {}
    for message in read_messages():
        if accelerator(message.source) is not None:
            by_context.setdefault(message.context, []).append(message)
    checked = []
    for context, messages in by_context.items():
        sources = [accelerator(m.source) for m in messages]
        if len(set(sources)) < len(sources):
            continue  # one context holding several menus: see the window's menus below
        letters = Counter(accelerator(m.translations[0]) for m in messages)
        clashes = {letter: n for letter, n in letters.items() if n > 1}
        assert clashes == {}, f"{context}: {[m.translations[0] for m in messages]}"
        checked.append(context)
    assert {"StartPage", "NewProjectDialog", "FindBar"} <= set(checked)


def test_contexts_are_the_names_code_looks_up() -> None:
    """lupdate files `tr = window.tr; tr(...)` under "" and `parent.tr(...)` under "parent";
    PySide6 looks such texts up under the receiver's class, so those entries would be dead."""
    contexts = {m.context for m in read_messages()}
    assert all(name.isidentifier() for name in contexts), sorted(contexts)
    assert {"MainWindow", "CodingActions", "ExchangeDialog", "AttributeValues"} <= contexts


# -- the sources: every text translated where lupdate files it ---------------------------------

GUI = Path(language.__file__).parent


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Translations(ast.NodeVisitor):
    """The (context, text) pairs a module translates, and the calls lupdate cannot file.

    A text computed at run time is fine in a context whose texts the module marks with
    ``QT_TRANSLATE_NOOP`` (``computed`` holds those calls until the module is read).
    """

    def __init__(self, module: str) -> None:
        self.module, self.classes = module, [""]
        self.found: set[tuple[str, str]] = set()
        self.marked: set[str] = set()
        self.computed: list[tuple[str, str]] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        function, where = node.func, f"{self.module}:{node.lineno}"
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        receiver = ast.unparse(function.value) if isinstance(function, ast.Attribute) else ""
        if name in ("tr", "_tr") and (receiver != "self" or not _literal(node.args[0])):
            self.problems.append(f"{where}: {ast.unparse(node)[:80]}")
        elif name == "tr":
            self.found.add((self.classes[-1], _literal(node.args[0]) or ""))
        elif name == "translate" and receiver.endswith(("QCoreApplication", "QApplication")):
            context, text = (_literal(a) for a in node.args[:2])
            count = node.args[3] if len(node.args) > 3 else None
            if context is not None and text is None:
                self.computed.append((context, f"{where}: {ast.unparse(node)[:80]}"))
            elif context is None or text is None or (count is not None and "%n" in text):
                self.problems.append(f"{where}: {ast.unparse(node)[:80]}")  # plural: self.tr
            else:
                self.found.add((context, text))
        elif name == "QT_TRANSLATE_NOOP":
            context, text = (_literal(a) for a in node.args[:2])
            if context is None or text is None:
                self.problems.append(f"{where}: {ast.unparse(node)[:80]}")
            else:
                self.marked.add(context)
                self.found.add((context, text))
        self.generic_visit(node)


def _gui_translations() -> _Translations:
    everything = _Translations("")
    for path in sorted(GUI.glob("*.py")):
        visitor = _Translations(path.name)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        everything.found |= visitor.found
        everything.problems += visitor.problems
        everything.problems += [
            call for context, call in visitor.computed if context not in visitor.marked
        ]
    return everything


def test_the_gui_translates_only_in_ways_lupdate_files_where_the_code_looks_up() -> None:
    """``window.tr``/``tr = …`` aliases, ``_tr`` helpers, computed texts or contexts, and plural
    counts given to ``QCoreApplication.translate`` (lupdate drops their plural forms)."""
    assert _gui_translations().problems == []


def test_every_text_the_gui_translates_is_in_the_ts() -> None:
    found = _gui_translations().found
    assert len(found) > 700
    present = {(m.context, m.source) for m in read_messages()}
    assert sorted(found - present) == []


# -- the compiled translation, as the GUI uses it ---------------------------------------------


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    """A folder of this test's own holding tekstur_da.qm, compiled from the .ts by lrelease."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    folder = tmp_path / "qm"
    folder.mkdir()
    subprocess.run(
        [str(lrelease), "-silent", str(SOURCE), "-qm", str(folder / "tekstur_da.qm")],
        check=True,
        timeout=120,
    )
    return folder


@pytest.fixture
def danish(qapp: QApplication, compiled: Path) -> Iterator[None]:
    """Tekstur in Danish from the freshly compiled translation; English again afterwards."""
    assert install_translations(qapp, "da", compiled) == "da"
    try:
        yield
    finally:
        install_translations(qapp, "en")


def test_the_compiled_translation_answers_the_gui_in_danish(danish: None) -> None:
    def translate(context: str, text: str, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, None, n)

    assert translate("MainWindow", "&File") == "&Filer"
    assert translate("MainWindow", "&Edit") == "&Rediger"
    assert translate("MainWindow", "&Undo") == "&Fortryd"
    assert translate("MainWindow", "&Undo {0}").format("Kodning") == "&Fortryd Kodning"
    assert translate("CodingActions", "&Remove coding") == "&Fjern kodning"
    assert translate("MatrixPanel", "Matrix coding") == "Matrixkodning"
    assert translate("ExchangeDialog", "Variables (attributes)") == "Variabler (attributter)"
    assert translate("MainWindow", "%n document(s)", 1) == "1 dokument"
    assert translate("MainWindow", "%n document(s)", 12) == "12 dokumenter"
    assert translate("MainWindow", "%n case(s)", 3) == "3 sager"
    assert translate("QueryWorkspace", "%n passage(s)", 0) == "0 tekststykker"
    assert translate("MainWindow", "&Compare coders…") == "&Sammenlign kodere…"
    assert translate("MainWindow", "Coded quotes re&port…") == "&Citatrapport…"
    assert translate("MainWindow", "&Pseudonymise…") == "&Pseudonymisér…"
    assert translate("MainWindow", "Restore from bac&kup…") == "&Gendan fra sikkerhedskopi…"
    assert translate("MainWindow", "Open tea&m project…") == "Åbn tea&mprojekt…"
    assert translate("MainWindow", "&Tools") == "Værk&tøjer"
    assert translate("ComparisonWindow", "Compare coders") == "Kodersammenligning"
    assert translate("AgreementPanel", "Coding comparison") == "Kodersammenligning"
    assert translate("ComparisonModel", "Agreement (%)") == "Enighed (%)"
    assert translate("ConsensusBar", "Accept {coder}").format(coder="Søs") == "Acceptér Søs"
    assert translate("QuoteReportDialog", "Coded quotes report") == "Citatrapport"
    assert translate("PseudonymGroupModel", "Keep") == "Behold"
    assert translate("BackupDialog", "&Restore…") == "&Gendan…"
    assert translate("TeamProjectDialog", "Open team project") == "Åbn teamprojekt"
    assert translate("ResultExport", "Export…") == "Eksportér…"
    assert translate("PseudonymReviewDialog", "Pseudonymise %n document(s)", 1) == (
        "Pseudonymisering af 1 dokument"
    )
    assert translate("PseudonymReviewDialog", "Pseudonymise %n document(s)", 4) == (
        "Pseudonymisering af 4 dokumenter"
    )
    assert translate("CodeEdits", "%n sub-code(s)", 1) == "1 underkode"
    assert translate("ImportDialog", "Import %n document(s)", 2) == "Import af 2 dokumenter"
    assert translate("QueryPanel", "Danish") == "Dansk"
    assert type_name(AttributeType.BOOLEAN) == "ja/nej"
    assert yes_no_text(True) == "Ja"
    assert translate("Nowhere", "&File") == "&File"


def _menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    """The menu bar and each of its menus (submenus included): (title, entry texts)."""
    bar = window.menuBar()
    found = [("menu bar", [a.text() for a in bar.actions()])]
    pending = [a.menu() for a in bar.actions()]
    while pending:
        menu = pending.pop(0)
        if not isinstance(menu, QMenu):
            continue
        entries = [a for a in menu.actions() if not a.isSeparator()]
        found.append((menu.title(), [a.text() for a in entries]))
        pending += [a.menu() for a in entries if a.menu() is not None]
    return found


def test_the_window_menus_keep_unique_accelerators_in_danish(
    qapp: QApplication, qtbot: QtBot, compiled: Path
) -> None:
    english = MainWindow()
    qtbot.addWidget(english)
    english_menus = _menus(english)
    english.close()
    install_translations(qapp, "da", compiled)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        danish_menus = _menus(window)
        window.close()
    finally:
        install_translations(qapp, "en")
    assert danish_menus[0][1][:2] == ["&Filer", "&Rediger"]
    assert len(danish_menus) == len(english_menus) > 5
    for (title, entries), (_, originals) in zip(danish_menus, english_menus, strict=True):
        assert len(entries) == len(originals)
        # Danish may share a letter between two entries only where English already does
        assert _clashes(entries) <= _clashes(originals), f"{title}: {entries}"


def _clashes(texts: list[str]) -> set[tuple[int, int]]:
    """The pairs of entries (by position) that share an accelerator letter."""
    letters = [accelerator(text) for text in texts]
    return {
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if letters[i] is not None and letters[i] == letters[j]
    }
