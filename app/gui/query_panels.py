"""The options panel of each kind of query, and what every panel offers the workspace.

A panel gathers the user's choices into the query's own options object, turns options into
the JSON a saved query keeps and back, and names the Qt-free function that runs the query.
It never counts anything itself: the workspace runs :meth:`QueryPanel.query` off the GUI
thread and shows the ResultTable it returns (or, for coded segments and search hits, the
passages it lists).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from app.gui.jobs import JobRunner
from app.gui.query_passage_list import PassageRows
from app.gui.query_pickers import ProjectChoices
from app.gui.session import ProjectSession
from models.database import ProjectDatabase
from models.progress import Progress
from models.result_table import ResultTable


class QueryInputError(ValueError):
    """The panel's choices do not make a query; the message tells the user what to change."""


class QueryPanel(QWidget):
    """Options for one kind of query. Subclasses set ``kind`` and implement the hooks."""

    kind: ClassVar[str] = ""
    options_type: ClassVar[Any] = None  # a class with to_json() and from_json(data), if any

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.job_runner: Callable[[], JobRunner] | None = None  # the workspace sets it

    def title(self) -> str:
        """The kind's name in the chooser, in the user's language."""
        raise NotImplementedError

    def set_session(
        self, session: ProjectSession | None, choices: ProjectChoices | None = None
    ) -> None:
        """Work on ``session``'s project: list its codes, cases, documents …"""
        self.session = session
        if session is not None:
            self.reload(choices or ProjectChoices(session.db))

    def reload(self, choices: ProjectChoices) -> None:
        """List the project's current items, keeping the choices made."""

    def options(self) -> Any:
        """The query's options object from the panel; QueryInputError when they do not fit."""
        raise NotImplementedError

    def set_options(self, options: Any) -> None:
        """Show ``options`` (from a saved query) in the panel."""
        raise NotImplementedError

    def options_to_json(self, options: Any) -> dict[str, Any]:
        """``options`` as the JSON object a saved query keeps (by default, the options
        type's own ``to_json``)."""
        if self.options_type is None:
            raise NotImplementedError
        assert isinstance(options, self.options_type)
        written: dict[str, Any] = options.to_json()
        return written

    def options_from_json(self, data: dict[str, Any]) -> Any:
        """Options read back from a saved query; ValueError when they cannot be read (by
        default, the options type's own ``from_json``)."""
        if self.options_type is None:
            raise NotImplementedError
        return self.options_type.from_json(data)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> Any:
        """Run the query (in a worker thread): a ResultTable, or what ``passage_rows`` lists."""
        raise NotImplementedError

    def passage_rows(self, result: Any) -> PassageRows | None:
        """A result that is a list of passages, as rows to show; None for a ResultTable."""
        return None

    def word_pairs(self, table: ResultTable) -> list[tuple[str, int]] | None:
        """(word, count) pairs for a word cloud of ``table``, when the kind has one."""
        return None

    def result_ready(self, result: Any) -> None:
        """Called with each result the panel's query returned (on the GUI thread)."""


def panel_factories() -> list[Callable[[], QueryPanel]]:
    """One factory per kind of query, in the order the chooser lists them."""
    from app.gui.query_agreement import AgreementPanel
    from app.gui.query_coding_panels import CodedSegmentsPanel, FrequenciesPanel
    from app.gui.query_cooccurrence import CooccurrencePanel
    from app.gui.query_cross_panels import CrosstabPanel, MatrixPanel
    from app.gui.query_search import SearchPanel
    from app.gui.query_text_panels import WordsPanel

    return [
        FrequenciesPanel,
        MatrixPanel,
        CrosstabPanel,
        CooccurrencePanel,
        WordsPanel,
        SearchPanel,
        CodedSegmentsPanel,
        AgreementPanel,
    ]
