"""django-modeltranslation registrations: the shared taxonomies."""

from modeltranslation.translator import TranslationOptions, register

from services.models import Audience, NeedCategory, SpokenLanguage


@register(NeedCategory)
class NeedCategoryTranslation(TranslationOptions):
    fields = ("name", "description", "synonyms")


@register(Audience)
class AudienceTranslation(TranslationOptions):
    fields = ("name", "description")


@register(SpokenLanguage)
class SpokenLanguageTranslation(TranslationOptions):
    fields = ("name",)
