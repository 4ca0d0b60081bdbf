"""Abuse limits for the public forms: a per-client rate limit (the size cap on every
public POST is site-wide: ops.limits).

Counters live in Django's cache: shared by every worker with Redis (REDIS_URL), per
process with the default local-memory cache."""

from django.conf import settings
from django.shortcuts import render

from ops import limits


def allow(request, scope: str) -> bool:
    """Count one attempt; False once the client is over the limit for this window."""
    return limits.allow(request, f"appointments:{scope}", *settings.APPOINTMENT_RATE_LIMIT)


def too_many_requests(request):
    _limit, window = settings.APPOINTMENT_RATE_LIMIT
    response = render(
        request, "appointments/too_many.html", {"minutes": max(1, window // 60)}, status=429
    )
    response["Retry-After"] = str(window)
    return response
