"""Demo news: real events from the hubs and projects, in Italian."""

from datetime import date

from demo.build import body_blocks, ensure_page
from news.models import NewsIndexPage, NewsPage
from services.models import NeedCategory

NEWS = [
    {
        "slug": "meet-buona-pratica-migration-policy-group",
        "title": ".Meet è una buona pratica europea",
        "date": date(2024, 2, 1),
        "summary": "Il Migration Policy Group, nel progetto Whole-COMM, ha indicato il polo "
        ".Meet di Cuneo come buona pratica. Nel 2023 lo sportello ha accolto "
        "3.455 visite.",
        "topics": ["information"],
        "body": [
            (
                "paragraph",
                "<p>A febbraio 2024 il Migration Policy Group ha scelto .Meet come "
                "buona pratica nell'ambito del progetto Whole-COMM, che studia come le città "
                "piccole e medie accolgono e includono le persone migranti.</p>",
            ),
            ("heading", "I numeri del 2023"),
            (
                "paragraph",
                "<ul><li>3.455 visite: 1.555 da persone residenti a Cuneo, 1.489 "
                "dal resto del distretto ASL CN1, le altre dal territorio dell'ASL CN2 e da "
                "fuori provincia.</li><li>972 situazioni prese in carico.</li><li>Provenienza "
                "delle persone: Africa 1.941, Asia 621, Europa dell'Est 456, Americhe 244, "
                "Italia 115, resto d'Europa 50.</li></ul>",
            ),
        ],
    },
    {
        "slug": "migr-al-medial-presentazione-prefettura",
        "title": "Migr-AL e MediAL presentati in Prefettura ad Alessandria",
        "date": date(2017, 4, 27),
        "summary": "Due progetti per rafforzare i servizi per le persone migranti in "
        "provincia di Alessandria sono stati presentati in Prefettura.",
        "topics": ["legal-advice", "language-mediation"],
        "body": [
            (
                "paragraph",
                "<p>Il 27 aprile 2017, nella sede della Prefettura di Alessandria, "
                "sono stati presentati Migr-AL, finanziato dal fondo FAMI, e MediAL, sostenuto "
                "dalla Fondazione SociAL.</p>",
            ),
            (
                "paragraph",
                "<p>Migr-AL prevede il monitoraggio dei centri di accoglienza, un "
                "centro di coordinamento, una piattaforma online per gli operatori e 3.000 ore "
                "di mediazione. MediAL raccoglie le domande degli operatori e le fa validare "
                "dalle autorità competenti.</p>",
            ),
        ],
    },
    {
        "slug": "space-giornate-di-formazione-prato",
        "title": "S.P.A.C.E.: tre giornate di formazione a Prato",
        "date": date(2019, 11, 14),
        "summary": "Il 14, 21 e 28 novembre 2019 il progetto S.P.A.C.E. forma gli operatori "
        "degli sportelli prima della sperimentazione.",
        "topics": ["information", "language-mediation"],
        "body": [
            (
                "paragraph",
                "<p>Il progetto S.P.A.C.E., guidato dal Comune di Prato con Oxfam "
                "Italia, Cooperativa Sociale Pane & Rose, PIN Polo Universitario Pratese e "
                "CO&amp;SO, organizza tre giornate di formazione il 14, il 21 e il 28 novembre "
                "2019. La sperimentazione degli sportelli è prevista da febbraio 2020 a "
                "febbraio 2021.</p>",
            ),
        ],
    },
    {
        "slug": "consiglio-territoriale-immigrazione-asti",
        "title": "Asti: il Consiglio territoriale per l'immigrazione presenta Ananda e Sofia 2",
        "date": date(2019, 6, 26),
        "summary": "Nella riunione del 26 giugno il Consiglio territoriale per l'immigrazione "
        "di Asti ha presentato i progetti Ananda e Sofia 2 e discusso le criticità "
        "del territorio.",
        "topics": ["family-reunification", "information"],
        "example": True,  # the year of the meeting is to be confirmed by the hub
        "body": [
            (
                "paragraph",
                "<p>Ananda, guidato dalla Prefettura di Asti con Carretera Central, "
                "Argo e Migrantes, prevede tavoli di lavoro, un'équipe specialistica e una "
                "formazione sulle famiglie monoparentali in condizioni di vulnerabilità. Sofia "
                "2, guidato dalla Regione Piemonte, rafforza per 35 mesi le équipe "
                "multi-agenzia.</p>",
            ),
            (
                "paragraph",
                "<p>Durante l'incontro sono state discusse le criticità segnalate "
                "dai servizi del territorio.</p>",
            ),
        ],
    },
]


def load(home):
    index = ensure_page(home, NewsIndexPage, "notizie", title="Notizie", show_in_menus=True)
    needs = {n.code: n for n in NeedCategory.objects.all()}
    pages = {}
    for spec in NEWS:
        pages[spec["slug"]] = ensure_page(
            index,
            NewsPage,
            spec["slug"],
            title=spec["title"],
            date=spec["date"],
            summary=spec["summary"],
            body=body_blocks(spec["body"]),
            topics=[needs[c] for c in spec["topics"]],
            example_content=spec.get("example", False),
        )
    return pages
