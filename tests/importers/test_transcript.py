"""Speaker turns, legends and headings found in the shapes real Danish transcripts take."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.result import Block, table_row
from importers.transcript import Transcript, build_transcript


def lines(text: str) -> Transcript:
    return build_transcript([Block(line) for line in text.split("\n")])


def said(transcript: Transcript) -> list[tuple[str, str]]:
    """Each turn as (speaker, the text it covers)."""
    return [(t.speaker, transcript.text[t.start : t.end]) for t in transcript.turns]


def test_text_is_the_blocks_joined_exactly() -> None:
    blocks = [Block("Ærø, 3. marts"), Block(""), Block("  I: Hvad så? 🙂  "), Block("\tslut")]
    transcript = build_transcript(blocks)
    assert transcript.text == "Ærø, 3. marts\n\n  I: Hvad så? 🙂  \n\tslut"


def test_name_colon_turns_with_continuation_lines() -> None:
    transcript = lines(
        "Interview med borger, runde 2\n"
        "\n"
        "I: Hvordan går det med praktikken?\n"
        "Borger: Godt. Jeg er der to dage om ugen.\n"
        "Og jeg er glad for kollegerne.\n"
        "\n"
        "I: Hvad med økonomien?\n"
        "Borger: Den er stram."
    )
    assert said(transcript) == [
        ("I", "Hvordan går det med praktikken?"),
        ("Borger", "Godt. Jeg er der to dage om ugen.\nOg jeg er glad for kollegerne."),
        ("I", "Hvad med økonomien?"),
        ("Borger", "Den er stram."),
    ]
    assert transcript.speakers == ["I", "Borger"]


def test_uppercase_numbered_and_bracketed_labels() -> None:
    transcript = lines(
        "INTERVIEWER: Velkommen til.\n"
        "I1: Tak.\n"
        "[Søren] Jeg starter gerne.\n"
        "[Ærtebjerg]: Og jeg fortsætter.\n"
        "INTERVIEWER: Godt."
    )
    assert said(transcript) == [
        ("INTERVIEWER", "Velkommen til."),
        ("I1", "Tak."),
        ("Søren", "Jeg starter gerne."),
        ("Ærtebjerg", "Og jeg fortsætter."),
        ("INTERVIEWER", "Godt."),
    ]


def test_timestamps_before_and_after_the_label() -> None:
    transcript = lines(
        "Mette (00:12:33): Vi ringer altid tilbage.\n"
        "[00:13:05] Jens: Også om fredagen?\n"
        "00:13:09 Mette: Ja.\n"
        "Jens [01:02:03.5]: Imponerende.\n"
        "Mette: (00:14:00) Tak."
    )
    assert said(transcript) == [
        ("Mette", "Vi ringer altid tilbage."),
        ("Jens", "Også om fredagen?"),
        ("Mette", "Ja."),
        ("Jens", "Imponerende."),
        ("Mette", "Tak."),
    ]
    assert [t.media_start_ms for t in transcript.turns] == [
        753_000,
        785_000,
        789_000,
        3_723_500,
        840_000,
    ]


def test_label_lines_with_a_time_and_the_speech_below() -> None:
    transcript = lines(
        "Speaker 1  0:03\nHej, og velkommen.\n\nSpeaker 2  0:09\nTak skal du have.\nDet er rart."
    )
    assert said(transcript) == [
        ("Speaker 1", "Hej, og velkommen."),
        ("Speaker 2", "Tak skal du have.\nDet er rart."),
    ]
    assert [t.media_start_ms for t in transcript.turns] == [3_000, 9_000]


def test_speaker_legend_maps_labels_and_gets_no_turns() -> None:
    transcript = lines(
        "Fokusgruppe R1, forsøgsafdelingen\n"
        "I1: Interviewer 1\n"
        "M: Mand\n"
        "K: Kvinde\n"
        "\n"
        "I1: Velkommen. Hvad betyder færre sager for jer?\n"
        "M: Tid. Jeg når at ringe tilbage.\n"
        "K: Og borgerne mærker det."
    )
    assert transcript.legend == {"I1": "Interviewer 1", "M": "Mand", "K": "Kvinde"}
    assert said(transcript) == [
        ("Interviewer 1", "Velkommen. Hvad betyder færre sager for jer?"),
        ("Mand", "Tid. Jeg når at ringe tilbage."),
        ("Kvinde", "Og borgerne mærker det."),
    ]


def test_legend_under_a_header_with_equals_signs() -> None:
    transcript = lines(
        "Deltagere:\nSB1 = Sagsbehandler Åse\nL = Leder\n\nSB1: Vi mangler tid.\nL: Enig."
    )
    assert transcript.legend == {"SB1": "Sagsbehandler Åse", "L": "Leder"}
    assert transcript.speakers == ["Sagsbehandler Åse", "Leder"]


def test_first_utterances_are_not_mistaken_for_a_legend() -> None:
    transcript = lines("I: Velkommen.\nB: Tak.\nI: Hvordan går det?\nB: Fint.")
    assert transcript.legend == {}
    assert len(transcript.turns) == 4


def test_stray_prefix_lines_belong_to_no_turn() -> None:
    transcript = lines(
        "Transskription: Lise Ørum\n"
        "Dato: 4. april 2024\n"
        "Varighed: 01:12:00\n"
        "Lydfil: R2_leder.m4a\n"
        "\n"
        "I: Første spørgsmål.\n"
        "Leder: Første svar."
    )
    assert transcript.speakers == ["I", "Leder"]
    assert transcript.turns[0].start == transcript.text.index("Første spørgsmål")


@pytest.mark.parametrize(
    "line",
    [
        "Hun sagde det sådan her: vi kan ikke vente.",
        "Vi mødes kl. 14:30 i morgen.",
        "Mødet sluttede 14:30",
        "Se https://jobnet.dk for mere.",
        "Det er sådan: man venter.",
    ],
)
def test_sentences_with_colons_and_times_are_not_speakers(line: str) -> None:
    transcript = lines(f"I: Fortæl.\nBorger: Ja.\n{line}\nI: Tak.\nBorger: Selv tak.")
    assert transcript.speakers == ["I", "Borger"]
    second = transcript.turns[1]
    assert transcript.text[second.start : second.end] == f"Ja.\n{line}"


def test_a_participant_who_speaks_once_still_counts() -> None:
    transcript = lines("I: Spørgsmål?\nAnne: Svar.\nI: Og du?\nBirthe Ørsted: Også svar.")
    assert transcript.speakers == ["I", "Anne", "Birthe Ørsted"]


def test_headings_end_turns_and_are_kept_with_levels() -> None:
    blocks = [
        Block("Runde 1", heading_level=1),
        Block("I: Velkommen."),
        Block("B: Tak."),
        Block("Tema: lægelige oplysninger", heading_level=2),
        Block("I: Hvordan?"),
    ]
    transcript = build_transcript(blocks)
    assert [(h.level, transcript.text[h.start : h.end]) for h in transcript.headings] == [
        (1, "Runde 1"),
        (2, "Tema: lægelige oplysninger"),
    ]
    assert said(transcript) == [("I", "Velkommen."), ("B", "Tak."), ("I", "Hvordan?")]


def test_table_rows_with_speaker_and_time_cells() -> None:
    blocks = [
        table_row(["Tid", "Taler", "Tekst"]),
        table_row(["00:00:05", "I", "Hvad laver du?"]),
        table_row(["00:00:09", "Borger", "Jeg er i praktik i en genbrugsbutik."]),
        table_row(["00:00:20", "I", "Og hvordan går det?"]),
    ]
    transcript = build_transcript(blocks)
    assert said(transcript) == [
        ("I", "Hvad laver du?"),
        ("Borger", "Jeg er i praktik i en genbrugsbutik."),
        ("I", "Og hvordan går det?"),
    ]
    assert [t.media_start_ms for t in transcript.turns] == [5_000, 9_000, 20_000]


def test_voices_from_the_format_merge_consecutive_cues() -> None:
    blocks = [
        Block("Hej med dig.", speaker="Mette", media_start_ms=0, media_end_ms=1_500),
        Block("Hvordan går det?", speaker="Mette", media_start_ms=1_500, media_end_ms=3_000),
        Block("Fint, tak.", speaker="Søren", media_start_ms=3_000, media_end_ms=4_200),
    ]
    transcript = build_transcript(blocks)
    assert said(transcript) == [
        ("Mette", "Hej med dig.\nHvordan går det?"),
        ("Søren", "Fint, tak."),
    ]
    assert [(t.media_start_ms, t.media_end_ms) for t in transcript.turns] == [
        (0, 3_000),
        (3_000, 4_200),
    ]


def test_markdown_bold_labels_and_crlf_free_positions() -> None:
    transcript = lines("**I:** Hvad tænker du? 🙂\n**Borger:** At det går fremad.\n**I:** Godt.")
    assert said(transcript) == [
        ("I", "Hvad tænker du? 🙂"),
        ("Borger", "At det går fremad."),
        ("I", "Godt."),
    ]


def test_label_alone_on_a_line_takes_the_following_lines() -> None:
    transcript = lines("I:\nHvad så?\n\nBorger:\nDet ved jeg ikke.\nMåske.")
    assert said(transcript) == [("I", "Hvad så?"), ("Borger", "Det ved jeg ikke.\nMåske.")]


def test_no_labels_means_no_turns() -> None:
    transcript = lines("Feltnoter fra jobcentret.\nMødet handlede om ressourceforløb.")
    assert transcript.turns == [] and transcript.speakers == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\n\r")),
            st.sampled_from(
                ["I: Hej.", "Borger: Ja 🙂", "[Åse] Nå.", "M (00:01:02): Mm.", "", "K:"]
            ),
        ),
        max_size=30,
    )
)
def test_any_blocks_give_ordered_turns_inside_the_text(texts: list[str]) -> None:
    transcript = build_transcript([Block(text) for text in texts])
    assert transcript.text == "\n".join(texts)
    previous_end = 0
    for turn in transcript.turns:
        assert previous_end <= turn.start < turn.end <= len(transcript.text)
        spoken = transcript.text[turn.start : turn.end]
        assert spoken == spoken.strip() and spoken
        previous_end = turn.end
