"""Sharing a hub, a service or an activity without scripts: links to WhatsApp,
Telegram, SMS and e-mail carrying a short message in the reader's language."""

import re
from datetime import datetime
from html import unescape
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import translation

from activities.models import ActivityPage
from core import dates
from services.models import HubPage, ServicePage

pytestmark = pytest.mark.django_db
ROME = ZoneInfo("Europe/Rome")
SUNDAY = datetime(2026, 12, 6, 10, 0, tzinfo=ROME)  # .Meet opens again on Monday at 09:30
MONDAY_OPEN = datetime(2026, 12, 7, 10, 0, tzinfo=ROME)


def share_links(html) -> dict[str, str]:
    section = html.split('<section class="share"')[1].split("</section>")[0]
    return {
        channel: unescape(href)
        for channel, href in re.findall(
            r'class="share__link share__link--(\w+)" href="([^"]+)"', section
        )
    }


def message(href: str, field: str) -> str:
    return parse_qs(urlsplit(href).query)[field][0]


def get(client, page, moment):
    with time_machine.travel(moment, tick=False):
        return client.get(page.url).content.decode()


@pytest.mark.parametrize("language", ["ar", "it", "zh-hans"])
def test_whatsapp_and_sms_carry_name_next_opening_place_phone_and_link(client, demo, language):
    page = ServicePage.objects.get(slug="informazione-orientamento", locale__language_code=language)
    links = share_links(get(client, page, SUNDAY))
    assert set(links) == {"whatsapp", "telegram", "sms", "email"}
    assert links["whatsapp"].startswith("https://wa.me/?text=")
    assert links["sms"].startswith("sms:?&body=")
    with translation.override(language):
        monday = dates.day(datetime(2026, 12, 7, 9, 30, tzinfo=ROME))
        opening = translation.gettext("Next opening: %(day)s at %(time)s (%(kind)s)").split(
            "%(day)s"
        )[0]
    for text in (message(links["whatsapp"], "text"), message(links["sms"], "body")):
        lines = text.split("\n")
        assert page.title in lines[0]
        assert (
            opening.strip() and opening in lines[1] and monday in lines[1] and "09:30" in lines[1]
        )
        assert "Via Leutrum 7, 12100 Cuneo" in lines[2]
        assert "0171 444547" in lines[3]
        assert lines[-1] == page.get_full_url()
    if language != "it":
        assert "Prossima apertura" not in links["whatsapp"]


def test_while_open_the_message_says_until_when_today(client, demo):
    page = ServicePage.objects.get(slug="informazione-orientamento", locale__language_code="fr")
    text = message(share_links(get(client, page, MONDAY_OPEN))["whatsapp"], "text")
    with translation.override("fr"):
        today = dates.day(MONDAY_OPEN)
    assert today in text and "12:00" in text


def test_telegram_and_mail_take_the_link_and_the_text(client, demo):
    hub = HubPage.objects.get(slug="meet-cuneo", locale__language_code="ar")
    links = share_links(get(client, hub, SUNDAY))
    telegram = parse_qs(urlsplit(links["telegram"]).query)
    assert telegram["url"] == [hub.get_full_url()]
    assert hub.get_full_url() not in telegram["text"][0]
    mail = parse_qs(urlsplit(links["email"]).query)
    assert mail["subject"] == [hub.title]
    assert mail["body"][0].endswith(hub.get_full_url())
    assert "+" not in links["email"].split("body=")[1]  # spaces as %20: mail apps show "+"


def test_activity_message_names_its_next_date_that_takes_place(client, demo):
    club = ActivityPage.objects.get(slug="club-di-lingua-meet", locale__language_code="en")
    # 8 December is cancelled for the holiday: the message names the 15th.
    with time_machine.travel(datetime(2026, 12, 8, 9, 0, tzinfo=ROME), tick=False):
        html = client.get(club.url).content.decode()
    text = message(share_links(html)["whatsapp"], "text")
    with translation.override("en"):
        assert dates.day(datetime(2026, 12, 15, tzinfo=ROME)) in text
        assert dates.day(datetime(2026, 12, 8, tzinfo=ROME)) not in text
    assert text.endswith(club.get_full_url())


@pytest.mark.parametrize(
    "url",
    [
        "/ar/servizi/meet-cuneo/",
        "/ar/servizi/meet-cuneo/informazione-orientamento/",
        "/ar/attivita/club-di-lingua-meet/",
        "/ar/servizi/meet-cuneo/card/",
    ],
)
def test_pages_with_share_links_still_run_no_inline_script(client, demo, url):
    html = client.get(url).content.decode()
    for attributes in re.findall(r"<script([^>]*)>", html):
        assert 'type="application/ld+json"' in attributes or re.search(
            r'\ssrc="/static/', attributes
        ), attributes
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers either
