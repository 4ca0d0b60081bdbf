"""CSV cells that a spreadsheet will not run: the one helper every export uses."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """No spreadsheet formulas: cells starting with = + - @ (or a tab/CR) get a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in FORMULA_STARTS else text
