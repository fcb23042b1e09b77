"""The pure core: what find_in_text reports in short Danish passages, and what it leaves."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from analysis.identifiers import IdentifierCategory, find_in_text

C = IdentifierCategory


def found(
    text: str,
    speakers: Sequence[str] = (),
    extra_terms: Sequence[str] = (),
    ignore: Sequence[str] = (),
    language: str = "da",
) -> list[tuple[str, IdentifierCategory]]:
    results = find_in_text(
        text, speakers=speakers, extra_terms=extra_terms, ignore=ignore, language=language
    )
    return [(text[start:end], category) for start, end, category, _c, _s in results]


def confidence(text: str, surface: str) -> float:
    for start, end, _category, value, _source in find_in_text(text):
        if text[start:end] == surface:
            return value
    raise AssertionError(f"{surface!r} not found in {text!r}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hans cpr er 010190-1234.", [("010190-1234", C.CPR)]),
        ("Cpr 3112851234 står i sagen.", [("3112851234", C.CPR)]),
        ("Nummeret 320190-1234 og 011390-1234 er ugyldige.", []),
        ("Ring på 23456789 i dag.", [("23456789", C.PHONE)]),
        ("Ring på 12 34 56 78 i dag.", [("12 34 56 78", C.PHONE)]),
        ("Ring på 1234 5678 i dag.", [("1234 5678", C.PHONE)]),
        ("Ring på +45 12 34 56 78 i dag.", [("+45 12 34 56 78", C.PHONE)]),
        ("Ring på 0045 23456789 i dag.", [("0045 23456789", C.PHONE)]),
        ("Ring på 23-45-67-89 i dag.", [("23-45-67-89", C.PHONE)]),
        ("Skriv til tove.jensen@aarhus.dk i dag.", [("tove.jensen@aarhus.dk", C.EMAIL)]),
        (
            "Hun bor på Østergade 7A, 3. th., 7100 Vejle nu.",
            [("Østergade 7A, 3. th., 7100 Vejle", C.ADDRESS)],
        ),
        ("Adressen er Hans Jensens Vej 3 st. tv.", [("Hans Jensens Vej 3 st. tv.", C.ADDRESS)]),
        ("Post til 8000 Aarhus C i morgen.", [("8000 Aarhus C", C.ADDRESS)]),
    ],
)
def test_patterns(text: str, expected: list[tuple[str, IdentifierCategory]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I 2019 og 2020 fik hun 12.500 kr. om måneden.",
        "Perioden 2018 2019 var svær, og datoen 20190312 står i journalen.",
        "Hun arbejder 8 timer om dagen og har 12 500 kr. og 1.250.000 kr. i gæld.",
        "Sagsnummer 27.15.00-G01-3-19 og journalnummer 2019-004512.",
        "Vi skal have en plan, og hun vil gerne bo i en lund ved en holm med vang og sten.",
        "Det er svært. Jeg ved det ikke. Hvad gør vi? Vejen var lang. Have du set det?",
        "Interviewer: Sagsbehandler og Borger taler. Deltager 1 og Leder svarer.",
        "Jobcentret og kommunen og rehabiliteringsteamet holdt møde.",
        "Mødet den 12.03.2019 kl. 14.30 efter § 56; sagsnr. 2019-0045, tlf.-tid kl. 9-12.",
        "Hun har 11.250,50 kr. og 2.345.678 kr. i gæld og får 19.650 kr. fra 01.01.2020.",
        "Borger: Ja. Per telefon? Nej, per mail. Frank talt. Storm og regn. Lykke til.",
    ],
)
def test_ordinary_text_has_no_identifiers(text: str) -> None:
    assert found(text) == []


def test_role_labels_name_nobody() -> None:
    text = "Interviewer spurgte, og Deltager svarede, mens SB1 og R1 lyttede."
    labels = ["Interviewer", "Deltager 1", "SB1", "I", "B", "R1", "Sagsbehandler 2"]
    assert found(text, speakers=labels) == []


def test_speaker_label_names_are_found_everywhere() -> None:
    text = "Hun hedder Gülsen. Gülsens mor og Thorvald Kjærbølling kom. Gülsen Aydın var der."
    labels = ["Borger (Gülsen)", "Sagsbehandler Thorvald Kjærbølling"]
    assert found(text, speakers=labels) == [
        ("Gülsen", C.PERSON),
        ("Gülsen", C.PERSON),
        ("Thorvald Kjærbølling", C.PERSON),
        ("Gülsen Aydın", C.PERSON),
    ]


def test_names_in_genitive_leave_out_the_ending() -> None:
    text = "Jeg så Toves mand, Lars' bil og Anne-Maries hus i Aarhus' midtby."
    assert found(text) == [
        ("Tove", C.PERSON),
        ("Lars", C.PERSON),
        ("Anne-Marie", C.PERSON),
        ("Aarhus", C.PLACE),
    ]


def test_full_names_and_guessed_surnames() -> None:
    text = "Vi talte med Anne Marie Holm, Lise Kowalski og Zofia Jensen hos Jobcenter Aarhus."
    results = find_in_text(text)
    assert [(text[s:e], c, src) for s, e, c, _v, src in results] == [
        ("Anne Marie Holm", C.PERSON, "name list"),
        ("Lise Kowalski", C.PERSON, "capitalised"),
        ("Zofia Jensen", C.PERSON, "capitalised"),
        ("Jobcenter Aarhus", C.ORGANISATION, "name list"),
    ]
    assert results[0][3] > results[1][3]


def test_sentence_starts_need_more_evidence() -> None:
    assert confidence("Tove ringede i går.", "Tove") < confidence("I går ringede Tove.", "Tove")
    assert found("Hans bil holdt der. Hans kom også.") == []
    assert found("Vi ringede til Hans om det.") == [("Hans", C.PERSON)]
    assert found("Vejen var lang. Hun bor i Vejen.") == [("Vejen", C.PLACE)]


def test_places_and_organisations() -> None:
    text = (
        "Hun flyttede fra Ikast-Brande til Nykøbing Falster og fik brev fra Udbetaling "
        "Danmark, Københavns Kommune og a-kassen FOA, før hun kom til Aarhus C."
    )
    assert found(text) == [
        ("Ikast-Brande", C.PLACE),
        ("Nykøbing Falster", C.PLACE),
        ("Udbetaling Danmark", C.ORGANISATION),
        ("Københavns Kommune", C.ORGANISATION),
        ("FOA", C.ORGANISATION),
        ("Aarhus C", C.PLACE),
    ]


def test_user_terms_are_whole_words_in_any_case_and_win_over_names() -> None:
    text = "Børnehaven SOLSIKKEN ligger ved Solsikkevejen og café Sigurd i Ry."
    assert found(text, extra_terms=["Solsikken", "Café Sigurd", "  "]) == [
        ("SOLSIKKEN", C.TERM),
        ("café Sigurd", C.TERM),
        ("Ry", C.PLACE),
    ]


def test_ignored_surfaces_are_never_reported() -> None:
    text = "Tove bor i Randers, og Tove Jensen bor i Skive."
    assert found(text, ignore=["randers", "Tove Jensen"]) == [
        ("Tove", C.PERSON),
        ("Skive", C.PLACE),
    ]


def test_positions_are_code_points_after_emoji_and_combining_marks() -> None:
    text = "😀👍🏽 Ǻse og Tove 😀 ringede fra 23 45 67 89."
    spans = [(s, e) for s, e, _c, _v, _s in find_in_text(text)]
    assert [text[s:e] for s, e in spans] == ["Tove", "23 45 67 89"]
    assert spans[0] == (text.index("Tove"), text.index("Tove") + 4)


def test_english_pipeline() -> None:
    text = "The caseworker, Mette Nielsen, phoned 23 45 67 89 from Jobcenter Odense."
    assert found(text, language="en") == [
        ("Mette Nielsen", C.PERSON),
        ("23 45 67 89", C.PHONE),
        ("Jobcenter Odense", C.ORGANISATION),
    ]
    with pytest.raises(ValueError, match="not supported"):
        find_in_text(text, language="de")


def test_a_full_name_s_parts_are_found_alone_in_the_same_text() -> None:
    text = (
        "Nu har jeg fået Lise Kowalski fra Ærø. Kowalski ringer tilbage, og Kowalskis "
        "kollega Søren Aydın også. Hans bil holdt der. Jeg talte med Aydın og Lise i går."
    )
    results = {
        (text[start:end], start): (category, value, source)
        for start, end, category, value, source in find_in_text(text)
    }
    parts = sorted(
        (surface, start)
        for (surface, start), (*_, source) in results.items()
        if source == "same name"
    )
    assert parts == [
        ("Aydın", text.index("Aydın og Lise")),
        ("Kowalski", text.index("Kowalski ringer")),
        ("Kowalski", text.index("Kowalskis")),
    ]
    assert results[parts[0]][:2] == results[parts[2]][:2] == (C.PERSON, 0.6)
    assert results[parts[1]][:2] == (C.PERSON, 0.5)  # a sentence start
    assert ("Hans", text.index("Hans bil")) not in results  # an ordinary word starts a sentence
    assert found("Kowalski ringer.", ignore=["kowalski"]) == []


TRANSCRIPT = (
    "Interviewer: Hvordan gik mødet på Ærø?\n"
    "Sagsbehandler Bjørg: Lise har været god til at møde op. Søndag ringede jeg, og "
    "Lise Kowalski sagde, at hun var træt.\n"
    "Interviewer: Og hendes familie?\n"
    "Sagsbehandler Bjørg: Lises søn er flyttet. »Lise« kalder hun sig selv. Lise' er ikke "
    "noget ord. Hans bil er gået i stykker, så hun går.\n"
)


def _spans(text: str, speakers: Sequence[str] = ()) -> dict[int, tuple[str, float]]:
    return {
        start: (text[start:end], value)
        for start, end, category, value, _source in find_in_text(text, speakers=speakers)
        if category is C.PERSON
    }


def test_a_name_that_is_also_a_word_is_a_person_everywhere_once_the_text_names_someone() -> None:
    spans = _spans(TRANSCRIPT, speakers=["Interviewer", "Sagsbehandler Bjørg"])
    lise = [i for i in range(len(TRANSCRIPT)) if TRANSCRIPT.startswith("Lise", i)]
    assert len(lise) == 5
    full = TRANSCRIPT.index("Lise Kowalski")
    assert spans[full] == ("Lise Kowalski", 0.65)
    for start in lise:  # before and after the full name, in the genitive, in quotes
        assert spans[start][0] in ("Lise", "Lise Kowalski"), TRANSCRIPT[start : start + 20]
    assert spans[TRANSCRIPT.index("Lise har")] == ("Lise", 0.5)  # a sentence start
    assert spans[TRANSCRIPT.index("Lises søn")] == ("Lise", 0.5)
    assert TRANSCRIPT.index("Hans bil") not in spans  # nobody here is called Hans
    assert TRANSCRIPT.index("Søndag") not in spans


def test_without_the_full_name_a_sentence_start_stays_a_word() -> None:
    text = TRANSCRIPT.replace("Lise Kowalski", "borgeren")
    assert [surface for surface, _value in _spans(text).values()] == []


def test_a_name_standing_alone_inside_a_sentence_names_a_person_at_sentence_starts_too() -> None:
    text = "Lise har det godt. Jeg har talt med Lise i dag.\nLises mor ringede. Vi så lise."
    assert sorted(_spans(text).items()) == [
        (0, ("Lise", 0.5)),
        (text.index("Lise i"), ("Lise", 0.7)),
        (text.index("Lises"), ("Lise", 0.5)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hans bil er gået i stykker. Han går på arbejde.", []),
        (
            "Hans Jensen kom for sent. Hans sagde undskyld, og Hans' datter ventede.",
            [("Hans Jensen", 0.95), ("Hans", 0.5), ("Hans", 0.7)],
        ),
        (
            "Hans sagde undskyld. Bagefter kom Hans Jensen med sin søster Åse.",
            [("Hans", 0.5), ("Hans Jensen", 0.95), ("Åse", 0.85)],
        ),
        ("Adressen er Hans Jensens Vej 3. Hans bil holdt der.", []),
    ],
)
def test_hans_is_a_person_only_where_the_text_names_one(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [found for _start, found in sorted(_spans(text).items())] == expected
