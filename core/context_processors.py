from django.utils import translation

from core.i18n import direction
from core.languages import SOURCE_LANGUAGE


def language(request):
    """The interface language and its writing direction, for <html lang dir>."""
    code = translation.get_language() or SOURCE_LANGUAGE
    return {"LANGUAGE_CODE": code, "TEXT_DIRECTION": direction(code)}
