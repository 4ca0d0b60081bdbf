"""Demo activities: the S.P.A.C.E. training days and the Asti territorial council (from
the hubs' own records), a weekly language club at .Meet and a monthly workshop at the
S.P.A.C.E. meeting point (example content for the hubs to review)."""

from datetime import date, time

from activities.models import ActivityChange, ActivityIndexPage, ActivityPage
from demo.build import body_blocks, ensure_page, rows
from demo.services import location
from projects.models import ProjectPage
from services.models import Audience, HubPage, NeedCategory, ServicePage, SpokenLanguage

PIN = {
    "name": "PIN Polo Universitario Pratese",
    "address": "Piazza Giovanni Ciardi 25",
    "postcode": "59100",
    "city": "Prato",
    "province": "PO",
}
PREFETTURA_ASTI = {
    "name": "Prefettura di Asti",
    "address": "Piazza Vittorio Alfieri 30",
    "postcode": "14100",
    "city": "Asti",
    "province": "AT",
}

ACTIVITIES = [
    {
        "slug": "space-formazione-operatori",
        "title": "S.P.A.C.E.: formazione per gli operatori degli sportelli",
        "summary": "Tre giornate di formazione per chi lavora negli sportelli S.P.A.C.E., "
        "prima dell'apertura.",
        "body": [
            (
                "paragraph",
                "<p>Il progetto S.P.A.C.E. forma operatrici e operatori degli sportelli "
                "il 14, il 21 e il 28 novembre 2019 al PIN, in piazza Ciardi a Prato.</p>",
            ),
        ],
        "starts_on": date(2019, 11, 14),
        "times": (time(9, 30), time(13, 30)),
        "repeat": "weekly",
        "repeat_count": 3,
        "hub": "space-prato",
        "project": "space",
        "location": PIN,
        "audiences": ["operators"],
        "needs": ["information"],
        "languages": ["it"],
        "example": True,  # the dates are the project's; the times are for the hub to confirm
    },
    {
        "slug": "consiglio-territoriale-asti",
        "title": "Riunione del Consiglio territoriale per l'immigrazione di Asti",
        "summary": "Il Consiglio territoriale presenta i progetti Ananda e Sofia 2 e discute "
        "le criticità segnalate dai servizi.",
        "body": [
            (
                "paragraph",
                "<p>La riunione si tiene giovedì 26 giugno in Prefettura ad Asti.</p>",
            ),
        ],
        "starts_on": date(2025, 6, 26),
        "times": (time(10, 0), time(12, 30)),
        "project": "ananda",
        "location": PREFETTURA_ASTI,
        "audiences": ["operators"],
        "needs": ["family-reunification", "information"],
        "languages": ["it"],
        "example": True,  # Thursday 26 June: the year and the times are for the hub to confirm
    },
    {
        "slug": "club-di-lingua-meet",
        "title": "Club di lingua italiana",
        "summary": "Ogni martedì pomeriggio si parla italiano insieme, con volontarie e "
        "volontari, a ogni livello.",
        "body": [
            (
                "paragraph",
                "<p>Porta le tue domande di tutti i giorni: moduli, messaggi della scuola, "
                "colloqui. Si lavora in piccoli gruppi.</p>",
            ),
        ],
        "starts_on": date(2026, 9, 15),
        "times": (time(17, 30), time(19, 0)),
        "repeat": "weekly",
        "hub": "meet-cuneo",
        "audiences": ["residents", "newcomers", "families"],
        "needs": ["language-mediation"],
        "languages": ["it", "ar", "en", "fr"],
        "changes": [
            {"planned_on": date(2026, 12, 8), "kind": "cancelled", "reason": "holiday"},
            {
                "planned_on": date(2026, 12, 22),
                "kind": "moved",
                "reason": "venue",
                "new_date": date(2026, 12, 23),
            },
        ],
        "example": True,
    },
    {
        "slug": "laboratorio-curriculum-prato",
        "title": "Laboratorio: il curriculum e il primo colloquio",
        "summary": "Un sabato al mese al punto di incontro: si scrive il curriculum e ci si "
        "prepara a un colloquio di lavoro.",
        "body": [
            (
                "paragraph",
                "<p>Porta i tuoi documenti e, se ce l'hai, il tuo telefono. I posti sono "
                "pochi: chiedi di partecipare con il modulo di contatto.</p>",
            ),
        ],
        "starts_on": date(2026, 10, 10),
        "times": (time(10, 0), time(12, 0)),
        "repeat": "monthly",
        "repeat_count": 8,
        "hub": "space-prato",
        "project": "space",
        "audiences": ["residents", "young-people", "women"],
        "needs": ["work-training"],
        "languages": ["it", "zh"],
        "registration": "contact",
        "services": ["punto-di-incontro"],
        "example": True,
    },
]


def load(home):
    index = ensure_page(
        home,
        ActivityIndexPage,
        "attivita",
        title="Attività",
        show_in_menus=True,
        intro="<p>Laboratori, club di lingua, incontri e formazioni dei poli e dei progetti.</p>",
    )
    locale = home.locale
    hubs = {h.slug: h for h in HubPage.objects.filter(locale=locale)}
    projects = {p.slug: p for p in ProjectPage.objects.filter(locale=locale)}
    services = {s.slug: s for s in ServicePage.objects.filter(locale=locale)}
    audiences = {a.code: a for a in Audience.objects.all()}
    needs = {n.code: n for n in NeedCategory.objects.all()}
    spoken = {s.code: s for s in SpokenLanguage.objects.all()}
    for spec in ACTIVITIES:
        start, end = spec["times"]
        ensure_page(
            index,
            ActivityPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            body=body_blocks(spec["body"]),
            starts_on=spec["starts_on"],
            start_time=start,
            end_time=end,
            repeat=spec.get("repeat", "never"),
            repeat_count=spec.get("repeat_count"),
            hub=hubs.get(spec.get("hub")),
            project=projects.get(spec.get("project")),
            location=location(spec["location"]) if "location" in spec else None,
            audiences=[audiences[c] for c in spec["audiences"]],
            needs=[needs[c] for c in spec["needs"]],
            languages=[spoken[c] for c in spec["languages"]],
            registration=spec.get("registration", "none"),
            related_services=[services[s] for s in spec.get("services", [])],
            changes=rows(ActivityChange, spec.get("changes", [])),
            example_content=spec["example"],
        )
    return index
