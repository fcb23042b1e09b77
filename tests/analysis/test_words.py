"""Word frequency: spaCy tokens, Danish lemmas, stop words, options and restrictions."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.lemmas import guess_language, language_tools
from analysis.text_scope import TextScope
from analysis.words import WordOptions, count_words, read_stop_words, word_frequencies
from models.database import ProjectDatabase
from tests.analysis.text_project import build

DANISH = [
    [
        "Borgerne mødte borgeren i jobcentret. Borgeren og sagsbehandleren talte om "
        "borgerens økonomi 😀, og det er godt."
    ],
    ["Sagsbehandlerne ringer til borgere. Borgerne venter!"],
]


def test_danish_forms_count_under_one_lemma() -> None:
    counts = count_words(DANISH, WordOptions(language="da"))
    assert counts.counts["borger"] == 6
    assert dict(counts.forms["borger"]) == {
        "borgerne": 2,
        "borgeren": 2,
        "borgerens": 1,
        "borgere": 1,
    }
    assert counts.documents["borger"] == 2
    assert counts.counts["sagsbehandler"] == 2
    assert counts.documents["sagsbehandler"] == 2
    assert "borgerne" not in counts.counts and "borgeren" not in counts.counts


def test_danish_nouns_in_er_are_not_read_as_verbs() -> None:
    # The lookup table maps "borger" and "lærer" to the verbs "borge" and "lære"; a word in
    # -er that is itself a lemma keeps its form, so each noun stays with its inflections.
    text = [["Borger, borgeren og borgerne. Læreren og lærerne er lærere; en lærer."]]
    counts = count_words(text, WordOptions(language="da"))
    assert dict(counts.counts) == {"borger": 3, "lærer": 4}
    verbs = count_words([["Hun ringede, og han har ringet."]], WordOptions(language="da"))
    assert dict(verbs.counts) == {"ringe": 2}


def test_wrong_table_entries_are_corrected() -> None:
    # The table reads "leder" as "led" and "godt" as "godte"; the corrections keep the
    # manager a manager and "godt" an inflection of "god".
    text = [["Lederen sagde til lederne, at en leder skal have gode ledere. Det gik godt."]]
    counts = count_words(text, WordOptions(language="da"))
    assert counts.counts["leder"] == 4 and "led" not in counts.counts
    tools = language_tools("da")
    assert tools.lemma("godt") == tools.lemma("gode") == "god"


def test_stop_words_numbers_punctuation_and_emoji_are_gone() -> None:
    counts = count_words(DANISH, WordOptions(language="da", min_length=1))
    for stop_word in ("og", "det", "er", "i", "om", "til", "være"):
        assert stop_word not in counts.counts
    assert not any(not any(c.isalpha() for c in word) for word in counts.counts)
    assert counts.words_read == 16 + 6


def test_own_stop_words_minimum_length_and_top() -> None:
    options = WordOptions(language="da", extra_stop_words=frozenset({"Borger"}), min_length=6)
    counts = count_words(DANISH, options)
    assert "borger" not in counts.counts
    assert all(len(word) >= 6 for word in counts.counts)
    assert "møde" not in counts.counts
    ranked = count_words(DANISH, WordOptions(language="da")).ranked(top=2)
    assert ranked == [("borger", 6), ("sagsbehandler", 2)]


def test_without_lemmas_forms_are_counted_case_folded() -> None:
    counts = count_words(DANISH, WordOptions(language="da", lemmatise=False))
    assert counts.counts["borgerne"] == 2
    assert counts.counts["borgeren"] == 2
    assert "borger" not in counts.counts


def test_english_lemmas_and_stop_words() -> None:
    text = [["The citizens were waiting. A citizen waits; the caseworkers called the citizen."]]
    counts = count_words(text, WordOptions())
    assert counts.language == "en"
    assert counts.counts["citizen"] == 3
    assert counts.counts["wait"] == 2
    assert "the" not in counts.counts and "be" not in counts.counts


def test_language_is_guessed_from_stop_words() -> None:
    assert guess_language(["Jeg har ikke været der, men det er godt for os at vide."]) == "da"
    assert guess_language(["I have not been there, but it is good for us to know."]) == "en"
    assert guess_language([""]) == "da"


@pytest.mark.parametrize("language", ["da", "en"])
def test_tokens_equal_spacy_tokenisation(language: str) -> None:
    import spacy

    sample = (
        "Borgeren (f.eks. Søren Ærø) sagde: »Det er ca. 5 km. væk!« Kl. 14.30 d. 3. marts "
        "2019… hm... 😀👍🏽 www.jobnet.dk, borger@kommune.dk; 12,5% – 'citat' \"mere\"?! "
        "don't can't U.S.A. e-mail/sms Cafe\u0301en\n\n\tny linje\u00a0her  (parentes).\n"
    )
    tools = language_tools(language)
    expected = [
        (token.idx, token.text)
        for token in spacy.blank(language).tokenizer(sample * 3)
        if not token.is_space
    ]
    assert [(t.start, t.token.text) for t in tools.tokens(sample * 3)] == expected


def test_stop_word_files(tmp_path: Path) -> None:
    path = tmp_path / "stopord.txt"
    path.write_text("# projektets stopord\nJa, nej\naltså  øh # fyldord\n", encoding="utf-8")
    assert read_stop_words(path) == {"ja", "nej", "altså", "øh"}
    with pytest.raises(ValueError, match=r"mangler\.txt"):
        read_stop_words(tmp_path / "mangler.txt")
    (tmp_path / "latin.txt").write_bytes("sk\xe6rt".encode("latin-1"))
    with pytest.raises(ValueError, match=r"latin\.txt: not UTF-8"):
        read_stop_words(tmp_path / "latin.txt")


def test_options_round_trip() -> None:
    options = WordOptions(
        language="da",
        min_length=4,
        top=20,
        lemmatise=False,
        extra_stop_words=frozenset({"øh"}),
        scope=TextScope((1, 2), ("Borger",), (3,), (4,)),
    )
    assert WordOptions.from_dict(options.as_dict()) == options
    with pytest.raises(ValueError, match="sv"):
        WordOptions(language="sv")


def test_word_frequency_table_with_restrictions(db: ProjectDatabase) -> None:
    ids = build(db)
    table = word_frequencies(db, WordOptions(language="da"))
    assert table.column_labels == ["Count", "Documents"]
    # borgerne, borgeren, borgerens, Borgerne; the three "Borger:" labels and Borgere
    assert table.cell("borger", "Count") == 8
    assert table.cell("borger", "Documents") == 2
    assert table.row_labels == table.row_keys
    assert table.provenance["language"] == "da"
    assert table.values == sorted(table.values, key=lambda row: -row[0])
    passages = table.passages(table.row_labels.index("borger"), 0)
    assert len(passages) == 8 and {p.document_id for p in passages} == {
        ids.focus_group,
        ids.interview,
    }

    def counts(scope: TextScope) -> dict[str, float]:
        found = word_frequencies(db, WordOptions(language="da", scope=scope))
        return {label: row[0] for label, row in zip(found.row_labels, found.values, strict=True)}

    bøje = counts(TextScope(speakers=("sagsbehandler bøje",)))
    assert bøje == {
        "lægelig": 1,
        "oplysning": 1,
        "sen": 1,
        "borger": 1,
        "vente": 1,
        "måned": 1,
    }
    case = counts(TextScope(case_ids=(ids.case_ase,)))
    assert case["borger"] == 2 and "lægelig" not in case
    coded = counts(TextScope(code_ids=(ids.trust,)))
    assert coded == {"tillid": 1, "voks": 1, "føler": 1, "hørt": 1}
    document = counts(TextScope(document_ids=(ids.interview,)))
    assert document["borger"] == 1 + 3  # "Borgere" and the three speaker labels


def test_spacy_is_loaded_only_when_words_are_counted() -> None:
    import subprocess
    import sys

    code = (
        "import sys, analysis.words, analysis.search, analysis.autocode, app.cli_autocode;"
        "print('spacy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
