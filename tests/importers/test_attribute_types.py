"""Recognising column types: Danish and English numbers, dates, yes/no, and the preview."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from importers.attribute_types import (
    convert_column,
    decimal_comma_of,
    infer_type,
    parse_moment,
    parse_number,
    parse_type_name,
    parse_yes_no,
    preview_column,
)
from importers.result import ImportRefusedError
from importers.spreadsheet import CellValue
from models.cases import AttributeType

NUMBER, DATE, BOOLEAN, TEXT = (
    AttributeType.NUMBER, AttributeType.DATE, AttributeType.BOOLEAN, AttributeType.TEXT,
)  # fmt: skip


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12.0),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234.567", 1234567.0),
        ("1 234", 1234.0),
        ("-3,25", -3.25),
        ("\u22124", -4.0),
        (" 0,5 ", 0.5),
        (47, 47.0),
        (38.5, 38.5),
        ("0", 0.0),
        ("0042", None),
        ("ca. 40", None),
        ("+45 12 34 56 78", None),
        ("12.5.", None),
        ("1e5", None),
        (True, None),
        (None, None),
        (date(2018, 3, 12), None),
    ],
)
def test_numbers_in_danish_and_english_forms(value: str | float | None, expected: float) -> None:
    assert parse_number(value) == expected


def test_an_ambiguous_thousands_value_follows_its_column() -> None:
    assert parse_number("1.500") == 1.5
    assert parse_number("1.500", decimal_comma=True) == 1500.0
    assert parse_number("1,500") == 1.5
    assert parse_number("1,500", decimal_comma=False) == 1500.0
    assert decimal_comma_of(["1.500", "12,5"]) is True
    assert decimal_comma_of(["1,500", "12.5"]) is False
    assert decimal_comma_of(["1.500", "2.000.000"]) is True
    assert decimal_comma_of(["1.500", 7]) is None
    assert decimal_comma_of(["12,5", "12.5"]) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-03-12", date(2018, 3, 12)),
        ("12-03-2018", date(2018, 3, 12)),
        ("12.03.2018", date(2018, 3, 12)),
        ("12/03/2018", date(2018, 3, 12)),
        ("1.3.2018", date(2018, 3, 1)),
        ("12.03.2018 14:30", datetime(2018, 3, 12, 14, 30)),
        ("2018-03-12T08:05:09", datetime(2018, 3, 12, 8, 5, 9)),
        (date(2019, 1, 2), date(2019, 1, 2)),
        ("31.02.2018", None),
        ("12.03-2018", None),
        ("12.03.18", None),
        ("marts 2018", None),
        (43171, None),
    ],
)
def test_dates_written_or_stored(value: object, expected: date | None) -> None:
    assert parse_moment(value) == expected  # type: ignore[arg-type]


def test_yes_and_no_in_danish_and_english() -> None:
    yes: list[CellValue] = ["ja", "JA", "j", "yes", "y", "true", "sand", "Sandt", True, 1, "1"]
    no: list[CellValue] = ["nej", "Nej", "n", "no", "false", "falsk", False, 0, "0"]
    assert [parse_yes_no(v) for v in yes] == [True] * len(yes)
    assert [parse_yes_no(v) for v in no] == [False] * len(no)
    assert parse_yes_no("måske") is None
    assert parse_yes_no("1", allow_digits=False) is None


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["45", "38,5", None, 12], NUMBER),
        (["12.03.2018", date(2018, 4, 1), "2018-05-01"], DATE),
        (["ja", "nej", "Ja"], BOOLEAN),
        (["ja", "0", 1], BOOLEAN),
        (["1", "0", "1"], NUMBER),
        (["R1", "R2", "R3"], TEXT),
        (["45", "ca. 40"], TEXT),
        ([None, None], TEXT),
        ([], TEXT),
    ],
)
def test_a_column_gets_the_most_specific_type_all_values_fit(
    values: list[object], expected: AttributeType
) -> None:
    assert infer_type(values) is expected  # type: ignore[arg-type]


def test_type_names_in_danish_and_english() -> None:
    assert [parse_type_name(n) for n in ("tal", "Number", "dato", "ja/nej", "yes/no", "tekst")] == [
        NUMBER, NUMBER, DATE, BOOLEAN, BOOLEAN, TEXT,
    ]  # fmt: skip
    with pytest.raises(ValueError, match="unknown type 'heltal'"):
        parse_type_name("heltal")


def test_preview_shows_type_examples_empties_and_near_misses() -> None:
    cells = [(2, "40"), (3, None), (4, "31"), (5, "40"), (6, 52), (7, "ca. 40")]
    preview = preview_column("Alder", cells)
    assert (preview.type, preview.inferred) == (TEXT, TEXT)
    assert preview.examples == ("40", "31", "52")
    assert (preview.values, preview.empty, preview.refused) == (5, 1, False)
    assert preview.problems == ("4 of 5 values are numbers; row 7: 'ca. 40' is not a number",)


def test_choosing_a_type_the_values_contradict_is_flagged_and_refused() -> None:
    cells = [(2, "40"), (7, "ca. 40")]
    preview = preview_column("Alder", cells, chosen=NUMBER)
    assert preview.type is NUMBER and preview.refused
    assert preview.problems == ("row 7: 'ca. 40' is not a number",)
    with pytest.raises(ImportRefusedError) as refused:
        convert_column("deltagere.csv", "Alder", cells, NUMBER)
    assert str(refused.value) == "deltagere.csv: Alder, row 7: 'ca. 40' is not a number"


def test_an_existing_attribute_type_is_kept_when_values_fit_and_a_clash_is_flagged() -> None:
    fits = preview_column("Runde", [(2, "1"), (3, "2")], existing=TEXT)
    assert (fits.type, fits.inferred, fits.refused, fits.problems) == (TEXT, NUMBER, False, ())
    clash = preview_column("Runde", [(2, "R1"), (3, "R2")], existing=NUMBER)
    assert clash.type is TEXT and clash.refused
    assert clash.problems == ("the project already has the attribute 'Runde' as number, not text",)


def test_an_ambiguous_number_column_says_how_it_was_read() -> None:
    preview = preview_column("Beløb", [(2, "1.500"), (3, "2.250")])
    assert preview.type is NUMBER
    assert preview.problems == ("'1.500' could mean 1500; read as 1.5",)
    assert convert_column("x.csv", "Beløb", [(2, "1.500"), (3, "2,5")], NUMBER) == [
        (2, 1500.0), (3, 2.5),
    ]  # fmt: skip


def test_converting_each_type_and_keeping_empty_cells_empty() -> None:
    assert convert_column("x.csv", "Deltog", [(2, "ja"), (3, None), (4, 0)], BOOLEAN) == [
        (2, True), (3, None), (4, False),
    ]  # fmt: skip
    assert convert_column("x.csv", "Start", [(2, "12.03.2018 10:00")], DATE) == [
        (2, date(2018, 3, 12))
    ]
    assert convert_column("x.csv", "Id", [(2, 101.0), (3, " R2 ")], TEXT) == [
        (2, "101"), (3, "R2"),
    ]  # fmt: skip
    with pytest.raises(ImportRefusedError, match=r"x.csv: Start, row 2: '2018' is not a date"):
        convert_column("x.csv", "Start", [(2, 2018)], DATE)
    with pytest.raises(ImportRefusedError, match=r"Deltog, row 2: 'måske' is not yes or no"):
        convert_column("x.csv", "Deltog", [(2, "måske")], BOOLEAN)
