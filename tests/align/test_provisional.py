"""The toll may rise: articles saying the count is not final agree (texts written for these
tests; fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _rising(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2017-01-17") for i, t in enumerate(texts)]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("The toll may rise")]
    return arts, found


def test_articles_saying_the_toll_may_rise_agree_with_the_words_a_reader_checks() -> None:
    arts, found = _rising(
        "Jets bombed the camp in Tel Amra on Tuesday. Medics saw 50 dead and expected the death toll to rise.",
        "The air strike on the camp in Tel Amra on Tuesday killed 70 people, and the figure was expected to rise.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence]
    assert shown == ["expected the death toll to rise", "figure was expected to rise"], shown


def test_casualty_figures_said_not_final_agree_that_the_toll_may_rise() -> None:
    arts, found = _rising(
        "Jets bombed the camp in Tel Amra on Tuesday, killing 50 people. The casualty figures were not final, medics "
        "said.",
        "The air strike on the camp in Tel Amra on Tuesday killed 70 people, and the figure was expected to rise.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence]
    assert shown[0] == "casualty figures were not final", shown


@pytest.mark.parametrize("first", [
    pytest.param("Jets bombed the camp in Tel Amra on Tuesday, killing 50 people, and tensions are expected to rise.",
                 id="tensions"),
    pytest.param("Jets bombed the camp in Tel Amra on Tuesday, killing 50 people, and the number of displaced is "
                 "expected to rise.", id="the-number-of-displaced"),
    pytest.param("Jets bombed the camp in Tel Amra on Tuesday, killing 50 people; the toll is not expected to rise.",
                 id="negated"),
    pytest.param("Jets bombed the camp in Tel Amra on Tuesday, killing 50 people; the plans are not final.",
                 id="not-final-said-of-no-toll"),
    pytest.param("Jets bombed the camp in Tel Amra on Tuesday, killing 50 people; the death toll is final and the "
                 "truce is not final.", id="not-final-said-of-another-subject"),
    pytest.param("Jets bombed the camp in Tel Amra on Tuesday, killing 50 people. The tally of destroyed homes was "
                 "not yet final.", id="a-tally-of-other-things"),
])
def test_rising_words_not_said_of_a_rising_toll_agree_on_nothing(first: str) -> None:
    _, found = _rising(
        first, "The air strike on the camp in Tel Amra on Tuesday killed 70 people, and the figure was expected to rise.")
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize("first", [
    pytest.param("Jets bombed the camp in Tel Amra on Tuesday. The death toll, which is not final, stood at 50.",
                 id="in-the-tolls-relative-clause"),
    pytest.param("Jets bombed the camp in Tel Amra on Tuesday. The death toll stood at 50 and was expected to rise.",
                 id="and-with-no-subject-of-its-own"),
])
def test_rising_words_said_of_the_toll_across_a_relative_clause_or_and_agree(first: str) -> None:
    _, found = _rising(
        first, "The air strike on the camp in Tel Amra on Tuesday killed 70 people, and the figure was expected to rise.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]


def test_the_shown_words_start_at_the_toll_phrase() -> None:
    arts, found = _rising(
        "Jets bombed the camp in Tel Amra on Tuesday, killing 50 people, and the death toll is expected to rise.",
        "The air strike on the camp in Tel Amra on Tuesday killed 70 people, and the figure was expected to rise.")
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence]
    assert shown[0] == "death toll is expected to rise", shown


def test_a_toll_its_article_calls_still_growing_is_no_rival_to_a_higher_one() -> None:
    first = ("As many as 20 people were killed in the shelling of Tel Amra, the police chief said on Saturday. "
             "\"As many as 20 bodies have been received by the morgue. The figure is growing,\" he said.")
    second = "At least 30 civilians were killed in the shelling of Tel Amra on Saturday, the city's mayor said."
    arts = [Article("a1", first, source="Wire One", date="2015-01-24"),
            Article("a2", second, source="Wire Two", date="2015-01-24")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict"]
    assert not found, [f.explanation for f in found]


def test_guard_a_toll_with_no_word_of_growth_still_contradicts_a_higher_one() -> None:
    first = "As many as 20 people were killed in the shelling of Tel Amra, the police chief said on Saturday."
    second = "At least 30 civilians were killed in the shelling of Tel Amra on Saturday, the city's mayor said."
    arts = [Article("a1", first, source="Wire One", date="2015-01-24"),
            Article("a2", second, source="Wire Two", date="2015-01-24")]
    assert [f for f in analyze(arts).findings if f.relation == "contradict"]


def test_guard_a_still_growing_toll_from_one_side_is_a_rival_to_the_other_sides_far_higher_one() -> None:
    first = ("Twenty people were killed in the shelling of Tel Amra on Saturday, the rebel health office said. "
             "\"The figure is growing,\" it said.")
    second = "The army said 400 civilians were killed in the shelling of Tel Amra on Saturday."
    arts = [Article("a1", first, source="Wire One", date="2015-01-24"),
            Article("a2", second, source="Wire Two", date="2015-01-24")]
    assert [f for f in analyze(arts).findings if f.relation == "contradict"], \
        [f.explanation for f in analyze(arts).findings]
