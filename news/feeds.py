"""An RSS and an Atom feed per language: each news index serves its own locale."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

FEED_SIZE = 20


class NewsFeed(Feed):
    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.title

    def link(self):
        return self.index.get_url(self.request)

    def description(self):
        return self.index.search_description or self.index.title

    def author_name(self):
        """Who publishes the feed (Atom requires an author): the site's name."""
        site = self.index.get_site()
        return (site.site_name if site else "") or self.index.get_parent().title

    def feed_url(self):
        return self.request.build_absolute_uri()

    @property
    def language(self):
        # An attribute, not a method: Django's Feed reads `self.language` as it is.
        return self.index.locale.language_code

    def items(self):
        return self.index.news()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        """The news item's own date (editors set it), not when the page was published."""
        return timezone.make_aware(datetime.combine(item.date, time(12)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_guid(self, item):
        # The link's own address, on the host the reader asked (as Django makes the link).
        return self.request.build_absolute_uri(item.get_url(self.request))

    item_guid_is_permalink = True


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
