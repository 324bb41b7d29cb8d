"""Dates: resolve a date expression against the article's date with dateparser.

Only the date span is parsed, never the whole text. Without an article date a relative
expression ("on Thursday", "this week") stays unresolved: it is never guessed from today.
"""

from __future__ import annotations

import functools
import re
import warnings
from datetime import date, datetime, timedelta

LEADING = re.compile(r"^(since|on|from|until|by|in|during|early|late|mid|last|the|of)\s+", re.IGNORECASE)
RELATIVE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"this|last|next|ago|week|weekend|morning|evening|night|day)\b", re.IGNORECASE)
HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# durations and vague spans are not dates ("four weeks", "the past two days", "the day"), nor is a
# span counted from another event ("a day later", "two weeks before"), which the article date cannot place
NOT_DATES = re.compile(r"^(the day|the night|(the )?(past|last|next|coming|first) \w+ (days?|weeks?|months?|hours?)|"
                       r"(the )?(\w+|\d+) (days?|weeks?|months?|years?|hours?)( (later|earlier|after|before))?)$",
                       re.IGNORECASE)


@functools.cache
def _parser():  # imported lazily: dateparser is slow to import
    import dateparser

    return dateparser


MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_ONLY = re.compile(r"^(?:the\s+)?(?:end|beginning|start|middle)?\s*(?:of\s+)?([a-z]+)\.?(?:\s+(\d{4}))?$", re.IGNORECASE)
YEAR_ONLY = re.compile(r"^(?:the\s+)?(?:year\s+)?(1[89]\d\d|20\d\d)$")


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ONLY = re.compile(r"^(?:(?:on|early|late|by|until|since)\s+)?(last\s+)?(" + "|".join(WEEKDAYS) + r")('s)?(\s+(morning|afternoon|evening|night))?$",
                          re.IGNORECASE)


def _paper_day(article_date: str) -> date | None:
    """The article's own day, or None when its date is no ISO date."""
    try:
        return datetime.fromisoformat(article_date).date()
    except ValueError:
        return None


def _weekday(expr: str, article_date: str) -> str | None:
    """"Friday" in a Friday's paper is that day; otherwise the latest such day before it ("last
    Friday" always a week or less before)."""
    m = WEEKDAY_ONLY.match(expr)
    base = _paper_day(article_date) if m is not None else None
    if m is None or base is None:
        return None
    back = (base.weekday() - WEEKDAYS.index(m.group(2).lower())) % 7
    if back == 0 and m.group(1):
        back = 7
    return (base - timedelta(days=back)).isoformat()


# "Sunday 12", "on Monday the 13th": a weekday and a day of the month, with no month named
WEEKDAY_AND_DAY = re.compile(r"^(?:(?:on|early|late|by|until|since)\s+)?(" + "|".join(WEEKDAYS) +
                             r"),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$", re.IGNORECASE)


def _weekday_and_day(expr: str, article_date: str) -> str | None:
    """"Sunday 12" in a paper of 13 June: the 12th of the paper's month, or of the month before when
    that day is still to come; the weekday must be that date's (else the words name no day here)."""
    m = WEEKDAY_AND_DAY.match(expr)
    base = _paper_day(article_date) if m is not None else None
    if m is None or base is None:
        return None
    day, year, month = int(m.group(2)), base.year, base.month
    if day > base.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if found.weekday() == WEEKDAYS.index(m.group(1).lower()) else None


WEEKDAY_OF_WEEK = re.compile(r"^(?:(?:on|early|late)\s+)?(" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
                             r",?\s+(?:of\s+)?(this|last)\s+week$", re.IGNORECASE)


def _weekday_of_week(expr: str, article_date: str) -> str | None:
    """"Tuesday this week" in a Thursday's paper is two days before it; "Tuesday last week" the
    Tuesday of the week before (weeks start on Monday). A day of this week after the paper's is
    not a date it can report."""
    m = WEEKDAY_OF_WEEK.match(expr)
    base = _paper_day(article_date) if m is not None else None
    if m is None or base is None:
        return None
    monday = base - timedelta(days=base.weekday())
    if m.group(2).lower() == "last":
        monday -= timedelta(days=7)
    day = monday + timedelta(days=WEEKDAYS.index(m.group(1).lower()))
    return day.isoformat() if day <= base else None


