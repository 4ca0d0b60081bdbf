"""The admin form every Sportello page uses: a "minor edit" box for typo fixes."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class SportelloPageForm(WagtailAdminPageForm):
    minor_edit = forms.BooleanField(
        label=_("Minor edit"),
        required=False,
        help_text=_(
            "A typo fix or a change that does not alter the meaning: translations are "
            "not marked out of date."
        ),
    )

    def save(self, commit=True):
        page = super().save(commit=False)
        if self.has_changed() and not self.cleaned_data.get("minor_edit"):
            page.content_changed_at = timezone.now()
        if commit:
            page.save()
            self.save_m2m()
        return page
