import io

import pytest
from wagtail.models import Page, Site

from demo.loader import load
from home.models import SiteOwner
from services.models import HubPage, Location, NeedCategory, Organisation

pytestmark = pytest.mark.django_db


def test_loading_the_demo_again_keeps_edits_and_adds_nothing_twice(demo):
    counts = (
        Page.objects.count(),
        Organisation.objects.count(),
        Location.objects.count(),
        NeedCategory.objects.count(),
    )
    meet = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
    meet.title = "Polo .Meet (titolo modificato)"
    meet.save_revision().publish()
    owner = SiteOwner.for_site(Site.objects.get(is_default_site=True))
    owner.phone = "0171 000000"
    owner.save()

    out = io.StringIO()
    load(out, with_admin=True)
    load(out, with_admin=True)

    assert (
        Page.objects.count(),
        Organisation.objects.count(),
        Location.objects.count(),
        NeedCategory.objects.count(),
    ) == counts
    meet.refresh_from_db()
    assert meet.title == "Polo .Meet (titolo modificato)"
    owner.refresh_from_db()
    assert owner.phone == "0171 000000"
    # The admin password is printed the first time only.
    assert out.getvalue().count("password:") == 1
    assert "already exists" in out.getvalue()


def test_every_italian_page_exists_in_every_locale(demo):
    italian = Page.objects.filter(locale__language_code="it", depth__gt=1)
    for page in italian:
        assert page.get_translations(inclusive=True).count() == 10, page.url_path


def test_demo_translations_are_complete_real_translations(client, demo):
    """Each demo PO file makes a real translation with every string translated."""
    from wagtail_localize.models import Translation

    from demo.loader import demo_translations

    checked = 0
    for language, path, _strings in demo_translations():
        url = f"/{language}/{path}/" if path else f"/{language}/"
        response = client.get(url)
        page = response.context["page"]
        assert page.alias_of_id is None, url
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=page.locale
        )
        total, translated = translation.get_progress()
        assert total == translated, (url, total, translated)
        assert "notice--translation" not in response.content.decode()
        checked += 1
    assert checked >= 12


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_meet_its_desks_and_the_projects_are_translated(client, demo, language):
    from wagtail_localize.models import Translation

    from projects.models import ProjectPage

    meet = HubPage.objects.get(locale__language_code="it", slug="meet-cuneo")
    sources = [meet, *meet.get_children(), *ProjectPage.objects.filter(locale=meet.locale)]
    for source in sources:
        translation = Translation.objects.get(
            source__object_id=source.translation_key, target_locale__language_code=language
        )
        total, translated = translation.get_progress()
        assert total == translated, (source.url_path, language)
        target = source.get_translations().get(locale__language_code=language)
        response = client.get(target.url)
        assert response.status_code == 200
        assert "notice--translation" not in response.content.decode()


def test_a_romanian_visit_to_a_service_shows_the_fallback_notice(client, demo):
    html = client.get("/ro/servizi/meet-cuneo/sportello-legale/").content.decode()
    assert "Această pagină nu este încă tradusă" in html
    assert '<h1 lang="it" dir="ltr" data-element="service-title">Sportello legale</h1>' in html


def test_demo_languages_cover_what_the_issue_asks(demo):
    """en, fr, ar: every page and organisation; es, uk, zh-hans: home and services;
    the other languages only the home page, so the fallback shows."""
    italian = Page.objects.filter(locale__language_code="it", depth__gt=1)
    services = italian.filter(url_path__startswith="/home/servizi/")
    organisations = Organisation.objects.filter(locale__language_code="it")
    expected = {
        "en": italian.count(),
        "fr": italian.count(),
        "ar": italian.count(),
        "es": services.count() + 1,
        "uk": services.count() + 1,
        "zh-hans": services.count() + 1,
        "ro": 1,
        "sq": 1,
        "ur": 1,
    }
    for language, count in expected.items():
        translated = Page.objects.filter(
            locale__language_code=language, depth__gt=1, alias_of__isnull=True
        )
        assert translated.count() == count, language
        if language in ("es", "uk", "zh-hans"):
            keys = set(translated.values_list("translation_key", flat=True))
            home = italian.get(depth=2)
            assert keys == {
                home.translation_key,
                *services.values_list("translation_key", flat=True),
            }
    for language in ("en", "fr", "ar"):
        names = Organisation.objects.filter(locale__language_code=language)
        assert names.count() == organisations.count(), language
    arabic = set(
        Organisation.objects.filter(locale__language_code="ar").values_list("name", flat=True)
    )
    assert "بلدية كونيو" in arabic and "Comune di Cuneo" not in arabic
