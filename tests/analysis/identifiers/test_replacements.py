"""First-name gender and suggested replacements."""

from __future__ import annotations

import pytest

from analysis.identifiers import IdentifierCategory, first_name_gender, suggest_replacement
from analysis.identifiers.name_lists import name_lists

PERSON = IdentifierCategory.PERSON


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Tove", "f"),
        ("Kirsten", "f"),
        ("Åse", "f"),
        ("Lærke", "f"),
        ("Søren", "m"),
        ("Jørgen", "m"),
        ("Niels", "m"),
        ("Toves", "f"),
        ("Lars'", "m"),
        ("Anne-Marie", "f"),
        ("Hans Christian", "m"),
        ("Kim", None),
        ("Jensen", None),
        ("Kowalski", None),
        ("", None),
    ],
)
def test_first_name_gender(name: str, gender: str | None) -> None:
    assert first_name_gender(name) == gender


@pytest.mark.parametrize("name", ["Tove", "Søren", "Åse", "Jørgen", "Mette", "Peter", "Bjørn"])
def test_a_first_name_becomes_another_of_the_same_gender(name: str) -> None:
    replacement = suggest_replacement(name, PERSON, ())
    assert replacement != name
    assert first_name_gender(replacement) == first_name_gender(name)
    assert replacement == suggest_replacement(name, PERSON, ())


def test_suggestions_avoid_taken_names_and_stay_deterministic() -> None:
    first = suggest_replacement("Tove", PERSON, ())
    second = suggest_replacement("Tove", PERSON, [first])
    assert second != first
    assert first_name_gender(second) == "f"
    assert suggest_replacement("Tove", PERSON, [first]) == second
    # A name used inside a full replacement counts as taken too.
    third = suggest_replacement("Tove", PERSON, [f"{first} Holm", second])
    assert third not in (first, second)


def test_the_seed_text_varies_the_choice() -> None:
    choices = {suggest_replacement("Mette", PERSON, (), seed_text=s) for s in "abcdefgh"}
    assert len(choices) > 1


def test_a_full_name_becomes_first_name_and_surname() -> None:
    replacement = suggest_replacement("Tove Jensen", PERSON, ["Karen Holm"])
    first, surname = replacement.split()
    assert first_name_gender(first) == "f"
    assert surname in name_lists().surnames
    assert surname != "Jensen"
    assert first != "Karen"


def test_a_surname_becomes_another_surname() -> None:
    replacement = suggest_replacement("Sørensen", PERSON, ["Jensen"])
    assert replacement in name_lists().surnames
    assert replacement not in ("Sørensen", "Jensen")


def test_a_genitive_keeps_its_ending() -> None:
    replacement = suggest_replacement("Toves", PERSON, ())
    assert replacement.endswith(("s", "'"))
    assert first_name_gender(replacement) == "f"


def test_every_name_of_a_gender_taken_still_gives_a_fresh_name() -> None:
    taken = list(name_lists().female)
    replacement = suggest_replacement("Tove", PERSON, taken)
    assert replacement not in taken


@pytest.mark.parametrize(
    ("category", "placeholder"),
    [
        (IdentifierCategory.CPR, "[CPR]"),
        (IdentifierCategory.PHONE, "[TELEFON]"),
        (IdentifierCategory.EMAIL, "[E-MAIL]"),
        (IdentifierCategory.ADDRESS, "[ADRESSE]"),
        (IdentifierCategory.PLACE, "[BY]"),
        (IdentifierCategory.ORGANISATION, "[ORGANISATION]"),
        (IdentifierCategory.TERM, "[…]"),
    ],
)
def test_other_categories_get_placeholders(category: IdentifierCategory, placeholder: str) -> None:
    assert suggest_replacement("x", category, ()) == placeholder
