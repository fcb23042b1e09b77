"""Text search: plain, wildcard, regex and lemma modes, keyword in context, restrictions."""

from __future__ import annotations

import pytest

from analysis.search import (
    SearchMode,
    SearchOptions,
    SearchPatternError,
    compile_pattern,
    find_pattern,
    text_search,
)
from analysis.text_scope import TextScope
from models.database import ProjectDatabase
from models.progress import OperationCancelledError
from tests.analysis.text_project import FOCUS_GROUP, INTERVIEW, build, span


def hits(db: ProjectDatabase, pattern: str, mode: SearchMode, **options: object) -> list[str]:
    return [row.hit for row in text_search(db, SearchOptions(pattern, mode, **options))]  # type: ignore[arg-type]


def test_plain_search_is_case_insensitive_and_whole_words(db: ProjectDatabase) -> None:
    build(db)
    assert hits(db, "borgerne", SearchMode.PLAIN) == ["borgerne", "Borgerne"]
    assert hits(db, "BORGER", SearchMode.PLAIN) == ["Borger", "Borger", "Borger"]
    assert hits(db, "ringer   tilbage", SearchMode.PLAIN) == ["ringer tilbage", "ringer tilbage"]
    assert hits(db, "borgerne", SearchMode.PLAIN, match_case=True) == ["borgerne"]


def test_positions_are_code_points_after_an_emoji(db: ProjectDatabase) -> None:
    ids = build(db)
    rows = text_search(db, SearchOptions("borgerens", SearchMode.PLAIN))
    assert [(r.document_id, r.start, r.end) for r in rows] == [
        (ids.focus_group, *span(FOCUS_GROUP, "borgerens"))
    ]
    assert FOCUS_GROUP[rows[0].start - 5 : rows[0].start] == "😀 og "
    row = text_search(
        db, SearchOptions("ringer", SearchMode.PLAIN, scope=TextScope((ids.interview,)))
    )[0]
    assert (row.start, row.end) == span(INTERVIEW, "ringer")
    assert INTERVIEW[row.start : row.end] == "ringer"


def test_wildcards_stay_within_a_word(db: ProjectDatabase) -> None:
    build(db)
    # Documents in name order: the interview first.
    assert hits(db, "borger*", SearchMode.WILDCARD) == [
        "Borger",
        "Borger",
        "Borgere",
        "borgerrådgiveren",
        "Borger",
        "borgerne",
        "borgeren",
        "borgerens",
        "Borgerne",
    ]
    assert hits(db, "b?rgere", SearchMode.WILDCARD) == ["Borgere"]
    assert hits(db, "*vokser", SearchMode.WILDCARD) == ["vokser"]
    assert hits(db, "sag* skal", SearchMode.WILDCARD) == ["Sagen skal"]


def test_regular_expressions(db: ProjectDatabase) -> None:
    build(db)
    assert hits(db, r"ring(er|e)\b", SearchMode.REGEX) == ["ringer", "ringer"]
    assert hits(db, r"\d", SearchMode.REGEX) == []
    assert hits(db, r"x*", SearchMode.REGEX) == []  # empty matches are no hits
    with pytest.raises(SearchPatternError, match=r"'ring\(er' is not a valid regular expression"):
        hits(db, "ring(er", SearchMode.REGEX)
    with pytest.raises(SearchPatternError, match="empty"):
        compile_pattern("  ", SearchMode.PLAIN)


def test_lemma_search_finds_every_inflected_form(db: ProjectDatabase) -> None:
    build(db)
    found = hits(db, "borgere", SearchMode.LEMMA, language="da")
    assert found == [
        "Borger",
        "Borger",
        "Borgere",
        "Borger",
        "borgerne",
        "borgeren",
        "borgerens",
        "Borgerne",
    ]
    assert "borgerrådgiveren" not in found
    assert hits(db, "lægeligt oplysningen kom", SearchMode.LEMMA, language="da") == [
        "Lægelige oplysninger kommer"
    ]
    assert hits(db, "økonomi", SearchMode.LEMMA) == ["økonomien", "Økonomien"]
    # "ringer" is counted under the noun "ringer", but is also a form of the verb "ringe".
    assert hits(db, "ringede", SearchMode.LEMMA, language="da") == ["ringer", "ringer"]
    assert hits(db, "borger", SearchMode.LEMMA, language="da") == found


def test_keyword_in_context_rows(db: ProjectDatabase) -> None:
    ids = build(db)
    rows = text_search(db, SearchOptions("tilliden", SearchMode.PLAIN, context=3))
    assert len(rows) == 1
    row = rows[0]
    assert (row.document_id, row.document, row.speaker) == (
        ids.focus_group,
        "Fokusgruppe R1 forsøg",
        "Sagsbehandler Åse",
    )
    assert (row.left, row.hit, row.right) == (
        "og borgerens familie. ",
        "Tilliden",
        " vokser, f.eks. når",
    )
    heading = text_search(db, SearchOptions("økonomien", SearchMode.PLAIN, context=10))[0]
    assert heading.speaker is None  # a heading is no one's turn
    assert (heading.left, heading.right) == ("Hvad med ", "?")


def test_restrictions(db: ProjectDatabase) -> None:
    ids = build(db)
    speaker = TextScope(speakers=("Sagsbehandler Bøje",))
    assert hits(db, "borger*", SearchMode.WILDCARD, scope=speaker) == ["Borgerne"]
    case = TextScope(case_ids=(ids.case_ase,))
    assert hits(db, "borger*", SearchMode.WILDCARD, scope=case) == ["borgeren", "borgerens"]
    citizen = TextScope(case_ids=(ids.case_citizen,))
    assert len(hits(db, "borger*", SearchMode.WILDCARD, scope=citizen)) == 5
    coded = TextScope(code_ids=(ids.trust,))
    assert hits(db, "*", SearchMode.WILDCARD, scope=coded) == [
        "Jeg",
        "føler",
        "mig",
        "hørt",
        "Tilliden",
        "vokser",
    ]
    both = TextScope(speakers=("Borger",), code_ids=(ids.trust,))
    assert hits(db, "jeg", SearchMode.PLAIN, scope=both) == ["Jeg"]
    document = TextScope(document_ids=(ids.interview,))
    assert hits(db, "ringer", SearchMode.LEMMA, scope=document) == ["ringer"]


def test_progress_and_cancelling(db: ProjectDatabase) -> None:
    build(db)
    reports: list[tuple[int, int, str]] = []
    text_search(db, SearchOptions("tid"), lambda d, t, w: reports.append((d, t, w)))
    assert reports[0] == (0, 2, "Borgerinterview R3") and reports[-1] == (2, 2, "")

    def cancel(done: int, total: int, what: str) -> None:
        raise OperationCancelledError

    with pytest.raises(OperationCancelledError):
        text_search(db, SearchOptions("tid"), cancel)


def test_find_pattern_keeps_hits_inside_the_spans() -> None:
    text = "tid og tid og tid"
    pattern = compile_pattern("tid", SearchMode.PLAIN)
    assert find_pattern(text, [(0, 3), (7, 12)], pattern) == [(0, 3), (7, 10)]
    assert find_pattern(text, [(1, 17)], pattern) == [(7, 10), (14, 17)]
