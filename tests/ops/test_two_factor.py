"""Optional two-factor sign-in for the admin: an editor turns it on with a code from an
authenticator app; from then on the admin asks for a code after the password."""

import datetime
import re

import pytest
import time_machine
from django.contrib.auth.models import User
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

PASSWORD = "a-long-password-for-two-factor"


@pytest.fixture
def editor(db):
    user = User.objects.create_superuser("redattrice", "r@example.org", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def sign_in(client):
    response = client.post("/admin/login/", {"username": "redattrice", "password": PASSWORD})
    assert response.status_code == 302
    return response


def code_for(device):
    """What the editor's authenticator app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def clock():
    with time_machine.travel(
        datetime.datetime(2026, 11, 23, 9, 0, 5, tzinfo=datetime.UTC)
    ) as traveller:
        yield traveller


def turn_on(client, editor):
    page = client.get("/admin/two-factor/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    return page, device


def test_an_editor_without_two_factor_signs_in_with_the_password_alone(client, editor):
    sign_in(client)
    assert client.get("/admin/").status_code == 200


def test_turning_it_on_needs_a_right_code(client, editor, clock):
    sign_in(client)
    page, device = turn_on(client, editor)
    html = page.content.decode()
    assert 'src="data:image/svg+xml' in html  # the QR code, drawn on the server
    key = re.search(r'<code dir="ltr">([A-Z2-7 ]+)</code>', html).group(1)
    assert len(key.replace(" ", "")) == 32

    wrong = client.post(
        "/admin/two-factor/", {"code": "000000" if code_for(device) != "000000" else "111111"}
    )
    assert wrong.status_code == 200
    assert "This code is not right" in wrong.content.decode()
    device.refresh_from_db()
    assert device.confirmed is False
    # Straight after a wrong code the next one is held back (django-otp's throttle).
    again = client.post("/admin/two-factor/", {"code": code_for(device)})
    assert "Too many wrong codes" in again.content.decode()

    clock.shift(datetime.timedelta(seconds=5))
    done = client.post("/admin/two-factor/", {"code": code_for(device)}, follow=True)
    assert "Two-factor sign-in is on" in done.content.decode()
    device.refresh_from_db()
    assert device.confirmed is True
    assert client.get("/admin/").status_code == 200  # this session is already verified


def test_the_next_sign_in_asks_for_a_code(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    sign_in(client)
    response = client.get("/admin/pages/?ordering=title&p=2")
    assert response.status_code == 302
    assert response["Location"] == (
        "/admin/two-factor/verify/?next=%2Fadmin%2Fpages%2F%3Fordering%3Dtitle%26p%3D2"
    )
    # Nothing in the admin is reachable until the code is given.
    assert client.get("/admin/requests/").status_code == 302

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert 'value="/admin/pages/?ordering=title&amp;p=2"' in page.content.decode()
    assert "6-digit code" in page.content.decode()
    wrong = client.post("/admin/two-factor/verify/", {"code": "12345", "next": "/admin/pages/"})
    assert "Enter the 6-digit code." in wrong.content.decode()
    right = client.post(
        "/admin/two-factor/verify/", {"code": code_for(device), "next": "/admin/pages/"}
    )
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_code_step_never_sends_the_editor_elsewhere(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    sign_in(client)
    response = client.post(
        "/admin/two-factor/verify/", {"code": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_turning_it_off_needs_a_current_code(client, editor, clock):
    device = TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    sign_in(client)
    client.post("/admin/two-factor/verify/", {"code": code_for(device)})
    refused = client.post("/admin/two-factor/", {"code": "999999"})
    assert refused.status_code == 200
    assert TOTPDevice.objects.filter(user=editor).exists()
    # Half a minute later: past the throttle, and a new code (a code works only once).
    clock.shift(datetime.timedelta(seconds=31))
    device.refresh_from_db()
    off = client.post("/admin/two-factor/", {"code": code_for(device)}, follow=True)
    assert "Two-factor sign-in is off" in off.content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_the_code_step_speaks_the_editors_language(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "it"
    profile.save()
    TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    sign_in(client)
    page = client.get("/admin/two-factor/verify/").content.decode()
    assert "Apri la tua app di autenticazione" in page


def test_an_administrator_can_turn_it_off_for_a_lost_phone(client, editor):
    from io import StringIO

    from django.core.management import call_command

    TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    out = StringIO()
    call_command("two_factor_off", "redattrice", stdout=out)
    assert "off for redattrice" in out.getvalue()
    sign_in(client)
    assert client.get("/admin/").status_code == 200
