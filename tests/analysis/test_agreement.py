"""Coding comparison: kappa and agreement by hand, spans, coder groups, units, summaries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.agreement import (
    AgreementOptions,
    AgreementReport,
    CoderGroup,
    coding_comparison,
    coverage_spans,
    kappa_and_agreement,
    span_differences,
)
from analysis.agreement_rows import AgreementRow
from models.database import ProjectDatabase, create_project
from tests.analysis.agreement_project import AgreementIds, build


@pytest.fixture(scope="module")
def project(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ProjectDatabase, AgreementIds]]:
    database = create_project(Path(tmp_path_factory.mktemp("agreement")) / "enighed.tekstur")
    ids = build(database)
    yield database, ids
    database.close()


def compare(
    project: tuple[ProjectDatabase, AgreementIds],
    a: tuple[str, ...] = ("ane",),
    b: tuple[str, ...] = ("jonas",),
    **options: object,
) -> AgreementReport:
    db, ids = project
    groups = (
        CoderGroup("+".join(a), tuple(ids.coders[n] for n in a)),
        CoderGroup("+".join(b), tuple(ids.coders[n] for n in b)),
    )
    return coding_comparison(db, AgreementOptions(*groups, **options))  # type: ignore[arg-type]


def row(report: AgreementReport, code: str, document: str) -> AgreementRow:
    return next(
        r for r in report.rows if "/".join(r.code_path) == code and r.document_name == document
    )


def test_the_hand_worked_example() -> None:
    # TU = 1000, both 50, A only 100, B only 50.
    kappa, agreement = kappa_and_agreement(1000, 150, 100, 50)
    assert agreement == 85.0
    assert round(kappa, 3) == 0.318
    # By hand: TA = 850, EF = 150·100/1000 + 850·900/1000 = 780, kappa = 70/220.
    assert kappa == pytest.approx(70 / 220)


@pytest.mark.parametrize(
    ("size", "a", "b", "both", "kappa", "agreement"),
    [
        (100, 0, 0, 0, 1.0, 100.0),  # nobody coded: TU == EF
        (100, 100, 100, 100, 1.0, 100.0),  # both coded everything
        (100, 0, 20, 0, 0.0, 80.0),  # A nothing, B something
        (100, 30, 0, 0, 0.0, 70.0),
        (100, 100, 0, 0, 0.0, 0.0),  # A everything, B nothing
        (100, 40, 40, 40, 1.0, 100.0),  # the same text
        (0, 0, 0, 0, 1.0, 100.0),  # no units at all
    ],
)
def test_degenerate_rows(
    size: int, a: int, b: int, both: int, kappa: float, agreement: float
) -> None:
    found_kappa, found_agreement = kappa_and_agreement(size, a, b, both)
    assert found_kappa == pytest.approx(kappa)
    assert found_agreement == agreement


def test_inconsistent_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="inconsistent"):
        kappa_and_agreement(10, 5, 5, 6)


def test_span_differences_are_merged_and_sorted() -> None:
    found = span_differences([(10, 20), (0, 5), (4, 8)], [(6, 15), (30, 40)])
    assert found.both == [(6, 8), (10, 15)]
    assert found.a_only == [(0, 6), (15, 20)]
    assert found.b_only == [(8, 10), (30, 40)]
    assert span_differences([], []).both == []


def test_coverage_of_a_group_is_the_union(project: tuple[ProjectDatabase, AgreementIds]) -> None:
    db, ids = project
    focus, code = ids.documents["Fokusgruppe Æbleø"], ids.codes["Samarbejde"]
    with db.read() as connection:
        both = coverage_spans(connection, focus, code, [ids.coders["ane"], ids.coders["birk"]])
        ane = coverage_spans(
            connection, ids.documents["Interview Søren"], ids.codes["Tid"], [ids.coders["ane"]]
        )
        nobody = coverage_spans(connection, focus, code, [])
    assert both == [(5, 15), (60, 80)]
    assert ane == [(0, 150)]  # [20, 60) lies inside [0, 150): counted once
    assert nobody == []


def test_character_rows(project: tuple[ProjectDatabase, AgreementIds]) -> None:
    report = compare(project)
    tid = row(report, "Tid", "Interview Søren")
    assert (tid.size, tid.a, tid.b, tid.both, tid.neither) == (1000, 150, 100, 50, 800)
    assert round(tid.kappa, 3) == 0.318 and tid.agreement == 85.0
    assert (tid.a_and_b, tid.neither_pct, tid.disagreement) == (5.0, 80.0, 15.0)
    assert (tid.a_not_b, tid.b_not_a) == (10.0, 5.0)
    # Emoji and æøå count one code point each: the focus group has 100.
    focus = row(report, "Samarbejde", "Fokusgruppe Æbleø")
    assert (focus.size, focus.a, focus.b, focus.both) == (100, 10, 15, 5)
    medical = row(report, "Lægelige oplysninger", "Fokusgruppe Æbleø")
    assert (medical.a, medical.b, medical.kappa, medical.agreement) == (0, 20, 0.0, 80.0)
    untouched = row(report, "Tid", "Notat")
    assert (untouched.kappa, untouched.agreement) == (1.0, 100.0)
    # Every code × every document, codes in tree order, documents by name.
    assert [(r.code_path[-1], r.document_name) for r in report.rows][:4] == [
        ("Samarbejde", "Fokusgruppe Æbleø"),
        ("Samarbejde", "Interview Søren"),
        ("Samarbejde", "Notat"),
        ("Tillid", "Fokusgruppe Æbleø"),
    ]
    assert len(report.rows) == 4 * 3


def test_summaries_pool_the_counts(project: tuple[ProjectDatabase, AgreementIds]) -> None:
    report = compare(project)
    summary = next(s for s in report.code_summaries if s.code_path == ("Tid",))
    assert summary.document_id is None
    assert (summary.size, summary.a, summary.b, summary.both) == (1140, 150, 100, 50)
    # Pooled: TA = 1140 − 200 = 940; kappa from the sums, not a mean of kappas.
    assert summary.agreement == pytest.approx(100 * 990 / 1140)
    expected_kappa, _ = kappa_and_agreement(1140, 150, 100, 50)
    assert summary.kappa == expected_kappa
    overall = report.overall
    assert overall.code_id is None
    assert overall.size == 4 * 1140
    assert overall.a == sum(r.a for r in report.rows)
    assert overall.both == sum(r.both for r in report.rows)


def test_groups_of_several_coders(project: tuple[ProjectDatabase, AgreementIds]) -> None:
    report = compare(project, a=("ane", "birk"))
    focus = row(report, "Samarbejde", "Fokusgruppe Æbleø")
    assert (focus.a, focus.b, focus.both) == (30, 15, 5)


def test_sub_codes_only_when_asked(project: tuple[ProjectDatabase, AgreementIds]) -> None:
    apart = row(compare(project), "Samarbejde", "Fokusgruppe Æbleø")
    rolled = row(compare(project, include_subcodes=True), "Samarbejde", "Fokusgruppe Æbleø")
    assert (apart.a, rolled.a) == (10, 15)


def test_sentence_and_paragraph_units(project: tuple[ProjectDatabase, AgreementIds]) -> None:
    # Each line "Åse: Ja 😀 tak. Nej." has two sentences (the label is in neither) and is one
    # paragraph. A codes [5, 15): the first sentence; B codes [10, 25): the first two
    # sentences, and the label of line two, which is in paragraph two but in no sentence.
    sentences = row(compare(project, unit="sentence"), "Samarbejde", "Fokusgruppe Æbleø")
    assert (sentences.size, sentences.a, sentences.b, sentences.both) == (10, 1, 2, 1)
    assert sentences.agreement == 90.0
    paragraphs = row(compare(project, unit="paragraph"), "Samarbejde", "Fokusgruppe Æbleø")
    assert (paragraphs.size, paragraphs.a, paragraphs.b, paragraphs.both) == (5, 1, 2, 1)
    interview = row(compare(project, unit="sentence"), "Tid", "Interview Søren")
    assert (interview.size, interview.a, interview.b, interview.both) == (1, 1, 1, 1)


def test_chosen_codes_and_documents(project: tuple[ProjectDatabase, AgreementIds]) -> None:
    _, ids = project
    report = compare(
        project,
        code_ids=(ids.codes["Tid"],),
        document_ids=(ids.documents["Interview Søren"],),
    )
    assert [(r.code_path, r.document_name) for r in report.rows] == [(("Tid",), "Interview Søren")]
    assert report.overall.kappa == report.rows[0].kappa


def test_options_round_trip_and_checks(project: tuple[ProjectDatabase, AgreementIds]) -> None:
    _, ids = project
    options = AgreementOptions(
        CoderGroup("A", (ids.coders["ane"], ids.coders["birk"])),
        CoderGroup("B", (ids.coders["jonas"],)),
        code_ids=(ids.codes["Tid"],),
        unit="paragraph",
        include_subcodes=True,
    )
    assert AgreementOptions.from_json(options.to_json()) == options
    with pytest.raises(ValueError, match="both groups"):
        AgreementOptions(CoderGroup("A", (1,)), CoderGroup("B", (1, 2)))
    with pytest.raises(ValueError, match="unit"):
        AgreementOptions(CoderGroup("A", (1,)), CoderGroup("B", (2,)), unit="word")
    with pytest.raises(ValueError, match="at least one coder"):
        AgreementOptions(CoderGroup("A", ()), CoderGroup("B", (2,)))
