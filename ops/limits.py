"""Site-wide limits on what the public may send: who the client is behind our proxies,
per-client counters (rate limits, "once per client"), and a size cap on public POSTs
checked before anything reads the body.

Counters live in Django's cache under a keyed hash of the address, for minutes: shared
by every worker with Redis (REDIS_URL), per process with the default memory cache. No
address is ever written to the database."""

import hashlib
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


def address_key(request) -> str:
    """A keyed hash of the client's address ("" when there is none)."""
    address = client_address(request) if request is not None else ""
    if not address:
        return ""
    key = settings.SECRET_KEY.encode()[:64]
    return hashlib.blake2b(address.encode(), key=key, digest_size=12).hexdigest()


def allow(request, scope: str, limit: int, window: int) -> bool:
    """Count one attempt of this client's in `scope`; False once it has made more than
    `limit` in the current `window` seconds. A request without an address is allowed."""
    client = address_key(request)
    if not client:
        return True
    key = f"sportello:rate:{scope}:{client}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window + 1)
        count = 1
    return count <= limit


def first_time(request, scope: str, what: str, seconds: int) -> bool:
    """True the first time this client does `what` in `scope` within `seconds`."""
    client = address_key(request)
    if not client:
        return True
    digest = hashlib.blake2b(what.encode(), digest_size=12).hexdigest()
    return cache.add(f"sportello:once:{scope}:{client}:{digest}", 1, seconds)


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
                return render(request, "ops/too_large.html", status=413)
        return self.get_response(request)
