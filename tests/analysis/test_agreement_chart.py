"""A coding comparison for readers: the chart shows each code's size-weighted kappa on an
axis with fractions, and Krippendorff's alpha is written with the report language's decimal
sign."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.agreement import AgreementOptions, AgreementReport, CoderGroup, coding_comparison
from analysis.agreement_table import agreement_table, kappa_chart_table
from exporters.charts import ChartLabels, render_chart
from models.database import ProjectDatabase, create_project
from tests.analysis.agreement_project import build


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AgreementReport]:
    db: ProjectDatabase = create_project(tmp_path_factory.mktemp("kappa") / "enighed æøå.tekstur")
    ids = build(db)
    groups = (
        CoderGroup("ane, birk", (ids.coders["ane"], ids.coders["birk"])),
        CoderGroup("jonas", (ids.coders["jonas"],)),
    )
    yield coding_comparison(db, AgreementOptions(*groups))
    db.close()


@pytest.mark.parametrize("language", ["da", "en"])
def test_one_bar_per_code_with_its_summary_kappa(report: AgreementReport, language: str) -> None:
    chart = kappa_chart_table(agreement_table(report, language))
    paths = ["/".join(s.code_path) for s in report.code_summaries]
    assert chart.row_labels == paths and paths
    assert chart.values == [[s.kappa] for s in report.code_summaries]
    assert chart.column_labels == ["Kappa"]
    assert chart.row_header == ("Kode" if language == "da" else "Code")


def test_the_kappa_axis_has_ticks_between_zero_and_one(
    report: AgreementReport, tmp_path: Path
) -> None:
    chart = kappa_chart_table(agreement_table(report, "da"))
    labels = ChartLabels("Kodersammenligning", "", "Kode", "", "da")
    out = render_chart(chart, "bar", tmp_path / "kappa æøå.svg", labels, size=(800, 400))
    texts = ["".join(t.itertext()).strip() for t in ET.parse(out).getroot().iter()]
    assert any(t in ("0,2", "0,5", "0,25") for t in texts), texts


def test_alpha_in_the_provenance_is_written_as_the_language_writes_decimals(
    report: AgreementReport,
) -> None:
    alphas = {
        language: [
            value
            for key, value in agreement_table(report, language).provenance.items()
            if key.startswith(("Krippendorff", "cu-alpha")) and value[:1].isdigit()
        ]
        for language in ("da", "en")
    }
    assert alphas["en"] and len(alphas["da"]) == len(alphas["en"])
    assert all("," in v and "." not in v for v in alphas["da"]), alphas
    assert [v.replace(",", ".") for v in alphas["da"]] == alphas["en"]
