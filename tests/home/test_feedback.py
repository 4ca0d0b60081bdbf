"""Was this page clear? Answers counted per page and language, nothing personal kept."""

import pytest
from wagtail.models import Page

from home.models import PageFeedback
from localisation.status import page_rows

pytestmark = pytest.mark.django_db


def arabic(slug):
    return Page.objects.get(locale__language_code="ar", slug=slug)


def test_every_page_asks_and_records_an_answer_without_personal_data(client, demo):
    page = arabic("privacy")
    html = client.get("/ar/privacy/").content.decode()
    assert 'action="/ar/page-feedback/"' in html
    assert f'name="page" value="{page.pk}"' in html

    response = client.post(
        "/ar/page-feedback/", {"page": page.pk, "clear": "no", "reason": "language"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ar/privacy/?feedback=thanks#feedback"
    assert response.cookies == {}
    thanks = client.get(response["Location"]).content.decode()
    assert 'role="status"' in thanks

    answer = PageFeedback.objects.get()
    assert (answer.page_id, answer.language, answer.clear, answer.reason) == (
        page.pk,
        "ar",
        False,
        "language",
    )
    stored = {f.name for f in PageFeedback._meta.get_fields()}
    assert stored == {"id", "page", "language", "clear", "reason", "day"}


def test_counts_appear_beside_each_translation_in_the_report(client, demo):
    home = Page.objects.get(locale__language_code="ar", depth=2)
    for answer in ("yes", "yes", "no"):
        client.post("/ar/page-feedback/", {"page": home.pk, "clear": answer})
    client.post("/fr/page-feedback/", {"page": home.pk, "clear": "no"})
    rows = {row.title: row for row in page_rows("ar")}
    italian_home = Page.objects.get(locale__language_code="it", depth=2)
    assert (rows[italian_home.title].clear_yes, rows[italian_home.title].clear_no) == (2, 1)


@pytest.mark.parametrize(
    "data",
    [
        {"page": "abc", "clear": "yes"},
        {"page": "999999", "clear": "yes"},
        {"clear": "maybe"},
        {"clear": "no", "reason": "<script>"},
    ],
)
def test_bad_answers_get_a_clear_message_in_the_reader_language(client, demo, data):
    data.setdefault("page", arabic("privacy").pk)
    response = client.post("/ar/page-feedback/", data)
    assert response.status_code == 400
    assert '<html lang="ar" dir="rtl">' in response.content.decode()
    assert PageFeedback.objects.count() == 0
