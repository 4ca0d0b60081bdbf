"""Abuse limits for the public forms: a per-client rate limit and a request size cap.

Counters live in Django's cache: shared by every worker with Redis (REDIS_URL), per
process with the default local-memory cache."""

import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def client_address(request) -> str:
    """REMOTE_ADDR, or the address the trusted proxies in front of us saw."""
    proxies = settings.SPORTELLO_TRUSTED_PROXIES
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def allow(request, scope: str) -> bool:
    """Count one attempt; False once the client is over the limit for this window."""
    limit, window = settings.APPOINTMENT_RATE_LIMIT
    bucket = int(time.time() // window)
    key = f"sportello:rate:{scope}:{client_address(request)}:{bucket}"
    cache.add(key, 0, timeout=window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window + 1)
        count = 1
    return count <= limit


def too_many_requests(request):
    _limit, window = settings.APPOINTMENT_RATE_LIMIT
    response = render(
        request, "appointments/too_many.html", {"minutes": max(1, window // 60)}, status=429
    )
    response["Retry-After"] = str(window)
    return response


class PublicPostSizeLimit:
    """Refuse public POSTs bigger than PUBLIC_POST_MAX_BYTES before anything reads them.

    The admin is left to Django's own limits (page edits can be large)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not request.path.startswith("/admin/"):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > settings.PUBLIC_POST_MAX_BYTES:
                return render(request, "appointments/too_large.html", status=413)
        return self.get_response(request)
