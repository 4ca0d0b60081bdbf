"""What one request remembers: answers that cannot change in a way that matters while
a single page is being served (the locales, the site's view restrictions), looked up
once instead of each time a template or Wagtail asks.

`RequestMemo` (a middleware) opens the memo for a request and closes it. Outside a
request (commands, tasks, tests calling models directly) nothing is remembered and
every lookup goes to the database as before. A lookup that fails is not remembered.
Some answers are remembered only while reading (GET and HEAD), where nothing the
request does can change them: `remember(..., reading_only=True)`.
"""

from contextvars import ContextVar

_memo: ContextVar[dict | None] = ContextVar("sportello_request_memo", default=None)
_READING = "__reading__"


def remember(key, compute, *, reading_only: bool = False):
    """`compute()`, once per request under `key`; called each time outside a request."""
    memo = _memo.get()
    if memo is None or (reading_only and not memo[_READING]):
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


class RequestMemo:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({_READING: request.method in ("GET", "HEAD")})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
