"""Date expressions resolved against the article's date (pure: no model)."""

from __future__ import annotations

import pytest

from counterpoint.extract.dates import resolve_date
from counterpoint.extract.scope import period

FRIDAY = "2022-04-08"  # a Friday


@pytest.mark.parametrize(("expression", "expected"), [
    pytest.param("Friday", FRIDAY, id="same-weekday-is-today"),
    pytest.param("on Friday", FRIDAY, id="on-same-weekday"),
    pytest.param("late Friday night", FRIDAY, id="weekday-night"),
    pytest.param("Thursday", "2022-04-07", id="day-before"),
    pytest.param("on Saturday", "2022-04-02", id="weekday-after-goes-back"),
    pytest.param("last Friday", "2022-04-01", id="last-same-weekday-is-a-week-back"),
    pytest.param("Sunday's", "2022-04-03", id="possessive"),
    pytest.param("Sunday 3 and", "2022-04-03", id="a-span-ending-on-the-word-that-joins-the-next-date"),
    pytest.param("on Friday, April 8", FRIDAY, id="weekday-with-date"),
    pytest.param("April 3, 2022", "2022-04-03", id="full-date"),
    pytest.param("last September", "2021-09", id="month-in-the-year-before"),
    pytest.param("1988", "1988", id="year"),
    pytest.param("four weeks", None, id="duration-is-not-a-date"),
    pytest.param("A day later", None, id="a-span-counted-from-another-event-is-not-a-date"),
    pytest.param("two weeks before", None, id="a-span-before-another-event-is-not-a-date"),
    pytest.param("two days ago", "2022-04-06", id="a-span-counted-back-from-the-article-is"),
    pytest.param("late last month", "2022-03", id="last-month"),
    pytest.param("last year", "2021", id="last-year"),
    pytest.param("Tuesday this week", "2022-04-05", id="weekday-this-week"),
    pytest.param("on Tuesday this week", "2022-04-05", id="on-weekday-this-week"),
    pytest.param("Tuesday last week", "2022-03-29", id="weekday-last-week"),
    pytest.param("Saturday this week", None, id="later-day-this-week-is-no-report"),
    pytest.param("Thursday 7", "2022-04-07", id="weekday-and-day-of-the-papers-month"),
    pytest.param("on Sunday 3", "2022-04-03", id="on-weekday-and-day"),
    pytest.param("Tuesday the 29th", "2022-03-29", id="a-day-still-to-come-is-the-month-before"),
    pytest.param("Friday 7", None, id="a-weekday-that-is-not-the-days-names-no-day"),
])
def test_resolve_date(expression: str, expected: str | None) -> None:
    assert resolve_date(expression, FRIDAY) == expected


def test_relative_dates_need_an_article_date() -> None:
    assert resolve_date("on Friday", None) is None
    assert resolve_date("April 3, 2022", None) == "2022-04-03"


@pytest.mark.parametrize(("resolved", "first", "last"), [
    ("2022-04-08", "2022-04-08", "2022-04-08"),
    ("2022-02", "2022-02-01", "2022-02-28"),
    ("2020-02", "2020-02-01", "2020-02-29"),
    ("2021-12", "2021-12-01", "2021-12-31"),
    ("1988", "1988-01-01", "1988-12-31"),
])
def test_period_of_a_resolved_date(resolved: str, first: str, last: str) -> None:
    span = period(resolved)
    assert span is not None
    assert (span[0].isoformat(), span[1].isoformat()) == (first, last)


def test_a_weekday_of_this_or_last_week_with_of() -> None:
    assert resolve_date("Tuesday of this week", FRIDAY) == "2022-04-05"
    assert resolve_date("Tuesday of last week", FRIDAY) == "2022-03-29"
