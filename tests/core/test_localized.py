"""Objects in the reader's language, many at a time (core.i18n.localized_by_pk and
localize_objects), give what `.localized` gives one at a time."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from core.i18n import localize_objects, localized_by_pk
from services.models import Organisation, ServicePage

pytestmark = pytest.mark.django_db


def test_the_same_as_localized_one_at_a_time(demo):
    pages = list(ServicePage.objects.filter(locale__language_code="it"))
    organisations = list(Organisation.objects.filter(locale__language_code="it"))
    # A translation left as a draft is not shown: the Italian page is.
    arabic = pages[0].get_translation(Locale.objects.get(language_code="ar"))
    arabic.unpublish()
    for code in ("it", "ar", "ur", "zh-hans"):
        with translation.override(code):
            for objects, model in ((pages, ServicePage), (organisations, Organisation)):
                expected = [o.localized for o in objects]
                by_pk = localized_by_pk(model, [o.pk for o in objects])
                assert [by_pk[o.pk] for o in objects] == expected, code
                assert localize_objects(model, objects) == expected, code
    with translation.override("ar"):
        assert localized_by_pk(ServicePage, [pages[0].pk])[pages[0].pk] == pages[0]
    assert localized_by_pk(Organisation, [None]) == {}
