"""The OpenAPI 3.1 document of one language's feed: its paths, parameters and answers,
the records described by opendata.schema."""

from opendata.schema import DEFS, ROOT, page_of


def _parameter(name: str, description: str, kind: str = "string", fmt: str | None = None) -> dict:
    schema = {"type": kind, **({"format": fmt} if fmt else {})}
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


PAGING = [
    _parameter("page", "Page number, from 1.", "integer"),
    _parameter("per_page", "Records per page, 1 to 500 (50 if not given).", "integer"),
]
FILTERS = [
    _parameter("search", "Words that must all be in the name or the description."),
    _parameter("taxonomy_term_id", "Only services with this need or audience.", fmt="uuid"),
    _parameter("organization_id", "Only services of this hub or provider.", fmt="uuid"),
    _parameter(
        "modified_after",
        "Only services published on or after this moment (ISO 8601).",
        fmt="date-time",
    ),
]
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
ERROR = {
    "description": "The reason, in the feed's language.",
    "content": {
        "application/json": {
            "schema": {"type": "object", "properties": {"error": {"type": "string"}}}
        }
    },
}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _list(name: str, parameters: list, summary: str) -> dict:
    return {
        "get": {
            "summary": summary,
            "parameters": [*parameters, *PAGING],
            "responses": {
                "200": _json({"$ref": f"#/components/schemas/{name}_page"}, summary),
                "400": ERROR,
                "429": ERROR,
            },
        }
    }


def _one(name: str, summary: str) -> dict:
    return {
        "get": {
            "summary": summary,
            "parameters": [ID],
            "responses": {
                "200": _json({"$ref": f"#/components/schemas/{name}"}, summary),
                "404": ERROR,
            },
        }
    }


def _components() -> dict:
    schemas = {}
    for name, definition in DEFS.items():
        schemas[name] = _rebase(definition)
    for name in ("service", "organization", "service_at_location", "taxonomy", "taxonomy_term"):
        schemas[f"{name}_page"] = _rebase(page_of(name))
    return {"schemas": schemas}


def _rebase(value):
    """$defs references become OpenAPI component references."""
    if isinstance(value, dict):
        return {
            key: (
                item.replace("#/$defs/", "#/components/schemas/")
                if key == "$ref"
                else _rebase(item)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_rebase(item) for item in value]
    return value


def openapi_document(base_url: str) -> dict:
    services = _list(
        "service",
        [
            *FILTERS,
            _parameter("format", "ndjson: every service in full, one per line."),
            _parameter("full", "true: services in full.", "boolean"),
        ],
        "Services",
    )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Sportello: public services for people who have moved here (HSDS 3.1)",
            "version": "3.1",
            "description": "Open Referral HSDS 3.1, read-only, no key. The profile explains "
            "closures, walk-in and appointment hours, virtual desks and per-language feeds.",
        },
        "servers": [{"url": base_url}],
        "paths": {
            "/": {
                "get": {
                    "summary": "The HSDS version and profile",
                    "responses": {"200": _json(ROOT, "About")},
                }
            },
            "/services": services,
            "/services/{id}": _one("service", "One service in full"),
            "/organizations": _list(
                "organization", [_parameter("search", "Words in the name.")], "Organizations"
            ),
            "/organizations/{id}": _one("organization", "One organization, with its services"),
            "/service_at_locations": _list(
                "service_at_location", FILTERS, "Services at their places"
            ),
            "/service_at_locations/{id}": _one("service_at_location", "One service at its place"),
            "/taxonomies": _list("taxonomy", [], "Taxonomies: needs and audiences"),
            "/taxonomies/{id}": _one("taxonomy", "One taxonomy"),
            "/taxonomy_terms": _list(
                "taxonomy_term",
                [_parameter("taxonomy_id", "Only the terms of this taxonomy.", fmt="uuid")],
                "Taxonomy terms",
            ),
            "/taxonomy_terms/{id}": _one("taxonomy_term", "One taxonomy term"),
        },
        "components": _components(),
    }
