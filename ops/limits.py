"""Site-wide limits on what the public may send: who the client is behind our proxies,
and a size cap on public POSTs checked before anything reads the body."""

from django.conf import settings
from django.shortcuts import render


def client_address(request) -> str:
    """REMOTE_ADDR, or the address the trusted proxies in front of us saw."""
    proxies = settings.SPORTELLO_TRUSTED_PROXIES
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


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
