"""The activity's admin form: every changed date must be one the activity has."""

from datetime import time

from django.utils.translation import gettext as _

from activities import occurrences
from core import dates
from core.forms import SportelloPageForm


class ActivityPageForm(SportelloPageForm):
    def _rule(self):
        data = self.cleaned_data
        needed = ("starts_on", "start_time", "end_time")
        if any(data.get(name) is None for name in needed):
            return None
        return occurrences.Rule.from_fields(data, dates.site_zone())

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("changes")
        rule = self._rule()
        if formset is None or rule is None:
            return cleaned_data
        seen = {}
        kept = []  # (form, data) of the rows kept, for the check of moves
        for form in formset.forms:
            if not form.is_valid() or (formset.can_delete and formset._should_delete_form(form)):
                continue
            planned = form.cleaned_data.get("planned_on")
            if planned is None:
                continue
            if planned in seen:
                form.add_error("planned_on", _("This date is already changed in another row."))
            elif not rule.is_planned(planned):
                form.add_error("planned_on", self._not_planned(rule, planned))
            seen[planned] = form
            kept.append((form, form.cleaned_data))
            new_start = form.cleaned_data.get("new_start_time")
            new_end = form.cleaned_data.get("new_end_time")
            if (new_start or new_end) and not rule.span:
                start = new_start or rule.start_time
                end = new_end or rule.end_time
                if isinstance(start, time) and isinstance(end, time) and end <= start:
                    form.add_error("new_end_time", _("An activity must end after it starts."))
        self._check_moves(rule, kept, set(seen))
        return cleaned_data

    @staticmethod
    def _not_planned(rule, planned):
        last = rule.last_planned()
        if last is not None and planned > last.date():
            return _("The last date of the activity is %(day)s: choose one of its dates.") % {
                "day": dates.long_date(last)
            }
        return _("The activity does not take place on %(day)s: choose one of its dates.") % {
            "day": dates.long_date(planned)
        }

    @staticmethod
    def _check_moves(rule, kept, changed_days):
        """A date moved to another day must not land on a day the activity already
        meets (unless that date is itself cancelled or moved away)."""
        for form, data in kept:
            new_day = data.get("new_date")
            if data.get("kind") != occurrences.MOVED or not new_day:
                continue
            if new_day != data.get("planned_on") and new_day not in changed_days:
                if rule.is_planned(new_day):
                    form.add_error(
                        "new_date",
                        _("The activity already meets on %(day)s: choose another day.")
                        % {"day": dates.long_date(new_day)},
                    )
