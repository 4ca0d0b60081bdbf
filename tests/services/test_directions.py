"""Getting there: the address links to directions on OpenStreetMap and to the phone's
own map app (geo:), to the exact point when the place has one."""

import json
import re
from decimal import Decimal
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape

from services.models import HubPage, Location

pytestmark = pytest.mark.django_db


def jsonld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )


def directions(html) -> tuple[str, str]:
    section = html.split('<ul class="link-list directions">')[1].split("</ul>")[0]
    hrefs = [unescape(h) for h in re.findall(r'href="([^"]+)"', section)]
    return hrefs[0], hrefs[1]


def test_without_a_point_directions_go_to_the_address(client, demo):
    html = client.get("/fr/servizi/meet-cuneo/").content.decode()
    osm, geo = directions(html)
    assert urlsplit(osm).netloc == "www.openstreetmap.org" and urlsplit(osm).path == "/directions"
    assert parse_qs(urlsplit(osm).query)["to"] == ["Via Leutrum 7, 12100 Cuneo"]
    assert geo == "geo:0,0?q=Via%20Leutrum%207%2C%2012100%20Cuneo"


def test_with_a_point_directions_map_app_and_json_ld_use_it(client, demo):
    meet = HubPage.objects.get(slug="meet-cuneo", locale__language_code="it")
    location = meet.location
    location.latitude, location.longitude = Decimal("44.391030"), Decimal("7.549370")
    location.save()

    html = client.get("/ar/servizi/meet-cuneo/").content.decode()
    osm, geo = directions(html)
    assert parse_qs(urlsplit(osm).query)["to"] == ["44.391030,7.549370"]
    assert geo.startswith("geo:44.391030,7.549370?q=44.391030,7.549370(")
    hub = jsonld(html)
    assert hub["@type"] == "GovernmentOffice"
    assert hub["geo"] == {"@type": "GeoCoordinates", "latitude": 44.39103, "longitude": 7.54937}
    assert hub["address"]["streetAddress"] == "Via Leutrum 7"

    desk = jsonld(client.get("/ar/servizi/meet-cuneo/informazione-orientamento/").content.decode())
    assert desk["serviceLocation"]["geo"]["latitude"] == 44.39103


@pytest.mark.parametrize(
    ("latitude", "longitude", "field"),
    [
        (Decimal("44.39"), None, "longitude"),
        (None, Decimal("7.5"), "latitude"),
        (Decimal("91"), Decimal("7.5"), "latitude"),
        (Decimal("44.39"), Decimal("-181"), "longitude"),
    ],
)
def test_a_point_needs_both_coordinates_within_range(latitude, longitude, field):
    location = Location(name="Sede", city="Cuneo", latitude=latitude, longitude=longitude)
    with pytest.raises(ValidationError) as raised:
        location.full_clean()
    assert field in raised.value.message_dict


def test_editor_sees_the_coordinate_error_in_the_admin_and_keeps_the_rest(admin_client, demo):
    location = HubPage.objects.get(slug="meet-cuneo", locale__language_code="it").location
    url = f"/admin/snippets/services/location/edit/{location.pk}/"
    response = admin_client.post(
        url,
        {
            "name": "Polo .Meet (nuova sede)",
            "address": location.address,
            "postcode": location.postcode,
            "city": location.city,
            "province": location.province,
            "latitude": "44.39",
            "longitude": "",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    language = re.search(r'<html[^>]*\slang="([^"]+)"', html).group(1)
    with translation.override(language):
        expected = escape(
            translation.gettext("Give both the latitude and the longitude, or neither.")
        )
    assert expected in html
    assert 'value="Polo .Meet (nuova sede)"' in html  # what was typed is still there
    location.refresh_from_db()
    assert location.name == "Polo .Meet" and location.latitude is None
