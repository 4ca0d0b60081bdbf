"""System checks (`manage.py check`, run before every deploy): settings that start up
but could not work."""

from django.conf import settings
from django.core import checks

# The environment variable behind each required option of a machine translator.
MACHINE_TRANSLATOR_KEYS = {
    "AUTH_KEY": "DEEPL_AUTH_KEY",
    "PROJECT_ID": "GOOGLE_TRANSLATE_PROJECT_ID",
    "CREDENTIALS_PATH": "GOOGLE_APPLICATION_CREDENTIALS",
    "LIBRETRANSLATE_URL": "LIBRETRANSLATE_URL",
}


@checks.register()
def machine_translator_has_its_keys(app_configs=None, **kwargs):
    """MACHINE_TRANSLATOR names a service; without its key every request to it fails."""
    translator = getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)
    if not translator:
        return []
    missing = [
        variable
        for option, variable in MACHINE_TRANSLATOR_KEYS.items()
        if option in translator["OPTIONS"] and not translator["OPTIONS"][option]
    ]
    return [
        checks.Error(
            f"MACHINE_TRANSLATOR={settings.MACHINE_TRANSLATOR} needs {variable}: set it, "
            "or leave MACHINE_TRANSLATOR unset for no machine translation.",
            id="sportello.E001",
        )
        for variable in missing
    ]
