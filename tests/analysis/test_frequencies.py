"""Code frequencies on the hand-built project; every number worked out by hand."""

from __future__ import annotations

import pytest

from analysis.filters import QueryFilter, Where
from analysis.frequencies import FrequencyOptions, code_frequencies
from models.database import ProjectDatabase
from tests.analysis.hand_project import HandProject, build_hand_project

CODES = ["Samarbejde", "Samarbejde/Tillid", "Samarbejde/Konflikt", "Lægelige oplysninger", "Tid"]


@pytest.fixture
def hand(db: ProjectDatabase) -> HandProject:
    return build_hand_project(db)


def rows(db: ProjectDatabase, **options: object) -> dict[str, list[int | float]]:
    table = code_frequencies(db, FrequencyOptions(**options))  # type: ignore[arg-type]
    return dict(zip(table.row_labels, table.values, strict=True))


def test_references_words_documents_and_cases_per_code(
    db: ProjectDatabase, hand: HandProject
) -> None:
    table = code_frequencies(db)
    assert table.row_labels == CODES
    assert table.column_labels == ["References", "Words coded", "Documents coded", "Cases coded"]
    assert table.row_keys == [hand.codes[path] for path in CODES]
    assert dict(zip(table.row_labels, table.values, strict=True)) == {
        # Two codings in the interview (Søren's); "Min sagsbehandler ringer tilbage. Jeg føler
        # mig hørt." is 8 words and holds the other one.
        "Samarbejde": [2, 8, 1, 1],
        # Four codings (ane's and jonas's "Jeg føler mig hørt." are two). Words: in the focus
        # group "Vi har tid til borgeren nu 😀 og tilliden vokser." holds ane's "tilliden
        # vokser": 9 words (the emoji is none); in the interview 4. Cases Åse and Søren.
        "Samarbejde/Tillid": [4, 13, 2, 2],
        # "der kø, og lægerne svarer sent.\nI: Hvad med rehabiliteringsteamet?" is 10 words,
        # "blev aflyst" 2. Only Bjørn owns any of it: the interviewer and the note have no case.
        "Samarbejde/Konflikt": [2, 12, 2, 1],
        # "lægerne svarer sent" 3 + "Lægen skrev en attest, og cafe\u0301en" 6 (the combining
        # accent keeps caféen one word). Cases Bjørn and Søren.
        "Lægelige oplysninger": [2, 9, 2, 2],
        # "Vi har tid til borgeren nu 😀" 6 + "papirerne tager tid" 3 + "tilliden vokser.\nBjørn:
        # Hos os er der kø" 8 (no overlap between them); the last spans Åse's and Bjørn's turns.
        "Tid": [3, 17, 1, 2],
    }
    assert table.provenance["documents considered"] == "3"
    assert table.provenance["codings considered"] == "13"


def test_sub_codes_rolled_up_count_a_passage_coded_at_parent_and_child_once(
    db: ProjectDatabase, hand: HandProject
) -> None:
    counted = rows(db, include_subcodes=True)
    # Samarbejde's own 2 codings + Tillid's 4 + Konflikt's 2 = 8, but ane coded "Jeg føler mig
    # hørt." at both Samarbejde and Tillid: 7 references. (jonas's coding of the same span is
    # another coder's: it stays.) Words: interview 8 (everything there lies inside "Min
    # sagsbehandler … hørt."), focus group 9 (Tillid) + 10 (Konflikt), note 2 = 29. Documents:
    # all three. Cases: Søren, Åse, Bjørn.
    assert counted["Samarbejde"] == [7, 29, 3, 3]
    assert counted["Samarbejde/Tillid"] == [4, 13, 2, 2]  # no sub-codes: unchanged
    assert counted["Tid"] == [3, 17, 1, 2]


def test_per_coder(db: ProjectDatabase, hand: HandProject) -> None:
    table = code_frequencies(db, FrequencyOptions(per_coder=True, measures=("references", "words")))
    assert table.column_labels == [
        "References (ane)",
        "Words coded (ane)",
        "References (jonas)",
        "Words coded (jonas)",
    ]
    counted = dict(zip(table.row_labels, table.values, strict=True))
    # ane: "tilliden vokser" 2 words + "Jeg føler mig hørt." 4; jonas: 9 + 4.
    assert counted["Samarbejde/Tillid"] == [2, 6, 2, 13]
    # ane: "Vi har tid til borgeren nu 😀" 6 + "papirerne tager tid" 3; jonas: 8 words.
    assert counted["Tid"] == [2, 9, 1, 8]
    assert counted["Samarbejde"] == [2, 8, 0, 0]


def test_filters_by_coder_document_and_attribute(db: ProjectDatabase, hand: HandProject) -> None:
    jonas = rows(db, filter=QueryFilter(coder_ids=(hand.coders["jonas"],)))
    assert jonas["Samarbejde/Konflikt"] == [1, 2, 1, 0]  # only the note: no case
    note = rows(db, filter=QueryFilter(document_ids=(hand.documents["note"],)))
    assert note["Samarbejde/Konflikt"] == [1, 2, 1, 0]
    assert note["Tid"] == [0, 0, 0, 0]
    trial = rows(db, filter=QueryFilter(where=Where.parse(["Afdeling=Forsøg"])))
    # Only Åse's and Søren's text is read. Tid: Åse's two codings and the Åse piece of the
    # coding across turns ("tilliden vokser." = 2 words): 3 references, 6 + 3 + 2 words.
    assert trial["Tid"] == [3, 11, 1, 1]
    assert trial["Samarbejde/Konflikt"] == [0, 0, 0, 0]  # Bjørn's, the interviewer's, the note
    assert trial["Lægelige oplysninger"] == [1, 6, 1, 1]  # Søren's


def test_options_round_trip_through_json(hand: HandProject) -> None:
    options = FrequencyOptions(
        code_ids=(hand.codes["Tid"],),
        include_subcodes=True,
        per_coder=True,
        measures=("words",),
        filter=QueryFilter((1, 2), (3,), Where.parse(["Alder>40", "Rolle!=Leder"], True)),
    )
    assert FrequencyOptions.from_json(options.to_json()) == options
    with pytest.raises(ValueError, match="unknown measure"):
        FrequencyOptions(measures=("ord",))
