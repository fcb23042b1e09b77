"""A coding comparison as a :class:`ResultTable`, in Danish or English, for views and exports.

One row per code × document (label ``code · document``), then the code's size-weighted
summary (``code · (all documents)``), code after code in tree order, and last the overall row
(``(overall)``). Columns: size in units, kappa, then agreement, A and B, neither,
disagreement, A not B and B not A as percentages (0–100) of the size. Krippendorff's alpha
per code and cu-alpha are in the provenance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.paths import join_code_path
from models.result_table import Number, ResultTable

if TYPE_CHECKING:
    from analysis.agreement import AgreementReport
    from analysis.agreement_rows import AgreementRow

COLUMNS = ("size", "kappa", "agreement", "a_and_b", "neither", "disagreement", "a_not_b", "b_not_a")

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Coding comparison",
        "row header": "Code · document",
        "size": "Size",
        "kappa": "Kappa",
        "agreement": "Agreement (%)",
        "a_and_b": "A and B (%)",
        "neither": "Not A and not B (%)",
        "disagreement": "Disagreement (%)",
        "a_not_b": "A and not B (%)",
        "b_not_a": "B and not A (%)",
        "all documents": "(all documents)",
        "overall": "(overall)",
        "alpha": "Krippendorff's alpha",
        "undefined": "undefined",
        "character": "characters",
        "sentence": "sentences",
        "paragraph": "paragraphs",
    },
    "da": {
        "title": "Kodersammenligning",
        "row header": "Kode · dokument",
        "size": "Størrelse",
        "kappa": "Kappa",
        "agreement": "Enighed (%)",
        "a_and_b": "A og B (%)",
        "neither": "Hverken A eller B (%)",
        "disagreement": "Uenighed (%)",
        "a_not_b": "A og ikke B (%)",
        "b_not_a": "B og ikke A (%)",
        "all documents": "(alle dokumenter)",
        "overall": "(samlet)",
        "alpha": "Krippendorffs alfa",
        "undefined": "ikke defineret",
        "character": "tegn",
        "sentence": "sætninger",
        "paragraph": "afsnit",
    },
}


def agreement_label(key: str, language: str = "en") -> str:
    """A heading or label of the agreement table; a language other than ``da`` gets English."""
    return _LABELS["da" if language == "da" else "en"][key]


def row_values(row: AgreementRow) -> list[Number]:
    """The numbers of one row in :data:`COLUMNS` order."""
    return [
        row.size,
        row.kappa,
        row.agreement,
        row.a_and_b,
        row.neither_pct,
        row.disagreement,
        row.a_not_b,
        row.b_not_a,
    ]


def ordered_rows(report: AgreementReport) -> list[AgreementRow]:
    """Each code's document rows then its summary, code after code, then the overall row."""
    ordered: list[AgreementRow] = []
    for summary in report.code_summaries:
        ordered.extend(row for row in report.rows if row.code_id == summary.code_id)
        ordered.append(summary)
    ordered.append(report.overall)
    return ordered


def _decimal(value: float, language: str) -> str:
    """``0,6823`` in Danish, ``0.6823`` in English: the provenance is read as text."""
    text = f"{value:.4f}"
    return text.replace(".", ",") if language == "da" else text


def agreement_table(report: AgreementReport, language: str = "en") -> ResultTable:
    """The report as a table with labels in ``language`` (``da`` or ``en``)."""

    def label(key: str) -> str:
        return agreement_label(key, language)

    rows = ordered_rows(report)
    labels: list[str] = []
    for row in rows:
        if row.code_id is None:
            labels.append(label("overall"))
        else:
            document = row.document_name if row.document_id is not None else label("all documents")
            labels.append(f"{join_code_path(list(row.code_path))} · {document}")
    provenance = dict(report.provenance)
    if report.options is not None:
        provenance["coders A"] = report.options.coders_a.name
        provenance["coders B"] = report.options.coders_b.name
        provenance["unit"] = label(report.options.unit)
    for summary in report.code_summaries:
        assert summary.code_id is not None
        value = report.alpha.get(summary.code_id)
        path = join_code_path(list(summary.code_path))
        provenance[f"{label('alpha')}: {path}"] = (
            label("undefined") if value is None else _decimal(value, language)
        )
    provenance["cu-alpha"] = (
        _decimal(report.cu_alpha, language)
        if report.cu_alpha is not None
        else f"{label('undefined')}: {report.cu_alpha_note}"
    )
    return ResultTable(
        title=label("title"),
        row_header=label("row header"),
        row_labels=labels,
        column_labels=[label(column) for column in COLUMNS],
        values=[row_values(row) for row in rows],
        measure="agreement",
        provenance=provenance,
        row_keys=list(range(len(rows))),
        column_keys=list(COLUMNS),
        row_kind="agreement",
        column_kind="measure",
    )


def kappa_chart_table(table: ResultTable) -> ResultTable:
    """What a chart of an agreement table shows: each code's size-weighted kappa (its
    ``(all documents)`` row), one bar per code. The sizes and percentages of every code ×
    document row share no axis with kappa, and would bury it."""
    kappa = COLUMNS.index("kappa")
    endings = tuple(f" · {agreement_label('all documents', lang)}" for lang in ("da", "en"))
    labels: list[str] = []
    values: list[list[Number]] = []
    for label, row in zip(table.row_labels, table.values, strict=True):
        for ending in endings:
            if label.endswith(ending):
                labels.append(label[: -len(ending)])
                values.append([row[kappa]])
                break
    return ResultTable(
        title=table.title,
        row_header=table.row_header.split(" · ")[0],
        row_labels=labels,
        column_labels=[table.column_labels[kappa]],
        values=values,
        measure="kappa",
        provenance=table.provenance,
    )
