import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.page_types import PAGE_TYPES as COMMON_PAGE_TYPES

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: {v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]


PAGE_TYPES = [
    *COMMON_PAGE_TYPES,
    "/servizi/?need=legal-advice",
    "/servizi/space-prato/sportello-virtuale/",
    "/search/?need=residence-permit&access=walk_in",
    "/search/?q=avvocatto",
    "/servizi/meet-cuneo/sportello-legale/card/",
    "/servizi/meet-cuneo/poster/",
    "/offline/",
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
