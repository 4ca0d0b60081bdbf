"""Random sequences of what editors, translators and moderators do, over two services
and three languages (Italian, Arabic, Ukrainian): after every step the Italian pages
are what the editor published, residents read only approved text, and every page's
revisions are its own. Hypothesis shrinks a failing sequence to the shortest one."""

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from wagtail.models import Page, Revision

from tests.localisation.review_cycle import Hub, snapshot

pytestmark = pytest.mark.django_db

PAGES = ("casa-a", "casa-b")
LANGUAGES = ("ar", "uk")
WORDS = {
    "ar": ["سكن", "عقد", "إيجار", "فواتير", "مساعدة"],
    "uk": ["житло", "договір", "оренда", "рахунки", "допомога"],
}
ITALIAN = ["casa", "affitto", "contratto", "bollette", "aiuto", "sportello"]


def phrase(words):
    return st.lists(st.sampled_from(words), min_size=2, max_size=4).map(" ".join)


def run_machine(django_user_model):
    counter = iter(range(10_000))

    class TranslationWork(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.atomic = transaction.atomic()
            self.atomic.__enter__()  # each sequence starts from the demo again
            run = next(counter)
            self.hubs = {}
            for slug in PAGES:
                first = Hub(django_user_model, f"{slug}-{run}", LANGUAGES[0])
                self.hubs[slug, LANGUAGES[0]] = first
                for code in LANGUAGES[1:]:
                    self.hubs[slug, code] = Hub(
                        django_user_model, f"{slug}-{run}", code, page_id=first.italian_id
                    )
            self.italian = {slug: snapshot(self.hubs[slug, "ar"].italian_id) for slug in PAGES}

        def teardown(self):
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)

        # --- the editor ---------------------------------------------------------------
        @rule(slug=st.sampled_from(PAGES), words=phrase(ITALIAN))
        def editor_publishes(self, slug, words):
            text = f"Sportello: {words}."
            self.hubs[slug, "ar"].editor_publishes(text)
            for code in LANGUAGES:
                self.hubs[slug, code].italian_text = text
            self.italian[slug] = snapshot(self.hubs[slug, "ar"].italian_id)

        # --- translators --------------------------------------------------------------
        @rule(slug=st.sampled_from(PAGES), code=st.sampled_from(LANGUAGES))
        def translator_starts(self, slug, code):
            hub = self.hubs[slug, code]
            if hub.translation() is None:
                hub.translator_starts()

        @rule(slug=st.sampled_from(PAGES), code=st.sampled_from(LANGUAGES), data=st.data())
        def translator_types(self, slug, code, data):
            hub = self.hubs[slug, code]
            if hub.translation() is not None and not hub.target().workflow_in_progress:
                hub.translator_types(data.draw(phrase(WORDS[code])))

        @rule(slug=st.sampled_from(PAGES), code=st.sampled_from(LANGUAGES))
        def translator_refreshes(self, slug, code):
            hub = self.hubs[slug, code]
            if hub.translation() is not None:
                hub.translator_refreshes()

        @rule(slug=st.sampled_from(PAGES), code=st.sampled_from(LANGUAGES))
        def translator_submits(self, slug, code):
            hub = self.hubs[slug, code]
            page = hub.target()
            if hub.translation() is not None and hub.typed and not page.workflow_in_progress:
                hub.translator_submits()

        @rule(slug=st.sampled_from(PAGES), code=st.sampled_from(LANGUAGES))
        def translator_tries_another_language(self, slug, code):
            """The Ukrainian translator on the Arabic page, and the other way round."""
            hub = self.hubs[slug, code]
            other = self.hubs[slug, next(c for c in LANGUAGES if c != code)].target()
            before = snapshot(other.pk)
            response = hub.translator.post(f"/admin/translations/{other.pk}/submit/")
            assert response.status_code in (302, 403, 404)
            assert snapshot(other.pk) == before

        # --- the moderator ------------------------------------------------------------
        @rule(
            slug=st.sampled_from(PAGES),
            code=st.sampled_from(LANGUAGES),
            action=st.sampled_from(["approve", "reject"]),
        )
        def moderator_acts(self, slug, code, action):
            hub = self.hubs[slug, code]
            if hub.target().workflow_in_progress:
                hub.moderator_acts(action, "Da rivedere." if action == "reject" else "")

        # --- what must always hold ------------------------------------------------------
        @invariant()
        def italian_is_what_the_editor_published(self):
            for slug in PAGES:
                assert snapshot(self.hubs[slug, "ar"].italian_id) == self.italian[slug]

        @invariant()
        def residents_read_only_approved_text(self):
            for hub in self.hubs.values():
                page = hub.target()
                response = Client().get(page.url)
                assert response.status_code == 200
                html = response.content.decode()
                assert f'lang="{hub.code}"' in html
                if hub.approved is None:
                    assert page.alias_of_id == hub.italian_id
                else:
                    assert page.alias_of_id is None and page.summary == hub.approved
                for unapproved in {hub.typed, hub.submitted} - {hub.approved, None}:
                    assert unapproved not in html

        @invariant()
        def every_revision_is_the_pages_own(self):
            for hub in self.hubs.values():
                for page in Page.objects.filter(pk__in=[hub.italian_id, hub.target().pk]):
                    if page.latest_revision_id:
                        owner = Revision.objects.get(pk=page.latest_revision_id).object_id
                        assert owner == str(page.pk)
                    if page.live_revision_id and page.alias_of_id is None:
                        owner = Revision.objects.get(pk=page.live_revision_id).object_id
                        assert owner == str(page.pk)

    return TranslationWork


def test_random_sequences_of_editor_translator_and_moderator_keep_the_invariants(
    demo, django_user_model
):
    machine = run_machine(django_user_model)
    machine.TestCase.settings = settings(
        max_examples=8,
        stateful_step_count=12,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    machine.TestCase().runTest()
