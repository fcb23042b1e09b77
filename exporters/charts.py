"""Charts of query results for reports: bar, stacked bar and heatmap as PNG or SVG, word clouds.

Everything is drawn with matplotlib's Agg renderer on a bare ``Figure`` (never pyplot), so it
runs without a display and from any thread. The same table, labels and size always give the
same bytes: no dates in the files, a fixed SVG id salt, words in a fixed order and a fixed
seed for the word cloud. Text is set in DejaVu Sans, which matplotlib ships and which has
æ, ø and å; in SVG files text stays text, so a report can still be searched and edited.
Labels are passed in, so a Danish and an English chart come from the same table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from models.result_table import ResultTable

FONT = "DejaVu Sans"
DPI = 100
DEFAULT_SIZE = (900, 600)
WORD_CLOUD_SEED = 17
MOST_ROWS, MOST_COLUMNS = 40, 20  # more cannot be read on a page; the title says what is cut
LABELLED_BARS, ANNOTATED_CELLS = 60, 300  # beyond these, numbers on bars and cells are left out
# Colours that stay apart for readers with colour-blindness (Okabe & Ito), then repeat.
SERIES_COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442")
_RC: dict[Any, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": 10,
    "svg.fonttype": "none",
    "svg.hashsalt": "tekstur",
    "axes.spines.top": False,
    "axes.spines.right": False,
}


class ChartKind(StrEnum):
    """The charts Tekstur draws from a table."""

    BAR = "bar"
    STACKED = "stacked"
    HEATMAP = "heatmap"


@dataclass(frozen=True)
class ChartLabels:
    """The words on a chart, in the report's language.

    ``value_axis`` names the measure (``Kodningsreferencer``); ``language`` (``da`` or ``en``)
    decides how numbers are written on the chart (``12,5 %`` or ``12.5%``).
    """

    title: str = ""
    value_axis: str = ""
    category_axis: str = ""
    legend_title: str = ""
    language: str = "en"


@dataclass(frozen=True)
class ChartData:
    """What a chart shows: one value per row and column, and whether values are percentages."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[float, ...], ...]
    percent: bool = False


def format_number(value: float, percent: bool, language: str) -> str:
    """``value`` as written in ``language``: whole numbers plainly, others with one decimal."""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    if language == "da":
        text = text.replace(".", ",")
        return f"{text} %" if percent else text
    return f"{text}%" if percent else text


def short_labels(labels: Sequence[str], width: int = 30) -> tuple[str, ...]:
    """Labels as an axis can show them: a code path by its last level (two levels where the
    last alone is ambiguous), wrapped at ``width`` characters."""
    import textwrap

    def tail(label: str, levels: int) -> str:
        return "/".join(label.split("/")[-levels:])

    shown = [tail(label, 1) for label in labels]
    ambiguous = {name for name in shown if shown.count(name) > 1}
    shown = [
        tail(label, 2) if tail(label, 1) in ambiguous else name
        for label, name in zip(labels, shown, strict=True)
    ]
    return tuple(
        "\n".join(textwrap.wrap(name, width, break_long_words=False)) or name for name in shown
    )


def chart_data(table: ResultTable) -> ChartData:
    """The cells of ``table`` as a chart shows them; totals are never drawn, and long code
    paths are shortened (see :func:`short_labels`)."""
    return ChartData(
        short_labels(table.row_labels),
        short_labels(table.column_labels, width=24),
        tuple(tuple(float(v) for v in row) for row in table.values),
        table.percent,
    )


def chart_format(path: Path) -> str:
    """``png`` or ``svg`` from the file name; anything else is refused with the file named."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("png", "svg"):
        raise ValueError(f"{path.name}: charts are written as .png or .svg, not '.{suffix}'")
    return suffix


def render_chart(
    table: ResultTable,
    kind: ChartKind | str,
    path: Path,
    labels: ChartLabels | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
) -> Path:
    """Draw ``table`` (totals left out) as a ``kind`` chart of ``size`` pixels into ``path``.

    The format follows the suffix (``.png`` or ``.svg``); an SVG is ``size`` at 72 points to
    100 pixels. Only the first ``MOST_ROWS`` rows and ``MOST_COLUMNS`` columns are drawn, and
    the title then says so. Returns ``path``.
    """
    return render_data(chart_data(table), kind, path, labels, size)


def first_part(data: ChartData, labels: ChartLabels) -> tuple[ChartData, ChartLabels]:
    """The rows and columns a chart can show, and a title that says when some are left out."""
    rows, columns = len(data.rows), len(data.columns)
    if rows <= MOST_ROWS and columns <= MOST_COLUMNS:
        return data, labels
    kept_rows, kept_columns = min(rows, MOST_ROWS), min(columns, MOST_COLUMNS)
    danish = labels.language == "da"
    parts = []
    if kept_rows < rows:
        parts.append(
            f"de første {kept_rows} af {rows} rækker"
            if danish
            else f"first {kept_rows} of {rows} rows"
        )
    if kept_columns < columns:
        parts.append(
            f"de første {kept_columns} af {columns} kolonner"
            if danish
            else f"first {kept_columns} of {columns} columns"
        )
    note = ", ".join(parts)
    cut = ChartData(
        data.rows[:kept_rows],
        data.columns[:kept_columns],
        tuple(row[:kept_columns] for row in data.values[:kept_rows]),
        data.percent,
    )
    title = f"{labels.title} ({note})" if labels.title else note[0].upper() + note[1:]
    return cut, replace(labels, title=title)


def render_data(
    data: ChartData,
    kind: ChartKind | str,
    path: Path,
    labels: ChartLabels | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
) -> Path:
    """Draw rows × columns of numbers, as :func:`render_chart` does for a table."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    chosen = ChartKind(kind)
    fmt = chart_format(path)
    if size[0] < 100 or size[1] < 100:
        raise ValueError(f"{path.name}: a chart needs at least 100 × 100 pixels, not {size}")
    data, labels = first_part(data, labels or ChartLabels())
    with rc_context(_RC):
        figure = Figure(figsize=(size[0] / DPI, size[1] / DPI), dpi=DPI, layout="constrained")
        axes = figure.add_subplot()
        if not data.rows or not data.columns:
            _empty(axes, labels)
        elif chosen is ChartKind.HEATMAP:
            _heatmap(figure, axes, data, labels)
        else:
            _bars(axes, data, labels, stacked=chosen is ChartKind.STACKED)
        if labels.title:
            axes.set_title(labels.title, loc="left", fontweight="bold")
        _save(figure, path, fmt)
    return path


