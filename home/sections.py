"""The home page's sections: need shortcuts, hubs open now, next activities, latest
news, search."""

from django.utils import timezone

from activities import views as activities
from activities.models import ActivityIndexPage
from news.models import NewsPage
from services.models import HubPage, NeedCategory, ServiceIndexPage

LATEST_NEWS = 3
NEXT_ACTIVITIES = 3


def home_sections(home):
    services_index = ServiceIndexPage.objects.child_of(home).live().first()
    now = timezone.now()
    hubs = (
        HubPage.objects.descendant_of(home)
        .live()
        .public()
        .select_related("location")
        .prefetch_related("slots", "closures")
    )
    activity_index = ActivityIndexPage.objects.child_of(home).live().first()
    return {
        "services_index": services_index,
        "activity_index": activity_index,
        "next_activities": activities.upcoming(
            activity_index.activities(with_topics=False), NEXT_ACTIVITIES
        )
        if activity_index
        else [],
        "needs": NeedCategory.objects.all(),
        "hubs": [(hub, hub.schedule().status(now)) for hub in hubs],
        "latest_news": NewsPage.objects.descendant_of(home)
        .live()
        .public()
        .order_by("-date", "-pk")[:LATEST_NEWS],
    }
