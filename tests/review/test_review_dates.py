"""Review dates: a page past its date reaches its owner (dashboard, one mail) and its
readers (a notice with the number to call); "checked, nothing changed" clears it and
leaves every translation as it was."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from django.utils.html import escape
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from localisation import status as translation_status
from localisation.groups import ensure_translator_groups, translator_group_name
from review import records
from review.models import PageReview
from review.tasks import schedule_reminders, send_review_reminders
from services.models import GuidePage, ServicePage
from tests.localisation.review_cycle import snapshot

pytestmark = pytest.mark.django_db

NOTICE_OVERDUE = "This information may be out of date."


def say(language, text, **values):
    with translation.override(language):
        return translation.gettext(text) % values if values else translation.gettext(text)


@pytest.fixture
def legal(demo):
    return ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")


@pytest.fixture
def people(django_user_model):
    editors = Group.objects.get(name="Editors")
    ensure_translator_groups()

    def make(username, *groups, language="it"):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        for group in groups:
            user.groups.add(group)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client = Client()
        client.force_login(user)
        return user, client

    return {
        "owner": make("giulia", editors),
        "other": make("marco", editors),
        "mediators": Group.objects.create(name="Mediators"),
        "make": make,
    }


def overdue(page, owner=None, group=None, days=3):
    records.ensure_all()
    review = PageReview.objects.get(translation_key=page.translation_key)
    review.review_by = timezone.localdate() - timedelta(days=days)
    review.checked_on = review.review_by - timedelta(days=180)
    review.owner_user = owner
    review.owner_group = group
    review.save()
    return review


def notice(client, page, code):
    url = page.get_translation(Locale.objects.get(language_code=code)).url
    html = client.get(url).content.decode()
    start = html.find('class="review-notice')
    assert start > 0, f"no review notice on {url}"
    return html[start : html.find("</p>", start)]


def test_residents_read_when_a_page_was_checked_and_a_call_to_confirm_once_overdue(legal):
    client = Client()
    fresh = notice(client, legal, "it")
    assert 'data-review="checked"' in fresh
    assert NOTICE_OVERDUE not in fresh

    review = overdue(legal)
    for code in ("it", "ar"):
        text = notice(client, legal, code)
        assert 'data-review="overdue"' in text
        assert say(code, NOTICE_OVERDUE) in text
        assert say(code, "Call to confirm:") in text
        assert 'href="tel:0171444547"' in text and ">0171 444547<" in text  # the hub's phone
        assert say(code, NOTICE_OVERDUE) != NOTICE_OVERDUE or code == "it"
    assert review.checked_on.strftime("%Y") in notice(client, legal, "ar")


def test_an_overdue_guide_asks_to_confirm_at_the_desk(demo):
    guide = GuidePage.objects.filter(locale__language_code="it").first()
    overdue(guide)
    text = notice(Client(), guide, "ar")
    assert say("ar", "Ask the desk to confirm before you go.") in text


def test_the_owner_sees_an_overdue_page_on_the_dashboard_and_others_do_not(legal, people):
    owner, owner_client = people["owner"]
    _other, other_client = people["other"]
    overdue(legal, owner=owner)
    panel = owner_client.get("/admin/").content.decode()
    assert 'data-panel="review-due"' in panel
    assert f'href="/admin/review/{legal.pk}/"' in panel
    assert "data-overdue" in panel
    assert f"/admin/review/{legal.pk}/" not in other_client.get("/admin/").content.decode()


def test_a_group_owns_a_page_for_each_of_its_members(legal, people):
    member, member_client = people["make"]("amina", Group.objects.get(name="Editors"))
    member.groups.add(people["mediators"])
    overdue(legal, group=people["mediators"])
    assert f"/admin/review/{legal.pk}/" in member_client.get("/admin/").content.decode()


def test_the_weekly_mail_reminds_the_owner_once_in_their_language(legal, people):
    owner, _ = people["owner"]
    profile = UserProfile.get_for_user(owner)
    profile.preferred_language = "ar"
    profile.save()
    overdue(legal, owner=owner)
    mail.outbox.clear()
    send_review_reminders.call()
    sent = [m for m in mail.outbox if m.to == [owner.email]]
    assert len(sent) == 1
    assert legal.title in sent[0].body
    assert f"/admin/review/{legal.pk}/" in sent[0].body
    assert say("ar", "These pages you own are past their review date.")[:20] in sent[0].body or (
        say("ar", "Your dashboard lists every page of yours that is due:") in sent[0].body
    )

    send_review_reminders.call()  # next week, still not checked: no second mail
    assert len([m for m in mail.outbox if m.to == [owner.email]]) == 1

    # Checked, then overdue again months later: a new reminder.
    overdue(legal, owner=owner, days=1)
    send_review_reminders.call()
    assert len([m for m in mail.outbox if m.to == [owner.email]]) == 2


def test_the_reminder_queues_itself_for_next_week(demo):
    DBTaskResult.objects.all().delete()
    assert schedule_reminders() is True
    assert schedule_reminders() is False
    send_review_reminders.call()
    waiting = DBTaskResult.objects.filter(
        task_path=send_review_reminders.module_path, status="READY"
    )
    assert waiting.count() == 1
    assert waiting.get().run_after > timezone.now() + timedelta(days=6)


def test_checked_nothing_changed_clears_it_without_touching_translations(legal, people):
    owner, client = people["owner"]
    overdue(legal, owner=owner)
    arabic = legal.get_translation(Locale.objects.get(language_code="ar"))
    before = {pk: snapshot(pk) for pk in (legal.pk, arabic.pk)}
    status_before = translation_status.summary()
    revisions = legal.revisions.count()

    response = client.post(f"/admin/review/{legal.pk}/", {"checked": "1"})
    assert response.status_code == 302

    review = PageReview.objects.get(translation_key=legal.translation_key)
    assert review.checked_on == timezone.localdate()
    assert review.checked_by == owner
    assert review.review_by == timezone.localdate() + timedelta(days=180)
    assert 'data-review="checked"' in notice(Client(), legal, "ar")
    # No revision, no change to the Italian or the Arabic page, nothing out of date.
    assert legal.revisions.count() == revisions
    assert {pk: snapshot(pk) for pk in (legal.pk, arabic.pk)} == before
    assert translation_status.summary() == status_before
    assert owner_panel_is_clear(client, legal)


def owner_panel_is_clear(client, page):
    return f"/admin/review/{page.pk}/" not in client.get("/admin/").content.decode()


def test_publishing_the_italian_page_counts_as_a_check(legal, people):
    owner, _ = people["owner"]
    overdue(legal, owner=owner)
    legal.save_revision(user=owner).publish()
    review = PageReview.objects.get(translation_key=legal.translation_key)
    assert review.checked_on == timezone.localdate() and not records.is_overdue(review)
    assert review.owner_user == owner  # the owner stays


def test_a_past_review_date_is_refused_and_nothing_is_lost(legal, people):
    owner, client = people["owner"]
    review = overdue(legal, owner=owner)
    response = client.post(
        f"/admin/review/{legal.pk}/",
        {"review_by": "2020-01-01", "owner_user": owner.pk, "owner_group": ""},
        HTTP_ACCEPT_LANGUAGE="it",
    )
    assert response.status_code == 400
    assert say("it", "Choose a review date from today on.") in response.content.decode()
    assert PageReview.objects.get(pk=review.pk).review_by == review.review_by

    later = date(timezone.localdate().year + 1, 3, 1)
    translator, _ = people["make"]("samira", Group.objects.get(name=translator_group_name("ar")))
    refusals = [
        (
            {"owner_user": "", "owner_group": ""},
            say(
                "it",
                "Choose who checks this page: a person, a group or both. "
                "Without an owner nobody is reminded.",
            ),
        ),
        (
            {"owner_user": translator.pk, "owner_group": ""},
            say(
                "it",
                "%(name)s cannot edit the Italian page: choose someone who can.",
                name="samira",
            ),
        ),
        (
            {"owner_user": "", "owner_group": people["mediators"].pk},
            say(
                "it",
                "The group %(name)s cannot edit the Italian page: choose one that can.",
                name="Mediators",
            ),
        ),
    ]
    for owners, message in refusals:
        response = client.post(
            f"/admin/review/{legal.pk}/", {"review_by": later.isoformat(), **owners}
        )
        assert response.status_code == 400
        assert message in response.content.decode()
        assert PageReview.objects.get(pk=review.pk).review_by == review.review_by

    editors = Group.objects.get(name="Editors")
    response = client.post(
        f"/admin/review/{legal.pk}/",
        {"review_by": later.isoformat(), "owner_user": "", "owner_group": editors.pk},
    )
    assert response.status_code == 302
    saved = PageReview.objects.get(pk=review.pk)
    assert (saved.review_by, saved.owner_user, saved.owner_group) == (later, None, editors)


def test_a_translator_reads_the_review_but_cannot_mark_the_italian_page(legal, people):
    _translator, client = people["make"](
        "samir", Group.objects.get(name=translator_group_name("ar")), language="ar"
    )
    review = overdue(legal)
    arabic = legal.get_translation(Locale.objects.get(language_code="ar"))
    page = client.get(f"/admin/review/{arabic.pk}/")
    assert page.status_code == 200
    refused = client.post(f"/admin/review/{arabic.pk}/", {"checked": "1"})
    assert (refused.status_code, refused.url) == (302, "/admin/")  # Wagtail's refusal
    assert PageReview.objects.get(pk=review.pk).review_by == review.review_by
    assert client.get(f"/admin/review/{legal.pk}/").url == "/admin/"


def test_the_report_lists_stale_pages_per_hub_and_language(legal, people):
    _owner, client = people["owner"]
    overdue(legal)
    html = client.get("/admin/reports/review/").content.decode()
    for code in ("it", "ar"):
        hub = legal.get_parent().get_translation(Locale.objects.get(language_code=code))
        assert f'data-hub="{escape(hub.title)}" data-language="{code}"' in html
    only_arabic = client.get("/admin/reports/review/?language=ar").content.decode()
    assert 'data-language="ar"' in only_arabic and 'data-language="it"' not in only_arabic
    assert 'data-total="1"' in only_arabic
    fresh = ServicePage.objects.filter(locale__language_code="it").exclude(pk=legal.pk).first()
    assert f"/admin/review/{fresh.pk}/" not in html
    assert Page.objects.filter(pk=legal.pk).exists()


def test_operators_do_not_read_the_report(legal, people):
    from appointments.groups import ensure_request_groups

    ensure_request_groups()
    _operator, client = people["make"]("olga", Group.objects.get(name="Operators"))
    overdue(legal)
    assert client.get("/admin/reports/review/").url == "/admin/"
    _translator, client = people["make"](
        "samir", Group.objects.get(name=translator_group_name("ar"))
    )
    assert 'data-language="ar"' in client.get("/admin/reports/review/").content.decode()


def test_the_command_queues_the_weekly_reminder_or_sends_it_now(legal, people):
    from io import StringIO

    from django.core.management import call_command

    owner, _ = people["owner"]
    DBTaskResult.objects.all().delete()
    out = StringIO()
    call_command("review_reminders", "--schedule", stdout=out)
    call_command("review_reminders", "--schedule", stdout=out)
    assert out.getvalue().splitlines() == [
        "Weekly review reminder queued.",
        "A weekly review reminder is already queued.",
    ]
    overdue(legal, owner=owner)
    mail.outbox.clear()
    call_command("review_reminders", stdout=out)
    assert [m.to for m in mail.outbox] == [[owner.email]]
