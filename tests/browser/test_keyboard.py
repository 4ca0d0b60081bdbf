"""Keyboard only: search and the appointment form, with a visible focus that moves in
document order."""

import re

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const all = Array.from(document.querySelectorAll('*'));
  return {
    tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name') || '',
    text: (el.innerText || el.value || '').trim().slice(0, 60),
    href: el.getAttribute('href') || '', type: el.getAttribute('type') || '',
    index: all.indexOf(el),
    visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
  };
}"""


def tab_to(page, predicate, limit=120):
    """Press Tab until `predicate(focused)`; every stop must show focus, in DOM order
    (radio groups count once: arrow keys move inside them)."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["visible"], f"no visible focus on {focused}"
        if seen and focused["tag"] != "body":
            assert focused["index"] > seen[-1]["index"], f"focus went back: {seen[-1]} → {focused}"
        seen.append(focused)
        if predicate(focused):
            return focused
    raise AssertionError(f"not reached by Tab: {[f['tag'] + '#' + f['id'] for f in seen]}")


def test_search_by_keyboard(page, site):
    page.goto(f"{site}/en/")
    first = tab_to(page, lambda f: True)
    assert first["href"] == "#main"  # the skip link comes first
    tab_to(page, lambda f: f["type"] == "search")
    page.keyboard.type("lawyer")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q=lawyer"))
    tab_to(page, lambda f: "Legal desk" in f["text"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/servizi/.+/sportello-legale/$"))


def test_appointment_form_by_keyboard(page, site):
    page.goto(f"{site}/fr/servizi/meet-cuneo/sportello-legale/")
    tab_to(page, lambda f: f["href"].endswith("/request/"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/request/$"))
    tab_to(page, lambda f: f["id"] == "id_name")
    page.keyboard.type("Awa Diallo")
    focused = tab_to(page, lambda f: f["name"] == "contact_by")
    assert focused["id"] == "id_contact_by_0"  # phone, the default
    tab_to(page, lambda f: f["id"] == "id_phone")
    page.keyboard.type("+33 6 12 34 56 78")
    tab_to(page, lambda f: f["name"] == "slots")
    page.keyboard.press("Space")
    tab_to(page, lambda f: f["id"] == "id_consent")
    page.keyboard.press("Space")
    tab_to(page, lambda f: f["tag"] == "button" and f["type"] == "submit")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/request/sent/"))
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", page.locator(".reference__code").inner_text())


def test_form_errors_by_keyboard(page, site):
    page.goto(f"{site}/ar/servizi/meet-cuneo/sportello-legale/request/")
    tab_to(page, lambda f: f["tag"] == "button" and f["type"] == "submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # The summary's links lead to the fields.
    link = tab_to(page, lambda f: f["href"] == "#id_name")
    assert link["tag"] == "a"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#id_name"
