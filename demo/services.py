"""Loads the services demo: taxonomies, organisations, the .Meet and S.P.A.C.E. hubs
with their desks, and the guides. Idempotent: only what is missing is created."""

from datetime import date

import polib
from modeltranslation.utils import build_localized_fieldname

from demo import guides as guides_data
from demo import services_data as data
from demo.build import DEMO_REVIEWED, TRANSLATIONS_DIR, ensure_page, rows, slots
from services.models import (
    Audience,
    GuideIndexPage,
    GuidePage,
    HubContact,
    HubPage,
    HubSlot,
    Location,
    NeedCategory,
    Organisation,
    ServiceContact,
    ServiceIndexPage,
    ServicePage,
    ServiceSlot,
    SpokenLanguage,
)


def load_taxonomies():
    for order, (code, icon, name_it, name_en, synonyms) in enumerate(data.NEEDS):
        NeedCategory.objects.get_or_create(
            code=code,
            defaults={
                "icon": icon,
                "name_it": name_it,
                "name_en": name_en,
                "synonyms_it": synonyms,
                "sort_order": order,
            },
        )
    for order, (code, name_it, name_en) in enumerate(data.AUDIENCES):
        Audience.objects.get_or_create(
            code=code, defaults={"name_it": name_it, "name_en": name_en, "sort_order": order}
        )
    for order, (code, name_it, name_en, autonym) in enumerate(data.SPOKEN):
        SpokenLanguage.objects.get_or_create(
            code=code,
            defaults={
                "name_it": name_it,
                "name_en": name_en,
                "autonym": autonym,
                "sort_order": order,
            },
        )


def fill_empty(obj, field, language, value):
    column = build_localized_fieldname(field, language)
    if value and not getattr(obj, column):
        setattr(obj, column, value)
        return True
    return False


TAXONOMY_MODELS = {"need": NeedCategory, "audience": Audience, "spoken": SpokenLanguage}


def load_taxonomy_translations():
    """Every name and synonym in every language, from translations/<language>/_taxonomy.po
    (msgctxt `<kind>:<code>:<field>`), where the column is still empty."""
    rows = {
        kind: {r.code: r for r in model.objects.all()} for kind, model in TAXONOMY_MODELS.items()
    }
    changed = {}
    for po_path in sorted(TRANSLATIONS_DIR.glob("*/_taxonomy.po")):
        po = polib.pofile(str(po_path))
        language = po.metadata["Language"]
        for entry in po:
            kind, code, field = entry.msgctxt.split(":")
            row = rows[kind].get(code)
            if row is not None and fill_empty(row, field, language, entry.msgstr):
                changed[(kind, code)] = row
    for row in changed.values():
        row.save()


def organisations(locale) -> dict[str, Organisation]:
    found = {o.name: o for o in Organisation.objects.filter(locale=locale)}
    for name in data.ORGANISATIONS:
        if name not in found:
            found[name] = Organisation.objects.create(name=name, locale=locale)
    return found


def location(spec) -> Location:
    found, _ = Location.objects.get_or_create(
        name=spec["name"],
        city=spec["city"],
        defaults={k: v for k, v in spec.items() if k not in ("name", "city")},
    )
    return found


def _body(sections):
    body = []
    for kind, value in sections:
        if kind == "steps":
            value = [{"title": title, "text": text} for title, text in value]
        body.append((kind, value))
    return body


def _service(parent, spec, needs, audiences, languages, **extra):
    achieved, conditions = data.CARD_TEXT.get(spec["slug"], ("", ""))
    return ensure_page(
        parent,
        ServicePage,
        spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        needs=[needs[c] for c in spec["needs"]],
        # The first need listed is what the service is for (the finder ranks by it).
        main_needs=[needs[spec["needs"][0]]],
        audiences=[audiences[c] for c in spec["audiences"]],
        help_languages=[languages[c] for c in spec.get("languages", ["it"])],
        access_mode=spec["access"],
        body=_body(spec["body"]),
        achieved=achieved,
        conditions=conditions,
        contacts=rows(
            ServiceContact, [{"channel": c, "value": v} for c, v in spec.get("contacts", [])]
        ),
        slots=slots(ServiceSlot, spec.get("slots", [])),
        uses_hub_hours=spec.get("uses_hub_hours", True),
        no_fixed_place=spec.get("no_location", False),
        last_reviewed=DEMO_REVIEWED,
        **extra,
    )


def load(home):
    load_taxonomies()
    load_taxonomy_translations()
    needs = {n.code: n for n in NeedCategory.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    languages = {s.code: s for s in SpokenLanguage.objects.all()}
    orgs = organisations(home.locale)

    index = ensure_page(
        home,
        ServiceIndexPage,
        "servizi",
        title="Servizi",
        show_in_menus=True,
        intro="<p>Tutti gli sportelli e i servizi, per bisogno.</p>",
    )
    meet = ensure_page(
        index,
        HubPage,
        data.MEET["slug"],
        title=data.MEET["title"],
        summary=data.MEET["summary"],
        description=data.MEET["description"],
        opened_on=date.fromisoformat(data.MEET["opened_on"]),
        location=location(data.MEET["location"]),
        partners=[orgs[name] for name in data.MEET["partners"]],
        contacts=rows(HubContact, [{"channel": c, "value": v} for c, v in data.MEET["contacts"]]),
        slots=slots(HubSlot, data.MEET["slots"]),
        last_reviewed=DEMO_REVIEWED,
    )
    provider = orgs["Comune di Cuneo"]
    for slug, title, summary, need_codes, audience_codes, access, body in data.MEET_DESKS:
        spec = {
            "slug": slug,
            "title": title,
            "summary": summary,
            "needs": need_codes,
            "audiences": audience_codes,
            "access": access,
            "body": body,
        }
        _service(meet, spec, needs, audiences, languages, provider=provider)
    _service(meet, data.ANTIDISCRIMINATION, needs, audiences, languages, provider=provider)

    space = ensure_page(
        index,
        HubPage,
        data.SPACE["slug"],
        title=data.SPACE["title"],
        summary=data.SPACE["summary"],
        description=data.SPACE["description"],
        location=location(data.SPACE["location"]),
        partners=[orgs[name] for name in data.SPACE["partners"]],
        slots=slots(HubSlot, data.SPACE["slots"]),
        example_content=True,
        last_reviewed=DEMO_REVIEWED,
    )
    for spec in data.SPACE_SERVICES:
        _service(
            space,
            spec,
            needs,
            audiences,
            languages,
            provider=orgs["Comune di Prato"],
            example_content=True,
        )

    guides = ensure_page(
        home,
        GuideIndexPage,
        "guide",
        title="Guide passo per passo",
        show_in_menus=True,
        intro="<p>Le pratiche più comuni spiegate in parole semplici.</p>",
    )
    services_by_slug = {p.slug: p for p in ServicePage.objects.descendant_of(index)}
    for spec in guides_data.GUIDES:
        ensure_page(
            guides,
            GuidePage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            needs=[needs[c] for c in spec["needs"]],
            steps=[("step", guides_data.step(s, services_by_slug)) for s in spec["steps"]],
            questions=[("question", q) for q in spec["questions"]],
            example_content=True,
            last_reviewed=DEMO_REVIEWED,
        )
    return {"index": index, "hubs": [meet, space], "guides": guides}
