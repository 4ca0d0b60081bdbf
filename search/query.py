"""What a finder is asked and what it answers, shared by the embedded and the
Elasticsearch engines and by the view: a Query (words, language, facet filters, page)
and a Result (the hits of that page, the total, facet counts and, when a word was
corrected, a suggestion)."""

from dataclasses import dataclass, field, replace

from core.languages import SOURCE_LANGUAGE
from services.access import SlotKind

PAGE_SIZE = 10
FACETS = ("need", "audience", "access", "open", "city", "lang")
ACCESS_VALUES = tuple(SlotKind.values)
# Fewer matches than this in the resident's language: Italian pages follow.
MIN_RESULTS = 5


@dataclass(frozen=True)
class Query:
    text: str = ""
    language: str = SOURCE_LANGUAGE
    need: str = ""
    audience: str = ""
    access: str = ""  # a SlotKind: services reached both ways match either
    open: bool = False
    city: str = ""
    lang: str = ""  # a language of help (SpokenLanguage code)
    page: int = 1

    def filters(self) -> dict:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}

    def without(self, name) -> "Query":
        return replace(self, **{name: False if name == "open" else ""}, page=1)


@dataclass
class Hit:
    page_id: int
    language: str
    in_source_language: bool  # an Italian page shown because no translation exists
    score: float = 0.0


@dataclass
class Result:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # facet -> value -> count
    suggestion: str = ""  # a corrected query, when a word was not found as typed
    page: int = 1

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


class FinderUnavailable(Exception):
    """The configured search server did not answer; the embedded index can."""
