import re
from datetime import datetime
from html import unescape

import pytest
import time_machine
from wagtail.models import Locale

from activities.models import ActivityPage
from services.hours import ROME

# Monday 7 December 2026, 10:00 in Rome. This week: the .Meet language club's Tuesday
# (8 December, the Immaculate Conception) is cancelled; the S.P.A.C.E. workshop meets
# on Saturday 12. Later: the club on the 15th, its 22 December date moved to the 23rd.
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=ROME)


@pytest.fixture
def frozen():
    with time_machine.travel(MONDAY, tick=False) as traveller:
        yield traveller


def activity(slug, language="it"):
    return ActivityPage.objects.get(slug=slug, locale__language_code=language)


def version(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def occurrences(html: str) -> list[dict]:
    """Each listed date: its `datetime`, title, whether it is struck through, its notes."""
    rows = []
    for item in re.findall(r'<li class="occurrence[^"]*">(.*?)</li>', html, re.S):
        title = re.search(r'class="occurrence__title"[^>]*>(.*?)</a>', item, re.S)
        rows.append(
            {
                "start": re.search(r'<time datetime="([^"]+)"', item).group(1),
                "title": text(title.group(1)) if title else None,
                "struck": "<del>" in item,
                "text": text(item),
            }
        )
    return rows


def section(html: str, heading_id: str) -> str:
    match = re.search(rf'<h2 id="{heading_id}">.*?(?=<section|<h2 |</main>)', html, re.S)
    return match.group(0) if match else ""
