"""One page of a long list, from the `page` query parameter."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def page_of(items, request, size: int):
    """The page `?page=N` asks for: the first for a word, the last for a number past it."""
    paginator = Paginator(items, size)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
