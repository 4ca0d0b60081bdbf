"""The search page a resident uses: works with links and a form, in every language."""

import re
from urllib.parse import unquote

import pytest

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">(.*?)</a></h3>', html)


def test_search_page_finds_in_the_residents_language_and_is_not_indexed(client, demo):
    response = client.get("/fr/search/", {"q": "titre de séjour"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert '<html lang="fr" dir="ltr">' in html
    assert titles(html)[0] == "Titres de séjour et Prenotafacile"
    assert 'role="search"' in html and 'name="q"' in html


def test_arabic_results_are_right_to_left_with_open_status_place_and_access(client, demo):
    html = client.get("/ar/search/", {"q": "تجديد الإقامة"}).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'class="status status--' in html
    assert "Leutrum" in html  # the place
    assert "دون موعد" in html or "بموعد" in html  # the access mode, in Arabic


def test_italian_fallback_results_are_labelled(client, demo):
    html = client.get("/ro/search/", {"q": "avvocato"}).content.decode()
    assert '<li class="card" lang="it" dir="ltr">' in html
    assert 'class="card__label" lang="ro" dir="ltr"' in html


@pytest.mark.parametrize("language", ["ro", "ur"])
def test_fallback_results_link_to_the_page_in_the_readers_language(client, demo, language):
    """An Italian page shown for want of a translation opens in the reader's language
    (with its "not translated yet" notice), not under /it/."""
    html = client.get(f"/{language}/search/", {"q": "avvocato"}).content.decode()
    fallback = re.findall(
        r'<li class="card" lang="it" dir="ltr">\s*<h3 class="card__title"><a href="([^"]+)"', html
    )
    assert fallback
    for url in fallback:
        assert url.startswith(f"/{language}/"), url
        page = client.get(url)
        assert page.status_code == 200
        assert "notice--translation" in page.content.decode()


def test_chosen_filters_show_above_the_results_with_a_way_to_remove_each_and_all(client, demo):
    html = client.get("/en/search/", {"q": "permit", "access": "walk_in"}).content.decode()
    chips = re.findall(r'<a class="chip" href="([^"]+)">', html)
    assert chips == ["?q=permit"]  # removing the one filter keeps the words
    assert "chip--clear" not in html  # one filter: nothing more to clear
    first = client.get("/en/search/", {"q": "permit"}).content.decode()
    city = re.search(r'href="(\?[^"]*city=[^"]+)"', first).group(1).replace("&amp;", "&")
    both = client.get("/en/search/" + city + "&access=walk_in").content.decode()
    assert len(re.findall(r'<a class="chip" href=', both)) == 2
    assert '<a class="chip chip--clear" href="?q=permit">' in both
    # The count and the chips come before the filters, and the filters before the results.
    assert (
        both.index("results-title")
        < both.index('class="chips"')
        < both.index('<details class="filters">')
        < both.index('class="cards results__list"')
    )


def test_facet_links_are_shareable_urls_that_narrow_the_results(client, demo):
    html = client.get("/en/search/").content.decode()
    link = re.search(
        r'href="(\?need=residence-permit)"[^>]*><bdi>[^<]+</bdi> '
        r'<span class="facet__count" data-count="(\d+)"',
        html,
    )
    assert link, "a need facet with its count"
    narrowed = client.get(
        "/en/search/" + unquote(link.group(1).replace("&amp;", "&"))
    ).content.decode()
    assert len(titles(narrowed)) == int(link.group(2))
    assert 'aria-current="true"' in narrowed  # the chosen facet is marked


def test_typo_offers_a_did_you_mean_link(client, demo):
    html = client.get("/it/search/", {"q": "avvocatto"}).content.decode()
    assert 'href="?q=avvocato"' in html
    assert "Sportello legale" in titles(html)


def test_pagination_and_bad_parameters_never_break_the_page(client, demo):
    first = client.get("/it/search/").content.decode()
    assert 'rel="next" href="?page=2"' in first
    second = client.get("/it/search/", {"page": "2"}).content.decode()
    assert titles(second) and set(titles(second)).isdisjoint(titles(first))
    for params in ({"page": "abc"}, {"page": "-4"}, {"access": "<script>"}, {"q": "x" * 5000}):
        response = client.get("/it/search/", params)
        assert response.status_code == 200
        assert "<script>" not in response.content.decode().split("</head>")[1]
    assert client.post("/it/search/", {"q": "a"}).status_code == 405
    past_the_end = client.get("/it/search/", {"page": "99999"}).content.decode()
    assert titles(past_the_end) == titles(second)  # the last page (the demo has two)


def test_home_page_need_shortcuts_lead_to_the_finder(client, demo):
    home = client.get("/zh-hans/").content.decode()
    assert 'href="/zh-hans/search/?need=residence-permit"' in home
    html = client.get("/zh-hans/search/", {"need": "residence-permit"}).content.decode()
    assert "居留许可与 Prenotafacile 预约" in titles(html)
