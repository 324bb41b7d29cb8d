"""How long it lasted: voices giving different spans for a multi-day operation contradict."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

RANGE = "The ministry said the army operation in Tel Amra took place from March 23 to 31, killing 40 militants."


def _lasted(*texts: str) -> list[str]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-04-02") for i, t in enumerate(texts, 1)]
    return [f.explanation for f in analyze(arts).findings if f.relation == "contradict"
            and f.explanation.startswith("How long it lasted")]


@pytest.mark.parametrize("other", [
    pytest.param("Rights groups said 40 villagers were killed in a military operation in Tel Amra that began on "
                 "March 27.", id="another-first-day"),
    pytest.param("Rights groups said 40 villagers were killed during a five-day military operation in Tel Amra.",
                 id="another-length"),
    pytest.param("Rights groups said 40 villagers were killed in a military operation in Tel Amra from 27 to 31 "
                 "March.", id="a-range-in-day-month-order"),
])
def test_spans_that_cannot_both_be_true_of_one_operation_contradict(other: str) -> None:
    found = _lasted(RANGE, other)
    assert len(found) == 1 and "Outlet 1" in found[0] and "Outlet 2" in found[0], found


@pytest.mark.parametrize("other", [
    pytest.param("Rights groups said 40 villagers were killed in a military operation in Tel Amra that began on "
                 "March 23.", id="the-same-first-day"),
    pytest.param("Rights groups said 40 villagers were killed during a nine-day military operation in Tel Amra.",
                 id="the-same-length"),
    pytest.param("Rights groups said 40 villagers were killed in Tel Amra, days before a three-day visit by the "
                 "president that began on March 2.", id="a-visit-is-no-act"),
])
def test_guard_spans_that_fit_or_tell_of_no_act_raise_no_conflict(other: str) -> None:
    assert not _lasted(RANGE, other)


def test_guard_a_span_that_began_after_the_other_article_was_published_is_another_operation() -> None:
    first = Article("a1", "Rebels killed 38 civilians in a two-day offensive on Tel Amra, monitors said.",
                    source="Outlet 1", date="2016-11-12")
    second = Article("a2", "The agency said 84 people were killed in fighting near Tel Amra between Nov. 14 and "
                           "Nov. 17.", source="Outlet 2", date="2016-11-18")
    found = [f for f in analyze([first, second]).findings if f.explanation.startswith("How long it lasted")]
    assert not found, [f.explanation for f in found]


def test_the_words_that_are_no_length_of_an_act() -> None:
    from counterpoint.align.duration import LENGTH
    assert not LENGTH.search("in the last 15 days of fighting")  # a period, not how long an act lasted
    assert LENGTH.search("the offensive lasted nine days").group("n2") == "nine"


@pytest.mark.parametrize("words, first, days", [
    pytest.param("from March 23 to 31", "2022-03-23", 9, id="one-month"),
    pytest.param("from March 30 to April 2", "2022-03-30", 4, id="across-months"),
    pytest.param("from 12 to 14 June 2014", "2014-06-12", 3, id="a-year-written"),
    pytest.param("from December 28 to January 2", "2021-12-28", 6, id="across-the-new-year-told-in-january"),
    pytest.param("from March 31 to 23", None, None, id="an-end-before-the-start-is-no-span"),
])
def test_a_span_of_dates_is_read_against_the_article_s_date(words: str, first: str | None, days: int | None) -> None:
    import datetime

    from counterpoint.align.duration import RANGE, _range
    m = RANGE.search(f"the operation took place {words}, officials said")
    start, end = _range(m, datetime.date(2022, 1, 5) if "December" in words else datetime.date(2022, 4, 2))
    assert (start.isoformat() if start else None) == first
    assert ((end - start).days + 1 if start and end else None) == days


@pytest.mark.parametrize("other", [
    pytest.param("Officials said 40 people died in Tel Amra before a ceasefire began on March 27.",
                 id="a-ceasefire-began"),
    pytest.param("The army offensive in Tel Amra killed 40 militants and the curfew that followed lasted six days.",
                 id="a-curfew-lasted"),
    pytest.param("Unions called a three-day general strike after the shelling of Tel Amra killed 40 people.",
                 id="a-general-strike"),
    pytest.param("The shelling of Tel Amra killed 40 people and caused a three-day fire at the depot.",
                 id="a-fire"),
    pytest.param("Rights groups said the 40 villagers were killed by soldiers sometime between March 4 and March "
                 "30.", id="a-window-between-two-days"),
])
def test_guard_a_span_of_something_else_than_the_act_raises_no_conflict(other: str) -> None:
    assert not _lasted(RANGE, other)


def test_a_twenty_five_day_offensive_is_twenty_five_days() -> None:
    assert not _lasted("The ministry said the twenty-five-day army offensive in Tel Amra killed 40 militants.",
                       "Rights groups said 40 villagers were killed during a 25-day army offensive in Tel Amra.")


@pytest.mark.parametrize("text", [
    pytest.param("The assault on Tel Amra, which began on March 3, killed 40 villagers, officials said.",
                 id="a-relative-clause-goes-on-from-its-noun"),
    pytest.param("The rebel offensive, officials said, began on March 3 and killed 40 villagers in Tel Amra.",
                 id="over-an-aside"),
    pytest.param("The offensive by rebels and allied militias on Tel Amra began on March 3, killing 40 villagers.",
                 id="over-a-participle-after-and"),
])
def test_a_first_day_whose_act_is_named_before_a_comma_is_read(text: str) -> None:
    found = _lasted(text, "Rights groups said 40 villagers were killed in an army offensive on Tel Amra that began "
                          "on March 7.")
    assert len(found) == 1, found


def test_a_leap_day_moved_across_the_new_year_is_no_span_and_no_crash() -> None:
    arts = [Article("a1", "Rebels killed 40 civilians in Tel Amra in an offensive from December 28 to February 29, "
                          "officials said.", source="One", date="2024-11-15"),
            Article("a2", "The offensive on Tel Amra began on March 7, officials said.", source="Two",
                    date="2024-11-15")]
    assert [f for f in analyze(arts).findings if f.explanation.startswith("How long")] == []


def test_the_same_length_in_two_articles_agrees() -> None:
    first = Article("a1", "A rebel spokesman said a two-day battle raged on the outskirts of Tel Amra and the army "
                          "lost dozens of men.", source="Outlet 1", date="2024-07-29")
    second = Article("a2", "Rebels said they had killed dozens of soldiers in two days of fighting near Tel Amra.",
                     source="Outlet 2", date="2024-07-29")
    found = [f for f in analyze([first, second]).findings
             if f.relation == "agree" and f.explanation.startswith("How long it lasted")]
    assert len(found) == 1, [f.explanation for f in analyze([first, second]).findings]
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}
    assert "2 days" in found[0].explanation


def test_guard_a_period_of_fighting_is_no_length() -> None:
    from counterpoint.align.duration import LENGTH
    assert not LENGTH.search("in the past three days of fighting")
    assert LENGTH.search("after three days of fighting")


@pytest.mark.parametrize(("second", "agree"), [
    pytest.param("Rebels said 40 soldiers were killed near Tel Amra in two days of heavy fighting.", True,
                 id="an-adjective-before-the-act"),
    pytest.param("Rebels said 40 soldiers were killed near Tel Amra in two days of skirmishes.", True,
                 id="a-clash-word"),
    pytest.param("Rebels said 40 soldiers were killed near Tel Amra in two days of artillery and airstrikes.", True,
                 id="two-acts-joined-by-and"),
    pytest.param("Rebels said 40 soldiers were killed near Tel Amra during two days of general strikes.", False,
                 id="a-plural-of-an-act-that-is-no-attack"),
    pytest.param("Rebels said 40 soldiers were killed near Tel Amra after five days of calm before fighting "
                 "resumed.", False, id="days-of-another-thing-before-the-act"),
    pytest.param("Rebels said 40 soldiers were killed near Tel Amra, where two days of storms had cut the roads.",
                 False, id="storms-are-no-act"),
    pytest.param("Rebels said 40 soldiers were killed near Tel Amra within two days of taking the town.", False,
                 id="within-days-of"),
    pytest.param("Rebels said 40 soldiers were killed near Tel Amra during the final two days of fighting.", False,
                 id="guard-the-final-days-of"),
])
def test_days_of_an_act_name_its_length(second: str, agree: bool) -> None:
    first = Article("a1", "A two-day assault on Tel Amra killed 40 rebels, the army said.", source="Outlet 1",
                    date="2024-07-29")
    found = [f for f in analyze([first, Article("a2", second, source="Outlet 2", date="2024-07-29")]).findings
             if f.explanation.startswith("How long it lasted")]
    assert bool([f for f in found if f.relation == "agree"]) is agree, [f.explanation for f in found]
    assert not [f for f in found if f.relation == "contradict"], [f.explanation for f in found]
