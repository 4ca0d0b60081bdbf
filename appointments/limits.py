"""Abuse limits for the public forms: a per-client rate limit (the size cap on every
public POST is site-wide: ops.limits).

Counters live in Django's cache: shared by every worker with Redis (REDIS_URL), per
process with the default local-memory cache."""

import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from ops.limits import client_address


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
