"""Idempotent demo loading: each step creates what is missing and leaves what exists
(and every edit made in the admin) alone."""

import secrets
from urllib.parse import urlsplit

import polib
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from appointments.groups import ensure_request_groups
from appointments.tasks import schedule_purge
from core.locales import ensure_locales, source_locale
from demo import activities as activities_demo
from demo import news as news_demo
from demo import projects as projects_demo
from demo import services as services_demo
from demo import site as data
from demo.build import DEMO_REVIEWED, TRANSLATIONS_DIR, body_blocks
from home.models import HomePage, SiteOwner, StandardPage
from localisation.groups import ensure_translator_groups
from localisation.po import translate_object, translate_page
from review import records as review_records
from review.tasks import schedule_reminders
from services.models import Organisation


def remove_wagtail_welcome_page():
    """Wagtail's migrations create a plain "Welcome" page (and locale sync aliases it)."""
    plain_page = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, content_type=plain_page).order_by("-alias_of"):
        page.delete()


@transaction.atomic
def ensure_home() -> HomePage:
    locale = source_locale()
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        remove_wagtail_welcome_page()
        # Wagtail's migrations create the tree root; a flushed database has none.
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locale)
        )
        home = root.add_child(
            instance=HomePage(
                title=data.HOME["title"],
                slug=data.HOME["slug"],
                intro=data.HOME["intro"],
                locale=locale,
                last_reviewed=DEMO_REVIEWED,
            )
        )
        home.save_revision().publish()
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, site_name="Sportello")
    if not isinstance(site.root_page.specific if site.pk else None, HomePage):
        site.root_page = home
        site.site_name = site.site_name or "Sportello"
    if (site.hostname, site.port) == ("localhost", 80) or not site.pk:
        # Wagtail's default site: give it the address the demo is served on, so
        # canonical and hreflang links are absolute URLs that work.
        site.hostname = base.hostname or "127.0.0.1"
        site.port = base.port or (443 if base.scheme == "https" else 80)
    site.save()
    return home


# translations/<language>/_snippets/organisation.po: the Organisation snippets' names;
# _taxonomy.po is read by demo.services. Names starting with "_" are not pages.
SNIPPETS_DIR = "_snippets"


def demo_translations():
    """(language, path below the home page, {source text: translation}) per PO file.

    translations/<language>/home.po is the home page; translations/ar/servizi/meet-cuneo.po
    is the page at /servizi/meet-cuneo/. The files are what a translator would upload.
    """
    for po_path in sorted(TRANSLATIONS_DIR.glob("*/**/*.po")):
        language = po_path.relative_to(TRANSLATIONS_DIR).parts[0]
        relative = po_path.relative_to(TRANSLATIONS_DIR / language).with_suffix("")
        if relative.parts[0].startswith("_"):
            continue
        path = "" if relative.as_posix() == "home" else relative.as_posix()
        strings = {e.msgid: e.msgstr for e in polib.pofile(str(po_path)) if e.msgstr}
        yield language, path, strings


def ensure_demo_translations(home: HomePage):
    """Translate each demo page the translator's way, where not translated yet."""
    enabled = dict(settings.LANGUAGES)
    for language, path, strings in demo_translations():
        if language not in enabled:
            continue
        url_path = f"{home.url_path}{path}/" if path else home.url_path
        page = Page.objects.filter(locale=home.locale, url_path=url_path).first()
        if page is None:
            continue
        existing = page.get_translation_or_none(Locale.objects.get(language_code=language))
        if existing is None or existing.alias_of_id is not None:
            translate_page(page.specific, language, strings)


def ensure_snippet_translations():
    """Translate every Italian Organisation into each language that has a PO file for them.

    Names that read the same in every language (MOMO, ASGI) are translated too, with the
    name unchanged, so the translation report counts them as done.
    """
    enabled = dict(settings.LANGUAGES)
    for po_path in sorted(TRANSLATIONS_DIR.glob(f"*/{SNIPPETS_DIR}/organisation.po")):
        language = po_path.relative_to(TRANSLATIONS_DIR).parts[0]
        if language not in enabled:
            continue
        strings = {e.msgid: e.msgstr for e in polib.pofile(str(po_path)) if e.msgstr}
        locale = Locale.objects.get(language_code=language)
        for organisation in Organisation.objects.filter(locale=source_locale()):
            if organisation.get_translation_or_none(locale) is None:
                translate_object(organisation, language, strings)


@transaction.atomic
def ensure_footer_pages(home: HomePage) -> dict[str, Page]:
    pages = {}
    for key, spec in data.FOOTER_PAGES.items():
        page = home.get_children().filter(slug=spec["slug"]).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    intro=spec["intro"],
                    body=body_blocks(spec["body"]),
                    locale=home.locale,
                    last_reviewed=DEMO_REVIEWED,
                )
            )
            page.save_revision().publish()
        pages[key] = page
    return pages


def ensure_owner(pages: dict[str, Page]):
    site = Site.objects.get(is_default_site=True)
    owner = SiteOwner.for_site(site)
    changed = False
    for field, value in data.OWNER.items():
        if not getattr(owner, field):
            setattr(owner, field, value)
            changed = True
    for field, page in pages.items():
        if getattr(owner, f"{field}_id") is None:
            setattr(owner, field, page)
            changed = True
    if changed:
        owner.save()


def sync_aliases():
    """Alias every Italian page not yet translated into each synchronised locale."""
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale)


def ensure_admin(stdout) -> None:
    User = get_user_model()
    if User.objects.filter(is_superuser=True).exists():
        stdout.write("Admin account: already exists (password unchanged).")
        return
    password = secrets.token_urlsafe(12)
    User.objects.create_superuser("admin", "admin@localhost", password)
    stdout.write(
        "Admin account created at http://127.0.0.1:8000/admin/ "
        f"- user: admin  password: {password}  (shown only this once)"
    )


def load(stdout, with_admin=True):
    ensure_locales()
    home = ensure_home()
    pages = ensure_footer_pages(home)
    ensure_owner(pages)
    services_demo.load(home)
    news_pages = news_demo.load(home)
    projects_demo.load(home, news_pages)
    activities_demo.load(home)
    sync_aliases()
    ensure_demo_translations(home)
    ensure_snippet_translations()
    ensure_translator_groups()
    ensure_request_groups()
    schedule_purge()
    review_records.ensure_all()  # every hub, service and guide has its review date
    schedule_reminders()
    if with_admin:
        ensure_admin(stdout)
