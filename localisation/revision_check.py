"""Pages whose revisions belong to another page: find them, and mend what can be mended.

A page's latest revision and live revision must be revisions of that page. Before
core.patches.localize_drafts, submitting a translation for review could leave the source
page's latest revision pointing at the translation's draft, and a translation's live
revision pointing at the source's. An alias may point its live revision at its
source's (Wagtail copies it so); nothing else may.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import OuterRef, Subquery
from wagtail.models import Page, PageLogEntry, Revision


@dataclass
class Finding:
    page: Page
    problems: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)


def _owner(field: str) -> Subquery:
    """The id of the page a revision field points into (object_id), in the same query."""
    return Subquery(Revision.objects.filter(pk=OuterRef(field)).values("object_id")[:1])


def _own_revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).order_by("-created_at", "-id")


def _last_published_own(page):
    revision_ids = PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", revision__isnull=False
    ).values_list("revision_id", flat=True)
    return _own_revisions(page).filter(pk__in=revision_ids).first()


def check_page(page: Page, repair: bool) -> Finding | None:
    """`page` comes from `check()`, annotated with the owners of its two revisions."""
    finding = Finding(page)
    own = str(page.pk)
    alias_source = str(page.alias_of_id) if page.alias_of_id else None
    latest_wrong = page.latest_owner not in (None, own)
    live_wrong = page.live_owner not in (None, own, alias_source)
    if latest_wrong:
        finding.problems.append(
            f"latest revision {page.latest_revision_id} is page {page.latest_owner}'s"
        )
    if live_wrong:
        finding.problems.append(
            f"live revision {page.live_revision_id} is page {page.live_owner}'s"
        )
    if not finding.problems or not repair:
        return finding if finding.problems else None

    with transaction.atomic():
        page = Page.objects.select_for_update().get(pk=page.pk).specific
        if live_wrong:
            published = _last_published_own(page)
            if published is not None:
                page = published.as_object()
                page.live_revision = published
                finding.repairs.append(f"content and live revision restored from {published.pk}")
            else:
                page.live_revision = None
                finding.left.append(
                    "no version of this page was ever published: what it shows was never "
                    "approved; unpublish it or convert it back to an alias"
                )
        if latest_wrong:
            latest = _own_revisions(page).first()
            page.latest_revision = latest
            page.draft_title = latest.content.get("title", page.title) if latest else page.title
            finding.repairs.append(
                f"latest revision set to its own {latest.pk}"
                if latest
                else "latest revision cleared"
            )
        page.has_unpublished_changes = page.latest_revision_id not in (None, page.live_revision_id)
        page.save(clean=False)
    return finding


def check(repair: bool = False) -> list[Finding]:
    findings = []
    pages = (
        Page.objects.filter(depth__gt=1)
        .annotate(latest_owner=_owner("latest_revision_id"), live_owner=_owner("live_revision_id"))
        .order_by("path")
    )
    for page in pages:
        finding = check_page(page, repair)
        if finding is not None:
            findings.append(finding)
    return findings
