"""Bar charts drawn on the server as SVG, with the same figures as a table beside them.

Pure: rows of (label, count) in, geometry out; `core/figure.html` draws the SVG inline
(role="img", a <title> and a <desc> stating every figure in words) and the table. No
script, no inline style: presentation attributes only, so the strictest
Content-Security-Policy lets it through. Bars are horizontal, one row per label, so
long names (services, hubs) and any number of months fit; in right-to-left languages
the chart is mirrored (labels on the right, bars growing to the left) and its text
runs right to left. docs/decisions.md §37.
"""

import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.utils.translation import get_language_bidi, gettext

from core.bidi import FSI, PDI

WIDTH = 640
ROW = 26  # height of a row
BAR = 16  # height of a bar
FONT = 12  # font size of the labels and values
CHAR = 6.6  # the width of a narrow character at FONT, as an estimate
TOP = 24  # room for the category axis' name
GAP = 8
VALUE_ROOM = 56  # after the longest bar, for its value
MAX_LABEL = 0.42  # share of the width the labels may take


@dataclass(frozen=True)
class Bar:
    label: str  # as written in the table
    value: int
    text: str  # the label as drawn: shortened with "…" when it would not fit, isolated
    y: float
    text_y: float
    x: float  # the bar's left edge, after mirroring
    width: float
    label_x: float
    value_x: float


@dataclass(frozen=True)
class Tick:
    value: int
    x: float


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    description: str
    label_axis: str  # what the rows are ("Month")
    value_axis: str  # what the bars count ("Requests")
    bars: list[Bar]
    ticks: list[Tick]
    width: int
    height: int
    rtl: bool
    axis_x: float  # the line the bars grow from
    axis_top: float
    axis_y: float  # the value axis, under the bars
    tick_y: float
    label_axis_x: float
    value_axis_x: float
    value_axis_y: float

    @property
    def title_id(self) -> str:
        return f"{self.id}-title"

    @property
    def desc_id(self) -> str:
        return f"{self.id}-desc"

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"


@dataclass(frozen=True)
class Figure:
    """A chart and its table: the same rows, in the same order."""

    id: str
    title: str
    label_heading: str
    value_heading: str
    rows: list[tuple[str, int]]
    chart: BarChart | None = field(default=None)  # None when there are no rows


def text_width(text: str) -> float:
    """An estimate of the drawn width at FONT (wide East Asian characters count twice):
    the server cannot measure text, so labels get room by this and "…" beyond it."""
    return CHAR * sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shorten(text: str, room: float) -> str:
    if text_width(text) <= room:
        return text
    while text and text_width(text + "…") > room:
        text = text[:-1]
    return text.rstrip() + "…"


def nice_step(largest: int, most_ticks: int = 5) -> int:
    """The step of the value axis: 1, 2 or 5 times a power of ten, so that at most
    `most_ticks` steps cover `largest`."""
    if largest <= most_ticks:
        return 1
    power = 10 ** math.floor(math.log10(largest / most_ticks))
    for factor in (1, 2, 5, 10):
        if largest / (factor * power) <= most_ticks:
            return factor * power
    return 10 * power


def bar_chart(
    chart_id: str,
    title: str,
    rows: Sequence[tuple[str, int]],
    *,
    label_axis: str,
    value_axis: str,
    describe: Callable[[int], str] = str,
    rtl: bool | None = None,
) -> BarChart:
    """Horizontal bars, one per (label, value) row, in the order given. `describe`
    writes a value in words for the description ("3 requests"); `rtl` defaults to the
    direction of the active language."""
    if rtl is None:
        rtl = get_language_bidi()
    rows = [(str(label), int(value)) for label, value in rows]
    label_room = min(WIDTH * MAX_LABEL, max(CHAR * 6, *(text_width(r[0]) for r in rows), 0))
    axis_x = GAP + label_room + GAP
    plot = WIDTH - axis_x - VALUE_ROOM
    step = nice_step(max((value for _, value in rows), default=0))
    largest = max((value for _, value in rows), default=0)
    top_value = max(step, math.ceil(largest / step) * step)
    scale = plot / top_value

    def x(value: float) -> float:
        """A position from the left edge in LTR terms, mirrored in RTL."""
        return round(WIDTH - value if rtl else value, 1)

    bars = []
    for index, (label, value) in enumerate(rows):
        y = TOP + index * ROW + (ROW - BAR) / 2
        width = round(value * scale, 1)
        bars.append(
            Bar(
                label=label,
                value=value,
                # Isolated in right-to-left charts, as <bdi> does: ".Meet" stays ".Meet".
                text=f"{FSI}{shorten(label, label_room)}{PDI}"
                if rtl
                else shorten(label, label_room),
                y=y,
                text_y=y + BAR / 2 + FONT * 0.35,
                x=round(WIDTH - axis_x - width, 1) if rtl else axis_x,
                width=width,
                label_x=x(axis_x - GAP),
                value_x=x(axis_x + width + 4),
            )
        )
    axis_y = TOP + len(rows) * ROW
    ticks = [Tick(v, x(axis_x + v * scale)) for v in range(0, top_value + 1, step)]
    lines = [f"{label}: {describe(value)}" for label, value in rows]
    total = sum(value for _, value in rows)
    description = gettext("%(title)s. In all: %(total)s. %(figures)s.") % {
        "title": title,
        "total": describe(total),
        "figures": "; ".join(lines),
    }
    return BarChart(
        id=chart_id,
        title=title,
        description=description,
        label_axis=label_axis,
        value_axis=value_axis,
        bars=bars,
        ticks=ticks,
        width=WIDTH,
        height=axis_y + 44,
        rtl=rtl,
        axis_x=x(axis_x),
        axis_top=TOP - 4,
        axis_y=axis_y,
        tick_y=axis_y + 16,
        label_axis_x=x(axis_x - GAP),
        value_axis_x=x(axis_x + plot / 2),
        value_axis_y=axis_y + 36,
    )


def figure(
    figure_id: str,
    title: str,
    rows: Sequence[tuple[str, int]],
    *,
    label_heading: str,
    value_heading: str,
    describe: Callable[[int], str] = str,
    rtl: bool | None = None,
) -> Figure:
    rows = [(str(label), int(value)) for label, value in rows]
    chart = None
    if rows:
        chart = bar_chart(
            f"chart-{figure_id}",
            title,
            rows,
            label_axis=label_heading,
            value_axis=value_heading,
            describe=describe,
            rtl=rtl,
        )
    return Figure(figure_id, title, label_heading, value_heading, rows, chart)
