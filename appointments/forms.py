"""The residents' forms: an appointment request for a service, a question to a hub.

Every message is gettext in the resident's language; bad input is kept and shown back.
"""

import unicodedata
import uuid
from datetime import datetime

import phonenumbers
from django import forms
from django.conf import settings
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from appointments import models as m
from core import bidi, dates
from services import hours

MAX_SLOTS = 3
KEPT_CONTROLS = {"\n", "\t"}


def strip_controls(value: str, keep_newlines: bool = True) -> str:
    """The text as typed, minus control characters (Unicode category Cc).

    Format characters such as the right-to-left override are kept: they are text a
    resident may mean, and every place that shows them escapes and isolates them."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    kept = KEPT_CONTROLS if keep_newlines else set()
    return "".join(c for c in value if c in kept or unicodedata.category(c) != "Cc")


class TextField(forms.CharField):
    def __init__(self, *args, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = strip_controls(value, keep_newlines=self.multiline)
        return super().to_python(value)


def language_choices():
    return [
        *settings.LANGUAGES,
        (m.OTHER_LANGUAGE, _("Another language")),
    ]


def window_label(window: hours.Window) -> SafeString:
    """ "mercoledì 2 dicembre, 09:30–12:00", the times kept in order in Arabic and Urdu."""
    times = bidi.ltr_html(dates.clock_range(window.start, window.end))
    return mark_safe(  # noqa: S308 - the pattern and the day are escaped, times is safe
        conditional_escape(_("%(day)s, %(times)s"))
        % {"day": conditional_escape(dates.day(window.start)), "times": times}
    )


BOOKING_MESSAGES = {
    hours.PAST: _("The time %(time)s has already passed. Please choose another."),
    hours.TOO_FAR: _("%(time)s is more than four weeks away. Please choose a nearer time."),
    hours.CLOSURE: _("The service is closed on %(time)s. Please choose another day."),
    hours.HOLIDAY: _("%(time)s is a public holiday and the service is closed."),
    hours.OUTSIDE_HOURS: _(
        "%(time)s is not one of this service's appointment hours. Please choose one of "
        "the times listed."
    ),
}


class ContactForm(forms.Form):
    """What every request asks: who, how to reach them, in which language, consent."""

    name = TextField(
        label=_("Your name"),
        max_length=120,
        error_messages={"required": _("Please write your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_by = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=m.CHANNELS,
        widget=forms.RadioSelect,
        initial=m.PHONE,
        error_messages={
            "required": _("Please choose how we should contact you."),
            "invalid_choice": _("Please choose phone, e-mail or WhatsApp."),
        },
    )
    phone = TextField(
        label=_("Phone number (also for WhatsApp)"),
        required=False,  # required when contact is by phone or WhatsApp (clean)
        max_length=40,
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}
        ),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        max_length=254,
        help_text=_("If you give one, we send you a confirmation."),
        error_messages={
            "invalid": _("This e-mail address is not complete, e.g. name@example.org.")
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    # Shown instead of "(optional)": these are needed for one way of contacting.
    phone.needed_for = _("needed for phone or WhatsApp")
    email.needed_for = _("needed for e-mail")

    preferred_language = forms.ChoiceField(
        label=_("Which language would you like us to speak?"),
        choices=language_choices,
        error_messages={"invalid_choice": _("Please choose a language from the list.")},
    )
    other_language = TextField(
        label=_("If another language, which one?"), required=False, max_length=80
    )
    interpreter = forms.BooleanField(label=_("I need an interpreter"), required=False)
    message = TextField(
        label=_("Message"),
        multiline=True,
        required=False,
        max_length=m.MESSAGE_MAX,
        help_text=_("At most 2,000 characters."),
        error_messages={
            "max_length": _(
                "The message is too long: at most %(limit_value)d characters, "
                "it has %(show_value)d."
            )
        },
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my data is used to answer me."),
        error_messages={
            "required": _("Please confirm you have read the privacy notice, or we cannot answer.")
        },
    )
    # Hidden from people (CSS and aria-hidden); robots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    # One per form shown; a damaged value just means a new request, never an error.
    submission = forms.CharField(required=False, widget=forms.HiddenInput)

    field_order = [
        *m.RESIDENT_FIELDS,
        "slots",
        "message",
        "consent",
        "website",
        "submission",
    ]

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        if language and not self.is_bound:
            self.fields["preferred_language"].initial = language
        if not self.is_bound:
            self.fields["submission"].initial = uuid.uuid4()

    def describe_errors(self):
        """Point each field with errors at its hint and messages (ids used by the
        templates), so screen readers read them with the field."""
        for name, errors in self.errors.items():
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_error_{n}" for n in range(1, len(errors) + 1)]
            if bound.help_text:
                ids.insert(0, f"{bound.auto_id}_helptext")
            widget = self.fields[name].widget
            widget.attrs["aria-invalid"] = "true"
            if not isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
                widget.attrs["aria-describedby"] = " ".join(ids)  # groups: on the fieldset

    def clean_submission(self):
        try:
            return uuid.UUID(self.cleaned_data.get("submission") or "")
        except ValueError:
            return None

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(
                _("This field must stay empty. Please clear it and send again."), code="honeypot"
            )
        return ""

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "").strip()
        if not value:
            return ""
        try:
            number = phonenumbers.parse(value, "IT")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(
                _(
                    "This does not look like a phone number. Write it with its area code, "
                    "e.g. 333 123 4567 or +212 6 12 34 56 78."
                ),
                code="invalid_phone",
            )
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def clean(self):
        data = super().clean()
        channel = data.get("contact_by")
        if (
            channel in (m.PHONE, m.WHATSAPP)
            and not data.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error(
                "phone",
                forms.ValidationError(
                    _("Please write the phone number we should call or message."),
                    code="required",
                ),
            )
        if channel == m.EMAIL and not data.get("email") and "email" not in self.errors:
            self.add_error(
                "email",
                forms.ValidationError(_("Please write your e-mail address."), code="required"),
            )
        if data.get("preferred_language") == m.OTHER_LANGUAGE and not data.get("other_language"):
            self.add_error(
                "other_language",
                forms.ValidationError(_("Please write which language."), code="required"),
            )
        return data


class HubContactForm(ContactForm):
    """A question to the hub that fits no service: the message is what matters."""

    # The activity a resident asks to take part in (its translation key), when they came
    # from its page; checked by the view, which names the activity above the form.
    activity = forms.CharField(required=False, widget=forms.HiddenInput)

    field_order = [*ContactForm.field_order, "activity"]

    def __init__(self, *args, activity=None, **kwargs):
        super().__init__(*args, **kwargs)
        message = self.fields["message"]
        if activity is not None:
            message.required = False
            message.label = _("Anything the organisers should know")
            if not self.is_bound:
                self.fields["activity"].initial = activity.translation_key
            return
        message.required = True
        message.label = _("Your question")
        message.error_messages["required"] = _("Please write your question.")


class SlotsField(forms.MultipleChoiceField):
    """Checkboxes of offered windows; values outside them are explained, not just refused."""

    widget = forms.CheckboxSelectMultiple

    def valid_value(self, value):
        return True  # AppointmentForm.clean_slots says what is wrong with each value


class AppointmentForm(ContactForm):
    slots = SlotsField(
        label=_("When could you come? Choose one to three times."),
        required=False,
    )

    def __init__(self, *args, schedule, now, **kwargs):
        super().__init__(*args, **kwargs)
        self.schedule, self.now = schedule, now
        self.windows = hours.appointment_windows(schedule, now)
        self.fields["slots"].choices = [(w.key, window_label(w)) for w in self.windows]

    def clean_slots(self):
        keys = list(dict.fromkeys(self.cleaned_data.get("slots") or []))
        if not keys:
            if not self.windows:
                return []  # nothing to offer in the next four weeks: operators will call
            raise forms.ValidationError(_("Please choose at least one time."), code="required")
        if len(keys) > MAX_SLOTS:
            raise forms.ValidationError(
                ngettext_lazy(
                    "Please choose at most %(count)d time.",
                    "Please choose at most %(count)d times.",
                    MAX_SLOTS,
                )
                % {"count": MAX_SLOTS},
                code="too_many",
            )
        offered = {w.key: w for w in self.windows}
        chosen, errors = [], []
        for key in keys:
            if key in offered:
                chosen.append(offered[key])
                continue
            try:
                start = datetime.strptime(key, "%Y-%m-%dT%H:%M").replace(tzinfo=hours.ROME)
            except ValueError:
                errors.append(
                    forms.ValidationError(
                        _("Please choose one of the times listed."), code="invalid_slot"
                    )
                )
                continue
            problem = hours.booking_problem(self.schedule, start, self.now) or hours.OUTSIDE_HOURS
            label = bidi.auto_text(f"{dates.day(start)} {bidi.ltr_text(dates.clock(start))}")
            errors.append(
                forms.ValidationError(BOOKING_MESSAGES[problem] % {"time": label}, code=problem)
            )
        if errors:
            raise forms.ValidationError(errors)
        return chosen
