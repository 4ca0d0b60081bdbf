"""One path (after the language prefix) per page type of the demo site, shared by the
accessibility, HTML validity and query-count tests."""

PAGE_TYPES = [
    "/",
    "/privacy/",
    "/servizi/",
    "/servizi/meet-cuneo/",
    "/servizi/meet-cuneo/sportello-legale/",
    "/guide/",
    "/guide/rinnovo-permesso-di-soggiorno/",
    "/notizie/",
    "/notizie/meet-buona-pratica-migration-policy-group/",
    "/progetti/",
    "/progetti/space/",
    "/attivita/",
    "/attivita/club-di-lingua-meet/",
    "/search/?q=permesso",
]
