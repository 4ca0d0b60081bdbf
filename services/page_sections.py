"""Sections that other apps add to hub pages, without services importing them.

A provider registered here is called with the page and the request and returns a
dict for the template (its "template" key names the partial to include), or None to
add nothing. Activities registers the hub's next activities from its AppConfig.ready.
"""

_providers: dict[str, list] = {}


def register(kind: str, provider) -> None:
    """`provider(page, request)` -> {"template": ..., ...} or None, for pages of `kind`."""
    providers = _providers.setdefault(kind, [])
    if provider not in providers:
        providers.append(provider)


def sections(kind: str, page, request) -> list[dict]:
    found = (provider(page, request) for provider in _providers.get(kind, []))
    return [section for section in found if section]
