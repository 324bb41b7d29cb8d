"""Parts of the day: which claims give the attack's hour (texts written for these tests; fictional
places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _time_of_day(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2024-02-29") for i, t in enumerate(texts)]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "same time of day" in f.explanation]
    return arts, found


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_a_killing_told_with_its_hour_places_the_attack() -> None:
    arts, found = _time_of_day(
        "A militia killed 43 worshippers inside a mosque in Tel Amra early on Thursday, medics said.",
        "A drone struck the Tel Amra mosque at around 5 am on Thursday, witnesses said.")
    assert len(found) == 1, [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["early on Thursday", "5 am"]


def test_an_articles_other_words_for_the_same_hours_are_shown_too() -> None:
    arts, found = _time_of_day(
        "A drone struck the Tel Amra mosque early Thursday, witnesses said. The drone targeted worshippers "
        "during dawn prayers, a medic said.",
        "A drone struck the Tel Amra mosque at around 5 am on Thursday, witnesses said.")
    assert len(found) == 1, [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["early Thursday", "dawn", "5 am"]


def test_a_part_of_the_day_on_another_weekday_is_another_days_act() -> None:
    _, found = _time_of_day(
        "Soldiers opened fire on the crowd in Tel Amra on Thursday, 2024-02-29. Two more shootings by soldiers "
        "killed eight people on Monday night.",
        "Soldiers opened fire on the crowd in Tel Amra late on Thursday night, medics said.")
    assert not found, [f.explanation for f in found]


def test_an_articles_other_claims_of_that_day_are_shown_when_there_is_room() -> None:
    first = ("Jets bombed the market in Tel Amra on Thursday, killing 30 people. Artillery also shelled the "
             "southern edge of Tel Amra on Thursday, residents said.")
    second = "An air strike hit the market in Tel Amra on Thursday, officials said."
    arts = [Article("a1", first, source="One", date="2024-02-29"), Article("a2", second, source="Two",
                                                                             date="2024-02-29")]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "same day" in f.explanation]
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings]
    assert [e.article for e in found[0].evidence] == ["a1", "a1", "a2"], found[0]
    assert found[0].explanation.startswith("One and Two date the event"), found[0].explanation


def test_a_word_naming_the_incident_gives_its_hour() -> None:
    """"explosions ... on the morning of" and "the predawn incident": the hour of the incident
    itself, told with no attack claim."""
    arts, found = _time_of_day(
        "A drone struck the Tel Amra mosque at around 9 am on Thursday, witnesses said.",
        "Residents told of two explosions in Tel Amra on the morning of February 29.")
    assert len(found) == 1, [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["9 am", "morning"]


@pytest.mark.parametrize("second", [
    pytest.param("That same evening, the general said the offensive on Tel Amra had failed.",
                 id="the-hour-of-the-saying"),
    pytest.param("Residents of Tel Amra still remember the explosions of Monday night.",
                 id="another-weekday-in-an-article-with-no-dated-attack"),
])
def test_guard_a_word_naming_the_incident_with_an_hour_not_its_own(second: str) -> None:
    _, found = _time_of_day("A drone struck the Tel Amra mosque at around 8 pm on Thursday, witnesses said.",
                            second)
    assert not found, [f.explanation for f in found]
