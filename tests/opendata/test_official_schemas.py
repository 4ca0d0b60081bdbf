"""The feed against the official HSDS 3.1 schemas of openreferral/specification
(schema/compiled/*.json and, for taxonomies, schema/*.json).

The specification's repository is on GitHub, which this project's CI cannot reach, and
its files are not copied into this repository (issue 21). Point HSDS_SPECIFICATION at a
checkout of its 3.1 state to run these tests, e.g.:

    git clone -b 3.1-dev https://github.com/openreferral/specification /tmp/hsds-spec
    HSDS_SPECIFICATION=/tmp/hsds-spec .venv/bin/pytest tests/opendata/test_official_schemas.py
"""

import json
import os
from pathlib import Path

import pytest
from jsonschema import FormatChecker
from jsonschema.validators import validator_for
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

pytestmark = pytest.mark.django_db
SPECIFICATION = os.environ.get("HSDS_SPECIFICATION", "")


@pytest.fixture(scope="module")
def official():
    if not SPECIFICATION:
        pytest.skip(
            "HSDS_SPECIFICATION is not set: the official schemas live on GitHub, which CI "
            "cannot reach (see this module's docstring for a local run)"
        )
    folder = Path(SPECIFICATION) / "schema"
    schemas = {
        path.relative_to(folder).as_posix(): json.loads(path.read_text())
        for path in folder.rglob("*.json")
    }
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT202012))
        for name, schema in schemas.items()
    )

    def check(data, name):
        schema = schemas[name]
        validator = validator_for(schema, default=validator_for({}))(
            schema, registry=registry, format_checker=FormatChecker()
        )
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, (name, errors[:5])

    return check


def get(client, url):
    return json.loads(client.get(url).content)


@pytest.mark.parametrize("language", ["it", "en", "ar"])
def test_every_record_validates_against_the_official_schemas(client, demo, official, language):
    base = f"/{language}/api/hsds/"
    checks = [
        ("services", "compiled/service_list.json", "compiled/service.json"),
        ("organizations", "compiled/organization_list.json", "compiled/organization.json"),
        (
            "service_at_locations",
            "compiled/service_at_location_list.json",
            "compiled/service_at_location.json",
        ),
        ("taxonomies", "taxonomy.json", "taxonomy.json"),
        ("taxonomy_terms", "taxonomy_term.json", "taxonomy_term.json"),
    ]
    for path, listed, whole in checks:
        page = get(client, f"{base}{path}?per_page=500")
        assert page["contents"]
        for item in page["contents"]:
            official(item, listed)
            official(get(client, f"{base}{path}/{item['id']}"), whole)
    for service in get(client, f"{base}services?full=true&per_page=500")["contents"]:
        official(service, "compiled/service.json")
