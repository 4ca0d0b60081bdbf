"""Machine translation is off by default; switched on, it fills strings, and residents
see a notice until a person has edited them."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlencode

import pytest
from django.conf import settings
from wagtail_localize.models import StringSegment, Translation

from localisation.po import translate_page
from services.models import GuidePage
from tests.processes import django_env, manage

pytestmark = pytest.mark.django_db
NOTICE = "notice--machine"


class FakeLibreTranslate(BaseHTTPRequestHandler):
    """Speaks LibreTranslate's /translate protocol, on 127.0.0.1 only."""

    requests = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLibreTranslate.requests.append(body)
        answer = {"translatedText": [f"[{body['target']}] {text}" for text in body["q"]]}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate():
    server = HTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    return client


@pytest.fixture
def urdu_translation(demo):
    # A page the demo leaves untranslated in Urdu (right to left, like Arabic).
    page = GuidePage.objects.get(locale__language_code="it", slug="cittadinanza")
    urdu = translate_page(page, "ur", {})  # started, nothing translated yet
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="ur"
    )
    return page, urdu, translation


def test_no_machine_translator_by_default(editor, urdu_translation):
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    _page, urdu, translation = urdu_translation
    html = editor.get(f"/admin/pages/{urdu.pk}/edit/").content.decode()
    assert "machine_translate" not in html
    response = editor.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/", follow=True
    )
    assert response.status_code == 404


def test_machine_translation_fills_strings_and_shows_a_notice_until_edited(
    editor, urdu_translation, libretranslate, settings
):
    page, urdu, translation = urdu_translation
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": libretranslate, "API_KEY": ""},
    }
    edit_url = f"/admin/pages/{urdu.pk}/edit/"
    assert "machine_translate" in editor.get(edit_url).content.decode()

    response = editor.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/", {"next": edit_url}
    )
    assert response.status_code == 302
    assert FakeLibreTranslate.requests[-1]["source"] == "it"
    assert FakeLibreTranslate.requests[-1]["target"] == "ur"
    editor.post(edit_url, {"action": "publish"})
    urdu.refresh_from_db()
    assert urdu.title == f"[ur] {page.title}"

    html = editor.get("/ur/guide/cittadinanza/").content.decode()
    assert NOTICE in html
    assert "ترجمہ مشین نے کیا" in html  # the notice is in Urdu

    # A person reviews every string; the notice goes away once they are all edited.
    for segment in StringSegment.objects.filter(source=translation.source):
        editor.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            urlencode({"value": f"کسی شخص نے جانچا {segment.pk}"}),
            content_type="application/x-www-form-urlencoded",
        )
    editor.post(edit_url, {"action": "publish"})
    html = editor.get("/ur/guide/cittadinanza/").content.decode()
    assert NOTICE not in html


def test_an_unknown_machine_translator_stops_start_up():
    env = django_env("config.settings.test", MACHINE_TRANSLATOR="dummy")
    result = manage(env, "check", check=False, timeout=120)
    assert result.returncode != 0
    assert "MACHINE_TRANSLATOR='dummy' is not one of deepl, google, libretranslate" in result.stderr


@pytest.mark.parametrize(
    ("service", "variable"),
    [("deepl", "DEEPL_AUTH_KEY"), ("libretranslate", "LIBRETRANSLATE_URL")],
)
def test_a_machine_translator_without_its_key_fails_the_check(service, variable):
    env = django_env("config.settings.test", MACHINE_TRANSLATOR=service)
    env.pop(variable, None)
    result = manage(env, "check", check=False, timeout=120)
    assert result.returncode != 0
    assert f"MACHINE_TRANSLATOR={service} needs {variable}" in result.stderr
