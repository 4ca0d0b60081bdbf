"""The period a report covers, read from its query string: whole months.

`?period=` one of the presets (the last 12 months by default, this year, last year,
all), or `?from=YYYY-MM&to=YYYY-MM` for chosen months. Bad input never fails: the
report shows the default period with a message saying why. Presets are links and the
chosen months a GET form (core/templates/core/period.html), so no script is needed.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from urllib.parse import urlencode

from babel.dates import format_interval
from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, rrule
from django.utils.translation import gettext, gettext_lazy

from core.dates import babel_locale, month_year, site_zone

LAST_12, THIS_YEAR, LAST_YEAR, ALL, CHOSEN = "last12", "this_year", "last_year", "all", "months"
DEFAULT = LAST_12
PRESETS = [
    (LAST_12, gettext_lazy("Last 12 months")),
    (THIS_YEAR, gettext_lazy("This year")),
    (LAST_YEAR, gettext_lazy("Last year")),
    (ALL, gettext_lazy("All")),
]
LONGEST = 20 * 12  # months
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def add_months(month: date, count: int) -> date:
    return month + relativedelta(months=count)


@dataclass(frozen=True)
class Period:
    preset: str
    first: date  # the first day of the first month
    last: date  # the first day of the last month

    def months(self) -> list[date]:
        return [day.date() for day in rrule(MONTHLY, dtstart=self.first, until=self.last)]

    @property
    def end(self) -> date:
        """The day after the period (the first day of the month after its last)."""
        return add_months(self.last, 1)

    def bounds(self) -> tuple[datetime, datetime]:
        """Its first moment and the first moment after it, in the site's time zone."""
        zone = site_zone()
        return (
            datetime.combine(self.first, time(), zone),
            datetime.combine(self.end, time(), zone),
        )

    def params(self) -> dict[str, str]:
        """The query string that shows this period again (the CSV link)."""
        if self.preset == CHOSEN:
            return {"from": f"{self.first:%Y-%m}", "to": f"{self.last:%Y-%m}"}
        return {"period": self.preset}

    def label(self) -> str:
        """ "gennaio – dicembre 2026", in the active language."""
        if self.first == self.last:
            return month_year(self.first)
        return format_interval(self.first, self.last, "yMMMM", locale=babel_locale())


def _month(text: str) -> date | None:
    match = _MONTH.match(text.strip())
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        return None
    return date(year, month, 1)


def preset(name: str, today: date, earliest: date | None = None) -> Period:
    this_month = today.replace(day=1)
    if name == THIS_YEAR:
        return Period(name, date(today.year, 1, 1), date(today.year, 12, 1))
    if name == LAST_YEAR:
        return Period(name, date(today.year - 1, 1, 1), date(today.year - 1, 12, 1))
    if name == ALL:
        first = min(earliest.replace(day=1), this_month) if earliest else this_month
        return Period(name, max(first, add_months(this_month, -LONGEST + 1)), this_month)
    return Period(LAST_12, add_months(this_month, -11), this_month)


def read_period(params, today: date, earliest: date | None = None) -> tuple[Period, list[str]]:
    """The period asked for in `params` (a QueryDict or dict) and the messages about what
    could not be used. `earliest`: the first day with data, where "all" starts."""
    start, stop = (params.get(key, "").strip() for key in ("from", "to"))
    name = params.get("period", "").strip()
    if not (start or stop):
        if name in ("", *dict(PRESETS)):
            return preset(name or DEFAULT, today, earliest), []
        return preset(DEFAULT, today), [_not_understood()]
    first, last = _month(start), _month(stop)
    if first is None or last is None:
        return preset(DEFAULT, today), [_not_understood()]
    if first > last:
        return preset(DEFAULT, today), [
            gettext("The first month is after the last one: showing the last 12 months instead.")
        ]
    period = Period(CHOSEN, first, last)
    if len(period.months()) > LONGEST:
        return preset(DEFAULT, today), [
            gettext("A period is at most 20 years long: showing the last 12 months instead.")
        ]
    return period, []


def _not_understood() -> str:
    return gettext(
        "The period was not understood (write months as YYYY-MM, both of them): "
        "showing the last 12 months instead."
    )


def selector(period: Period, params, path: str) -> dict:
    """What core/period.html draws: the presets as links keeping the report's other
    parameters (its language), the chosen months, the CSV link."""
    others = {
        key: value
        for key, value in params.items()
        if key not in ("period", "from", "to", "format") and value
    }
    return {
        "period": period,
        "others": others,
        "from_value": f"{period.first:%Y-%m}",
        "to_value": f"{period.last:%Y-%m}",
        "presets": [
            {
                "label": label,
                "url": f"{path}?{urlencode({**others, 'period': name})}",
                "current": period.preset == name,
            }
            for name, label in PRESETS
        ],
        "csv_url": f"{path}?{urlencode({**others, **period.params(), 'format': 'csv'})}",
    }
