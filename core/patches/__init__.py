"""Patches of upstream gaps, one module each, each saying which gap and when to delete it.

Applied once from CoreConfig.ready. localize_guard is a middleware; locale_memo and
restriction_memo remember within a request through core.memo's middleware
(settings.MIDDLEWARE); site_memo and route_memo keep their answers under the content
generations (core.generations).
"""

from core.patches import (
    locale_memo,
    localize_drafts,
    localize_submit_locales,
    restriction_memo,
    route_memo,
    site_memo,
)


def apply() -> None:
    localize_drafts.apply()
    localize_submit_locales.apply()
    locale_memo.apply()
    restriction_memo.apply()
    site_memo.apply()
    route_memo.apply()
