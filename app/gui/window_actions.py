"""The main window's menus: every action with its shortcut, built anew when the language changes.

The window passes its own methods as the slots; this module only arranges them, so the
window's behaviour and its menus can be read separately.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.gui.backup_dialog import ask_restore_backup
from app.gui.pseudonym_review import open_pseudonym_review
from app.gui.quote_report_dialog import ask_quote_report

Slot = Callable[[], object]


@dataclass
class WindowActions:
    """The actions of the menu bar, by name, so tests and the window can reach them."""

    by_name: dict[str, QAction] = field(default_factory=dict)
    project_only: list[QAction] = field(default_factory=list)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def set_project_open(self, is_open: bool) -> None:
        """Enable the actions that need an open project, or disable them."""
        for action in self.project_only:
            action.setEnabled(is_open)


class _Builder:
    def __init__(self, window: QMainWindow, actions: WindowActions) -> None:
        self.window = window
        self.actions = actions

    def add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Slot,
        keys: str | QKeySequence.StandardKey | None = None,
        *,
        needs_project: bool = True,
    ) -> QAction:
        action = QAction(text, self.window)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        elif keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions.by_name[name] = action
        if needs_project:
            self.actions.project_only.append(action)
        return action


def build_menus(
    window: QMainWindow,
    slots: dict[str, Slot],
    coding_actions: Iterable[QAction],
    dock_toggles: Iterable[QAction],
) -> WindowActions:
    """Fill ``window``'s menu bar; ``slots`` maps each action's name to the method it runs."""
    bar = window.menuBar()
    bar.clear()
    for old in bar.findChildren(QMenu):  # menus of an earlier language, and their actions
        old.deleteLater()
    actions = WindowActions()
    build = _Builder(window, actions)

    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    build.add(
        file_menu,
        "new",
        QCoreApplication.translate("MainWindow", "&New project…"),
        slots["new"],
        "Ctrl+N",
        needs_project=False,
    )
    build.add(
        file_menu,
        "open",
        QCoreApplication.translate("MainWindow", "&Open…"),
        slots["open"],
        "Ctrl+O",
        needs_project=False,
    )
    build.add(
        file_menu,
        "open_team",
        QCoreApplication.translate("MainWindow", "Open tea&m project…"),
        slots["open_team"],
        needs_project=False,
    )
    build.add(
        file_menu,
        "demo",
        QCoreApplication.translate("MainWindow", "Open &demo project"),
        slots["demo"],
        needs_project=False,
    )
    build.add(
        file_menu,
        "close",
        QCoreApplication.translate("MainWindow", "&Close project"),
        slots["close"],
        "Ctrl+W",
    )
    file_menu.addSeparator()
    build.add(
        file_menu,
        "import",
        QCoreApplication.translate("MainWindow", "&Import documents…"),
        slots["import"],
        "Ctrl+I",
    )
    build.add(
        file_menu,
        "import_attributes",
        QCoreApplication.translate("MainWindow", "Import &attributes…"),
        slots["import_attributes"],
    )
    build.add(
        file_menu,
        "import_journals",
        QCoreApplication.translate("MainWindow", "Import case &journals…"),
        slots["import_journals"],
    )
    file_menu.addSeparator()
    build.add(
        file_menu,
        "import_refi",
        QCoreApplication.translate("MainWindow", "Import REFI-QDA project…"),
        slots["import_refi"],
        needs_project=False,
    )
    build.add(
        file_menu,
        "export_refi",
        QCoreApplication.translate("MainWindow", "&Export REFI-QDA project…"),
        slots["export_refi"],
    )
    build.add(
        file_menu,
        "restore_backup",
        QCoreApplication.translate("MainWindow", "Restore from bac&kup…"),
        lambda: ask_restore_backup(window),
    )
    build.add(
        file_menu,
        "quote_report",
        QCoreApplication.translate("MainWindow", "Coded quotes re&port…"),
        lambda: ask_quote_report(window),
    )
    build.add(
        file_menu,
        "merge_codings",
        QCoreApplication.translate("MainWindow", "Import codings from another project…"),
        slots["merge_codings"],
    )
    file_menu.addSeparator()
    build.add(
        file_menu,
        "settings",
        QCoreApplication.translate("MainWindow", "&Settings…"),
        slots["settings"],
        "Ctrl+,",
        needs_project=False,
    )
    build.add(
        file_menu,
        "quit",
        QCoreApplication.translate("MainWindow", "&Quit"),
        slots["quit"],
        "Ctrl+Q",
        needs_project=False,
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    build.add(
        edit_menu,
        "undo",
        QCoreApplication.translate("MainWindow", "&Undo"),
        slots["undo"],
        "Ctrl+Z",
    )
    build.add(
        edit_menu,
        "redo",
        QCoreApplication.translate("MainWindow", "&Redo"),
        slots["redo"],
        "Ctrl+Shift+Z",
    )
    edit_menu.addSeparator()
    build.add(
        edit_menu,
        "find",
        QCoreApplication.translate("MainWindow", "&Find in document…"),
        slots["find"],
        "Ctrl+F",
    )

    code_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Code"))
    for action in coding_actions:
        code_menu.addAction(action)
        actions.project_only.append(action)
    code_menu.addSeparator()
    build.add(
        code_menu,
        "codebooks",
        QCoreApplication.translate("MainWindow", "Add built-in &codebook…"),
        slots["codebooks"],
    )
    build.add(
        code_menu,
        "import_codebook",
        QCoreApplication.translate("MainWindow", "&Import codebook file…"),
        slots["import_codebook"],
    )
    build.add(
        code_menu,
        "export_codebook",
        QCoreApplication.translate("MainWindow", "E&xport codebook…"),
        slots["export_codebook"],
    )

    cases_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "C&ases"))
    build.add(
        cases_menu,
        "sheet",
        QCoreApplication.translate("MainWindow", "&Classification sheet"),
        slots["sheet"],
        "Ctrl+2",
    )
    build.add(
        cases_menu,
        "speakers",
        QCoreApplication.translate("MainWindow", "&Link speakers to cases…"),
        slots["speakers"],
    )

    query_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Query"))
    build.add(
        query_menu,
        "queries",
        QCoreApplication.translate("MainWindow", "&Queries"),
        slots["queries"],
        "Ctrl+3",
    )
    build.add(
        query_menu,
        "run_query",
        QCoreApplication.translate("MainWindow", "&Run query"),
        slots["run_query"],
        "Ctrl+R",
    )
    build.add(
        query_menu,
        "compare",
        QCoreApplication.translate("MainWindow", "&Compare coders…"),
        slots["compare"],
        "Ctrl+Shift+K",
    )

    tools_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    build.add(
        tools_menu,
        "pseudonymise",
        QCoreApplication.translate("MainWindow", "&Pseudonymise…"),
        lambda: open_pseudonym_review(window),
    )

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    build.add(
        view_menu,
        "document",
        QCoreApplication.translate("MainWindow", "&Document"),
        slots["document"],
        "Ctrl+1",
    )
    view_menu.addSeparator()
    for toggle in dock_toggles:
        view_menu.addAction(toggle)
    view_menu.addSeparator()
    build.add(
        view_menu,
        "reset_layout",
        QCoreApplication.translate("MainWindow", "Reset &layout"),
        slots["reset_layout"],
    )

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    build.add(
        help_menu,
        "shortcuts",
        QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
        slots["shortcuts"],
        "F1",
        needs_project=False,
    )
    build.add(
        help_menu,
        "about",
        QCoreApplication.translate("MainWindow", "&About Tekstur"),
        slots["about"],
        needs_project=False,
    )
    return actions
