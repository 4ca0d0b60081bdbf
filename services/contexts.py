"""What hub, service and index pages put in their template context.

Query counts stay fixed however many services, slots and locales exist: relations are
prefetched, and pages are localised in one query per list.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from core import generations
from core.i18n import localize_objects, localize_pages, localized_by_pk
from services import hours, page_sections, sharing
from services.jsonld import hub_jsonld, service_jsonld
from services.models.snippets import Organisation
from services.models.taxonomy import NeedCategory, SpokenLanguage

# How many of the coming closures the page's header names; the hours section lists all.
CLOSURES_IN_HEADER = 2


def card_links(page, request, poster=False) -> list[tuple[str, str]]:
    """The printable card's links (the cards app answers them): (label, url)."""
    url = page.get_url(request)
    links = [
        (_("Card to print (A4)"), url + page.reverse_subpage("card")),
        (_("Card as PDF (A4)"), url + page.reverse_subpage("card_pdf")),
        (
            _("Small card to hand out, PDF (A6)"),
            url + page.reverse_subpage("card_pdf") + "?size=a6",
        ),
    ]
    if poster:
        links.append(
            (_("Door poster with QR code, PDF (A4)"), url + page.reverse_subpage("poster_pdf"))
        )
    return links


def schedule_context(schedule):
    """The open-now badge, the weekly table, every closure to come and the public
    holidays of the coming week."""
    today = timezone.localdate()
    closures = schedule.upcoming_closures(today)
    return {
        "schedule": schedule,
        "status": schedule.status(timezone.now()),
        "weekly": schedule.weekly_by_kind(),
        "closures": closures,
        "next_closures": closures[:CLOSURES_IN_HEADER],
        "holidays": [day for day in schedule.closed_days(today) if day.closed[0] == hours.HOLIDAY],
    }


def service_facts(page):
    """A service's hub, schedule (and whether its weekly hours are the hub's), place and
    contacts (its own, else the hub's): what its page, card and share message show."""
    hub = page.hub
    schedule, hours_inherited = page.schedule_and_source(hub=hub)
    location = page.place(hub=hub)
    contacts = page.reachable_contacts
    return hub, schedule, hours_inherited, location, contacts


# Where the blocks of a service's details go among the sections of the Modello Comuni
# service card (docs/decisions.md §38); blocks of any other type go under "How to do it".
CARD_SECTIONS = {"eligibility": "eligibility", "documents": "documents", "cost": "costs"}


def card_sections(body) -> dict[str, list]:
    """A service's body blocks by the service-card section they belong to."""
    sections = {"eligibility": [], "how_to": [], "documents": [], "costs": []}
    for block in body:
        sections[CARD_SECTIONS.get(block.block_type, "how_to")].append(block)
    return sections


def service_relations(page) -> dict:
    """What a service page shows of other rows, in the reader's language."""
    hub, schedule, hours_inherited, location, contacts = service_facts(page)
    return {
        "hub": hub,
        "schedule": schedule,
        "hours_inherited": hours_inherited,
        "location": location,
        "contacts": contacts,
        "provider": localized_by_pk(Organisation, [page.provider_id]).get(page.provider_id),
        "needs": list(page.needs.all()),
        "audiences": list(page.audiences.all()),
        "help_languages": list(page.help_languages.all()),
        "related": localize_pages(page.related_services.filter(live=True)),
    }


def service_context(page, request):
    facts = generations.facts(page, request, "service", lambda: service_relations(page))
    page.share_facts(facts["hub"], facts["contacts"])
    schedule, location, contacts = facts["schedule"], facts["location"], facts["contacts"]
    help_languages, provider = facts["help_languages"], facts["provider"]
    return {
        **facts,
        **schedule_context(schedule),
        "jsonld": service_jsonld(
            page, request, schedule, location, contacts, help_languages, provider
        ),
        "share": sharing.share(page, request, schedule, location, contacts, timezone.now()),
        "cards": card_links(page, request),
        "notices": page_sections.sections("notice", page, request),
        **card_sections(page.body),
    }


def hub_context(page, request, desks):
    """A hub: its hours, contacts, partners and desks (`desks`: its service pages)."""
    desks = desks.live().public().order_by("path")
    schedule = page.schedule()
    contacts = list(page.contacts.all())
    hours_context = schedule_context(schedule)
    languages = SpokenLanguage.objects.filter(services__in=desks).distinct()
    return {
        **hours_context,
        "contacts": contacts,
        "jsonld": hub_jsonld(
            page,
            request,
            schedule,
            contacts,
            hours_context["closures"],
            hours_context["holidays"],
            languages,
        ),
        "share": sharing.share(page, request, schedule, page.location, contacts, timezone.now()),
        "cards": card_links(page, request, poster=True),
        "partners": localize_objects(Organisation, page.partners.all()),
        "desks": desks,
        "sections": page_sections.sections("hub", page, request),
        "notices": page_sections.sections("notice", page, request),
    }


def index_context(request, hubs, services):
    """The hubs and services under an index, the services optionally narrowed to one
    need (?need=code). Searching by words is the service finder's job (search.views)."""
    services = services.live().public().prefetch_related("needs")
    need = None
    code = request.GET.get("need", "").strip()
    if code:
        need = NeedCategory.objects.filter(code=code).first()
        services = services.filter(needs=need) if need else services.none()
    return {
        "hubs": hubs.live().public().select_related("location"),
        "services": services.order_by("title"),
        "needs": NeedCategory.objects.all(),
        "selected_need": need,
        "unknown_need": bool(code and need is None),
    }
