import re

import pytest

from services.models import NeedCategory

pytestmark = pytest.mark.django_db


def service_titles(html):
    return re.findall(r'<li class="card"><h3><a href="[^"]+">(.*?)</a></h3>', html)


def test_home_page_has_need_shortcuts_hubs_with_status_news_and_search(client, demo):
    html = client.get("/it/").content.decode()
    for need in NeedCategory.objects.all():
        assert f'href="/it/search/?need={need.code}"' in html
    assert html.count('<p class="status status--') == 2  # .Meet and S.P.A.C.E.
    assert 'role="search"' in html and 'action="/it/search/"' in html
    assert ".Meet è una buona pratica europea" in html


def test_need_shortcut_lists_the_services_for_that_need(client, demo):
    html = client.get("/it/servizi/?need=discrimination").content.decode()
    assert service_titles(html) == ["Sportello Antidiscriminazioni Città di Cuneo"]


def test_unknown_need_says_so_and_lists_nothing(client, demo):
    response = client.get("/it/servizi/?need=does-not-exist")
    assert response.status_code == 200
    assert service_titles(response.content.decode()) == []
    assert 'role="status"' in response.content.decode()


def test_guide_steps_link_to_services_in_the_visitor_language(client, demo):
    html = client.get("/en/guide/rinnovo-permesso-di-soggiorno/").content.decode()
    assert 'href="/en/servizi/meet-cuneo/permessi-di-soggiorno/"' in html
    assert "Questura of Cuneo – Immigration office" in html  # who validated the answers
    assert html.count('<details class="qa">') == 2