RELATIVE_PERIOD = re.compile(r"^(?:(?:early|late|mid|earlier|later)\s+)?(?:in\s+)?(last|this|next)\s+(month|year)$",
                             re.IGNORECASE)


def _relative_period(expr: str, article_date: str) -> str | None:
    """"last month" -> the month before the article's, "this year" -> its year."""
    m = RELATIVE_PERIOD.match(expr)
    if m is None:
        return None
    y, mo = int(article_date[:4]), int(article_date[5:7])
    step = {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
    if m.group(2).lower() == "year":
        return f"{y + step:04d}"
    mo += step
    y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
    return f"{y:04d}-{mo:02d}"


# "last night's attack" in a Tuesday paper: Monday night; "tonight", "this morning": the paper's day
NIGHT_BEFORE = re.compile(r"^(?:late\s+)?last\s+night(?:['’]s)?$", re.IGNORECASE)
SAME_DAY = re.compile(r"^(?:early\s+|late\s+)?(?:tonight|this\s+(?:morning|afternoon|evening))(?:['’]s)?$", re.IGNORECASE)


def _night_or_same_day(expr: str, article_date: str) -> str | None:
    base = _paper_day(article_date)
    if base is None:
        return None
    if NIGHT_BEFORE.match(expr):
        return (base - timedelta(days=1)).isoformat()
    return base.isoformat() if SAME_DAY.match(expr) else None


TRAILING_JOIN = re.compile(r"[\s,]+(?:and|or|to|through|till|until)$", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)  # a date a corpus repeats is parsed once (dateparser is slow)
def resolve_date(expression: str, article_date: str | None) -> str | None:
    """ISO date for a date expression (or "YYYY-MM" / "YYYY" when the text gives no more), or
    None when it cannot be pinned down."""
    # "Sunday 12 and | Monday 13 June": the model's date span may end on the word that joins the next
    expression = TRAILING_JOIN.sub("", expression.strip())
    expr = expression
    if article_date is not None and len(article_date) >= 7 and (period := _relative_period(expr, article_date)):
        return period
    if not expr or NOT_DATES.match(expr):
        return None
    while (stripped := LEADING.sub("", expr)) != expr:
        expr = stripped
    if (year := YEAR_ONLY.match(expr)) is not None:
        return year.group(1)
    month = MONTH_ONLY.match(expr)
    if month is not None and month.group(1).lower() in MONTHS:
        # "last September", "since late April": a month, in the year before the article if need be
        m = MONTHS[month.group(1).lower()]
        if month.group(2):
            return f"{month.group(2)}-{m:02d}"
        if article_date is None:
            return None
        y, am = int(article_date[:4]), int(article_date[5:7])
        if m > am or (m == am and re.search(r"\blast\b", expression, re.IGNORECASE)):
            y -= 1
        return f"{y}-{m:02d}"
    if article_date is not None and WEEKDAY_AND_DAY.match(expression.strip()):
        return _weekday_and_day(expression.strip(), article_date)
    if article_date is not None and (day := _weekday(expression.strip(), article_date)) is not None:
        return day
    if article_date is not None and (day := _night_or_same_day(expression.strip(), article_date)) is not None:
        return day
    if article_date is not None and WEEKDAY_OF_WEEK.match(expression.strip()):
        return _weekday_of_week(expression.strip(), article_date)
    relative = bool(RELATIVE.search(expression)) or not HAS_YEAR.search(expr)
    if relative and article_date is None:
        return None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if not RELATIVE.search(expression):
        settings["REQUIRE_PARTS"] = ["day", "month"]
    if article_date is not None:
        try:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(article_date)
        except ValueError:
            return None
    if re.search(r"\bthis week\b", expression, re.IGNORECASE) and article_date is not None:
        return article_date
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = _parser().parse(expr, languages=["en"], settings=settings)
        except Exception:  # noqa: BLE001 -- dateparser raises assorted errors on odd strings; unresolved is the answer
            return None
    if parsed is None:
        return None
    if article_date is not None and parsed.date().isoformat() > article_date and not HAS_YEAR.search(expr):
        try:
            parsed = parsed.replace(year=parsed.year - 1)
        except ValueError:
            return None
    return parsed.date().isoformat()
