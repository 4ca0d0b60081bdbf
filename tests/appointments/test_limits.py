"""Rate limit and size cap: clear, translated refusals that store nothing."""

import os

import pytest
from django.core.cache import cache

from appointments.models import AppointmentRequest
from tests.appointments.conftest import form_url, valid

pytestmark = pytest.mark.django_db


def test_too_many_posts_from_one_client_get_a_translated_429(client, legal, frozen, settings):
    cache.clear()
    settings.APPOINTMENT_RATE_LIMIT = (2, 600)
    url = form_url(legal, "ar")
    assert client.post(url, valid(name="Uno")).status_code == 302
    assert client.post(url, valid(name="Due")).status_code == 302
    refused = client.post(url, valid(name="Tre"))
    assert refused.status_code == 429
    assert refused["Retry-After"] == "600"
    html = refused.content.decode()
    assert 'lang="ar"' in html and "طلبات كثيرة جدًا" in html
    assert AppointmentRequest.objects.count() == 2
    # Another client is not affected.
    other = client.post(url, valid(name="Quattro"), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, legal, frozen, settings):
    cache.clear()
    settings.APPOINTMENT_RATE_LIMIT = (1, 600)
    settings.SPORTELLO_TRUSTED_PROXIES = 1
    url = form_url(legal)
    first = client.post(url, valid(name="A"), HTTP_X_FORWARDED_FOR="198.51.100.1")
    second = client.post(url, valid(name="B"), HTTP_X_FORWARDED_FOR="198.51.100.2")
    third = client.post(url, valid(name="C"), HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert [first.status_code, second.status_code, third.status_code] == [302, 302, 429]


def test_an_oversized_post_is_refused_before_it_is_read(client, legal, frozen):
    response = client.post(form_url(legal, "en"), valid(message="x" * 40_000))
    assert response.status_code == 413
    assert "too long for us to receive" in response.content.decode()
    assert AppointmentRequest.objects.count() == 0


def redis_reachable() -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


def test_with_redis_the_limit_is_shared_by_every_worker(client, legal, frozen, settings):
    """Two gunicorn workers share one Redis; here, two cache connections share it."""
    if not redis_reachable():
        if os.environ.get("SPORTELLO_REQUIRE_REDIS"):
            pytest.fail("SPORTELLO_REQUIRE_REDIS is set but no Redis answers on 127.0.0.1:6379")
        pytest.skip("no Redis server on 127.0.0.1:6379 (.ci/run starts one)")
    from django.core.cache import caches

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": f"sportello-test-{id(object())}",
        }
    }
    settings.APPOINTMENT_RATE_LIMIT = (2, 600)
    url = form_url(legal)
    assert client.post(url, valid(name="Uno")).status_code == 302
    caches.close_all()  # a new connection, as another worker process would have
    assert client.post(url, valid(name="Due")).status_code == 302
    assert client.post(url, valid(name="Tre")).status_code == 429
    caches["default"].clear()
