"""Demo projects: S.P.A.C.E., Migr-AL, MediAL, Ananda and Sofia 2."""

from datetime import date
from decimal import Decimal

from demo.build import ensure_page
from projects.models import ProjectIndexPage, ProjectPage
from services.models import Organisation, ServicePage

PROJECTS = [
    {
        "slug": "space",
        "title": "S.P.A.C.E.",
        "summary": "Sportelli multilivello, virtuali e mobili per l'informazione e "
        "l'orientamento delle persone straniere a Prato.",
        "funding_programme": "FAMI 2014-2020 – rafforzamento delle capacità",
        "funder": "Ministero dell'Interno",
        "budget": Decimal("200000"),
        "start_date": date(2019, 11, 14),
        "end_date": date(2021, 2, 28),
        "lead": "Comune di Prato",
        "partners": [
            "Oxfam Italia",
            "Cooperativa Sociale Pane & Rose",
            "PIN Polo Universitario Pratese",
            "CO&SO",
        ],
        "territory": "Prato",
        "objectives": "<ul><li>Formare gli operatori (14, 21 e 28 novembre 2019).</li>"
        "<li>Sperimentare da febbraio 2020 a febbraio 2021 uno sportello "
        "multilivello, uno sportello virtuale e una squadra mobile.</li></ul>",
        "services": [
            "sportello-macrolotto-zero",
            "sportello-virtuale",
            "punto-di-incontro",
            "squadra-mobile",
        ],
        "news": ["space-giornate-di-formazione-prato"],
    },
    {
        "slug": "migr-al",
        "title": "Migr-AL",
        "summary": "Monitoraggio dell'accoglienza, coordinamento e mediazione in provincia "
        "di Alessandria.",
        "funding_programme": "FAMI",
        "funder": "Ministero dell'Interno",
        "budget": Decimal("210000"),
        "start_date": date(2017, 3, 31),
        "lead": "Prefettura di Alessandria",
        "partners": ["Università del Piemonte Orientale", "Cooperativa CrescereInsieme"],
        "territory": "Alessandria",
        "objectives": "<ul><li>Monitorare i centri di accoglienza.</li><li>Creare un centro "
        "di coordinamento.</li><li>Offrire agli operatori una piattaforma "
        "online.</li><li>Garantire 3.000 ore di mediazione.</li></ul>",
        "news": ["migr-al-medial-presentazione-prefettura"],
    },
    {
        "slug": "medial",
        "title": "MediAL",
        "summary": "Le domande degli operatori ricevono risposte validate dalle autorità "
        "competenti.",
        "funding_programme": "Bando 2016 della Fondazione SociAL",
        "funder": "Fondazione SociAL",
        "budget": Decimal("30000"),
        "budget_is_approximate": True,
        "partners": ["ASGI", "IRES Piemonte"],
        "territory": "Alessandria",
        "objectives": "<p>Raccogliere le domande degli operatori dei servizi e pubblicare "
        "risposte validate dalle autorità competenti.</p>",
        "news": ["migr-al-medial-presentazione-prefettura"],
    },
    {
        "slug": "ananda",
        "title": "Ananda",
        "summary": "Tavoli di lavoro, un'équipe specialistica e formazione sulle famiglie "
        "monoparentali in condizioni di vulnerabilità ad Asti.",
        "funding_programme": "FAMI",
        "funder": "Ministero dell'Interno",
        "lead": "Prefettura di Asti",
        "partners": ["Carretera Central", "Argo", "Migrantes"],
        "territory": "Asti",
        "objectives": "<ul><li>Tavoli di lavoro tra i servizi.</li><li>Un'équipe "
        "specialistica.</li><li>Formazione sulle famiglie monoparentali in "
        "condizioni di vulnerabilità.</li></ul>",
        "news": ["consiglio-territoriale-immigrazione-asti"],
    },
    {
        "slug": "sofia-2",
        "title": "Sofia 2",
        "summary": "Rafforzamento delle capacità delle équipe multi-agenzia in Piemonte.",
        "lead": "Regione Piemonte",
        "duration_months": 35,
        "territory": "Piemonte",
        "objectives": "<p>Rafforzare per 35 mesi le équipe multi-agenzia che lavorano con "
        "le persone straniere.</p>",
        "news": ["consiglio-territoriale-immigrazione-asti"],
    },
]


def load(home, news_pages):
    index = ensure_page(
        home,
        ProjectIndexPage,
        "progetti",
        title="Progetti",
        show_in_menus=True,
        intro="<p>I progetti finanziati che sostengono i servizi.</p>",
    )
    orgs = {o.name: o for o in Organisation.objects.filter(locale=home.locale)}
    services = {s.slug: s for s in ServicePage.objects.filter(locale=home.locale)}
    for spec in PROJECTS:
        ensure_page(
            index,
            ProjectPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            funding_programme=spec.get("funding_programme", ""),
            funder=orgs.get(spec.get("funder")),
            budget=spec.get("budget"),
            budget_is_approximate=spec.get("budget_is_approximate", False),
            start_date=spec.get("start_date"),
            end_date=spec.get("end_date"),
            duration_months=spec.get("duration_months"),
            lead=orgs.get(spec.get("lead")),
            partners=[orgs[name] for name in spec.get("partners", [])],
            territory=spec["territory"],
            objectives=spec["objectives"],
            related_services=[services[s] for s in spec.get("services", [])],
            related_news=[news_pages[n] for n in spec.get("news", [])],
        )
    return index
