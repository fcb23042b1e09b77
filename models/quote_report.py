"""The coded quotes report as plain data: sections per code, each with its attributed quotes.

Built by :func:`analysis.quotes.quote_report` and written by :mod:`exporters.quotes_docx`
(and read by anything else that wants the quotes), so neither needs the other. No Qt, no
database: the report holds text only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Quote:
    """One coded passage as the report prints it.

    ``text`` is the coded text as stored (``\\n`` line ends kept); ``before`` and ``after``
    the context around it (empty without context); ``attribution`` the line built from the
    template, e.g. ``Sagsbehandler, Forsøgsafdeling, R1``. ``coders`` lists everyone who
    coded exactly this passage at this code (one quote, however many coders).
    """

    text: str
    attribution: str
    document_name: str
    document_id: int
    start: int
    end: int
    coders: tuple[str, ...] = ()
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class QuoteSection:
    """The quotes of one code, under a heading of ``level`` (1 is the top of the report).

    ``level`` counts the codes above this one that also have a section, so the headings nest
    as the codes do. ``quotes_below`` is the number of quotes of this code's sub-code
    sections (a heading with no quotes of its own may still lead to some).
    """

    code_id: int
    path: tuple[str, ...]
    level: int
    description: str
    quotes: tuple[Quote, ...]
    quotes_below: int = 0

    @property
    def name(self) -> str:
        """The code's own name (the last level of its path)."""
        return self.path[-1]


@dataclass(frozen=True)
class QuoteReport:
    """Coded quotes grouped by code, in the order of the code tree, and how they were chosen.

    ``settings`` records, as text in insertion order, what the reader of the report should
    know: the codes, the coders, the attribute conditions, the order, the template, context.
    """

    project: str
    made: str
    template: str
    sections: tuple[QuoteSection, ...]
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def quote_count(self) -> int:
        """How many quotes the report holds."""
        return sum(len(section.quotes) for section in self.sections)
