"""The kernel's chart geometry and report periods: pure, no database."""

from datetime import date

import pytest
from django.utils import translation

from core.charts import bar_chart, nice_step, shorten, text_width
from core.periods import ALL, CHOSEN, LAST_12, Period, read_period

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("largest", "step"), [(0, 1), (3, 1), (5, 1), (6, 2), (12, 5), (40, 10), (260, 100)]
)
def test_the_value_axis_takes_round_steps(largest, step):
    assert nice_step(largest) == step


def test_long_labels_are_shortened_and_chinese_counts_double():
    assert text_width("服务") == text_width("abcd")
    short = shorten("Sportello per la casa e il lavoro", 80)
    assert short.endswith("…") and text_width(short) <= 80


def test_bars_are_proportional_and_mirrored_right_to_left():
    rows = [("gennaio 2026", 4), ("febbraio 2026", 0), ("marzo 2026", 2)]
    ltr = bar_chart("c", "Richieste", rows, label_axis="Mese", value_axis="Richieste", rtl=False)
    rtl = bar_chart("c", "Richieste", rows, label_axis="Mese", value_axis="Richieste", rtl=True)
    assert [b.value for b in ltr.bars] == [4, 0, 2]
    assert ltr.bars[0].width == 2 * ltr.bars[2].width and ltr.bars[1].width == 0
    for left, right in zip(ltr.bars, rtl.bars, strict=True):
        assert right.width == left.width
        assert right.x == pytest.approx(ltr.width - left.x - left.width, abs=0.11)
        assert right.label_x == pytest.approx(ltr.width - left.label_x, abs=0.11)
        assert left.label_x < left.x and right.label_x > right.x + right.width
    assert rtl.direction == "rtl" and rtl.bars[0].text == "\u2068gennaio 2026\u2069"
    assert [t.value for t in ltr.ticks] == [0, 1, 2, 3, 4]


def test_the_description_states_every_figure():
    with translation.override("en"):
        chart = bar_chart(
            "c", "Requests per month", [("May", 1), ("June", 3)], label_axis="", value_axis=""
        )
    assert chart.description == "Requests per month. In all: 4. May: 1; June: 3."
    assert (chart.title_id, chart.desc_id) == ("c-title", "c-desc")


def test_periods():
    assert read_period({}, TODAY) == (Period(LAST_12, date(2025, 12, 1), date(2026, 11, 1)), [])
    period, errors = read_period({"from": "2025-11", "to": "2026-2"}, TODAY)
    assert (period.preset, errors) == (CHOSEN, [])
    assert period.months() == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert period.end == date(2026, 3, 1)
    assert read_period({"period": ALL}, TODAY, date(2024, 3, 9))[0].first == date(2024, 3, 1)
    assert read_period({"period": ALL}, TODAY)[0].first == date(2026, 11, 1)
    for bad in ({"from": "2026-03", "to": "2026-01"}, {"to": "x"}, {"period": "<script>"}):
        period, errors = read_period(bad, TODAY)
        assert period.preset == LAST_12 and len(errors) == 1
