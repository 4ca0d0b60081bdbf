"""The readable text of a page: what a resident reads, in reading order, as paragraphs.

Pure: it reads the page object it is given (a live page, a draft revision's object or
a translation source's instance) and never the database. Titles, summaries,
introductions, rich text and the text blocks of StreamFields count; links, choices,
e-mail addresses, images and page choosers do not. Each paragraph, heading or list item
is a unit of its own: one with no full stop at its end is given one, so that a heading
or a list of short items is not read as one long sentence.
"""

import html
import re

from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

# The tags after which a new paragraph starts in rich text.
_BREAKS = re.compile(r"</(?:p|li|h[1-6]|blockquote|div)>|<br\s*/?>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_ENDS = (".", "!", "?", "…", "۔")
# Fields of Wagtail's own page model a resident does not read as text.
_PAGE_FIELDS = {f.name for f in Page._meta.get_fields()} - {"title"}


def clean(text: str) -> str:
    return _SPACES.sub(" ", html.unescape(text)).strip()


def html_paragraphs(markup: str) -> list[str]:
    """Rich text as its paragraphs, tags removed."""
    pieces = (_TAGS.sub(" ", piece) for piece in _BREAKS.split(markup or ""))
    return [text for text in (clean(piece) for piece in pieces) if text]


def block_paragraphs(block, value) -> list[str]:
    """The text a resident reads in one StreamField block's value."""
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock):
        source = value.source if isinstance(value, RichText) else str(value)
        return html_paragraphs(source)
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return [text for text in (clean(line) for line in str(value).splitlines()) if text]
    found = []
    if isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            found += block_paragraphs(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            found += block_paragraphs(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            found += block_paragraphs(child.block, child.value)
    return found


def page_paragraphs(page) -> list[str]:
    """Every paragraph of the page's text: the title, then its text fields in the order
    the model declares them."""
    found = [clean(page.title)] if page.title else []
    for field in type(page)._meta.concrete_fields:
        if field.name in _PAGE_FIELDS or field.name == "title":
            continue
        value = getattr(page, field.name, None)
        if not value:
            continue
        if isinstance(field, StreamField):
            found += block_paragraphs(field.stream_block, value)
        elif isinstance(field, RichTextField):
            found += html_paragraphs(value)
        elif isinstance(field, models.TextField) and not field.choices:
            found += [t for t in (clean(line) for line in str(value).splitlines()) if t]
    return found


def as_text(paragraphs: list[str]) -> str:
    """The paragraphs joined into one text, each ending as a sentence ends."""
    return " ".join(p if p.endswith(_ENDS) else f"{p}." for p in paragraphs)
