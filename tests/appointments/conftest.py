from datetime import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale

from services.hours import ROME
from services.models import ServicePage

# A Monday morning: the .Meet hub takes appointments on Tuesday and Thursday afternoons
# and Thursday and Friday mornings; Tuesday 8 December is a public holiday.
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=ROME)


@pytest.fixture
def frozen():
    with time_machine.travel(MONDAY, tick=False) as traveller:
        yield traveller


@pytest.fixture
def legal(demo):
    """The .Meet legal desk (walk-in or by appointment, the hub's hours)."""
    return ServicePage.objects.get(locale__language_code="it", slug="sportello-legale")


def version(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def form_url(page, code="it"):
    return version(page, code).url + "request/"


def valid(**overrides):
    data = {
        "name": "Fatima Zahra",
        "contact_by": "phone",
        "phone": "333 123 4567",
        "email": "",
        "preferred_language": "ar",
        "other_language": "",
        "slots": ["2026-11-24T15:30", "2026-11-26T09:30"],
        "message": "Ho bisogno di rinnovare il permesso di soggiorno.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def run_ready_tasks(only=None) -> int:
    """What `manage.py db_worker` does for each task that is due, in this transaction
    (only those of one task function, when given)."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="database",
        startup_delay=False,
        max_tasks=None,
        worker_id="tests",
        excluded_queue_names=[],
    )
    ran = 0
    due = DBTaskResult.objects.ready().filter(backend_name="database")
    if only is not None:
        due = due.filter(task_path=only.module_path)
    while task := due.first():
        task.claim("tests")
        worker.run_task(task)
        ran += 1
    return ran


def user_in(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user
