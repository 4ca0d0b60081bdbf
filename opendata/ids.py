"""HSDS identifiers: UUIDs, the same in every language's feed and from one export to the
next. Pages and organisations have one already (their translation key); everything else
gets a name-based UUID (RFC 4122 version 5) from what it is, never from a row number
that differs between the copies of each language."""

import uuid

# Sportello's namespace for version-5 UUIDs. Never change it: every id would change.
NAMESPACE = uuid.UUID("6f4c6d1e-2b7a-5c1d-9e0f-53706f727465")


def named(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))
