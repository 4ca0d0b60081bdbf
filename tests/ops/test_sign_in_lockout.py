"""Admin sign-in: ten wrong passwords block the account from that address for a while,
with a clear message; the right password works again once the block has passed."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import User

LOGIN = "/admin/login/"
PASSWORD = "the-right-password-for-the-desk"


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("operatrice", "op@example.org", PASSWORD)


def sign_in(client, password, address="203.0.113.7", language="en"):
    return client.post(
        LOGIN,
        {"username": "operatrice", "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_ten_wrong_passwords_block_then_the_right_one_works_after_the_wait(client, editor):
    start = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        for attempt in range(9):
            response = sign_in(client, f"wrong-{attempt}")
            assert response.status_code == 200  # the form again, with its error
            assert response.context["form"].non_field_errors()
        response = sign_in(client, "wrong-10")
        assert response.status_code == 429
        text = response.content.decode()
        assert "After 10 wrong passwords" in text
        assert "blocked for 15 minutes" in text
        assert response["Retry-After"] == "900"

        # During the block even the right password is refused, with the same message.
        clock.shift(datetime.timedelta(minutes=14))
        response = sign_in(client, PASSWORD)
        assert response.status_code == 429
        assert "blocked for 15 minutes" in response.content.decode()

        # A refused attempt during the block starts the wait again.
        clock.shift(datetime.timedelta(minutes=16))
        response = sign_in(client, PASSWORD)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert client.get("/admin/").status_code == 200


def test_the_block_is_for_that_address_only(client, editor):
    for attempt in range(10):
        sign_in(client, f"wrong-{attempt}", address="198.51.100.20")
    assert sign_in(client, PASSWORD, address="198.51.100.20").status_code == 429
    # The operator at the desk is not locked out by someone elsewhere guessing.
    assert sign_in(client, PASSWORD, address="203.0.113.7").status_code == 302


def test_the_message_is_in_the_editors_language(client, editor):
    for attempt in range(10):
        response = sign_in(client, f"sbagliata-{attempt}", language="it")
    assert response.status_code == 429
    assert "Dopo 10 password sbagliate" in response.content.decode()


def test_a_success_forgets_earlier_mistakes(client, editor):
    for attempt in range(9):
        sign_in(client, f"wrong-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for attempt in range(9):
        assert sign_in(client, f"again-{attempt}").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302


def test_an_editors_session_ends_after_a_working_day(client, editor):
    start = datetime.datetime(2026, 11, 23, 8, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        response = sign_in(client, PASSWORD)
        assert response.cookies["sessionid"]["max-age"] == ""  # gone when the browser closes
        clock.shift(datetime.timedelta(hours=7, minutes=50))
        assert client.get("/admin/").status_code == 200
        clock.shift(datetime.timedelta(minutes=20))
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
