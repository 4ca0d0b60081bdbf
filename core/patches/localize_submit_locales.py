"""Upstream gap (wagtail-localize 1.14): its "Translate this page" form offers every
language to everyone, and accepts any, though a translator may edit only their own.

Here the form offers, and accepts, only the languages the person may edit
(core.permissions). Delete this module when wagtail-localize narrows the form by the
user's locale permissions (tests/localisation/test_translators.py says whether it
still needs to).
"""

from wagtail_localize.views.submit_translations import SubmitTranslationView

from core.permissions import ALL, editable_locale_ids

_original_get_form = SubmitTranslationView.get_form


def get_form(self):
    """The "Translate" form offers, and accepts, only the languages the person may edit:
    a French box ticked by an Arabic translator is an invalid choice, with its message."""
    form = _original_get_form(self)
    ids = editable_locale_ids(self.request.user)
    if ids is not ALL:
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=ids)
    return form


def apply() -> None:
    SubmitTranslationView.get_form = get_form
