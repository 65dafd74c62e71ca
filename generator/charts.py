"""Bar charts as accessible inline SVG: no chart library in the browser, a data table behind each."""

from __future__ import annotations

from dataclasses import dataclass

LABEL_WIDTH = 230  # room for labels on the left, in SVG units
BAR_AREA = 330
BAR = 9  # height of one bar
GAP = 8  # between rows


@dataclass(frozen=True)
class Bar:
    series: int  # which series (colour and legend entry)
    x: float
    y: float
    width: float
    text: str  # the value as shown, beside the bar


@dataclass(frozen=True)
class Chart:
    """One chart: what the template draws, and the table a screen reader or a printout reads."""

    id: str
    title: str
    description: str
    heading: str  # what the rows are, for the table's first column
    series: list[str]
    rows: list[tuple[str, list[str]]]  # label, then each series' value as shown
    bars: list[Bar]
    labels: list[tuple[str, float]]  # label and its baseline y
    height: float
    legend: list[tuple[str, float]]  # series name and its x
    label_x: float = LABEL_WIDTH - 6
    width: float = LABEL_WIDTH + BAR_AREA + 60


def bar_chart(chart_id: str, title: str, description: str, heading: str, series: list[str],
              rows: list[tuple[str, list[float | None], list[str]]]) -> Chart:
    """Horizontal grouped bars; each row is (label, numbers, the numbers as shown)."""
    top = 24  # the legend
    largest = max([value or 0 for _, values, _ in rows for value in values] + [1])
    row_height = BAR * len(series) + GAP
    bars, labels = [], []
    for position, (label, values, texts) in enumerate(rows):
        y = top + position * row_height
        labels.append((label, y + BAR * len(series) / 2 + 4))
        for number, (value, text) in enumerate(zip(values, texts)):
            bars.append(Bar(number, LABEL_WIDTH, y + number * BAR,
                            BAR_AREA * (value or 0) / largest, text))
    return Chart(chart_id, title, description, heading, series,
                 [(label, texts) for label, _, texts in rows], bars, labels,
                 top + len(rows) * row_height + GAP,
                 _legend(series))


def _legend(series: list[str]) -> list[tuple[str, float]]:
    """Legend entries side by side from the left edge, each as wide as its name."""
    entries, x = [], 0.0
    for name in series:
        entries.append((name, x))
        x += 14 + 6.5 * len(name) + 16  # swatch, text at about 6.5 units a character, space
    return entries
