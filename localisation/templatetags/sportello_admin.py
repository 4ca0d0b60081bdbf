"""Admin-only template tags: the translation editor as translators should see it."""

import json

from django import template

from localisation import review
from localisation import status as translation_status

register = template.Library()


@register.simple_tag(takes_context=True)
def translator_editor(context):
    """What the translation editor shows a person who may not publish this page.

    Returns the editor's props without "Convert to alias page" (it discards the
    translation; only people who may publish may do it, after confirming), and what
    the "Submit for review" bar needs. For people who may publish, the props as they are.
    """
    instance = context["instance"]
    translation = context["translation"]
    perms = context.get("page_perms")
    props = json.loads(context["props"])
    if perms is None or (perms.can_publish() and instance.alias_of_id is None):
        return {"props": context["props"], "translator": False}
    props["links"]["convertToAliasUrl"] = None
    state = instance.current_workflow_state
    return {
        "props": json.dumps(props),
        "translator": not perms.can_publish(),
        "submit_url": review.submit_url(instance),
        "refresh_url": review.refresh_url(instance),
        "in_review": instance.workflow_in_progress,
        "changes_requested": state is not None and state.status == state.STATUS_NEEDS_CHANGES,
        "comment": review.last_comment(state),
        "source_changed": translation_status.source_text_changed(translation.source),
    }
