"""Was this page clear? Answers counted per page and language, nothing personal kept."""

import pytest
from django.utils import translation
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
    assert (answer.page_id, answer.language, answer.clear, answer.reason, answer.count) == (
        page.pk,
        "ar",
        False,
        "language",
        1,
    )
    stored = {f.name for f in PageFeedback._meta.get_fields()}
    assert stored == {"id", "page", "language", "clear", "reason", "month", "count"}


def test_counts_appear_beside_each_translation_in_the_report(client, demo):
    home = Page.objects.get(locale__language_code="ar", depth=2)
    answers = [("yes", ""), ("yes", ""), ("no", "language"), ("no", "language"), ("no", "wrong")]
    for n, (answer, reason) in enumerate(answers):
        client.post(
            "/ar/page-feedback/",
            {"page": home.pk, "clear": answer, "reason": reason},
            REMOTE_ADDR=f"198.51.100.{n}",
        )
    client.post("/fr/page-feedback/", {"page": home.pk, "clear": "no"})
    with translation.override("it"):  # the report's reader reads Italian
        rows = {row.title: row for row in page_rows("ar")}
    italian_home = Page.objects.get(locale__language_code="it", depth=2)
    row = rows[italian_home.title]
    assert (row.clear_yes, row.clear_no) == (2, 3)
    # Why readers said no, most picked first, in the report's language.
    assert row.reasons == (
        ("La traduzione era difficile da capire", 2),
        ("Alcune informazioni erano sbagliate o vecchie", 1),
    )


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


def test_a_scanner_cannot_inflate_the_counts(client, demo, settings):
    """Hundreds of "no" from one address count once a day per page; past the hourly
    allowance the reader gets a clear message in their language, and nothing grows."""
    settings.FEEDBACK_RATE_LIMIT = (30, 3600)
    page = arabic("privacy")
    statuses = [
        client.post(
            "/ar/page-feedback/", {"page": page.pk, "clear": "no"}, REMOTE_ADDR="203.0.113.5"
        ).status_code
        for _ in range(200)
    ]
    assert statuses[:30] == [302] * 30
    assert set(statuses[30:]) == {429}
    refused = client.post(
        "/ar/page-feedback/", {"page": page.pk, "clear": "no"}, REMOTE_ADDR="203.0.113.5"
    )
    assert '<html lang="ar" dir="rtl">' in refused.content.decode()
    assert "تلقّينا إجابات كثيرة" in refused.content.decode()
    assert [(r.clear, r.count) for r in PageFeedback.objects.all()] == [(False, 1)]
    # Another reader still counts; the table holds one counter per answer, not per post.
    client.post("/ar/page-feedback/", {"page": page.pk, "clear": "no"}, REMOTE_ADDR="198.51.100.7")
    assert [(r.clear, r.count) for r in PageFeedback.objects.all()] == [(False, 2)]
