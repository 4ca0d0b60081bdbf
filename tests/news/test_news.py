import datetime
import re
from xml.etree import ElementTree

import feedparser
import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("language", ["it", "ar"])
def test_feeds_parse_and_list_the_news_newest_first(client, demo, kind, language):
    response = client.get(f"/{language}/notizie/feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version.startswith("rss" if kind == "rss" else "atom")
    expected = list(
        NewsPage.objects.filter(locale__language_code=language).live().order_by("-date")
    )
    assert len(expected) == 4  # the demo's four news items, translated into Arabic
    assert [entry.title for entry in feed.entries] == [page.title for page in expected]
    assert all(f"/{language}/notizie/" in entry.link for entry in feed.entries)
    assert feed.feed.get("language", feed.feed.get("xml_lang", "")) == language
    # Each item is dated by the news' own date (2017-2024), not when the demo loaded.
    assert [datetime.date(*entry.published_parsed[:3]) for entry in feed.entries] == [
        page.date for page in expected
    ]
    assert all(entry.id == entry.link for entry in feed.entries)


@pytest.mark.parametrize("language", ["it", "ar"])
def test_feeds_carry_what_the_w3c_feed_rules_require(client, demo, language):
    """Atom: an author, a self link, an id and an updated date on the feed and every
    entry. RSS: title, link and description, a self link, and full permalink guids."""
    atom = ElementTree.fromstring(client.get(f"/{language}/notizie/feed/atom/").content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert atom.findtext("a:author/a:name", namespaces=ns).strip()
    assert atom.find("a:link[@rel='self']", ns).get("href").endswith("/feed/atom/")
    for element in (atom, *atom.findall("a:entry", ns)):
        assert element.findtext("a:id", namespaces=ns).startswith("http")
        assert element.findtext("a:updated", namespaces=ns)
        assert element.findtext("a:title", namespaces=ns).strip()
    rss = ElementTree.fromstring(client.get(f"/{language}/notizie/feed/rss/").content)
    channel = rss.find("channel")
    assert all(channel.findtext(tag).strip() for tag in ("title", "link", "description"))
    assert channel.find("{http://www.w3.org/2005/Atom}link[@rel='self']") is not None
    assert channel.findtext("language") == language
    for item in channel.findall("item"):
        guid = item.find("guid")
        assert guid.get("isPermaLink", "true") == "true" and guid.text.startswith("http")


def test_news_index_is_paginated_newest_first(client, demo):
    index = NewsIndexPage.objects.get(locale__language_code="it")
    for n in range(12):
        index.add_child(
            instance=NewsPage(
                title=f"Avviso {n}",
                slug=f"avviso-{n}",
                summary="Breve.",
                date=f"2030-01-{n + 1:02d}",
            )
        ).save_revision().publish()
    first = client.get("/it/notizie/").content.decode()
    assert first.index("Avviso 11") < first.index("Avviso 10")
    assert 'rel="next"' in first and "Avviso 0" not in first
    second = client.get("/it/notizie/?page=2").content.decode()
    assert "Avviso 0" in second and 'rel="prev"' in second
    # A page number out of range or not a number still shows a page, not an error.
    assert client.get("/it/notizie/?page=99").status_code == 200
    assert client.get("/it/notizie/?page=abc").status_code == 200


def test_a_news_image_needs_its_description(demo):
    image = Image.objects.create(title="Polo", file=get_test_image_file())
    page = NewsPage(title="Con foto", slug="con-foto", summary="Breve.", image=image)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "image_alt" in error.value.message_dict
    page.image_alt = "La sala d'attesa del polo"
    page.clean()


def test_news_page_shows_the_date_summary_and_tags(client, demo):
    html = client.get("/it/notizie/meet-buona-pratica-migration-policy-group/").content.decode()
    assert "3.455 visite" in html
    assert '<time datetime="2024-02-01">' in html
    assert "Informazione e orientamento" in html


def test_news_images_come_in_light_formats_and_sizes(client, demo, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    index = NewsPage.objects.filter(locale__language_code="it").first().get_parent()
    image = Image.objects.create(title="Polo", file=get_test_image_file(size=(1200, 800)))
    page = NewsPage(
        title="Con foto",
        slug="con-foto",
        summary="Breve.",
        date=datetime.date(2026, 11, 20),
        image=image,
        image_alt="La sala d'attesa del polo",
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    picture = html.split("<picture>")[1].split("</picture>")[0]
    sources = re.findall(r"<source [^>]+>", picture)
    assert ['type="image/avif"' in sources[0], 'type="image/webp"' in sources[1]] == [True, True]
    assert re.search(r'srcset="[^"]+\.avif 400w, [^"]+\.avif 800w"', sources[0])
    assert 'sizes="(min-width: 48em) 42rem, 100vw"' in picture
    img = re.search(r"<img [^>]+>", picture).group(0)
    assert 'width="400"' in img or 'width="800"' in img  # explicit size: no layout shift
    assert 'alt="La sala d&#x27;attesa del polo"' in img
