"""Bar charts as accessible inline SVG: no chart library in the browser, a data table behind each."""

from __future__ import annotations

from dataclasses import dataclass

from generator.translation import active

# Drawn narrow, each row's label on its own line above its bars, so that scaled to a phone's
# width (about 360 px) the text stays at its size and no label is cut; wide screens cap the width.
WIDTH = 400  # SVG units
VALUE_ROOM = 96  # right of the longest bar: room for "13 + no limit"
BAR_AREA = WIDTH - VALUE_ROOM
BAR = 9  # height of one bar
LABEL = 15  # the row's label line
GAP = 8  # between rows
LEGEND_LINE = 16
CHARACTER = 7  # about how wide a character of 12-unit text is


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
    legend: list[tuple[str, float, float]]  # series name and its x and y
    label_x: float = 0
    width: float = WIDTH
    # Drawn mirrored for a language written right to left: bars grow from the right, and each
    # text, whose start the page's direction puts on its right, starts where it would end.
    right_to_left: bool = False

    def x(self, at: float, width: float = 0) -> float:
        """Where something `width` wide drawn from `at` goes, in the page's direction."""
        return round(self.width - at - width, 1) if self.right_to_left else at


def bar_chart(chart_id: str, title: str, description: str, heading: str, series: list[str],
              rows: list[tuple[str, list[float | None], list[str]]]) -> Chart:
    """Horizontal grouped bars; each row is (label, numbers, the numbers as shown)."""
    legend = _legend(series)
    top = max(y for _, _, y in legend) + 10
    largest = max([value or 0 for _, values, _ in rows for value in values] + [1])
    row_height = LABEL + BAR * len(series) + GAP
    bars, labels = [], []
    for position, (label, values, texts) in enumerate(rows):
        y = top + position * row_height
        labels.append((label, y + LABEL - 4))
        for number, (value, text) in enumerate(zip(values, texts)):
            bars.append(Bar(number, 0, y + LABEL + number * BAR,
                            BAR_AREA * (value or 0) / largest, text))
    return Chart(chart_id, title, description, heading, series,
                 [(label, texts) for label, _, texts in rows], bars, labels,
                 top + len(rows) * row_height, legend, right_to_left=active().right_to_left)


def _legend(series: list[str]) -> list[tuple[str, float, float]]:
    """Legend entries side by side, each as wide as its name, on as many lines as they need."""
    entries, x, y = [], 0.0, 13.0
    for name in series:
        width = 14 + CHARACTER * len(name) + 16  # swatch, text, space
        if x and x + width > WIDTH:
            x, y = 0.0, y + LEGEND_LINE
        entries.append((name, x, y))
        x += width
    return entries
