"""Taking part: an activity whose registration goes through the hub's contact form
sends residents there with the activity named; the request reaches the inbox with it."""

import pytest
from django.core import mail

from appointments.models import AppointmentRequest
from appointments.tasks import deliver_mail
from tests.activities.conftest import activity, text, version
from tests.appointments.conftest import run_ready_tasks, user_in, valid

pytestmark = pytest.mark.django_db

WORKSHOP = "laboratorio-curriculum-prato"


def join_link(html):
    start = html.index('href="', html.index("?activity=") - 200)
    return html[start + 6 : html.index('"', start + 6)]


@pytest.mark.parametrize("language", ["it", "ar"])
def test_a_resident_asks_to_take_part_from_the_activity_page(
    client, demo, frozen, django_user_model, language
):
    operator = user_in(django_user_model, "Operators", "olga")
    workshop = version(activity(WORKSHOP), language)
    link = join_link(client.get(workshop.url).content.decode())
    hub = version(workshop.hub, language)
    assert link == f"{hub.url}contact/?activity={workshop.translation_key}"

    form = client.get(link).content.decode()
    assert workshop.title in text(form)  # the activity is named above the form
    assert f'name="activity" value="{workshop.translation_key}"' in form

    # No question needed to ask for a place: the message is optional here.
    response = client.post(
        hub.url + "contact/",
        valid(slots=None, message="", activity=str(workshop.translation_key)),
    )
    assert response.status_code == 302
    sent = client.get(response["Location"]).content.decode()
    assert workshop.title in text(sent)  # the confirmation names the activity
    assert f'href="{workshop.url}"' in sent  # and leads back to it
    saved = AppointmentRequest.objects.get()
    assert saved.reference in sent
    assert saved.kind == "contact"
    assert saved.activity_title == activity(WORKSHOP).title  # Italian, for the operators
    assert saved.language == language

    run_ready_tasks(deliver_mail)
    (to_operators,) = [m for m in mail.outbox if m.bcc == [operator.email]]
    assert activity(WORKSHOP).title in to_operators.body


def test_a_key_that_is_not_an_activity_of_this_hub_gives_the_plain_question_form(
    client, demo, frozen
):
    workshop = activity(WORKSHOP)
    meet = activity("club-di-lingua-meet").hub  # another hub
    for url in (
        f"{meet.url}contact/?activity={workshop.translation_key}",
        f"{workshop.hub.url}contact/?activity=not-a-key",
        # The club needs no registration: its key does not turn the form into a request.
        f"{meet.url}contact/?activity={activity('club-di-lingua-meet').translation_key}",
    ):
        html = client.get(url).content.decode()
        assert 'name="activity" value="' not in html  # nothing carried to the post
        assert workshop.title not in html
    # A forged key on the post: stored as a plain question, which still needs its text.
    response = client.post(
        f"{meet.url}contact/", valid(slots=None, message="", activity=str(workshop.translation_key))
    )
    assert response.status_code == 400
    assert AppointmentRequest.objects.count() == 0


def test_the_inbox_and_the_csv_name_the_activity(client, demo, frozen, django_user_model):
    workshop = activity(WORKSHOP)
    client.post(
        workshop.hub.url + "contact/",
        valid(slots=None, message="", activity=str(workshop.translation_key)),
    )
    saved = AppointmentRequest.objects.get()
    operator = user_in(django_user_model, "Operators", "olga")
    client.force_login(operator)
    inspect = client.get(f"/admin/requests/inspect/{saved.pk}/").content.decode()
    assert workshop.title in text(inspect)
    csv = b"".join(client.get("/admin/requests/?export=csv").streaming_content).decode()
    assert workshop.title in csv
