"""Review dates: which pages are reviewed, their intervals, who owns them, what is due.

The pages reviewed are hubs, services and guides. A page's review row is shared by all
its translations (the translation key). Publishing the page in the source language
counts as a check; so does "checked, nothing changed" (`mark_checked`), which writes no
revision, so no translation goes out of date.
"""

from collections import defaultdict
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from core.locales import in_source_language, source_locale
from review.models import PageReview
from services.models import GuidePage, HubPage, ServicePage

# page_sections kind whose providers add notices to the head of hub, service and guide
# pages (services.contexts, GuidePage.get_context).
KINDS = ("notice",)

REVIEWED = {HubPage: "hub", ServicePage: "service", GuidePage: "guide"}


def interval(model) -> timedelta:
    """The default time between two checks of a page type (REVIEW_INTERVAL_DAYS)."""
    return timedelta(days=settings.REVIEW_INTERVAL_DAYS[REVIEWED[model]])


def _model(page):
    return type(page.specific_deferred)


def is_reviewed(page) -> bool:
    return _model(page) in REVIEWED


def _published_day(page) -> date:
    moment = page.last_published_at or page.first_published_at
    return timezone.localdate(moment) if moment else timezone.localdate()


def _new(page) -> PageReview:
    checked = _published_day(page)
    return PageReview(
        translation_key=page.translation_key,
        checked_on=checked,
        review_by=checked + interval(_model(page)),
        owner_user_id=page.owner_id,
    )


def source_pages():
    """The live hubs, services and guides in the source language (not aliases)."""
    return (
        Page.objects.type(*REVIEWED)
        .live()
        .filter(locale=source_locale(), alias_of__isnull=True)
        .specific()
    )


def ensure_all() -> None:
    """Give every reviewed source page its row (pages made before this app, or
    imported): checked on the day it was last published."""
    # Only the pages without a row are read: usually none, however large the site.
    missing = source_pages().exclude(
        translation_key__in=PageReview.objects.values("translation_key")
    )
    PageReview.objects.bulk_create([_new(p) for p in missing], ignore_conflicts=True)


def review_of(page) -> PageReview:
    """The page's row; unsaved (from its publishing date) where there is none yet, so
    that reading a page never writes."""
    return PageReview.objects.filter(translation_key=page.translation_key).first() or _new(page)


def today() -> date:
    return timezone.localdate()


def is_overdue(review: PageReview, day: date | None = None) -> bool:
    return review.review_by < (day or today())


def notice(page, request):
    """page_sections provider: "checked on", or "may be out of date" past the date."""
    if not is_reviewed(page):
        return None
    review = review_of(page)
    overdue = is_overdue(review)
    return {
        "template": "review/notice.html",
        "review": review,
        "overdue": overdue,
        "phone": phone_of(page) if overdue else None,
    }


def phone_of(page):
    """The number to call to confirm: the service's own, else its hub's; a guide has
    none (its steps name the desks)."""
    if isinstance(page, ServicePage):
        contacts = page.reachable_contacts
    elif isinstance(page, HubPage):
        contacts = list(page.contacts.all())
    else:
        return None
    return next((c for c in contacts if c.channel == "phone"), None)


def mark_checked(page, user) -> PageReview:
    """Checked, nothing changed: a new review date, no new revision or translation."""
    return _checked(review_of(source_page(page) or page), _model(page), user)


def _checked(review: PageReview, model, user) -> PageReview:
    day = today()
    review.checked_on = day
    review.checked_by = user if user and user.is_authenticated else None
    review.review_by = day + interval(model)
    review.reminded_for = None
    review.save()
    return review


def source_page(page):
    found = in_source_language(page)
    return found.specific if found else None


def on_publish(sender, instance, revision=None, **kwargs):
    """Publishing a reviewed page in the source language is a check of its facts."""
    if type(instance) not in REVIEWED or instance.alias_of_id:
        return
    if instance.locale_id != source_locale().pk:
        return
    _checked(review_of(instance), type(instance), getattr(revision, "user", None))


def group_can_edit(group, page) -> bool:
    """Whether a group's page permissions let its members edit `page`."""
    return GroupPagePermission.objects.filter(
        group=group,
        page__in=page.get_ancestors(inclusive=True),
        permission__codename__in=["change_page", "publish_page"],
    ).exists()


def owners(review: PageReview) -> list:
    """The active people who own a page: its owner and the members of its group."""
    users = get_user_model().objects.filter(is_active=True)
    query = Q(pk=review.owner_user_id) if review.owner_user_id else Q()
    if review.owner_group_id:
        query |= Q(groups=review.owner_group_id)
    return list(users.filter(query).distinct()) if query else []


def _owned_by(user) -> Q:
    return Q(owner_user=user) | Q(owner_group__in=user.groups.all())


def due_for(user, day: date | None = None) -> list[tuple[PageReview, Page]]:
    """The pages a person owns that are overdue or due within REVIEW_DUE_SOON_DAYS,
    soonest first, each with its source page."""
    day = day or today()
    ensure_all()
    horizon = day + timedelta(days=settings.REVIEW_DUE_SOON_DAYS)
    reviews = list(
        PageReview.objects.filter(_owned_by(user), review_by__lte=horizon)
        .distinct()
        .order_by("review_by")
    )
    pages = {
        p.translation_key: p
        for p in source_pages().filter(translation_key__in=[r.translation_key for r in reviews])
    }
    return [(r, pages[r.translation_key]) for r in reviews if r.translation_key in pages]


def hub_of(page, hubs_by_path: dict):
    """A service's hub is its parent; a hub is its own; a guide has none."""
    if isinstance(page, HubPage):
        return page
    if isinstance(page, ServicePage):
        return hubs_by_path.get(page.path[: -page.steplen])
    return None


def stale(day: date | None = None, language: str = "", hub_key=None):
    """Overdue pages per hub and language: [(hub title, language code, [(page, review)])],
    for every language a page is live in (a translation is as stale as its facts)."""
    day = day or today()
    ensure_all()
    reviews = {r.translation_key: r for r in PageReview.objects.filter(review_by__lt=day)}
    pages = (
        Page.objects.type(*REVIEWED)
        .live()
        .filter(translation_key__in=list(reviews))
        .select_related("locale")
        .order_by("path")
    )
    if language:
        pages = pages.filter(locale__language_code=language)
    pages = list(pages.specific())
    parents = {p.path[: -p.steplen] for p in pages if isinstance(p, ServicePage)}
    hubs = {h.path: h for h in HubPage.objects.filter(path__in=parents)}
    groups = defaultdict(list)
    for page in pages:
        hub = hub_of(page, hubs)
        if hub_key and (hub is None or str(hub.translation_key) != str(hub_key)):
            continue
        groups[(hub.title if hub else "", page.locale.language_code)].append(
            (page, reviews[page.translation_key])
        )
    return [(hub, code, rows) for (hub, code), rows in sorted(groups.items())]


def overdue_unreminded(day: date | None = None) -> list[PageReview]:
    day = day or today()
    ensure_all()
    return [
        r
        for r in PageReview.objects.filter(review_by__lt=day).select_related("owner_group")
        if r.reminded_for != r.review_by
    ]
