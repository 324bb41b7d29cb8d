"""Dates: resolve a date expression against the article's date with dateparser.

Only the date span is parsed, never the whole text. Without an article date a relative
expression ("on Thursday", "this week") stays unresolved: it is never guessed from today.
"""

from __future__ import annotations

import functools
import re
import warnings
from datetime import datetime

LEADING = re.compile(r"^(since|on|from|until|by|in|during|early|late|last|this|the|of)\s+", re.I)
RELATIVE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"this|last|next|ago|week|weekend|morning|evening|night|day)\b", re.I)
HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NOT_DATES = re.compile(r"^(the day|the past \w+ days?|\d+ (days?|weeks?|months?|years?))$", re.I)


@functools.cache
def _parser():  # imported lazily: dateparser is slow to import
    import dateparser

    return dateparser


def resolve_date(expression: str, article_date: str | None) -> str | None:
    """ISO date for a date expression, or None when it cannot be pinned down."""
    expr = expression.strip()
    if not expr or NOT_DATES.match(expr):
        return None
    while (stripped := LEADING.sub("", expr)) != expr:
        expr = stripped
    relative = bool(RELATIVE.search(expression)) or not HAS_YEAR.search(expr)
    if relative and article_date is None:
        return None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
                                   "RETURN_AS_TIMEZONE_AWARE": False}
    if article_date is not None:
        try:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(article_date)
        except ValueError:
            return None
    if re.search(r"\bthis week\b", expression, re.I) and article_date is not None:
        return article_date
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = _parser().parse(expr, languages=["en"], settings=settings)
        except Exception:  # dateparser raises assorted errors on odd strings; unresolved is the answer
            return None
    if parsed is None:
        return None
    if article_date is not None and parsed.date().isoformat() > article_date and not HAS_YEAR.search(expr):
        try:
            parsed = parsed.replace(year=parsed.year - 1)
        except ValueError:
            return None
    return parsed.date().isoformat()
