"""The embedded service finder's index and the anonymous query counts.

One ServiceEntry per live, real (not alias) service page in each language, with its
facet values and weekly hours; Posting rows are its weighted index terms (see
search.text). The same SQL runs on SQLite and PostgreSQL. QueryStat counts what was
searched, per language and day, with no IP, user, session or time of day.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    translation_key = models.UUIDField(db_index=True)
    language = models.CharField(max_length=10, db_index=True)
    title = models.CharField(max_length=255)
    access_mode = models.CharField(max_length=20)
    city = models.CharField(max_length=100, blank=True)
    place = models.CharField(max_length=300, blank=True)  # "" for no fixed place
    needs = models.CharField(max_length=1000, blank=True)  # "|code|code|"
    main_needs = models.CharField(max_length=1000, blank=True)  # the needs it is for
    audiences = models.CharField(max_length=1000, blank=True)
    help_languages = models.CharField(max_length=1000, blank=True)
    schedule = models.JSONField(default=dict)  # see search.documents.schedule_data
    schedule_key = models.CharField(max_length=32, blank=True)  # a hash of `schedule`

    class Meta:
        indexes = [models.Index(fields=["language", "title"])]

    def codes(self, field) -> list[str]:
        return [code for code in getattr(self, field).split("|") if code]


class Posting(models.Model):
    entry = models.ForeignKey(ServiceEntry, on_delete=models.CASCADE, related_name="postings")
    # The entry's language, repeated so a search reads its words from one index only
    # (term, language -> entry, weight) without joining the entries.
    language = models.CharField(max_length=10, default="")
    term = models.CharField(max_length=64)
    weight = models.PositiveSmallIntegerField()
    word = models.BooleanField(default=True)  # False: only a stem, never suggested

    class Meta:
        indexes = [
            models.Index(fields=["term", "language", "entry", "weight"], name="posting_lookup")
        ]
        constraints = [models.UniqueConstraint(fields=["entry", "term"], name="one_posting")]


class Word(models.Model):
    """A word written in the services of a language, as written (not a stem): what "Did
    you mean" may offer. Added as pages are indexed, emptied and refilled by a rebuild;
    a word whose last service went stays until then (it is still a real word)."""

    language = models.CharField(max_length=10)
    term = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="one_word")]


class IndexState(models.Model):
    """A token per language, new whenever that language's entries change (written in
    the same transaction as the entries): each worker keeps a language's entries in
    memory (search.embedded.catalogue) and reads them again when the token moved."""

    language = models.CharField(max_length=10, primary_key=True)
    token = models.CharField(max_length=32)

    @classmethod
    def touch(cls, languages=None) -> None:
        """New tokens for these languages (None: every language)."""
        token = uuid.uuid4().hex
        if languages is None:
            languages = {code for code, _name in settings.LANGUAGES}
            languages.update(cls.objects.values_list("language", flat=True))
        cls.objects.bulk_create(
            [cls(language=language, token=token) for language in set(languages)],
            update_conflicts=True,
            unique_fields=["language"],
            update_fields=["token"],
        )


class TaxonomyTerm(models.Model):
    """A word of a need, audience or language of help, in any language -> its code.

    Kept apart from the postings so the names and synonyms in ten languages are stored
    once, not once per service: a service matches through the codes it carries.
    """

    term = models.CharField(max_length=64, db_index=True)
    kind = models.CharField(max_length=20)  # needs, audiences, help_languages
    code = models.CharField(max_length=60)
    weight = models.PositiveSmallIntegerField()
    word = models.BooleanField(default=True)  # False: only a stem, never suggested

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["term", "kind", "code"], name="one_taxonomy_term")
        ]


class QueryStat(models.Model):
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=100)
    results = models.PositiveIntegerField(_("results"))
    count = models.PositiveIntegerField(_("searches"), default=1)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        # Coordinators read what residents searched for and did not find.
        permissions = [("view_search_report", "Can view the search report")]
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "query"], name="one_stat_a_day")
        ]
        indexes = [models.Index(fields=["language", "day"])]


class HiddenQuery(models.Model):
    """A query coordinators took out of the report (scanner junk, a test, a name typed by
    mistake): hidden on every day, past and future, in its language."""

    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=100)
    hidden_at = models.DateTimeField(_("hidden on"), auto_now_add=True)

    class Meta:
        verbose_name = _("hidden search query")
        verbose_name_plural = _("hidden search queries")
        constraints = [
            models.UniqueConstraint(fields=["language", "query"], name="one_hidden_query")
        ]
