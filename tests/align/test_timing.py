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


def test_a_24_hour_clock_time_places_the_attack() -> None:
    arts, found = _time_of_day(
        "The strike on the college building in Tel Amra was carried out exactly at midnight on January 1, the "
        "ministry said.",
        "The strike on the college building in Tel Amra was carried out at exactly 00:01, the channel said.")
    assert len(found) == 1, [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["midnight", "00:01"]


def test_a_24_hour_clock_time_and_one_with_pm_give_the_same_time() -> None:
    arts, found = _time_of_day("Rockets hit the market in Tel Amra at around 13:30 on Monday, officials said.",
                               "Rockets hit the market in Tel Amra at 1:20 pm on Monday, residents said.")
    clock = [f for f in analyze(arts).findings if "give the same time of day" in f.explanation]
    assert len(clock) == 1 and "about 13:30" in clock[0].explanation, [f.explanation for f in clock]


def test_two_24_hour_clock_times_are_told_once_as_clock_times() -> None:
    arts, found = _time_of_day("Rockets hit the market in Tel Amra at around 13:30 on Monday, officials said.",
                               "Rockets hit the market in Tel Amra at 13:40 on Monday, residents said.")
    clock = [f for f in analyze(arts).findings if "give the same time of day" in f.explanation]
    parts = [f for f in found if "place the attack at the same time of day" in f.explanation]
    assert len(clock) == 1 and not parts, ([f.explanation for f in clock], [f.explanation for f in parts])


def test_a_24_hour_clock_time_anchors_the_parts_of_the_day_it_falls_in() -> None:
    """A clock time is the anchor: "the afternoon" fits 13:30, and 17:50 is another time."""
    arts, found = _time_of_day("Rockets hit the market in Tel Amra in the afternoon on Monday, officials said.",
                               "Rockets hit the market in Tel Amra at around 13:30 on Monday, residents said.",
                               "Rockets hit the market in Tel Amra at 17:50 on Monday, medics said.")
    parts = [f for f in found if "place the attack at the same time of day" in f.explanation]
    assert len(parts) == 1 and {e.article for e in parts[0].evidence} == {"a1", "a2"}, [f.explanation for f in parts]


def test_an_hour_a_12_hour_clock_has_is_read_with_its_part_of_the_day() -> None:
    """"at 7:30 on Monday evening" is the evening's 7:30, which "7:30 pm" bears out."""
    arts, found = _time_of_day("A rocket hit the market in Tel Amra at 7:30 on Monday evening, officials said.",
                               "Shells hit the market in Tel Amra at 7:30 pm on Monday, residents said.")
    assert len(found) == 1 and "evening" in found[0].explanation, [f.explanation for f in found]


@pytest.mark.parametrize("first", [
    pytest.param("Shells hit the market in Tel Amra at 19:20 GMT on Monday, officials said.", id="not-local-time"),
])
def test_guard_a_time_that_may_be_another_hour_gives_no_24_hour_clock_time(first: str) -> None:
    arts = [Article("a1", first, source="Outlet 1", date="2024-02-29"),
            Article("a2", "Shells hit the market in Tel Amra at 7:30 pm on Monday, residents said.", source="Outlet 2",
                    date="2024-02-29")]
    clock = [f for f in analyze(arts).findings if "give the same time of day" in f.explanation]
    assert not clock, [f.explanation for f in clock]


def test_guard_a_number_pair_with_no_word_of_time_before_it_is_no_clock_time() -> None:
    arts, found = _time_of_day("Rockets hit the church in Tel Amra on Monday as the priest read John 14:27, officials "
                               "said.",
                               "Rockets hit the church in Tel Amra at 2:30 pm on Monday, residents said.")
    assert not found, [f.explanation for f in found]


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


def _same_day(*texts: str, date: str = "2024-02-29"):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date=date) for i, t in enumerate(texts)]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "same day" in f.explanation]
    return arts, found


