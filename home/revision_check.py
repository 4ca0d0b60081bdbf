"""Pages whose revisions belong to another page: find them, and mend what can be mended.

A page's latest revision and live revision must be revisions of that page. Before
home.localize_patches, submitting a translation for review could leave the source
page's latest revision pointing at the translation's draft, and a translation's live
revision pointing at the source's. An alias may point its live revision at its
source's (Wagtail copies it so); nothing else may.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Page, PageLogEntry, Revision


@dataclass
class Finding:
    page: Page
    problems: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)


def _owner(revision_id) -> str | None:
    if revision_id is None:
        return None
    return Revision.objects.filter(pk=revision_id).values_list("object_id", flat=True).first()


def _own_revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).order_by("-created_at", "-id")


def _last_published_own(page):
    revision_ids = PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", revision__isnull=False
    ).values_list("revision_id", flat=True)
    return _own_revisions(page).filter(pk__in=revision_ids).first()


def check_page(page: Page, repair: bool) -> Finding | None:
    finding = Finding(page)
    own = str(page.pk)
    latest_owner = _owner(page.latest_revision_id)
    live_owner = _owner(page.live_revision_id)
    alias_source = str(page.alias_of_id) if page.alias_of_id else None
    if latest_owner not in (None, own):
        finding.problems.append(
            f"latest revision {page.latest_revision_id} is page {latest_owner}'s"
        )
    if live_owner not in (None, own, alias_source):
        finding.problems.append(f"live revision {page.live_revision_id} is page {live_owner}'s")
    if not finding.problems or not repair:
        return finding if finding.problems else None

    with transaction.atomic():
        page = Page.objects.select_for_update().get(pk=page.pk).specific
        if live_owner not in (None, own, alias_source):
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
        if latest_owner not in (None, own):
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
    for page in Page.objects.filter(depth__gt=1).order_by("path"):
        finding = check_page(page, repair)
        if finding is not None:
            findings.append(finding)
    return findings
