"""Security headers and sign-in lockout (settings in config/settings/security.py)."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.shortcuts import render


class SecurityHeaders(CSPMiddleware):
    """django-csp's middleware with two policies: the strict one for every page residents
    see, the admin's (which Wagtail still needs inline scripts for) under its prefixes;
    plus the Permissions-Policy header, which Django does not write."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.permissions_policy = permissions_policy()  # constant: built once per process

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.ADMIN_CSP
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", self.permissions_policy)
        return response


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.ADMIN_CSP_PREFIXES))


def permissions_policy() -> str:
    return ", ".join(
        f"{feature}=({' '.join(allowed)})"
        for feature, allowed in sorted(settings.PERMISSIONS_POLICY.items())
    )


def client_description(username, ip_address, user_agent, path_info, request) -> str:
    """What django-axes writes in its log lines: where, never who (docs/deploy.md)."""
    return f"sign-in at {path_info}"


def locked_out(request, original_response=None, credentials=None):
    """The page shown instead of the sign-in form while the lockout lasts."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    response = render(
        request,
        "ops/admin/locked_out.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    response["Retry-After"] = str(minutes * 60)
    return response
