"""Offline reading, as the server offers it: the worker at the site root under the
Content-Security-Policy, the manifest and offline page of each language, and which
responses the worker may keep (never forms, search, the admin or a signed-in user's)."""

import json
import os
import re
import shutil
import subprocess

import pytest
from django.conf import settings
from django.utils import translation

from services.models import ServicePage

pytestmark = pytest.mark.django_db
SAVE = "Sportello-Offline"


def test_the_worker_is_served_from_the_root_for_the_whole_site(client, demo):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    assert "script-src 'self'" in response["Content-Security-Policy"]
    source = response.content.decode()
    shell = json.loads(re.search(r"const SHELL_URLS = (\[.*?\]);", source).group(1))
    for url in shell:  # every file it keeps exists
        assert client.get(url).status_code == 200, url
    assert SAVE in source


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("uk", "ltr"), ("ur", "rtl")])
def test_manifest_and_offline_page_in_each_language(client, demo, language, direction):
    manifest = client.get(f"/{language}/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    data = json.loads(manifest.content)
    assert (data["lang"], data["dir"], data["start_url"]) == (language, direction, f"/{language}/")
    offline = client.get(f"/{language}/offline/")
    html = offline.content.decode()
    with translation.override(language):
        assert translation.gettext("You are offline") in html
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert offline[SAVE] == "save"  # the worker keeps it for pages never saved


def test_every_page_links_its_manifest_script_and_offline_page(client, demo):
    html = client.get("/fr/servizi/meet-cuneo/").content.decode()
    assert '<link rel="manifest" href="/fr/manifest.webmanifest">' in html
    assert re.search(
        r'<script src="/static/js/sportello\.js" defer data-offline-page="/fr/offline/"></script>',
        html,
    )
    # The notice a saved copy shows, hidden on the live page.
    assert '<p class="offline-copy notice" data-offline-notice hidden>' in html


def test_public_pages_and_cards_may_be_kept(client, demo):
    service = ServicePage.objects.get(slug="sportello-legale", locale__language_code="ar")
    for url in (service.url, f"{service.url}card/", f"{service.url}card/pdf/?size=a6", "/ar/"):
        assert client.get(url)[SAVE] == "save", url


def test_forms_search_admin_and_signed_in_pages_are_never_kept(client, demo, django_user_model):
    service = ServicePage.objects.get(slug="sportello-legale", locale__language_code="ar")
    assert service.takes_appointments
    never = [
        f"{service.url}request/",  # the request form
        "/ar/servizi/meet-cuneo/contact/",
        "/ar/search/?q=permesso+di+soggiorno",
        "/ar/search/",
    ]
    for url in never:
        response = client.get(url)
        assert response.status_code == 200, url
        assert SAVE not in response, url
    client.force_login(django_user_model.objects.create_superuser("ed", "e@example.org", "pw"))
    for url in (service.url, "/admin/"):
        assert SAVE not in client.get(url), url


def test_every_language_has_its_offline_page(client, demo):
    for code, _name in settings.LANGUAGES:
        assert client.get(f"/{code}/offline/").status_code == 200


def test_the_worker_and_the_site_script_parse_as_javascript(client, demo, tmp_path):
    node = shutil.which("node")
    if node is None:
        reason = "node is not installed: the scripts' syntax is not checked"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    worker = tmp_path / "sw.js"
    worker.write_bytes(client.get("/sw.js").content)
    script = tmp_path / "sportello.js"
    script.write_bytes(b"".join(client.get("/static/js/sportello.js").streaming_content))
    for path in (worker, script):
        result = subprocess.run([node, "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_a_url_with_a_query_is_not_kept_except_a_card_size(client, demo):
    assert SAVE not in client.get("/it/?feedback=thanks")
    assert SAVE not in client.get("/it/?utm_source=poster")
    assert client.get("/it/servizi/meet-cuneo/card/?size=a6")[SAVE] == "save"