def _save(figure: Figure, path: Path, fmt: str) -> None:
    metadata: dict[str, Any] = {"Software": None}
    if fmt == "svg":
        metadata = {"Date": None, "Creator": None}
    figure.savefig(path, format=fmt, dpi=DPI, metadata=metadata, facecolor="white")


def _empty(axes: Axes, labels: ChartLabels) -> None:
    axes.set_axis_off()
    message = "Ingen data" if labels.language == "da" else "No data"
    axes.text(0.5, 0.5, message, ha="center", va="center", transform=axes.transAxes)


def _bars(axes: Axes, data: ChartData, labels: ChartLabels, *, stacked: bool) -> None:
    """Horizontal bars, one group per row (long code names read well down the side)."""
    count = len(data.columns)
    positions = list(range(len(data.rows)))
    height = 0.8 if stacked else 0.8 / count
    left = [0.0] * len(data.rows)
    for index, column in enumerate(data.columns):
        values = [row[index] for row in data.values]
        offsets = positions if stacked else [p - 0.4 + height * (index + 0.5) for p in positions]
        bars = axes.barh(
            offsets,
            values,
            height=height,
            left=left if stacked else None,
            color=SERIES_COLOURS[index % len(SERIES_COLOURS)],
            label=column,
        )
        if not stacked and len(data.rows) * count <= LABELLED_BARS:
            texts = [format_number(v, data.percent, labels.language) for v in values]
            axes.bar_label(bars, labels=texts, padding=2, fontsize=8)
        if stacked:
            left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(positions, labels=list(data.rows))
    axes.invert_yaxis()  # the first row at the top, as in the table
    axes.set_xlabel(labels.value_axis)
    axes.set_ylabel(labels.category_axis)
    axes.xaxis.set_major_formatter(
        lambda value, _: format_number(value, data.percent, labels.language)
    )
    counts = all(float(v).is_integer() for row in data.values for v in row)
    if counts and not data.percent:  # counts: no tick at 0.5 references; kappa keeps 0.5
        from matplotlib.ticker import MaxNLocator

        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    if count > 1 or stacked:
        axes.legend(title=labels.legend_title or None, loc="best", frameon=False)


def _heatmap(figure: Figure, axes: Axes, data: ChartData, labels: ChartLabels) -> None:
    image = axes.imshow(data.values, cmap="Blues", aspect="auto", vmin=0)
    axes.set_xticks(range(len(data.columns)), labels=list(data.columns))
    axes.set_yticks(range(len(data.rows)), labels=list(data.rows))
    if max((len(c) for c in data.columns), default=0) > 12:
        axes.tick_params(axis="x", labelrotation=30)
        for tick in axes.get_xticklabels():
            tick.set_horizontalalignment("right")
    axes.set_xlabel(labels.legend_title)
    axes.set_ylabel(labels.category_axis)
    axes.spines[:].set_visible(False)
    highest = max((max(row) for row in data.values), default=0.0)
    annotated = data.values if len(data.rows) * len(data.columns) <= ANNOTATED_CELLS else ()
    for r, row in enumerate(annotated):
        for c, value in enumerate(row):
            dark = highest > 0 and value > highest * 0.6
            text = format_number(value, data.percent, labels.language)
            colour = "white" if dark else "black"
            axes.text(c, r, text, ha="center", va="center", fontsize=9, color=colour)
    bar = figure.colorbar(image, ax=axes)
    bar.set_label(labels.value_axis)
    bar.formatter = _tick_formatter(data.percent, labels.language)
    bar.update_ticks()


def _tick_formatter(percent: bool, language: str) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: format_number(value, percent, language))


def render_word_cloud(
    words: Sequence[tuple[str, int]],
    path: Path,
    size: tuple[int, int] = DEFAULT_SIZE,
    max_words: int = 150,
) -> Path:
    """Draw the most frequent of ``words`` ((word, count) pairs) as a word cloud PNG.

    Ties are broken by the word, and the layout uses a fixed seed, so the same counts always
    give the same picture.
    """
    from matplotlib import font_manager
    from wordcloud import WordCloud

    if chart_format(path) != "png":
        raise ValueError(f"{path.name}: a word cloud is written as .png")
    counted = sorted(((w, n) for w, n in words if w.strip() and n > 0), key=lambda p: (-p[1], p[0]))
    frequencies = dict(counted[:max_words])
    if not frequencies:
        raise ValueError(f"{path.name}: there are no words to draw")
    cloud = WordCloud(
        font_path=font_manager.findfont(font_manager.FontProperties(family=FONT)),
        width=size[0],
        height=size[1],
        background_color="white",
        random_state=WORD_CLOUD_SEED,
        max_words=max_words,
        prefer_horizontal=0.9,
        colormap="viridis",
    )
    cloud.generate_from_frequencies(frequencies)
    cloud.to_image().save(path, format="PNG")
    return path
