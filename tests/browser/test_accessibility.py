import pytest
from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: {v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]


PAGE_TYPES = [
    "/",
    "/privacy/",
    "/servizi/",
    "/servizi/?need=legal-advice",
    "/servizi/meet-cuneo/",
    "/servizi/meet-cuneo/sportello-legale/",
    "/servizi/space-prato/sportello-virtuale/",
    "/guide/",
    "/guide/rinnovo-permesso-di-soggiorno/",
    "/notizie/",
    "/notizie/meet-buona-pratica-migration-policy-group/",
    "/progetti/",
    "/progetti/space/",
    "/search/?q=permesso",
    "/search/?need=residence-permit&access=walk_in",
    "/search/?q=avvocatto",
]


@pytest.mark.parametrize("language", ["it", "ar"])
@pytest.mark.parametrize("path", PAGE_TYPES)
def test_no_axe_violations(page, site, language, path):
    page.goto(f"{site}/{language}{path}")
    assert violations(page) == []


def test_no_axe_violations_with_the_language_menu_open(page, site):
    page.goto(f"{site}/ar/")
    page.locator("details.lang-switch summary").click()
    assert violations(page) == []
