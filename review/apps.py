from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = _("Review dates")

    def ready(self):
        from wagtail.signals import page_published

        from ops import pagecache
        from review import records
        from review.models import PageReview
        from services import page_sections

        # Residents read "checked on" (or "may be out of date") on hubs, services and
        # guides; services does not import this app.
        for kind in records.KINDS:
            page_sections.register(kind, records.notice)
        pagecache.watch(PageReview)
        page_published.connect(records.on_publish, dispatch_uid="review.on_publish")