def test_a_word_naming_the_incident_dates_it_in_its_sentence() -> None:
    """"the site of the incident in Tel Amra on February 27": the incident's day, told with no
    attack claim; a long dated lead is shown by its date's words."""
    lead = ("A military airstrike that killed at least 26 children and wounded at least 19 more in or near a "
            "crowded school bus stopped in the busy market of Tel Amra, in the north of the country, on "
            "February 27, 2024, is an apparent war crime and should be investigated, a rights group said today.")
    arts, found = _same_day(lead, "Witnesses who were close to the site of the incident in Tel Amra on "
                                  "February 27 tell a different story.")
    assert len(found) == 1, [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["February 27, 2024", "February 27"]


@pytest.mark.parametrize("second", [
    pytest.param("The UN chief, on Tuesday, condemned the air strikes on Tel Amra.", id="time-before-a-verb-of-saying"),
    pytest.param("The army spokesman said Tuesday that the airstrike on Tel Amra hit fighters.",
                 id="saying-right-before-the-time"),
    pytest.param("Residents of Tel Amra still remember the explosion, with a curfew in force since Tuesday.",
                 id="since"),
    pytest.param("ARDAN, Feb 27 (Northern Wire) - Residents of Tel Amra still remember the explosion.",
                 id="a-wire-dateline"),
])
def test_guard_a_day_that_is_not_the_incidents(second: str) -> None:
    _, found = _same_day("An air strike hit the market in Tel Amra on Tuesday, February 27, killing 12 people.",
                         second)
    assert not found, [f.explanation for f in found]


def test_a_verb_of_saying_before_the_incident_word_keeps_a_later_day() -> None:
    _, found = _same_day("An air strike hit the market in Tel Amra on Tuesday, killing 12 people.",
                         "The strike, which the army blamed on rebels, came on Tuesday in Tel Amra.")
    assert len(found) == 1, [f.explanation for f in found]


@pytest.mark.parametrize(("first", "second"), [
    pytest.param(("Strike\nThe airstrike on Tuesday last week destroyed the school.", "2024-03-14"),
                 ("Strike\nThe airstrike on the Tel Amra school on March 12 destroyed the building.", "2024-03-13"),
                 id="last-week-is-read-whole"),
    pytest.param(("Strike\nAn airstrike hit Tel Amra on Thursday. The airstrike killed 12 people, the ministry said "
                  "in a statement on Friday.", "2024-03-16"),
                 ("Strike\nAn airstrike on Friday killed 12 people in Tel Amra, medics said.", "2024-03-16"),
                 id="the-day-of-a-statement-later-in-the-clause"),
    pytest.param(("Strike\nAn airstrike killed 12 people in Tel Amra on Tuesday. The airstrike came hours after a "
                  "rebel ambush on an army convoy on Monday night.", "2024-03-13"),
                 ("Strike\nThe airstrike on Tel Amra late on Monday night killed 12 people.", "2024-03-13"),
                 id="after-another-event"),
    pytest.param(("Blast\nTEL AMRA, Karsenia, March 14 (Northern Wire) - The bombing of the bus station killed 9 "
                  "people, police said.", "2024-03-14"),
                 ("Blast\nTEL AMRA, Karsenia, March 14 (Eastern Wire) - The bombing of the Tel Amra bus station "
                  "killed 9 people, police said.", "2024-03-14"), id="a-dateline-with-a-country"),
])
def test_guard_days_that_do_not_date_the_incident(first, second) -> None:
    arts = [Article("a1", first[0], source="One", date=first[1]), Article("a2", second[0], source="Two", date=second[1])]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "same day" in f.explanation]
    assert not found, [f.explanation for f in found]


def test_guard_a_time_of_day_in_an_earlier_events_sentence() -> None:
    _, found = _time_of_day(
        "Strike\nAn airstrike killed 12 people in Tel Amra on Thursday. The airstrike was the second in the area "
        "since a raid at dawn on February 2.",
        "Strike\nThe airstrike on Tel Amra at dawn on Thursday killed 12 people.")
    assert not found, [f.explanation for f in found]


def test_a_group_named_like_a_state_tells_no_statement() -> None:
    """"an Islamic State car bombing": "State" is no verb of saying."""
    _, found = _same_day(
        "Blast\nResidents said the market was crowded. Early on Tuesday morning, an Islamic State car bombing tore "
        "through the Tel Amra market, killing 9 people.",
        "Blast\nThe car bombing at the Tel Amra market on Tuesday morning killed 9 people, police said.",
        date="2024-03-13")
    assert found, "no date agreement"


@pytest.mark.parametrize("second", [
    pytest.param("Residents of Tel Amra heard the explosion before dawn on Tuesday and rushed to the market.",
                 id="before-dawn"),
    pytest.param("Residents of Tel Amra heard the explosion minutes after the call to prayer on Tuesday morning.",
                 id="minutes-after"),
])
def test_a_time_just_before_or_after_is_the_incidents(second: str) -> None:
    arts = [Article("a1", "Karsen jets struck a market in Tel Amra early on Tuesday, killing 12 people, medics said.",
                    source="One", date="2024-03-14"), Article("a2", second, source="Two", date="2024-03-14")]
    found = [f for f in analyze(arts).findings if f.relation == "agree"
             and ("time of day" in f.explanation or "same day" in f.explanation)]
    assert found, [f.explanation for f in analyze(arts).findings]


def _dated_alike(arts):
    return [f for f in analyze(arts).findings if f.relation == "agree" and "date the event to the same day" in f.explanation]


