"""Editors and translators see a page's readability; the report lists the hardest
pages of a language; READABILITY_MT_MIN_SCORE keeps machine translation away from hard
Italian pages (through wagtail-localize's own view and its DummyTranslator)."""

import re

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation

from localisation.po import translate_page
from readability import scoring
from readability.text import page_paragraphs
from services.models import GuidePage

pytestmark = pytest.mark.django_db

DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator", "OPTIONS": {}}


def in_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(
        in_english(django_user_model.objects.create_superuser("ed", "e@x.org", "pw"))
    )
    return client


@pytest.fixture
def guide(demo):
    return GuidePage.objects.get(locale__language_code="it", slug="cittadinanza")


def scores_in(html):
    return [float(value) for value in re.findall(r'data-score="([\d.]+)"', html)]


def test_the_page_view_shows_the_drafts_score_and_the_scale(editor, guide):
    draft = guide.get_latest_revision_as_object()
    draft.summary = "Per la cittadinanza serve il permesso. " + " ".join(["parola"] * 30) + "."
    draft.save_revision()
    expected = scoring.score(page_paragraphs(guide.get_latest_revision_as_object()), "it")

    html = editor.get(f"/admin/readability/{guide.pk}/").content.decode()
    assert f'data-readability-score="{expected.score}"' in html
    assert "Gulpease" in html
    assert "Gulpease: the higher the score, the easier the text." in html
    assert "80 or more" in html and "easy for readers with elementary schooling" in html
    assert '<mark data-long-sentence="30">' in html  # the draft's long sentence
    assert "has no basic-vocabulary list" in html


def test_a_translated_page_is_scored_in_its_own_language(editor, guide):
    english = translate_page(guide, "en", {guide.title: "Citizenship: how to apply."})
    html = editor.get(f"/admin/readability/{english.pk}/").content.decode()
    assert "Flesch Reading Ease" in html
    assert 'lang="en" dir="ltr"' in html
    urdu = translate_page(guide, "ur", {guide.title: "شہریت"})
    html = editor.get(f"/admin/readability/{urdu.pk}/").content.decode()
    assert "No readability formula exists for Urdu in readsight." in html


def test_the_editor_header_and_the_explorer_link_to_it(editor, guide):
    link = f"/admin/readability/{guide.pk}/"
    assert link in editor.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert link in editor.get(f"/admin/pages/{guide.get_parent().pk}/").content.decode()


def test_the_page_view_needs_edit_permission(client, django_user_model, guide):
    url = f"/admin/readability/{guide.pk}/"
    assert client.get(url).status_code == 302  # to the sign-in page
    user = django_user_model.objects.create_user("viewer", "v@x.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(in_english(user))
    response = client.get(url)
    assert response.status_code == 302
    assert "data-readability-score" not in client.get(url, follow=True).content.decode()


def test_the_report_lists_the_hardest_pages_first(editor):
    html = editor.get("/admin/reports/hardest-pages/?language=it").content.decode()
    scores = scores_in(html)
    live = Page.objects.live().filter(locale__language_code="it", depth__gt=1).count()
    assert len(scores) == min(live, 30) and len(scores) > 1
    assert scores == sorted(scores)  # Gulpease: the lowest is the hardest
    assert "/admin/pages/" in html and "/edit/" in html
    assert "Hardest pages" in editor.get("/admin/reports/hardest-pages/").content.decode()


def test_the_report_in_other_languages(editor, guide):
    translate_page(guide, "uk", {guide.title: "Громадянство"})
    html = editor.get("/admin/reports/hardest-pages/?language=uk").content.decode()
    scores = scores_in(html)
    assert scores and scores == sorted(scores, reverse=True)  # LIX: the highest is the hardest
    html = editor.get("/admin/reports/hardest-pages/?language=zh-hans").content.decode()
    assert "No readability formula exists for Simplified Chinese in readsight." in html
    assert editor.get("/admin/reports/hardest-pages/?language=xx").status_code != 200


@pytest.fixture
def urdu_translation(guide):
    urdu = translate_page(guide, "ur", {}, publish=False)
    translation = Translation.objects.get(
        source__object_id=guide.translation_key, target_locale__language_code="ur"
    )
    return urdu, translation


def machine_translated(translation):
    return StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine"
    ).count()


def post_machine_translate(client, urdu, translation):
    edit_url = f"/admin/pages/{urdu.pk}/edit/"
    return client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/",
        {"next": edit_url},
        follow=True,
    )


def test_machine_translation_is_refused_below_the_threshold(
    editor, guide, urdu_translation, settings
):
    urdu, translation = urdu_translation
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    gulpease = scoring.score(page_paragraphs(translation.source.as_instance()), "it").score
    settings.READABILITY_MT_MIN_SCORE = gulpease + 1
    before = machine_translated(translation)
    response = post_machine_translate(editor, urdu, translation)
    assert response.redirect_chain[0][0] == f"/admin/pages/{urdu.pk}/edit/"
    assert machine_translated(translation) == before
    message = "Machine translation is refused for this page: its Italian text scores"
    assert message in response.content.decode()


def test_machine_translation_is_allowed_at_or_above_the_threshold(
    editor, guide, urdu_translation, settings
):
    urdu, translation = urdu_translation
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    gulpease = scoring.score(page_paragraphs(translation.source.as_instance()), "it").score
    settings.READABILITY_MT_MIN_SCORE = gulpease - 1
    before = machine_translated(translation)
    response = post_machine_translate(editor, urdu, translation)
    assert machine_translated(translation) > before
    assert "Successfully translated with Dummy translator." in response.content.decode()


def test_no_threshold_no_check(editor, guide, urdu_translation, settings):
    urdu, translation = urdu_translation
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    assert settings.READABILITY_MT_MIN_SCORE is None
    post_machine_translate(editor, urdu, translation)
    assert machine_translated(translation) > 0


def test_the_threshold_keeps_wagtail_localize_answers_without_a_translator(
    editor, urdu_translation, settings
):
    _urdu, translation = urdu_translation
    settings.READABILITY_MT_MIN_SCORE = 1000
    response = editor.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert response.status_code == 302  # refused before any translator is asked


def test_operators_do_not_read_the_report_and_translators_get_no_dead_buttons(
    client, django_user_model, demo
):
    from django.contrib.auth.models import Group

    from appointments.groups import ensure_request_groups
    from localisation.groups import ensure_translator_groups, translator_group_name

    ensure_request_groups()
    ensure_translator_groups()
    operator = django_user_model.objects.create_user("olga", "o@x.org", "pw")
    operator.groups.add(Group.objects.get(name="Operators"))
    client.force_login(in_english(operator))
    assert client.get("/admin/reports/hardest-pages/?language=it").url == "/admin/"

    translator = django_user_model.objects.create_user("samir", "s@x.org", "pw")
    translator.groups.add(Group.objects.get(name=translator_group_name("ar")))
    client.force_login(in_english(translator))
    html = client.get("/admin/reports/hardest-pages/?language=it").content.decode()
    assert scores_in(html)  # the Italian pages are listed
    assert "/edit/" not in html.split("<tbody>")[1]  # but there is nothing to edit
