"""The JSON Schema Sportello's HSDS feed is checked against: written for this project
from the HSDS 3.1 field reference (object and field names, types, required fields,
enumerations), stricter than the specification where our profile is (no field outside
HSDS, `attending_type` one of two values). The tests validate every response with it;
the OpenAPI document reuses it. Not a copy of the specification's schema files."""

UUID = {"type": "string", "format": "uuid"}
TEXT = {"type": "string"}
URI = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date"}
TIME = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d$"}


def record(required: list[str], properties: dict) -> dict:
    return {
        "type": "object",
        "required": ["id", *required],
        "properties": {"id": UUID, **properties},
        "additionalProperties": False,
    }


def many(name: str) -> dict:
    return {"type": "array", "items": {"$ref": f"#/$defs/{name}"}}


DEFS = {
    "address": record(
        ["address_1", "city", "state_province", "postal_code", "country", "address_type"],
        {
            "location_id": UUID,
            "address_1": TEXT,
            "address_2": TEXT,
            "city": TEXT,
            "region": TEXT,
            "state_province": TEXT,
            "postal_code": TEXT,
            "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
            "address_type": {"enum": ["physical", "postal", "virtual"]},
        },
    ),
    "location": record(
        ["location_type"],
        {
            "location_type": {"enum": ["physical", "postal", "virtual"]},
            "url": URI,
            "organization_id": UUID,
            "name": TEXT,
            "description": TEXT,
            "latitude": {"type": "number", "minimum": -90, "maximum": 90},
            "longitude": {"type": "number", "minimum": -180, "maximum": 180},
            "addresses": many("address"),
        },
    ),
    "phone": record(
        ["number"],
        {
            "service_id": UUID,
            "organization_id": UUID,
            "number": TEXT,
            "type": {"enum": ["text", "voice", "fax", "cell", "video", "pager", "textphone"]},
            "description": TEXT,
        },
    ),
    "contact": record(
        [],
        {
            "service_id": UUID,
            "name": TEXT,
            "title": TEXT,
            "email": {"type": "string", "format": "email"},
        },
    ),
    "language": record(
        [],
        {
            "service_id": UUID,
            "name": TEXT,
            "code": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"},
            "note": TEXT,
        },
    ),
    "schedule": record(
        [],
        {
            "service_id": UUID,
            "location_id": UUID,
            "service_at_location_id": UUID,
            "valid_from": DATE,
            "valid_to": DATE,
            "freq": {"enum": ["WEEKLY", "MONTHLY"]},
            "wkst": {"enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]},
            "byday": {
                "type": "string",
                "pattern": "^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$",
            },
            "opens_at": TIME,
            "closes_at": TIME,
            "description": TEXT,
            "schedule_link": URI,
            "attending_type": {"enum": ["walk-in", "by appointment"]},
            "notes": TEXT,
        },
    ),
    "taxonomy": record(
        ["name", "description"], {"name": TEXT, "description": TEXT, "uri": URI, "version": TEXT}
    ),
    "taxonomy_term": record(
        ["name", "description"],
        {
            "code": TEXT,
            "name": TEXT,
            "description": TEXT,
            "parent_id": UUID,
            "taxonomy": TEXT,
            "language": TEXT,
            "taxonomy_id": UUID,
            "term_uri": URI,
        },
    ),
    "attribute": record(
        ["taxonomy_term_id"],
        {
            "link_id": UUID,
            "link_type": TEXT,
            "link_entity": {"enum": ["service", "organization", "location", "service_at_location"]},
            "taxonomy_term_id": UUID,
            "taxonomy_term": {"$ref": "#/$defs/taxonomy_term"},
            "value": TEXT,
            "label": TEXT,
        },
    ),
    "organization": record(
        ["name", "description"],
        {
            "name": TEXT,
            "description": TEXT,
            "email": {"type": "string", "format": "email"},
            "website": URI,
            "phones": many("phone"),
            "locations": many("location"),
            "services": many("service"),
        },
    ),
    "service_at_location": record(
        [],
        {
            "service_id": UUID,
            "location_id": UUID,
            "description": TEXT,
            "location": {"$ref": "#/$defs/location"},
            "service": {"$ref": "#/$defs/service"},
            "schedules": many("schedule"),
            "phones": many("phone"),
        },
    ),
    "service": record(
        ["name", "status"],
        {
            "organization_id": UUID,
            "name": TEXT,
            "description": TEXT,
            "url": URI,
            "email": {"type": "string", "format": "email"},
            "status": {"enum": ["active", "inactive", "defunct", "temporarily closed"]},
            "fees_description": TEXT,
            "assured_date": DATE,
            "last_modified": {"type": "string", "format": "date-time"},
            "phones": many("phone"),
            "contacts": many("contact"),
            "schedules": many("schedule"),
            "languages": many("language"),
            "service_at_locations": many("service_at_location"),
            "attributes": many("attribute"),
            "organization": {"$ref": "#/$defs/organization"},
        },
    ),
}


def page_of(name: str) -> dict:
    """The specification's Page: every list answer, its records under `contents`."""
    return {
        "type": "object",
        "required": [
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents",
        ],
        "properties": {
            "total_items": {"type": "integer", "minimum": 0},
            "total_pages": {"type": "integer", "minimum": 1},
            "page_number": {"type": "integer", "minimum": 1},
            "size": {"type": "integer", "minimum": 0},
            "first_page": {"type": "boolean"},
            "last_page": {"type": "boolean"},
            "empty": {"type": "boolean"},
            "contents": many(name),
        },
        "additionalProperties": False,
    }


ROOT = {
    "type": "object",
    "required": ["version", "profile", "openapi_url"],
    "properties": {
        "version": {"const": "3.1"},
        "profile": URI,
        "openapi_url": URI,
        "language": TEXT,
        "endpoints": {"type": "array", "items": URI},
    },
    "additionalProperties": False,
}


def schema_for(name: str, listing: bool = False) -> dict:
    """A whole schema (with its $defs) for one record, or for a page of them."""
    main = page_of(name) if listing else {"$ref": f"#/$defs/{name}"}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **main, "$defs": DEFS}
