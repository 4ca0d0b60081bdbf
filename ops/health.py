"""/healthz for load balancers and container health checks.

Answered by a middleware placed before everything else, so a probe works whatever Host
header it sends (container and load-balancer probes use an address, which
ALLOWED_HOSTS rightly refuses) and over plain HTTP behind a TLS-terminating proxy."""

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

PATH = "/healthz"


def healthz(request) -> JsonResponse:
    """200 when the database (and Redis, when configured) answer; 503 otherwise."""
    report, ok = {}, True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        report["database"] = "ok"
    except DatabaseError:
        report["database"], ok = "unreachable", False
    if settings.REDIS_URL:
        try:
            cache.set("sportello:healthz", 1, timeout=10)
            report["cache"] = "ok" if cache.get("sportello:healthz") == 1 else "unreachable"
        except Exception:  # the Redis client raises its own connection errors
            report["cache"] = "unreachable"
        ok = ok and report["cache"] == "ok"
    response = JsonResponse(
        {"status": "ok" if ok else "unavailable", **report}, status=200 if ok else 503
    )
    add_never_cache_headers(response)
    return response


class HealthCheck:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH and request.method in ("GET", "HEAD"):
            return healthz(request)
        return self.get_response(request)
