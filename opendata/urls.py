"""/<lang>/api/hsds/...: the specification's paths, with or without a trailing slash."""

from django.urls import re_path

from opendata import views

app_name = "hsds"
ID = r"(?P<id>[0-9a-fA-F-]{36})"


def both(path: str, view, name: str):
    return re_path(rf"^{path}/?$", view, name=name)


urlpatterns = [
    re_path(r"^$", views.root, name="root"),
    both("services", views.service_list, "services"),
    both(f"services/{ID}", views.service_detail, "service"),
    both("organizations", views.organization_list, "organizations"),
    both(f"organizations/{ID}", views.organization_detail, "organization"),
    both("service_at_locations", views.service_at_location_list, "service_at_locations"),
    both(f"service_at_locations/{ID}", views.service_at_location_detail, "service_at_location"),
    both("taxonomies", views.taxonomy_list, "taxonomies"),
    both(f"taxonomies/{ID}", views.taxonomy_detail, "taxonomy"),
    both("taxonomy_terms", views.taxonomy_term_list, "taxonomy_terms"),
    both(f"taxonomy_terms/{ID}", views.taxonomy_term_detail, "taxonomy_term"),
    re_path(r"^openapi\.json$", views.openapi, name="openapi"),
    re_path(r"^profile/?$", views.profile, name="profile"),
]
