"""A service page, as the browser receives it: HTML, CSS and JavaScript under 50 KB; the
only script is the site's own enhancement (js/sportello.js).

The test server sends them uncompressed (about 27 KB here), so the compressed size a
production server sends is smaller still."""

import pytest

BUDGET = 50 * 1024


@pytest.mark.parametrize("language", ["it", "ar"])
def test_a_service_page_stays_under_its_weight_budget(browser, site, language):
    context = browser.new_context()
    page = context.new_page()
    received = []
    page.on("requestfinished", lambda request: received.append(request))
    page.goto(f"{site}/{language}/servizi/meet-cuneo/sportello-legale/")
    page.wait_for_load_state("networkidle")
    weights = {}
    for request in received:
        if request.resource_type in ("document", "stylesheet", "script", "font"):
            sizes = request.sizes()
            weights[request.url] = sizes["responseBodySize"] + sizes["responseHeadersSize"]
    context.close()
    assert any(url.endswith("/sportello-legale/") for url in weights)
    scripts = [request.url for request in received if request.resource_type == "script"]
    assert len(scripts) == 1 and "/static/js/sportello" in scripts[0], scripts
    total = sum(weights.values())
    assert total <= BUDGET, weights
