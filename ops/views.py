from django.shortcuts import render


def csrf_failure(request, reason=""):
    """Django's CSRF refusal, in the resident's language, with the way back."""
    return render(request, "ops/csrf_failure.html", status=403)
