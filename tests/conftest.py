import io

import pytest

from home.demo.loader import load


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content, loaded once into the test database (tests roll back)."""
    with django_db_blocker.unblock():
        load(io.StringIO(), with_admin=False)


@pytest.fixture
def demo(db):
    """Tests that read the demo content ask for it by name."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="it")
