"""Options panels for the queries on coding: code frequencies and coded segments.

Matrix, crosstab and co-occurrence have their own module; all share the filter editor
(documents, coders, attribute conditions) and the checkable code list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from analysis.filters import QueryFilter
from analysis.frequencies import FREQUENCY_MEASURES, FrequencyOptions, code_frequencies
from analysis.segments import CodedSegment, coded_segments
from app.gui.query_filter import FilterEditor
from app.gui.query_panels import QueryInputError, QueryPanel
from app.gui.query_passage_list import PassageRow, PassageRows
from app.gui.query_pickers import ItemPicker, ProjectChoices
from app.gui.result_model import measure_label
from app.gui.session import Passage
from models.database import ProjectDatabase
from models.paths import join_code_path
from models.progress import Progress
from models.result_table import ResultTable


def chosen_codes(picker: ItemPicker) -> tuple[int, ...] | None:
    """The checked codes, or None (every code) when none is checked."""
    codes = tuple(int(str(key)) for key in picker.checked())
    return codes or None


class FrequenciesPanel(QueryPanel):
    """Code frequencies: which codes, sub-codes rolled up or not, per coder, which measures."""

    options_type = FrequencyOptions

    kind = "frequencies"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = ItemPicker(self.tr("Codes (none chosen: every code):"))
        self.include_subcodes = QCheckBox(self.tr("Count sub-codes with their code"))
        self.per_coder = QCheckBox(self.tr("One column per coder"))
        self.measures: dict[str, QCheckBox] = {}
        measures_row = QHBoxLayout()
        for measure in FREQUENCY_MEASURES:
            box = QCheckBox(measure_label(measure))
            box.setChecked(True)
            self.measures[measure] = box
            measures_row.addWidget(box)
        self.filter = FilterEditor()
        layout = QVBoxLayout(self)
        layout.addWidget(self.codes, 2)
        layout.addWidget(self.include_subcodes)
        layout.addWidget(self.per_coder)
        layout.addLayout(measures_row)
        layout.addWidget(self.filter, 2)

    def title(self) -> str:
        """Shown in the kind chooser."""
        return self.tr("Code frequencies")

    def reload(self, choices: ProjectChoices) -> None:
        """List codes, documents and coders."""
        self.codes.set_choices(choices.codes())
        self.filter.reload(choices)

    def options(self) -> FrequencyOptions:
        """The options chosen; at least one measure."""
        measures = tuple(m for m, box in self.measures.items() if box.isChecked())
        if not measures:
            raise QueryInputError(self.tr("Choose at least one thing to count."))
        return FrequencyOptions(
            code_ids=chosen_codes(self.codes),
            include_subcodes=self.include_subcodes.isChecked(),
            per_coder=self.per_coder.isChecked(),
            measures=measures,
            filter=self.filter.query_filter(),
        )

    def set_options(self, options: Any) -> None:
        """Show saved options."""
        assert isinstance(options, FrequencyOptions)
        self.codes.set_checked(list(options.code_ids or ()))
        self.include_subcodes.setChecked(options.include_subcodes)
        self.per_coder.setChecked(options.per_coder)
        for measure, box in self.measures.items():
            box.setChecked(measure in options.measures)
        self.filter.set_query_filter(options.filter)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> ResultTable:
        """Count."""
        return code_frequencies(db, options, progress)


@dataclass(frozen=True)
class SegmentOptions:
    """What coded segments to retrieve: codes (None: all), sub-codes, filter, context."""

    code_ids: tuple[int, ...] | None = None
    include_subcodes: bool = False
    filter: QueryFilter = field(default_factory=QueryFilter)
    context_chars: int = 0

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data that :meth:`from_json` reads back."""
        return {
            "code_ids": None if self.code_ids is None else list(self.code_ids),
            "include_subcodes": self.include_subcodes,
            "filter": self.filter.to_json(),
            "context_chars": self.context_chars,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SegmentOptions:
        """Options written by :meth:`to_json`."""
        codes = data.get("code_ids")
        return cls(
            None if codes is None else tuple(int(c) for c in codes),
            bool(data.get("include_subcodes", False)),
            QueryFilter.from_json(data.get("filter", {})),
            int(data.get("context_chars", 0)),
        )


class CodedSegmentsPanel(QueryPanel):
    """Coded segments: the passages coded at some codes, with who said them and where."""

    options_type = SegmentOptions

    kind = "segments"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes = ItemPicker(self.tr("Codes (none chosen: every code):"))
        self.include_subcodes = QCheckBox(self.tr("With the passages of sub-codes"))
        self.context = QSpinBox()
        self.context.setRange(0, 2000)
        self.context.setSingleStep(50)
        self.context.setSuffix(self.tr(" characters"))
        self.filter = FilterEditor()
        form = QFormLayout()
        form.addRow(self.tr("Context on each side:"), self.context)
        layout = QVBoxLayout(self)
        layout.addWidget(self.codes, 2)
        layout.addWidget(self.include_subcodes)
        layout.addLayout(form)
        layout.addWidget(self.filter, 2)

    def title(self) -> str:
        """Shown in the kind chooser."""
        return self.tr("Coded segments")

    def reload(self, choices: ProjectChoices) -> None:
        """List codes, documents and coders."""
        self.codes.set_choices(choices.codes())
        self.filter.reload(choices)

    def options(self) -> SegmentOptions:
        """The options chosen."""
        return SegmentOptions(
            chosen_codes(self.codes),
            self.include_subcodes.isChecked(),
            self.filter.query_filter(),
            self.context.value(),
        )

    def set_options(self, options: Any) -> None:
        """Show saved options."""
        assert isinstance(options, SegmentOptions)
        self.codes.set_checked(list(options.code_ids or ()))
        self.include_subcodes.setChecked(options.include_subcodes)
        self.filter.set_query_filter(options.filter)
        self.context.setValue(options.context_chars)

    def query(self, db: ProjectDatabase, options: Any, progress: Progress) -> list[CodedSegment]:
        """Retrieve the segments."""
        assert isinstance(options, SegmentOptions)
        return coded_segments(
            db,
            code_ids=options.code_ids,
            include_subcodes=options.include_subcodes,
            coder_ids=options.filter.coder_ids,
            document_ids=options.filter.document_ids,
            where=options.filter.where,
            context_chars=options.context_chars,
            progress=progress,
        )

    def passage_rows(self, result: Any) -> PassageRows | None:
        """One row per segment: document, code, speaker, case, coder and the text."""
        headers = (
            self.tr("Document"),
            self.tr("Code"),
            self.tr("Speaker"),
            self.tr("Case"),
            self.tr("Coder"),
            self.tr("Passage"),
        )
        rows = []
        for segment in result:
            text = " ".join(f"{segment.before}[{segment.text}]{segment.after}".split())
            if not (segment.before or segment.after):
                text = " ".join(segment.text.split())
            rows.append(
                PassageRow(
                    (
                        segment.document_name,
                        join_code_path(list(segment.code_path)),
                        segment.speaker or "",
                        segment.case_name or "",
                        segment.coder_name,
                        text,
                    ),
                    Passage(segment.document_id, segment.start, segment.end),
                )
            )
        return PassageRows(headers, tuple(rows), stretch=5)
