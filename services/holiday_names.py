"""Names of Italian public holidays in the reader's language.

The `holidays` package names Italy's holidays in English and Italian only; these are
its English names, translated in our catalogues. A name missing here (a province's
patron saint not listed) is shown as the package gives it.
"""

from django.utils.translation import gettext, gettext_noop

NAMES = [
    gettext_noop("New Year's Day"),
    gettext_noop("Epiphany"),
    gettext_noop("Easter Sunday"),
    gettext_noop("Easter Monday"),
    gettext_noop("Liberation Day"),
    gettext_noop("Labor Day"),
    gettext_noop("Republic Day"),
    gettext_noop("Assumption Of Mary Day"),
    gettext_noop("Saint Francis of Assisi, Patron Saint of Italy"),
    gettext_noop("All Saints' Day"),
    gettext_noop("National Unity Day"),
    gettext_noop("Immaculate Conception"),
    gettext_noop("Christmas Day"),
    gettext_noop("Saint Stephen's Day"),
    # Patron saints of the demo hubs' provinces: Cuneo, Alessandria, Asti.
    gettext_noop("Saint Michael the Archangel's Day"),
    gettext_noop("Saint Baudolino's Day"),
    gettext_noop("Saint Secundus of Asti's Day"),
]
KNOWN = set(NAMES)


def holiday_label(name: str | None) -> str:
    """ "Immaculate Conception" -> "Immacolata Concezione" in Italian; two holidays on
    one day ("All Saints' Day; National Unity Day") are both named."""
    if not name:
        return ""
    parts = [part.strip() for part in name.split(";")]
    return ", ".join(gettext(part) if part in KNOWN else part for part in parts)
