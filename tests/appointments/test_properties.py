"""Random field values: never a server error, never an invalid row stored."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from appointments.forms import MAX_SLOTS, strip_controls
from appointments.models import CHANNELS, MESSAGE_MAX, AppointmentRequest
from services import hours
from tests.appointments.conftest import MONDAY, form_url, valid

pytestmark = pytest.mark.django_db

text = st.text(max_size=60)
slot_keys = st.one_of(
    st.sampled_from(["2026-11-24T15:30", "2026-11-26T09:30", "2026-12-08T15:30"]),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M")),
    text,
)
fields = st.fixed_dictionaries(
    {},
    optional={
        "name": text,
        "contact_by": st.one_of(st.sampled_from([c for c, _ in CHANNELS]), text),
        "phone": st.one_of(st.sampled_from(["333 123 4567", "+212612345678", "0171 444547"]), text),
        "email": st.one_of(st.emails(), text),
        "preferred_language": st.one_of(st.sampled_from(["it", "ar", "ur", "other"]), text),
        "other_language": text,
        "interpreter": st.sampled_from(["on", "", "yes", "0"]),
        "slots": st.lists(slot_keys, max_size=5),
        "message": st.one_of(text, st.text(min_size=1990, max_size=2010)),
        "consent": st.sampled_from(["on", "", "false"]),
        "website": st.sampled_from(["", "", "x"]),
        "submission": st.one_of(st.uuids().map(str), text),
    },
)


def assert_valid(saved):
    assert saved.name.strip() and saved.name == strip_controls(saved.name, keep_newlines=False)
    assert saved.message == strip_controls(saved.message) and len(saved.message) <= MESSAGE_MAX
    if saved.contact_by == "email":
        assert saved.email
    else:
        assert saved.contact_by in ("phone", "whatsapp") and saved.phone.startswith("+")
    slots = list(saved.slots.all())
    assert 1 <= len(slots) <= MAX_SLOTS
    schedule = saved.service.schedule()
    for slot in slots:
        assert hours.booking_problem(schedule, slot.start, MONDAY) is None


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=fields)
def test_random_posts_never_fail_and_never_store_invalid_rows(client, legal, frozen, data):
    cache.clear()
    # A valid request with some of its fields replaced, so both outcomes are common.
    response = client.post(form_url(legal, "en"), {**valid(), **data})
    assert response.status_code in (302, 400)
    event(f"status {response.status_code}")
    for saved in AppointmentRequest.objects.all():
        assert_valid(saved)
