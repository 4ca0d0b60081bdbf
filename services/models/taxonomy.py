"""Shared taxonomies: one row per category in every language (django-modeltranslation).

The `code` is the stable key used by facets and URLs (?need=residence-permit); the
name, description and synonyms have one column per language (name_it, name_ar, ...),
falling back to Italian where a language is empty.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

NEED_ICONS = [
    ("document", _("Document")),
    ("passport", _("Passport")),
    ("family", _("Family")),
    ("scales", _("Scales of justice")),
    ("speech", _("Speech bubbles")),
    ("briefcase", _("Briefcase")),
    ("house", _("House")),
    ("health", _("Health")),
    ("school", _("School")),
    ("shield", _("Shield")),
    ("info", _("Information")),
    ("people", _("People")),
]


class Taxonomy(models.Model):
    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("A stable key used in links and filters. Do not change it once in use."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name or self.code


class NeedCategory(Taxonomy):
    icon = models.CharField(_("icon"), max_length=20, choices=NEED_ICONS, default="info")
    synonyms = models.TextField(
        _("search synonyms"),
        blank=True,
        help_text=_("Everyday words people use for this need, one per line."),
    )

    class Meta(Taxonomy.Meta):
        verbose_name = _("need category")
        verbose_name_plural = _("need categories")


class Audience(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class SpokenLanguage(Taxonomy):
    """A language in which a service can help, e.g. Bangla, Wolof, Chinese."""

    autonym = models.CharField(
        _("name in the language itself"), max_length=60, blank=True, help_text=_("e.g. বাংলা")
    )

    class Meta(Taxonomy.Meta):
        verbose_name = _("language of help")
        verbose_name_plural = _("languages of help")
