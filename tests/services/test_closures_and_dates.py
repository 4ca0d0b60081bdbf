"""Closures however far ahead, and dates as each language writes them (CLDR)."""

import re
from datetime import date

import pytest

from news.models import NewsIndexPage
from services.models import HubClosure, ServicePage
from tests.appointments import conftest as appointments
from tests.appointments.conftest import version

pytestmark = pytest.mark.django_db

# The Monday-morning clock and the .Meet legal desk, as in the appointment tests.
frozen = appointments.frozen
legal = appointments.legal


def header(html: str) -> str:
    return html.split('<header class="page-header">')[1].split("</header>")[0]


def hours_section(html: str) -> str:
    return html.split('<section class="hours"')[1].split("</section>")[0]


def text(fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", fragment)).strip()


def close_hub(page, *periods):
    for start, end, reason in periods:
        HubClosure.objects.create(page=page, start=start, end=end, reason=reason)


def test_a_closure_weeks_ahead_is_on_the_page_with_the_opening_after_it(client, legal, frozen):
    """Monday 23 November: the .Meet hub closes on 9 and 10 December for training, 16
    days ahead. The desk's page says so at the top and in its hours, with the next
    opening after it: Friday 11 December at 09:30, by appointment."""
    close_hub(legal.hub, (date(2026, 12, 9), date(2026, 12, 10), "training"))
    html = client.get(legal.url).content.decode()
    for part in (header(html), hours_section(html)):
        shown = text(part)
        assert "Chiuso: 9–10 dicembre (Formazione del personale)." in shown, shown
        assert "Riapre: venerdì 11 dicembre alle 09:30 (su appuntamento)." in shown, shown


def test_the_header_names_the_next_two_closures_and_the_hours_all_of_them(client, legal, frozen):
    close_hub(
        legal.hub,
        (date(2027, 1, 20), date(2027, 1, 20), "strike"),
        (date(2026, 12, 9), date(2026, 12, 10), "training"),
        (date(2026, 12, 24), date(2027, 1, 6), "holiday"),
        (date(2026, 11, 2), date(2026, 11, 3), "works"),  # over: shown nowhere
    )
    html = client.get(legal.url).content.decode()
    top, section = text(header(html)), text(hours_section(html))
    assert "9–10 dicembre" in top and "24 dicembre – 6 gennaio" in top
    assert "20 gennaio" not in top
    order = [section.index(d) for d in ("9–10 dicembre", "24 dicembre – 6 gennaio", "20 gennaio")]
    assert order == sorted(order)
    # After the winter closure (Epiphany is a public holiday too), Thursday 7 January.
    assert "Riapre: giovedì 7 gennaio alle 09:30" in section
    assert "novembre" not in section.split("Chiusure in programma")[1]


def test_an_arabic_page_keeps_the_closure_times_in_order(client, legal, frozen):
    close_hub(version(legal.hub, "ar"), (date(2026, 12, 9), date(2026, 12, 10), "training"))
    html = client.get(version(legal, "ar").url).content.decode()
    top = header(html)
    assert "ديسمبر" in top  # December, in Arabic
    assert '<bdi dir="ltr">09:30</bdi>' in top


@pytest.mark.parametrize(
    ("language", "shown", "never"),
    [
        # Italian writes weekdays and months in lower case.
        ("it", "mercoledì 25 novembre", "Mercoledì 25 Novembre"),
        # Ukrainian: the month in the genitive after a day number.
        ("uk", "25 листопада", "25 Листопад"),
        ("en", "Wednesday, November 25", "Wednesday 25 November"),
        ("zh-hans", "11月25日星期三", "星期三 25 十一月"),
    ],
)
def test_the_next_opening_is_written_as_the_language_writes_dates(
    client, demo, frozen, language, shown, never
):
    """Monday morning: the anti-discrimination desk opens next on Wednesday 25."""
    desk = ServicePage.objects.get(locale__language_code="it", slug="sportello-antidiscriminazioni")
    html = client.get(f"/{language}{desk.url[3:]}").content.decode()
    badge = text(re.search(r'<p class="status status--closed">(.*?)</p>', html, re.S).group(1))
    assert shown in badge, badge
    assert never not in badge


def test_dates_elsewhere_follow_cldr_too(client, demo):
    """A news date in Ukrainian and Italian, on the news index."""
    index = NewsIndexPage.objects.get(locale__language_code="it")
    html_uk = client.get(version(index, "uk").url).content.decode()
    html_it = client.get(index.url).content.decode()
    months_it = re.findall(r"<time datetime=\"[\d-]+\">\d+ (\w+) \d{4}</time>", html_it)
    assert months_it and all(m == m.lower() for m in months_it), months_it
    shown_uk = re.findall(r"<time datetime=\"[\d-]+\">([^<]+)</time>", html_uk)
    assert shown_uk and all(re.fullmatch(r"\d+ [а-яіїє]+ \d{4}\sр\.", d) for d in shown_uk), (
        shown_uk
    )
