from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = _("Review dates")

    def ready(self):
        from wagtail.signals import page_published

        from review import records
        from services import page_sections

        # Residents read "checked on" (or "may be out of date") on hubs, services and
        # guides; services does not import this app.
        # A review's row is not watched by ops.pagecache: publishing an Italian page
        # updates it, and emptying every language's cache then would undo the rule
        # that translations keep theirs until they change. A cached page shows the old
        # date for at most PAGE_CACHE_SECONDS (a minute).
        for kind in records.KINDS:
            page_sections.register(kind, records.notice)
        page_published.connect(records.on_publish, dispatch_uid="review.on_publish")
