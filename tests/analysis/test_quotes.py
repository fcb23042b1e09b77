"""The coded quotes report: sections per code, attributions, order, context, duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.attribution import AttributionTemplate, TemplateError
from analysis.filters import Where
from analysis.quotes import QuoteReportError, quote_report, sort_key
from models.commands import UpdateCode, apply_command
from models.database import ProjectDatabase, create_project
from models.quote_report import QuoteSection
from tests.analysis.hand_project import HandProject, build_hand_project


@pytest.fixture(scope="module")
def project(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ProjectDatabase, HandProject]]:
    path: Path = tmp_path_factory.mktemp("citater") / "citater.tekstur"
    db = create_project(path, name="Citater fra forsøget")
    hand = build_hand_project(db)
    apply_command(
        db,
        UpdateCode(
            hand.codes["Samarbejde"], description="Når borger og sagsbehandler arbejder sammen."
        ),
    )
    yield db, hand
    db.close()


def section(sections: tuple[QuoteSection, ...], path: str) -> QuoteSection:
    return next(s for s in sections if "/".join(s.path) == path)


def test_one_section_per_code_in_tree_order_with_nested_levels(
    project: tuple[ProjectDatabase, HandProject],
) -> None:
    db, hand = project
    report = quote_report(db, code_ids=[hand.codes["Tid"], hand.codes["Samarbejde"]])
    assert [("/".join(s.path), s.level) for s in report.sections] == [
        ("Samarbejde", 1),
        ("Samarbejde/Tillid", 2),
        ("Samarbejde/Konflikt", 2),
        ("Tid", 1),
    ]
    top = report.sections[0]
    assert top.description == "Når borger og sagsbehandler arbejder sammen."
    assert top.name == "Samarbejde"
    # Samarbejde: ane's two passages, one within the other, are one quote. Tillid: two quotes
    # (each coded by both coders, once identically and once within a longer passage).
    assert [q.text for q in top.quotes] == ["Min sagsbehandler ringer tilbage. Jeg føler mig hørt."]
    assert top.quotes_below == 2 + 2
    assert report.project == "Citater fra forsøget"
    assert report.quote_count == 1 + 2 + 2 + 3


def test_a_sub_code_alone_is_a_top_heading(project: tuple[ProjectDatabase, HandProject]) -> None:
    db, hand = project
    report = quote_report(db, code_ids=[hand.codes["Samarbejde/Konflikt"], hand.codes["Tid"]])
    assert [(s.name, s.level) for s in report.sections] == [("Konflikt", 1), ("Tid", 1)]
    without = quote_report(db, code_ids=[hand.codes["Samarbejde"]], include_subcodes=False)
    assert [s.name for s in without.sections] == ["Samarbejde"]


def test_a_passage_two_coders_coded_is_one_quote(
    project: tuple[ProjectDatabase, HandProject],
) -> None:
    db, hand = project
    tillid = quote_report(db, code_ids=[hand.codes["Samarbejde/Tillid"]]).sections[0]
    assert [(q.text, q.coders) for q in tillid.quotes] == [
        # ane's "tilliden vokser" lies within jonas's longer passage: the longer is quoted.
        ("Vi har tid til borgeren nu 😀 og tilliden vokser.", ("jonas", "ane")),
        ("Jeg føler mig hørt.", ("ane", "jonas")),  # coded identically by both
    ]
    # Overlapping passages that neither holds stay apart (Tid: ane's and jonas's).
    tid = quote_report(db, code_ids=[hand.codes["Tid"]]).sections[0]
    assert [q.coders for q in tid.quotes] == [("ane",), ("jonas",), ("ane",)]


def test_attribution_lines_drop_a_missing_value_and_its_separator(
    project: tuple[ProjectDatabase, HandProject],
) -> None:
    db, hand = project
    konflikt = quote_report(db, code_ids=[hand.codes["Samarbejde/Konflikt"]]).sections[0]
    lines = {q.document_name: q.attribution for q in konflikt.quotes}
    # Bjørn's case has Rolle and Afdeling; Runde comes from the focus group document.
    assert lines["Fokusgruppe R1"] == "Leder, Ordinær, R1"
    # The note has no case: only its document's Runde reaches it, with no stray commas.
    assert lines["Notat"] == "R1"


def test_fixed_placeholders_document_speaker_case_and_coder(
    project: tuple[ProjectDatabase, HandProject],
) -> None:
    db, hand = project
    report = quote_report(
        db,
        code_ids=[hand.codes["Lægelige oplysninger"]],
        template="{taler} ({Rolle}), {dokument}; {koder}",
    )
    lines = [q.attribution for q in report.sections[0].quotes]
    assert lines == [
        "Bjørn (Leder), Fokusgruppe R1; ane",
        "Søren (Borger), Interview Søren; jonas",
    ]
    english = quote_report(db, code_ids=[hand.codes["Tid"]], template="{Speaker}, {Case}, {Coder}")
    assert english.sections[0].quotes[0].attribution == "Åse, Åse, ane"


def test_unknown_placeholder_and_order_are_named(
    project: tuple[ProjectDatabase, HandProject],
) -> None:
    db, hand = project
    with pytest.raises(TemplateError, match=r"\{Afdelingen\}.*\{Rund\}"):
        quote_report(db, code_ids=[hand.codes["Tid"]], template="{Rolle}, {Afdelingen}, {Rund}")
    with pytest.raises(QuoteReportError, match="Køn"):
        quote_report(db, code_ids=[hand.codes["Tid"]], order_by=["Køn"])
    with pytest.raises(TemplateError, match="brace"):
        quote_report(db, code_ids=[hand.codes["Tid"]], template="{Rolle, Runde")


def test_quotes_ordered_by_attribute_then_document_and_position(
    project: tuple[ProjectDatabase, HandProject],
) -> None:
    db, hand = project
    tillid = hand.codes["Samarbejde/Tillid"]
    plain = quote_report(db, code_ids=[tillid], template="{Alder}").sections[0]
    # Document by name first: the focus group (Åse, 45) before Søren's interview (31).
    assert [q.attribution for q in plain.quotes] == ["45", "31"]
    by_age = quote_report(db, code_ids=[tillid], template="{Alder}", order_by=["Alder"]).sections[0]
    assert [q.attribution for q in by_age.quotes] == ["31", "45"]
    # Within one document, by position: Tid's three quotes in the focus group.
    tid = quote_report(db, code_ids=[hand.codes["Tid"]]).sections[0]
    assert [q.start for q in tid.quotes] == sorted(q.start for q in tid.quotes)


def test_values_with_numbers_sort_as_numbers() -> None:
    values = ["R10", "R2", "100", "9", None, "45,5", "r1", "Ærø"]
    assert sorted(values, key=sort_key) == ["9", "45,5", "100", "r1", "R2", "R10", "Ærø", None]


def test_context_around_a_quote(project: tuple[ProjectDatabase, HandProject]) -> None:
    db, hand = project
    report = quote_report(db, code_ids=[hand.codes["Samarbejde/Konflikt"]], context_chars=12)
    note = next(q for q in report.sections[0].quotes if q.document_name == "Notat")
    assert (note.before, note.text, note.after) == ("Mødet ", "blev aflyst", " – vi ses i ")
    assert report.settings["context"] == "12"


def test_filters_narrow_the_quotes(project: tuple[ProjectDatabase, HandProject]) -> None:
    db, hand = project
    tillid = hand.codes["Samarbejde/Tillid"]
    citizens = quote_report(db, code_ids=[tillid], where=Where.parse(["Rolle=Borger"]))
    assert [q.text for q in citizens.sections[0].quotes] == ["Jeg føler mig hørt."]
    assert citizens.settings["where"] == "Rolle=Borger"
    jonas = quote_report(db, code_ids=[tillid], coder_ids=[hand.coders["jonas"]])
    assert {q.coders for q in jonas.sections[0].quotes} == {("jonas",)}
    assert jonas.settings["coders"] == "jonas"


def test_template_parts() -> None:
    values = {"Rolle": "Sagsbehandler", "Runde": "R1"}
    assert AttributionTemplate("{Rolle} ({Afdeling})").render(values) == "Sagsbehandler"
    assert AttributionTemplate("{Rolle} ({Runde})").render(values) == "Sagsbehandler (R1)"
    assert AttributionTemplate("{Afdeling}, {Rolle}").render(values) == "Sagsbehandler"
    assert AttributionTemplate("Rolle: {Afdeling}, Runde: {Runde}.").render(values) == "Runde: R1."
    assert AttributionTemplate("— {Afdeling}").render(values) == ""
    assert AttributionTemplate("Anonym deltager").render(values) == "Anonym deltager"
    assert AttributionTemplate("{Rolle}, {Afdeling}").unknown_names(["Rolle"]) == ["Afdeling"]
