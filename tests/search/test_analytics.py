"""Search counts for coordinators: per language and day, nothing personal."""

import csv
import io

import pytest
from django.contrib.auth.models import Group

from appointments.groups import ensure_request_groups
from search import analytics
from search.analytics import normalise
from search.models import QueryStat

pytestmark = pytest.mark.django_db


def test_zero_result_queries_are_counted_per_language_and_day(client, demo):
    for n in range(3):
        client.get("/en/search/", {"q": "Dentist  "}, REMOTE_ADDR=f"198.51.100.{n}")
    client.get("/ar/search/", {"q": "dentist"})
    client.get("/en/search/", {"q": "lawyer"})
    client.get("/en/search/", {"q": "lawyer", "page": "2"})  # paging is not a new search
    english = QueryStat.objects.get(language="en", query="dentist")
    assert (english.count, english.results) == (3, 0)
    assert QueryStat.objects.get(language="ar", query="dentist").count == 1
    lawyer = QueryStat.objects.get(language="en", query="lawyer")
    assert lawyer.count == 1 and lawyer.results > 0


def test_nothing_personal_is_stored(client, demo):
    client.get(
        "/it/search/",
        {"q": "mario.rossi@example.org +39 333 123 4567 permesso"},
        REMOTE_ADDR="203.0.113.9",
    )
    stat = QueryStat.objects.get()
    assert stat.query == "… … permesso"
    fields = {f.name for f in QueryStat._meta.get_fields()}
    assert fields == {"id", "day", "language", "query", "results", "count"}
    assert "203.0.113.9" not in str(list(QueryStat.objects.values()))
    assert normalise("  Avvocato\u202e  GRATIS\x00 ") == "avvocato gratis"


@pytest.fixture
def coordinator(client, django_user_model):
    ensure_request_groups()
    user = django_user_model.objects.create_user("chiara", "c@example.org", "pw")
    user.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(user)
    return client


def test_report_lists_zero_result_queries_and_exports_safe_csv(coordinator, demo):
    coordinator.get("/en/search/", {"q": '=HYPERLINK("http://evil")'})
    coordinator.get("/en/search/", {"q": "dentist"})
    coordinator.get("/en/search/", {"q": "lawyer"})
    html = coordinator.get("/admin/reports/search-queries/", {"language": "en"}).content.decode()
    zero = html.split('data-kind="zero"')[1].split("</table>")[0]
    assert "dentist" in zero and "lawyer" not in zero
    top = html.split('data-kind="top"')[1].split("</table>")[0]
    assert "lawyer" in top
    response = coordinator.get(
        "/admin/reports/search-queries/", {"language": "en", "format": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    queries = [row[1] for row in rows[1:]]
    assert '\'=hyperlink("http://evil")' in queries
    assert not any(q.startswith(("=", "+", "-", "@")) for q in queries)


def test_report_refuses_a_backwards_period_with_a_message(coordinator, demo):
    response = coordinator.get(
        "/admin/reports/search-queries/", {"from": "2026-05", "to": "2026-04"}
    )
    assert response.status_code == 200
    assert "data-period-error" in response.content.decode()


def test_counts_are_gathered_and_written_together(client, demo, settings):
    from search import analytics

    settings.SEARCH_STATS_FLUSH_SECONDS = 3600
    for n in range(3):
        client.get("/en/search/", {"q": "lawyer"}, REMOTE_ADDR=f"198.51.100.{n}")
    client.get("/fr/search/", {"q": "avocat"})
    assert not QueryStat.objects.exists()  # still in this process
    analytics.flush()
    assert QueryStat.objects.get(language="en", query="lawyer").count == 3
    assert QueryStat.objects.get(language="fr", query="avocat").count == 1
    client.get("/en/search/", {"q": "lawyer"}, REMOTE_ADDR="198.51.100.9")
    analytics.flush()
    assert QueryStat.objects.get(language="en", query="lawyer").count == 4


def test_one_address_hammering_a_query_counts_once(client, demo):
    """A scanner sends "zorblaxquux" 300 times in a minute: one search, not 300. A real
    resident at another address still counts."""
    for _ in range(300):
        client.get("/en/search/", {"q": "zorblaxquux"}, REMOTE_ADDR="203.0.113.7")
    client.get("/en/search/", {"q": "zorblaxquux"}, REMOTE_ADDR="198.51.100.4")
    assert QueryStat.objects.get(language="en", query="zorblaxquux").count == 2


def test_an_address_sending_dozens_of_searches_a_minute_stops_counting(client, demo):
    for n in range(60):
        client.get("/en/search/", {"q": f"probe{n}"}, REMOTE_ADDR="203.0.113.8")
    counted = QueryStat.objects.filter(query__startswith="probe").count()
    assert counted == analytics.ADDRESS_SEARCHES_PER_MINUTE
    assert "203.0.113.8" not in str(list(QueryStat.objects.values()))


def test_a_coordinator_hides_junk_and_can_show_it_again(coordinator, demo):
    coordinator.get("/en/search/", {"q": "zorblaxquux"})
    coordinator.get("/en/search/", {"q": "dentist"})
    report = "/admin/reports/search-queries/?language=en"
    html = coordinator.get(report).content.decode()
    assert "zorblaxquux" in html.split('data-kind="zero"')[1].split("</table>")[0]

    response = coordinator.post(
        "/admin/reports/search-queries/hide/",
        {"language": "en", "query": "zorblaxquux", "next": report},
    )
    assert response.status_code == 302 and response["Location"] == report
    html = coordinator.get(report).content.decode()
    zero = html.split('data-kind="zero"')[1].split("</table>")[0]
    assert "zorblaxquux" not in zero and "dentist" in zero
    assert "zorblaxquux" in html.split('data-kind="hidden"')[1]
    csv_text = coordinator.get(report + "&format=csv").content.decode("utf-8-sig")
    assert "zorblaxquux" not in csv_text and "dentist" in csv_text
    # Hidden in English only; the counts themselves are kept.
    assert QueryStat.objects.filter(query="zorblaxquux").exists()

    coordinator.post(
        "/admin/reports/search-queries/hide/",
        {"language": "en", "query": "zorblaxquux", "show": "1", "next": "https://evil.example/"},
    )
    html = coordinator.get(report).content.decode()
    assert "zorblaxquux" in html.split('data-kind="zero"')[1].split("</table>")[0]
