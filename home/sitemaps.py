from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap


class LocaleSitemap(Sitemap):
    """The live pages of the visitor's language tree, without aliases.

    An alias shows the Italian text under another prefix: its canonical page is the
    Italian one, so it is left out of every sitemap.
    """

    def items(self):
        home = self.get_wagtail_site().root_page.localized
        if home.locale.language_code != translation.get_language():
            return home.get_descendants(inclusive=True).none()
        return (
            home.get_descendants(inclusive=True)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
