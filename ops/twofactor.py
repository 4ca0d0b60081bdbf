"""Optional two-factor sign-in for the admin (django-otp, TOTP codes from an
authenticator app). An editor turns it on in Account → More actions; from then on the
admin asks for a code after the password, in every new session."""

import segno
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

# Admin paths reachable before the code is given: signing in and out, and this check.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/two-factor/verify/", "/admin/jsi18n/")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "dir": "ltr"}
        ),
        error_messages={
            "required": gettext_lazy("Enter the 6-digit code."),
            "min_length": gettext_lazy("Enter the 6-digit code."),
            "max_length": gettext_lazy("Enter the 6-digit code."),
        },
    )

    def __init__(self, *args, devices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = list(devices)
        self.device = None

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if self.devices and not any(device.verify_is_allowed()[0] for device in self.devices):
            raise forms.ValidationError(
                _("Too many wrong codes in a row. Wait a minute, then try the current one.")
            )
        for device in self.devices:
            if device.verify_token(code):
                self.device = device
                return code
        raise forms.ValidationError(
            _("This code is not right, or it has expired. Try the current one.")
        )


def _confirmed(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True)


class RequireSecondFactor:
    """After OTPMiddleware: an admin user who has turned two-factor on must give a code
    before anything else in the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        user = getattr(request, "user", None)
        if (
            path.startswith("/admin/")
            and not path.startswith(OPEN_PATHS)
            and user is not None
            and user.is_authenticated
            and not user.is_verified()
            and user_has_device(user, confirmed=True)
        ):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('two_factor_verify')}?{query}")
        return self.get_response(request)


@require_http_methods(["GET", "POST"])
def verify(request):
    """The second step of signing in."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    target = request.POST.get("next") or request.GET.get("next") or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = reverse("wagtailadmin_home")
    form = CodeForm(request.POST or None, devices=_confirmed(request.user))
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        return redirect(target)
    return render(request, "ops/admin/two_factor_verify.html", {"form": form, "next": target})


@require_http_methods(["GET", "POST"])
def manage(request):
    """Turn two-factor sign-in on (scan, then confirm with a code) or off."""
    user = request.user
    confirmed = list(_confirmed(user))
    if confirmed:
        form = CodeForm(request.POST or None, devices=confirmed)
        if request.method == "POST" and form.is_valid():
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Two-factor sign-in is off."))
            return redirect("wagtailadmin_account")
        return render(request, "ops/admin/two_factor.html", {"form": form, "enabled": True})

    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    form = CodeForm(request.POST or None, devices=[device])
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, _("Two-factor sign-in is on. Keep your phone with you."))
        return redirect("two_factor")
    secret = device.config_url.split("secret=", 1)[1].split("&", 1)[0]
    return render(
        request,
        "ops/admin/two_factor.html",
        {
            "form": form,
            "enabled": False,
            "qr": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        },
    )
