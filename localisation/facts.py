"""Language-neutral facts are one truth in every language, with no sync step.

The fields a page type declares `SynchronizedField` (hours, slots, closures, contacts,
place, access mode, languages of help, needs, audiences, ...) are facts, not text.
Publishing the source page copies them at once into the live row of every translation;
aliases get them from Wagtail itself. Publishing a translation (a moderator's
approval of a draft written days ago) takes them from the source again, so an old
draft never brings back yesterday's hours. Translated text, revisions and drafts are
never touched. docs/decisions.md §26.
"""

from wagtail.models import Page
from wagtail.signals import page_published
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from core.languages import SOURCE_LANGUAGE
from core.models import BasePage

# The slug is synchronised too, but it is the address, not a fact: wagtail-localize's
# sync copies it and makes it unique among the siblings of every language (the home
# pages of all languages share one parent), which a plain copy would not.
NOT_FACTS = {"slug"}


def fact_names(model) -> list[str]:
    return [
        field.field_name
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField) and field.field_name not in NOT_FACTS
    ]


def copy_facts(source, target) -> None:
    """Copy the facts of `source` onto `target` in memory (save it afterwards).

    Only `SynchronizedField`s: translated text, and child rows holding text, stay. A
    many-to-many emptied on the source is emptied here too (wagtail-localize's own
    copy skips empty values).
    """
    model = type(source)
    for name in fact_names(model):
        field = model._meta.get_field(name)
        if field.one_to_many:  # child rows: slots, closures, contacts
            source.copy_child_relation(name, target)
        elif field.many_to_many:
            getattr(target, name).set(list(getattr(source, name).all()))
        else:
            setattr(target, field.attname, getattr(source, field.attname))


def facts_of(page) -> dict:
    """The facts of a page as comparable values (child rows without their ids)."""
    model = type(page)
    facts = {}
    for name in fact_names(model):
        field = model._meta.get_field(name)
        if field.one_to_many:
            parent_key = field.field.attname
            facts[name] = [
                tuple(
                    getattr(row, f.attname)
                    for f in row._meta.concrete_fields
                    if not f.primary_key and f.attname != parent_key
                )
                for row in getattr(page, name).all()
            ]
        elif field.many_to_many:
            facts[name] = sorted(related.pk for related in getattr(page, name).all())
        else:
            facts[name] = getattr(page, field.attname)
    return facts


def _apply(source, target) -> None:
    """Copy the facts onto `target`, a translation's live row as read from the database."""
    if facts_of(target) == facts_of(source):
        return  # nothing to write, no cache to empty
    copy_facts(source, target)
    target.save(clean=False)
    # Caches and search indexes listen for publishing: tell them this language changed.
    page_published.send(
        sender=target.specific_class, instance=target, revision=None, facts_only=True
    )


def on_published(sender, instance, facts_only=False, **kwargs):
    if facts_only or not isinstance(instance, BasePage) or not fact_names(type(instance)):
        return
    if instance.alias_of_id is not None:
        return
    if instance.locale.language_code == SOURCE_LANGUAGE:
        # Every translation but aliases (Wagtail updates those itself).
        for target in (
            Page.objects.filter(
                translation_key=instance.translation_key, alias_of__isnull=True, live=True
            )
            .exclude(pk=instance.pk)
            .specific()
        ):
            _apply(instance, target)
        return
    source = (
        Page.objects.filter(
            translation_key=instance.translation_key,
            locale__language_code=SOURCE_LANGUAGE,
            live=True,
        )
        .specific()
        .first()
    )
    if source is not None:
        # The row just published, read again rather than the object Wagtail holds.
        _apply(source, Page.objects.get(pk=instance.pk).specific)


def connect() -> None:
    # page_published is sent with the specific class as sender: connect for every sender.
    page_published.connect(on_published, dispatch_uid="facts_published")
