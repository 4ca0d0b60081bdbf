from home.models import FEEDBACK_REASONS


def feedback(request):
    """The reasons offered by the "Was this page clear?" form at the foot of every page."""
    return {"feedback_reasons": FEEDBACK_REASONS}
