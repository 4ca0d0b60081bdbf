"""The gettext catalogues in locale/ ship complete: every enabled language has every
interface string, none empty, none fuzzy, placeholders intact."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w*\}|%s|%d")


def catalogue_problems(po: polib.POFile) -> list[str]:
    problems = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        if any(not text.strip() for text in translations):
            problems.append(f"empty: {entry.msgid!r}")
            continue
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        for text in translations:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"placeholders differ: {entry.msgid!r}")
    return problems


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", [code for code, _ in settings.LANGUAGES])
def test_catalogue_is_complete(code):
    po = catalogue(code)
    assert catalogue_problems(po) == []
    # The same strings in every language as in the Italian catalogue.
    assert {e.msgid for e in po if not e.obsolete} == {
        e.msgid for e in catalogue("it") if not e.obsolete
    }
    assert po.percent_translated() == 100


def test_check_catches_empty_fuzzy_and_broken_placeholders():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Home", msgstr=""))
    po.append(polib.POEntry(msgid="Language", msgstr="Lingua", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Shown in %(source)s.", msgstr="Mostrata in italiano."))
    po.append(polib.POEntry(msgid="Legal notes", msgstr="Note legali"))
    assert catalogue_problems(po) == [
        "empty: 'Home'",
        "fuzzy: 'Language'",
        "placeholders differ: 'Shown in %(source)s.'",
    ]


# Every directory holding Sportello code or templates (not tests, bench or tools).
SOURCE_DIRS = sorted(
    path.name
    for path in Path(settings.BASE_DIR).iterdir()
    if path.is_dir()
    and ((path / "__init__.py").exists() or path.name == "site")
    and path.name not in {"tests", "bench"}
)
TEMPLATE_STRING = re.compile(r"""\{%\s*translate\s+(["'])(.+?)\1""")
BLOCK_STRING = re.compile(
    r"\{%\s*blocktranslate\b([^%]*)%\}(.*?)\{%\s*(?:endblocktranslate|plural)\s*%\}", re.S
)
TEMPLATE_VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")
PYTHON_STRING = re.compile(r"""\b_\(\s*(["'])((?:(?!\1).)+)\1\s*[,)]""")


def _block_msgid(options: str, text: str) -> str:
    """A blocktranslate body as gettext sees it: {{ x }} becomes %(x)s."""
    if "trimmed" in options.split():
        text = " ".join(line.strip() for line in text.strip().splitlines())
    return TEMPLATE_VARIABLE.sub(lambda m: f"%({m.group(1)})s", text)


def source_strings():
    root = Path(settings.BASE_DIR)
    found = set()
    for directory in SOURCE_DIRS:
        for path in (root / directory).rglob("*"):
            if "migrations" in path.parts or not path.is_file():
                continue
            if path.suffix in (".html", ".txt"):
                text = path.read_text()
                found |= {m.group(2) for m in TEMPLATE_STRING.finditer(text)}
                found |= {_block_msgid(m.group(1), m.group(2)) for m in BLOCK_STRING.finditer(text)}
            elif path.suffix == ".py":
                found |= {m.group(2) for m in PYTHON_STRING.finditer(path.read_text())}
    return found


def test_every_marked_string_is_in_the_catalogue():
    """A string marked for translation but missing from locale/ ships in English:
    run `make messages` and translate it."""
    strings = source_strings()
    assert len(strings) > 100  # the extraction itself works
    known = {e.msgid for e in catalogue("it") if not e.obsolete}
    assert sorted(strings - known) == []


@pytest.mark.parametrize("code", ["ar", "uk"])
def test_languages_with_several_plural_forms_use_them(code):
    """Arabic has six plural forms and Ukrainian three: a plural translated with one
    text copied into every form reads wrong for most numbers."""
    po = catalogue(code)
    copied = [
        e.msgid
        for e in po
        if e.msgid_plural and not e.obsolete and len(set(e.msgstr_plural.values())) == 1
    ]
    assert copied == []
