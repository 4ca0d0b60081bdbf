from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import LocaleSitemap
from offline import views as offline_views
from search import views as search_views

urlpatterns = [
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # At the root, so that the worker's scope is the whole site.
    path("sw.js", offline_views.service_worker, name="service_worker"),
    path("sitemap.xml", home_views.sitemap_index, name="sitemap_index"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Language-neutral links (the door poster's QR code): the page in the phone's language.
    path("", include("cards.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything a resident reads carries its language: /it/..., /ar/...; "/" redirects to
# the best match for Accept-Language (LocaleMiddleware), else Italian.
urlpatterns += i18n_patterns(
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocaleSitemap}}, name="sitemap"),
    path("page-feedback/", home_views.page_feedback, name="page_feedback"),
    path("search/", search_views.search, name="search"),
    path("offline/", offline_views.offline_page, name="offline"),
    path("manifest.webmanifest", offline_views.manifest, name="manifest"),
    # Open data: the services as an Open Referral HSDS 3.1 feed (docs/hsds-profile.md).
    path("api/hsds/", include("opendata.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