def test_an_undated_article_joins_the_day_of_its_weekday() -> None:
    arts = [Article("a1", "Shells hit the Korvel camp for displaced people on Friday morning, killing 9 people.",
                    source="Outlet 1"),
            Article("a2", "Two shells hit the Korvel camp on Friday, killing 12 people.", source="Outlet 2",
                    date="2024-05-04"),
            Article("a3", "Shells struck the Korvel camp on Friday, killing at least 12.", source="Outlet 3",
                    date="2024-05-05")]
    found = _dated_alike(arts)
    assert len(found) == 1, [f.explanation for f in found]
    assert [e.article for e in found[0].evidence] == ["a1", "a2", "a3"]
    assert arts[0].text[found[0].evidence[0].start:found[0].evidence[0].end] == "Friday"
    assert "2024-05-03 (Outlet 1, undated, gives its weekday)" in found[0].explanation


@pytest.mark.parametrize("undated", [
    pytest.param("Shells hit the Korvel camp on Tuesday, killing 9 people.", id="another-weekday"),
    pytest.param("Shells hit the Korvel camp last Friday, killing 9 people.", id="last-friday"),
    pytest.param("Last Friday, shells hit the Korvel camp, killing 9 people.", id="last-friday-opening"),
])
def test_guard_an_undated_weekday_that_is_not_the_day_joins_nothing(undated: str) -> None:
    arts = [Article("a1", undated, source="Outlet 1"),
            Article("a2", "Two shells hit the Korvel camp on Friday, killing 12 people.", source="Outlet 2",
                    date="2024-05-04"),
            Article("a3", "Shells struck the Korvel camp on Friday, killing at least 12.", source="Outlet 3",
                    date="2024-05-05")]
    found = _dated_alike(arts)
    assert [sorted({e.article for e in f.evidence}) for f in found] == [["a2", "a3"]], [f.explanation for f in found]


def test_a_rejection_dates_the_act_it_answers_when_nothing_else_in_its_article_does() -> None:
    arts = [Article("a1", "Militants attacked the army base in Korvel on Friday morning, killing 57 soldiers.",
                    source="Outlet 1", date="2017-01-27"),
            Article("a2", "The army denied claims that scores died after militants attacked its base in Korvel on "
                          "Friday morning.", source="Outlet 2", date="2017-01-28")]
    found = _dated_alike(arts)
    assert [sorted({e.article for e in f.evidence}) for f in found] == [["a1", "a2"]], [f.explanation for f in found]
    assert "2017-01-27" in found[0].explanation


def test_deaths_told_with_the_day_of_the_blasts_date_the_act_from_the_lead() -> None:
    """The lead tells the dead and the day ("killed in blasts on Friday"); a later quotation's
    "(Friday)" is not where a reader looks for the date."""
    arts = [Article("a1", "At least nine people were killed in blasts on Friday in the Korvel camp, local sources "
                          "said. \"We condemn the attack (Friday) on the camp,\" a spokesman said.",
                    source="Outlet 1", date="2024-05-04"),
            Article("a2", "Two shells hit the Korvel camp on Friday, killing 12 people.", source="Outlet 2",
                    date="2024-05-04")]
    found = _dated_alike(arts)
    assert len(found) == 1, [f.explanation for f in found]
    first = found[0].evidence[0]
    shown = arts[0].text[first.start:first.end]
    assert first.article == "a1" and "killed in blasts on Friday" in shown, shown


def test_guard_the_dead_since_a_day_date_no_act() -> None:
    arts = [Article("a1", "Rebels took the town of Korvel on Wednesday. Eleven fighters had been killed since Monday, "
                          "a commander said.", source="Outlet 1", date="2024-03-14"),
            Article("a2", "The army said the rebels had used the hills south of Korvel for attacks since Monday.",
                    source="Outlet 2", date="2024-03-14")]
    found = _dated_alike(arts)
    assert not any("2024-03-11" in f.explanation for f in found), [f.explanation for f in found]


def test_guard_a_later_death_dates_no_act() -> None:
    """"One of them died on Sunday" after an attack on Friday: Sunday is no day of the act."""
    text = ("Gunmen attacked a checkpoint in Korvel on Friday, killing three soldiers. One of the wounded died of his "
            "injuries on Sunday.")
    arts = [Article("a1", text, source="Outlet 1", date="2024-05-06"), Article("a2", text, source="Outlet 2",
                                                                            date="2024-05-06")]
    found = _dated_alike(arts)
    assert [f.explanation for f in found if "2024-05-05" in f.explanation] == [], [f.explanation for f in found]


def test_the_dead_date_the_act_where_an_attack_claim_gives_only_a_month() -> None:
    """"attacked the town twice this month" dates no day: the dead "on Tuesday" still do."""
    arts = [Article("a1", "Twelve people were killed in a market in Korvel on Tuesday, police said. Militants attacked "
                          "the town twice this month.", source="Outlet 1", date="2024-06-13"),
            Article("a2", "Twelve people were killed in a market in Korvel on Tuesday, the mayor said.",
                    source="Outlet 2", date="2024-06-13")]
    found = _dated_alike(arts)
    assert [sorted({e.article for e in f.evidence}) for f in found] == [["a1", "a2"]], [f.explanation for f in found]
