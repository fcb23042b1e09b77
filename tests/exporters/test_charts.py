"""Charts of query results, opened again: sizes, bar areas, SVG text, determinism, word clouds."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from exporters.charts import (
    FONT,
    MOST_COLUMNS,
    MOST_ROWS,
    SERIES_COLOURS,
    ChartLabels,
    format_number,
    render_chart,
    render_word_cloud,
)
from models.result_table import ResultTable

SVG = "{http://www.w3.org/2000/svg}"
DANISH = ChartLabels("Kodninger pr. afdeling", "Kodningsreferencer", "Kode", "Afdeling", "da")


def matrix(percent: bool = False) -> ResultTable:
    values: list[list[int | float]] = (
        [[62.5, 37.5], [12.5, 87.5], [50.0, 50.0]] if percent else [[6, 2], [1, 7], [3, 3]]
    )
    return ResultTable(
        title="Tillid × afdeling",
        row_header="Kode",
        row_labels=["Borgerrelationer/Tillid", "Lægelige oplysninger", "Rehabiliteringsteam"],
        column_labels=["Forsøgsafdeling", "Ordinær afdeling"],
        values=values,
        measure="references",
        percent=percent,
        row_totals=[8, 8, 6],
        column_totals=[10, 12],
        grand_total=22,
    )


def colour_pixels(path: Path, colour: str) -> int:
    wanted = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return counted_colours(path).get(wanted, 0)


def counted_colours(path: Path) -> dict[tuple[int, ...], int]:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        colours = rgb.getcolors(rgb.width * rgb.height)
    assert colours is not None
    return {tuple(colour): int(count) for count, colour in colours}  # type: ignore[arg-type]


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("kind", ["bar", "stacked", "heatmap"])
def test_png_has_the_asked_size_and_is_drawn(kind: str, tmp_path: Path) -> None:
    out = render_chart(matrix(), kind, tmp_path / f"{kind}.png", DANISH, size=(820, 540))
    with Image.open(out) as image:
        assert image.format == "PNG"
        assert image.size == (820, 540)
        colours = image.convert("RGB").getcolors(820 * 540)
    assert colours is not None and len(colours) > 20  # far more than a blank page


@pytest.mark.parametrize("kind", ["bar", "stacked"])
def test_bar_areas_are_proportional_to_the_values(kind: str, tmp_path: Path) -> None:
    out = render_chart(matrix(), kind, tmp_path / "søjler.png", DANISH)
    trial = colour_pixels(out, SERIES_COLOURS[0])
    ordinary = colour_pixels(out, SERIES_COLOURS[1])
    # Column sums 10 and 12; all bars of a chart are equally thick (legend swatches aside).
    assert trial > 1000
    assert ordinary / trial == pytest.approx(12 / 10, rel=0.06)


def test_svg_keeps_danish_labels_as_text_and_leaves_totals_out(tmp_path: Path) -> None:
    out = render_chart(matrix(), "heatmap", tmp_path / "varme.svg", DANISH, size=(1000, 500))
    root = ET.parse(out).getroot()
    assert (root.get("width"), root.get("height")) == ("720pt", "360pt")
    texts = svg_texts(out)
    for label in ("Kodninger pr. afdeling", "Lægelige oplysninger", "Ordinær afdeling"):
        assert label in texts
    cell_numbers = sorted(t for t in texts if t in {"1", "2", "3", "6", "7"})
    assert cell_numbers.count("3") >= 2 and "7" in cell_numbers
    assert "22" not in texts and "Total" not in texts
    assert FONT in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("language", "expected"), [("da", ["62,5 %", "87,5 %"]), ("en", ["62.5%", "87.5%"])]
)
def test_percentages_are_written_in_the_reports_language(
    language: str, expected: list[str], tmp_path: Path
) -> None:
    labels = ChartLabels("Rækkeprocenter", "Procent", language=language)
    texts = svg_texts(render_chart(matrix(percent=True), "bar", tmp_path / "p.svg", labels))
    for text in expected:
        assert text in texts


def test_the_same_table_gives_the_same_bytes(tmp_path: Path) -> None:
    for suffix in ("png", "svg"):
        first = render_chart(matrix(), "stacked", tmp_path / f"a.{suffix}", DANISH)
        second = render_chart(matrix(), "stacked", tmp_path / f"b.{suffix}", DANISH)
        assert first.read_bytes() == second.read_bytes()


def test_an_empty_table_says_so(tmp_path: Path) -> None:
    empty = ResultTable("Tom", "Kode", [], [], [], "references")
    texts = svg_texts(render_chart(empty, "bar", tmp_path / "tom.svg", DANISH))
    assert "Ingen data" in texts


def test_unknown_formats_kinds_and_tiny_sizes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"diagram\.jpg: charts are written as \.png or \.svg"):
        render_chart(matrix(), "bar", tmp_path / "diagram.jpg")
    with pytest.raises(ValueError, match="pie"):
        render_chart(matrix(), "pie", tmp_path / "diagram.png")
    with pytest.raises(ValueError, match="at least 100"):
        render_chart(matrix(), "bar", tmp_path / "diagram.png", size=(50, 400))
    assert list(tmp_path.iterdir()) == []


def test_number_format() -> None:
    assert format_number(1234.0, False, "da") == "1234"
    assert format_number(12.25, True, "da") == "12,2 %"
    assert format_number(0.5, True, "en") == "0.5%"


def test_chart_font_has_danish_letters() -> None:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    font = FT2Font(font_manager.findfont(font_manager.FontProperties(family=FONT)))
    assert all(font.get_char_index(ord(letter)) for letter in "æøåÆØÅé–")


WORDS = [
    ("sagsbehandler", 40),
    ("borger", 31),
    ("tillid", 18),
    ("lægelige", 12),
    ("øje", 7),
    ("åbenhed", 7),
    ("møde", 3),
]


def test_word_cloud_png_has_the_size_and_is_the_same_every_time(tmp_path: Path) -> None:
    first = render_word_cloud(WORDS, tmp_path / "ord.png", size=(640, 360))
    second = render_word_cloud(list(reversed(WORDS)), tmp_path / "ord2.png", size=(640, 360))
    assert first.read_bytes() == second.read_bytes()
    with Image.open(first) as image:
        assert image.size == (640, 360)
    white = counted_colours(first).get((255, 255, 255), 0)
    assert 0 < white < 640 * 360 * 0.97


def test_word_cloud_keeps_the_most_frequent_words(tmp_path: Path) -> None:
    top_two = render_word_cloud(WORDS, tmp_path / "top.png", size=(400, 300), max_words=2)
    only_two = render_word_cloud(WORDS[:2], tmp_path / "to.png", size=(400, 300), max_words=2)
    three = render_word_cloud(WORDS[:3], tmp_path / "tre.png", size=(400, 300), max_words=3)
    assert top_two.read_bytes() == only_two.read_bytes()
    assert top_two.read_bytes() != three.read_bytes()


def test_word_cloud_refuses_nothing_to_draw_and_svg(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"ord\.png: there are no words"):
        render_word_cloud([("  ", 4), ("borger", 0)], tmp_path / "ord.png")
    with pytest.raises(ValueError, match=r"ord\.svg: a word cloud is written as \.png"):
        render_word_cloud(WORDS, tmp_path / "ord.svg")


def test_a_long_table_draws_its_first_rows_and_says_so(tmp_path: Path) -> None:
    rows = [f"Kode {i:03d} – æøå" for i in range(120)]
    long = ResultTable(
        "Alle koder",
        "Kode",
        rows,
        ["Forsøg", "Ordinær"],
        [[i, 2 * i] for i in range(120)],
        "references",
    )
    labels = ChartLabels("Alle koder", language="da")
    texts = svg_texts(render_chart(long, "bar", tmp_path / "lang.svg", labels))
    assert f"Alle koder (de første {MOST_ROWS} af 120 rækker)" in texts
    assert rows[MOST_ROWS - 1] in texts and rows[MOST_ROWS] not in texts
    assert str(2 * (MOST_ROWS - 1)) not in texts  # too many bars to number each one
    wide = ResultTable(
        "", "Kode", ["Tillid"], [f"K{i}" for i in range(30)], [list(range(30))], "references"
    )
    texts = svg_texts(render_chart(wide, "heatmap", tmp_path / "bred.svg"))
    assert f"First {MOST_COLUMNS} of 30 columns" in texts
    assert f"K{MOST_COLUMNS - 1}" in texts and f"K{MOST_COLUMNS}" not in texts


def test_long_code_paths_are_shortened_on_the_axis() -> None:
    from exporters.charts import short_labels

    labels = short_labels(
        [
            "Opgavekompetencer/Lægelige oplysninger/Præcise spørgsmål",
            "Opgavekompetencer/Leverandørsamarbejde/Opfølgning",
            "Borgerrelationer/Tillid/Opfølgning",
            "Ærø",
        ]
    )
    assert labels == (
        "Præcise spørgsmål",
        "Leverandørsamarbejde/Opfølgning",
        "Tillid/Opfølgning",
        "Ærø",
    )
    assert short_labels(["Kontakt med læger og sundhedsvæsen i kommunen"], width=20) == (
        "Kontakt med læger og\nsundhedsvæsen i\nkommunen",
    )


def test_a_bar_chart_of_counts_has_whole_numbers_on_its_axis(tmp_path: Path) -> None:
    small = ResultTable(
        title="Få kodninger",
        row_header="Kode",
        row_labels=["Tillid", "Ærlighed"],
        column_labels=["Referencer"],
        values=[[1], [2]],
        measure="references",
    )
    out = render_chart(small, "bar", tmp_path / "få.svg", DANISH, size=(800, 400))
    ticks = [t for t in svg_texts(out) if t.replace(",", "").isdigit() or "," in t]
    assert ticks and all("," not in t for t in ticks), ticks
