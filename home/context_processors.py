from django.utils import translation

from home.i18n import direction


def language(request):
    """The interface language and its writing direction, for <html lang dir>."""
    code = translation.get_language() or "it"
    from home.models import FEEDBACK_REASONS

    return {
        "LANGUAGE_CODE": code,
        "TEXT_DIRECTION": direction(code),
        "feedback_reasons": FEEDBACK_REASONS,
    }
