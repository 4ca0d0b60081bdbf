"""Upstream gap (wagtail-localize 1.14): its string-editing API checks only the model
permission, so a translator could change another language's translation; and its
"Convert to alias" view, which throws a translation away, asks only for edit
permission. This middleware refuses both outside what the person may do.

Delete it when wagtail-localize checks locale permissions in those views
(tests/localisation/test_translators.py says whether it still needs to).
"""

import re

from django.core.exceptions import PermissionDenied
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.permissions import may_edit_locale

TRANSLATE_PATH = re.compile(r"^/admin/localize/translate/(\d+)/")
CONVERT_PATH = re.compile(r"^/admin/localize/page/(\d+)/convert_to_alias/")


class TranslationLocaleGuard:
    """Refuse wagtail-localize translation-editing requests outside the user's languages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        self.refuse_discarding(request)
        match = TRANSLATE_PATH.match(request.path_info)
        if match and request.method not in ("GET", "HEAD", "OPTIONS"):
            locale_id = (
                Translation.objects.filter(pk=match.group(1))
                .values_list("target_locale_id", flat=True)
                .first()
            )
            if locale_id is not None and not may_edit_locale(request.user, locale_id):
                raise PermissionDenied
        return self.get_response(request)

    @staticmethod
    def refuse_discarding(request):
        """ "Convert to alias" throws a translation away: only people who may publish
        that page may do it (translators may not), asked and answered before it runs."""
        match = CONVERT_PATH.match(request.path_info)
        if match is None:
            return
        page = Page.objects.filter(pk=match.group(1)).first()
        if page is not None and not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
