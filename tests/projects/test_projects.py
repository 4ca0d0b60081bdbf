import re
from datetime import date

import pytest

from projects.models import ACTIVE, COMPLETED, PLANNED, UNDATED, ProjectPage, status_for

pytestmark = pytest.mark.django_db


def listed(client, query=""):
    html = client.get(f"/it/progetti/{query}").content.decode()
    return sorted(re.findall(r'<h2 class="card__title"><a href="[^"]+"><bdi>(.*?)</bdi>', html))


def test_index_lists_every_project(client, demo):
    assert listed(client) == ["Ananda", "MediAL", "Migr-AL", "S.P.A.C.E.", "Sofia 2"]


def test_index_filters_by_status_and_territory(client, demo):
    assert listed(client, "?status=completed") == ["S.P.A.C.E."]
    assert listed(client, "?territory=Alessandria") == ["MediAL", "Migr-AL"]
    assert listed(client, "?status=undated&territory=Alessandria") == ["MediAL", "Migr-AL"]
    assert listed(client, "?status=active") == []
    # Unknown values are ignored rather than failing.
    assert len(listed(client, "?status=nonsense")) == 5


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2027, 1, 1), date(2028, 1, 1), PLANNED),
        (date(2026, 1, 1), date(2027, 1, 1), ACTIVE),
        (date(2019, 11, 14), date(2021, 2, 28), COMPLETED),
        (date(2017, 3, 31), None, UNDATED),
        (None, None, UNDATED),
    ],
)
def test_status_is_derived_from_the_dates(start, end, expected):
    assert status_for(start, end, date(2026, 11, 22)) == expected


def test_project_page_shows_funding_partners_and_links(client, demo):
    space = ProjectPage.objects.get(locale__language_code="it", slug="space")
    html = client.get(space.url).content.decode()
    assert "FAMI 2014-2020" in html
    assert "200.000" in html
    for partner in ("Oxfam Italia", "Cooperativa Sociale Pane &amp; Rose", "CO&amp;SO"):
        assert partner in html
    assert "/it/servizi/space-prato/sportello-virtuale/" in html
    assert "/it/notizie/space-giornate-di-formazione-prato/" in html
    medial = ProjectPage.objects.get(locale__language_code="it", slug="medial")
    assert "30.000" in client.get(medial.url).content.decode()
