"""An Arabic translator translates Arabic pages, and nothing else."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from localisation.groups import ensure_translator_groups, translator_group_name
from localisation.po import translate_page
from services.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal(demo):
    """The legal desk, translated into Arabic and French."""
    page = ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")
    translate_page(page, "ar", {page.title: "المكتب القانوني"})
    translate_page(page, "fr", {page.title: "Guichet juridique"})
    return page


@pytest.fixture
def arabic_translator(client, django_user_model):
    user = django_user_model.objects.create_user("amina", "amina@example.org", "pw")
    user.groups.add(Group.objects.get(name=translator_group_name("ar")))
    client.force_login(user)
    return user


def version(page, code):
    return page.get_translation(Page.objects.get(depth=2, locale__language_code=code).locale)


def put_string(client, page, code, value):
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=code
    )
    segment = StringSegment.objects.filter(source=translation.source).order_by("order").first()
    return client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


def test_a_group_per_language_except_the_source(demo):
    names = {group.name for group in ensure_translator_groups()}
    assert translator_group_name("ar") in names
    assert len(names) == 9
    assert not any("(it)" in name for name in names)


def test_arabic_translator_opens_and_saves_the_arabic_translation(client, legal, arabic_translator):
    arabic = version(legal, "ar")
    response = client.get(f"/admin/pages/{arabic.pk}/edit/")
    assert response.status_code == 200
    assert "المكتب القانوني" in response.content.decode()
    assert put_string(client, legal, "ar", "المكتب القانوني المجاني").status_code in (200, 201)
    perms = arabic.permissions_for_user(arabic_translator)
    assert perms.can_edit() and not perms.can_publish()


def test_arabic_translator_cannot_publish(client, legal, arabic_translator):
    arabic = version(legal, "ar")
    assert put_string(client, legal, "ar", "مسودة").status_code in (200, 201)
    response = client.post(f"/admin/pages/{arabic.pk}/edit/", {"action": "publish"})
    assert refused(response)
    arabic.refresh_from_db()
    assert arabic.title == "المكتب القانوني"


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and "/edit/" not in response["Location"]
    )


def test_arabic_translator_is_refused_on_the_italian_source(client, legal, arabic_translator):
    assert refused(client.get(f"/admin/pages/{legal.pk}/edit/"))
    assert not legal.permissions_for_user(arabic_translator).can_edit()


def test_arabic_translator_is_refused_on_the_french_translation(client, legal, arabic_translator):
    french = version(legal, "fr")
    assert refused(client.get(f"/admin/pages/{french.pk}/edit/"))
    assert put_string(client, legal, "fr", "Piraté").status_code == 403
    french.refresh_from_db()
    assert french.title == "Guichet juridique"


@pytest.mark.parametrize("model", ["location", "organisation"])
def test_editors_add_places_and_organisations(client, legal, django_user_model, model):
    editor = django_user_model.objects.create_user("elena", "elena@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(f"/admin/snippets/services/{model}/add/")
    assert response.status_code == 200


def test_editors_can_publish_in_every_language(legal, django_user_model):
    editor = django_user_model.objects.create_user("elena", "elena@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    for code in ("it", "ar", "fr"):
        assert version(legal, code).permissions_for_user(editor).can_publish()


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("marco", "marco@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_arabic_translator_submits_to_the_workflow_and_a_moderator_publishes(
    client, legal, arabic_translator, moderator
):
    arabic = version(legal, "ar")
    # The explorer offers the translator "Submit for review" on the Arabic page.
    listing = client.get(f"/admin/pages/{arabic.get_parent().pk}/").content.decode()
    submit = f"/admin/translations/{arabic.pk}/submit/"
    assert submit in listing
    assert put_string(client, legal, "ar", "المكتب القانوني المجاني").status_code in (200, 201)
    form = client.get(submit).content.decode()
    assert "Moderators approval" in form and "Invia in revisione" in form  # admin in Italian
    response = client.post(submit, {"next": f"/admin/pages/{arabic.pk}/edit/"})
    assert response.status_code == 302
    arabic.refresh_from_db()
    assert arabic.workflow_in_progress
    assert arabic.title == "المكتب القانوني"  # not live before review
    live = client.get("/ar/servizi/meet-cuneo/sportello-legale/").content.decode()
    assert "المكتب القانوني" in live and "المجاني" not in live  # residents see no draft

    client.force_login(moderator)
    task_state = arabic.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{arabic.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    arabic.refresh_from_db()
    assert not arabic.workflow_in_progress
    assert arabic.title == "المكتب القانوني المجاني"
    html = client.get(arabic.url).content.decode()
    assert "المكتب القانوني المجاني" in html


def test_submitting_is_refused_outside_the_translators_language(client, legal, arabic_translator):
    italian = client.post(f"/admin/translations/{legal.pk}/submit/", follow=True)
    assert italian.status_code == 404  # the Italian source is not a translation
    french = version(legal, "fr")
    assert refused(client.post(f"/admin/translations/{french.pk}/submit/"))
    french.refresh_from_db()
    assert not french.workflow_in_progress


def organisation(code):
    from services.models import Organisation

    source = Organisation.objects.get(locale__language_code="it", name="Comune di Cuneo")
    return (
        source if code == "it" else source.get_translation(Locale.objects.get(language_code=code))
    )


def test_arabic_translator_edits_organisation_names_in_arabic_only(client, demo, arabic_translator):
    base = "/admin/snippets/services/organisation/edit"
    assert client.get(f"{base}/{organisation('ar').pk}/").status_code == 200
    assert refused(client.get(f"{base}/{organisation('it').pk}/"))
    assert refused(client.get(f"{base}/{organisation('fr').pk}/"))
    assert put_string(client, organisation("it"), "ar", "بلدية مدينة كونيو").status_code in (
        200,
        201,
    )
    assert put_string(client, organisation("it"), "fr", "Piraté").status_code == 403
    listing = client.get("/admin/snippets/services/organisation/?locale=fr").content.decode()
    assert f"{base}/{organisation('fr').pk}/" not in listing
