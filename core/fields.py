from django.db import models


def optional_link(to: str, verbose_name, **options) -> models.ForeignKey:
    """An optional reference (to a page, snippet or image) that empties when its
    target is deleted, with no reverse accessor."""
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        **options,
    )
