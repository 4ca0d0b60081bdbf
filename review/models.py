"""When the facts of a hub, service or guide were last checked, by whom, and who checks
them next. One row per page in every language (its translation key): the facts are
checked once, in the source language, and hold for every translation.

Kept beside the page, never in it: marking a page "checked, nothing changed" makes no
revision, so no translation goes out of date (wagtail-localize compares revisions).
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class PageReview(models.Model):
    translation_key = models.UUIDField(unique=True, editable=False)
    checked_on = models.DateField(_("checked on"))
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("checked by"),
    )
    review_by = models.DateField(_("review by"))
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="page_reviews",
        verbose_name=_("owner (a person)"),
    )
    owner_group = models.ForeignKey(
        Group,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="page_reviews",
        verbose_name=_("owner (a group)"),
    )
    # The review date a reminder was last sent for: one mail per date past due.
    reminded_for = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("page review")
        verbose_name_plural = _("page reviews")
        indexes = [models.Index(fields=["review_by"])]

    def __str__(self):
        return f"{self.translation_key} review by {self.review_by}"
