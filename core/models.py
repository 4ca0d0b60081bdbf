"""The kernel's one model: the abstract page every Sportello page type builds on."""

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.forms import SportelloPageForm


def _routes_itself(page, remaining) -> bool:
    """Whether `page` (not yet made specific) is a live routable page whose own URLs
    match the remaining path components."""
    model = page.specific_class
    if not page.live or model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except Http404:
        return False
    return True


def with_reader_locale(page):
    """The page about to be served, given the reader's locale when it is in it (already
    read for this request: no query for `page.locale`)."""
    reader = Locale.get_active()
    if page.locale_id == reader.pk:
        page.locale = reader
    return page


class BasePage(Page):
    """What every Sportello page shares: which fields translators translate.

    The slug is synchronised, so one Italian slug serves every locale: URLs map
    between languages and stay readable (no percent-encoded Arabic or Chinese).
    """

    last_reviewed = models.DateField(
        _("content last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day someone last checked that this page is still true."),
    )
    content_changed_at = models.DateTimeField(
        _("content last changed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Set when an edit that is not minor is saved: translations older than "
            "this are out of date."
        ),
    )
    example_content = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_("Written for the demo: the hub must review it before real use."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("example_content"), FieldPanel("minor_edit")],
            heading=_("Review"),
        ),
    ]
    base_form_class = SportelloPageForm
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("example_content"),
    ]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Wagtail walks a path one level at a time, two queries a level (the child by
        its slug, then the child's specific page). Here the chain below this page is read
        in one query, by slug and depth; the last page found serves, or routes what is
        left (a routable page's own URLs). The walk stops, as Wagtail's does, at a live
        routable page whose own URLs match the rest of the path. A path that leads
        nowhere goes through Wagtail's walk, which answers 404."""
        if self.depth == 2 and not hasattr(request, "localized_home"):
            request.localized_home = self  # the site's home in the reader's language
        if len(path_components) < 2:
            return super().route(request, path_components)
        levels = Q()
        for n, slug in enumerate(path_components, start=1):
            levels |= Q(depth=self.depth + n, slug=slug)
        candidates = Page.objects.filter(levels, path__startswith=self.path)
        by_depth: dict[int, list[Page]] = {}
        for page in candidates:
            by_depth.setdefault(page.depth, []).append(page)
        found = None
        for n, slug in enumerate(path_components, start=1):
            parent = found or self
            child = next(
                (
                    page
                    for page in by_depth.get(self.depth + n, [])
                    if page.slug == slug and page.path.startswith(parent.path)
                ),
                None,
            )
            if child is None or _routes_itself(parent, path_components[n - 1 :]):
                break
            found = child
        if found is None:
            return super().route(request, path_components)
        page = with_reader_locale(found.specific)
        return page.route(request, path_components[found.depth - self.depth :])

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        # A translation saved as a draft while the page still mirrored its source (an
        # alias, core.patches.localize_drafts): publishing that revision makes it a page of
        # its own. The source's content, copied into an alias, keeps the link.
        if self.alias_of_id and content.get("pk") == self.pk and content.get("alias_of") is None:
            obj.alias_of_id = None
        return obj
