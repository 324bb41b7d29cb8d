"""Scope: which claims tell of the incident and which of its background (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import extract_only
from counterpoint.records import Article

pytestmark = pytest.mark.model

LEAD = "An air strike hit the market in Beit Sahra on Tuesday, killing 12 civilians, medics said. "


@pytest.mark.parametrize(("sentence", "scope"), [
    pytest.param("The war has killed more than 400,000 people.", "background", id="war-as-subject"),
    pytest.param("More than 400,000 people have been killed in the war.", "background", id="in-the-war"),
    pytest.param("Last month, a similar strike on Kfar Tala killed 22 people.", "background", id="similar-strike"),
    pytest.param("Since the start of the year, 900 civilians have been killed in the province.", "background",
                 id="since-the-start"),
    pytest.param("In 2016, an air strike on the same market killed 40 people.", "background", id="earlier-year"),
    pytest.param("Over the past two years, 300 people were killed in the district.", "background", id="past-years"),
    pytest.param("The day has its origins in a somber day in 1988 when bombers killed hundreds in the town.",
                 "background", id="a-year-inside-a-longer-date"),
    pytest.param("Clashes followed deadly air strikes in 2016 by the army near the border, which local "
                 "authorities said killed eight civilians.", "background", id="relative-clause-of-an-earlier-event"),
    pytest.param("More than 3,000 civilians are estimated to have been killed since then by security forces.",
                 "background", id="since-then"),
    pytest.param("Over 6,500 civilians have been killed since 2020, rights groups say.", "background",
                 id="since-a-year"),
    pytest.param("More than 2,000 civilians have been killed by the security forces since the coup, a monitoring "
                 "group says.", "background", id="since-an-era"),
    pytest.param("Some 9,000 people have been displaced since the 2019 invasion, the agency said.", "background",
                 id="since-an-era-with-its-year"),
    pytest.param("The strike, the deadliest since the coup, killed 12 people.", "incident", id="deadliest-since-an-era"),
    pytest.param("Security forces killed 12 protesters on Tuesday, more than on any day since the coup.", "incident",
                 id="more-than-any-day-since-an-era"),
    pytest.param("Shelling killed 12 civilians on Tuesday, breaking months of relative calm since the ceasefire.",
                 "incident", id="a-state-since-an-era"),
    pytest.param("The fighting has turned into a civil war that has killed at least 40,000 people, the agency "
                 "said.", "background", id="a-war-that-has-killed"),
    pytest.param("Medics said an air strike killed 12 civilians in the town on Tuesday, escalating a civil war that "
                 "has killed 40,000 people.", "incident", id="the-strikes-toll-beside-a-wars-tally"),
    pytest.param("The deaths occurred in the village of Tel Amra, in a region that has been gripped by separatist "
                 "violence since October 2017.", "incident", id="since-in-a-clause-about-the-region"),
    pytest.param("Thousands have fled since the offensive, which began in March 2020.",
                 "background", id="a-clause-dating-the-campaign-dates-the-background"),
    pytest.param("The deaths occurred in the village of Tel Amra, in one of two regions that have been gripped by "
                 "separatist violence since October 2017.", "incident", id="since-in-a-clause-about-counted-regions"),
    pytest.param("The strike killed 12 people at a school that has housed families since 2019.", "incident",
                 id="since-in-a-clause-about-the-school"),
    pytest.param("The deaths occurred in Tel Amra, a village that has been held by rebels since 2019.", "incident",
                 id="since-in-a-clause-about-who-holds-the-village"),
    pytest.param("People displaced since 2017 number 700,000.", "background", id="a-clause-dating-the-harm"),
    pytest.param("Rescuers said 15 people were wounded in the strike.", "incident", id="same-strike"),
    pytest.param("The strike violated the Geneva Conventions of 1949, the group said.", "incident",
                 id="a-named-treaty-is-no-date"),
    pytest.param("Residents of the war-torn town said 15 people were wounded.", "incident", id="war-torn"),
    pytest.param("The strike, the deadliest this year, killed 12 people.", "incident", id="deadliest-this-year"),
    pytest.param("The rebels have committed more than 2,000 ceasefire violations this year, killing 44 civilians.",
                 "background", id="a-tally-of-this-year"),
    pytest.param("The strike killed 14 people, the deadliest attack on the town this year.", "incident",
                 id="the-deadliest-this-year-after-the-toll"),
    pytest.param("An air strike hit the market in Beit Sahra on March 3 this year, killing 12 civilians.", "incident",
                 id="this-year-in-a-date"),
    pytest.param("This year, the strike on the market killed 12 people.", "incident",
                 id="this-year-fronted-on-a-past-act"),
    pytest.param("More than 300 civilians have been killed in the province this year.", "background",
                 id="this-year-on-a-present-perfect"),
    pytest.param("By Tuesday more than 300 civilians had been killed in the province this year.", "incident",
                 id="this-year-on-a-past-perfect"),
    pytest.param("Troops destroyed four tanks that the rebels had seized from an army depot last year.", "incident",
                 id="last-year-in-a-clause-about-the-tanks"),
    pytest.param("Last year, a strike on the same market killed 22 people.", "background", id="last-year-dates-the-act"),
    pytest.param("The army said it destroyed a depot which rebels had used since last year.", "incident",
                 id="since-last-year-in-a-clause-about-the-depot"),
    pytest.param("A UN report published last year counted 10,000 civilians killed in the province.",
                 "background", id="a-report-published-last-year"),
    pytest.param("The army said it destroyed 5 tanks seized by rebels last year.", "incident",
                 id="a-shortened-clause-about-the-tanks"),
    pytest.param("The strike killed 14 people, the deadliest attack on the town so far this year.", "incident",
                 id="the-deadliest-so-far-this-year"),
    pytest.param("Last year the two armies accused each other of shelling a school in Varna, killing 9 people.",
                 "background", id="a-fronted-time-hung-on-the-claims-verb"),
    pytest.param("In a similar strike, the army shelled a school in Varna, killing 9 people.",
                 "background", id="a-fronted-frame-hung-on-the-claims-verb"),
    pytest.param("On Tuesday the army also shelled a school in Varna, killing 9 people.",
                 "incident", id="a-fronted-day-of-the-incident"),
    pytest.param("In January 2016, the group said it had killed more than 100 soldiers in Varna.",
                 "background", id="a-fronted-date-on-the-verb-of-saying-dates-what-was-said"),
    pytest.param("Last year, the army said the group killed 40 people in Varna.",
                 "background", id="a-fronted-time-on-the-verb-of-saying"),
    pytest.param("On Tuesday, the group said it had killed more than 100 soldiers in Varna.",
                 "incident", id="guard-a-fronted-day-of-the-incident-on-the-verb-of-saying"),
    pytest.param("Unlike in 2016, the army said the strike hit only militants.", "incident",
                 id="guard-a-year-named-to-compare"),
    pytest.param("As in 2019, the ministry said the strike killed 14 people.", "incident",
                 id="guard-a-year-named-to-liken"),
    pytest.param("The strike was part of an offensive that marked an escalation in the country's long civil war.",
                 "incident", id="a-noun-placed-in-the-war"),
    pytest.param("Civilian casualties in the war exceed 10,000.", "background", id="casualties-in-the-war"),
    pytest.param("A research centre puts the death toll from the six-year conflict at more than 470,000 people.",
                 "background", id="the-toll-from-the-conflict"),
    pytest.param("The toll from the strike rose to 15, medics said.", "incident", id="the-toll-from-the-strike"),
    pytest.param("Nine soldiers were killed after militants struck their camp - in a similar attack as at Varna "
                 "last January.", "incident", id="an-act-likened-to-an-earlier-one"),
    pytest.param("It was a similar strike to the one that killed 40 people in the town last year.", "background",
                 id="a-likeness-with-the-earlier-acts-figure"),
    pytest.param("Officials maintain that the group orchestrates deadly attacks on civilians from its bases "
                 "across the border.", "background", id="acts-in-the-present-simple-are-a-habit"),
    pytest.param("Officials said the jets conduct strikes in Varna, killing 9 people.", "incident",
                 id="guard-a-present-that-counts-the-dead-tells-the-incident"),
    pytest.param("Witnesses say jets launch airstrikes on the Shaboura camp in Varna.", "incident",
                 id="guard-a-present-naming-the-place-struck-tells-the-incident"),
    pytest.param("Russian forces continue their attacks on Varna, the governor says.", "incident",
                 id="guard-continuing-attacks-on-a-named-town"),
    pytest.param("Officials maintain that the group orchestrates attacks on civilians in Karsenia from its bases.",
                 "background", id="a-habit-in-a-named-country-is-still-a-habit"),
    pytest.param("Last month, an air strike hit a theatre in Varna where families sheltered; officials said as many "
                 "as 300 people died there.", "background", id="a-month-before-the-leads-day-and-its-later-clause"),
    pytest.param("On Tuesday, a second missile hit the station in Varna, and officials said 20 people died there.",
                 "incident", id="guard-a-fronted-day-of-the-incident-and-its-later-clause"),
    pytest.param("In 2019, the UN recorded 1,200 civilian deaths in the province, and medics said 45 people died in "
                 "the market strike.", "mixed", id="guard-a-fronted-year-and-a-clause-of-the-incident"),
    pytest.param("He recalled that a Grad-M fired by the rebels from the same area on 14 January hit the centre of "
                 "Varna, killing 20 civilians.", "background", id="a-clause-sharing-an-earlier-acts-subject"),
])
def test_claim_scope(sentence: str, scope: str) -> None:
    article = Article("a1", LEAD + sentence, source="Karsen Wire", date="2021-03-05")
    claims = extract_only([article])[0].claims
    offset = len(LEAD)
    mine = [c for c in claims if c.start >= offset - 1]
    assert mine, [(c.text, c.scope) for c in claims]
    if scope == "mixed":  # the date's clause is background, the incident's clause after it is not
        assert [c.scope for c in mine][-1] == "incident", [(c.text, c.scope) for c in claims]
        return
    assert {c.scope for c in mine} == {scope}, [(c.text, c.scope) for c in claims]
    lead = [c for c in claims if c.end <= offset]
    assert lead and all(c.scope == "incident" for c in lead)


def test_denial_of_responsibility_is_a_denied_claim() -> None:
    article = Article("a1", LEAD + "The defence ministry denied responsibility.", source="Karsen Wire",
                      date="2021-03-05")
    claims = extract_only([article])[0].claims
    denied = [c for c in claims if c.stance == "denied"]
    assert denied and "denied responsibility" in denied[0].text, [(c.text, c.stance) for c in claims]


def test_a_follow_up_tells_of_the_day_its_lead_dates_the_incident_to() -> None:
    """Weeks later, a report whose lead dates the strike ("on March 2") keeps that strike as its
    incident; and it is compared with the coverage of that day."""
    from counterpoint.pipeline import analyze

    follow = Article("a2", "Rights group blames army for market strike\n\n"
                     "A rights group said on Monday that an army jet carried out the air strike on the "
                     "market in Beit Sahra on March 2, which killed 12 civilians.\n\n"
                     "The strike on March 2 hit the market at noon, the group said.",
                     source="Post", date="2021-04-12")
    claims = extract_only([follow])[0].claims
    dated = [c for c in claims if c.event and c.event.date == "2021-03-02"]
    assert dated and all(c.scope == "incident" for c in dated), [(c.text, c.scope) for c in claims]
    first = Article("a1", "An air strike hit the market in Beit Sahra on Tuesday, killing 12 civilians, "
                    "medics said.", source="Karsen Wire", date="2021-03-02")
    an = analyze([first, follow])
    assert [f for f in an.findings if f.relation == "agree" and {e.article for e in f.evidence} == {"a1", "a2"}], \
        [(f.relation, f.explanation) for f in an.findings]


def test_a_follow_up_whose_lead_says_last_month_keeps_that_months_strike_as_its_incident() -> None:
    follow = Article("a2", "Inquiry blames jet for market strike\n\n"
                     "An air strike on the market in Beit Sahra last month that killed 12 civilians lacked "
                     "military justification, an inquiry said on Monday.\n\n"
                     "The strike on March 2 hit the market at noon, the inquiry said.",
                     source="Post", date="2021-04-12")
    claims = extract_only([follow])[0].claims
    dated = [c for c in claims if c.event and c.event.date == "2021-03-02"]
    assert dated and all(c.scope == "incident" for c in dated), [(c.text, c.scope, c.event) for c in claims]


@pytest.mark.parametrize("under_headline", [
    pytest.param("This news release has been updated to reflect an army statement on April 11 that the attack was "
                 "carried out due to mistakes.", id="a-note-on-the-article-dated-the-day-before"),
])
def test_a_follow_up_s_lead_is_read_past_what_stands_under_its_headline(under_headline: str) -> None:
    """Weeks later, a report whose lead dates the strike keeps that strike as its incident, even
    when a note on the article (its dates are the update's) stands between the headline and the
    lead."""
    follow = Article("a2", "Market Bombing Apparent War Crime\n\n" + under_headline + "\n\n"
                     "(Karsen) - An army air strike that killed 12 civilians in the market of Beit Sahra on "
                     "March 2, 2021, is an apparent war crime, the rights group said today.\n\n"
                     "Witnesses described the strike at length.",
                     source="Rights Group", date="2021-04-12")
    claims = extract_only([follow])[0].claims
    dated = [c for c in claims if c.event and c.event.date == "2021-03-02"]
    assert dated and all(c.scope == "incident" for c in dated), [(c.text, c.scope, c.event) for c in claims]


def test_guard_an_earlier_strike_in_the_second_paragraph_stays_background() -> None:
    """The lead is the headline and the first paragraph: a dated earlier strike told right after
    it does not become the incident."""
    article = Article("a1", "Air strike kills 12 in Tel Amra market\n\n"
                      "An air strike on the crowded market in Tel Amra killed 12 people, local officials said.\n\n"
                      "On March 3, an air strike on the same market killed 40 people.",
                      source="Wire", date="2024-05-01")
    claims = extract_only([article])[0].claims
    earlier = [c for c in claims if "March 3" in c.text]
    assert earlier and all(c.scope == "background" for c in earlier), [(c.text, c.scope) for c in claims]


WAR_SENTENCES = [
    "The region has been gripped by separatist violence since October 2017. ",
    "The deaths occurred in Tel Amra, in a region that has been gripped by violence since October 2017. ",
]


@pytest.mark.parametrize("war", WAR_SENTENCES, ids=["about-the-war", "about-the-incident-naming-the-wars-start"])
@pytest.mark.parametrize(("total", "scope"), [
    pytest.param("More than 3,000 people have died and 700,000 have fled their homes.", "background",
                 id="a-running-total-in-the-articles-voice-is-the-wars"),
    pytest.param("At least 20 people have been killed, the ministry said.", "incident",
                 id="a-voices-toll-stays-the-incidents"),
    pytest.param("At least 20 people have been killed in the strike.", "incident",
                 id="a-toll-of-the-strike-stays-the-incidents"),
])
def test_a_total_right_after_a_sentence_about_the_war(war: str, total: str, scope: str) -> None:
    article = Article("a1", LEAD + war + total, source="Karsen Wire", date="2021-03-05")
    claims = extract_only([article])[0].claims
    mine = [c for c in claims if c.start >= len(LEAD + war) - 1]
    assert mine and {c.scope for c in mine} == {scope}, [(c.text, c.scope) for c in claims]


@pytest.mark.parametrize(("before", "total"), [
    pytest.param("Occupation forces stormed the camp in Tel Amra. ", "At least 12 people have been killed.",
                 id="a-war-noun-in-a-name-is-no-sentence-about-the-war"),
    pytest.param("The region has been gripped by violence since 2017. ",
                 "At least 20 people have been killed, according to the health ministry.",
                 id="a-toll-according-to-a-voice"),
])
def test_a_total_after_a_sentence_that_is_not_about_the_war_stays_the_incidents(before: str, total: str) -> None:
    article = Article("a1", LEAD + before + total, source="Karsen Wire", date="2021-03-05")
    claims = extract_only([article])[0].claims
    mine = [c for c in claims if c.start >= len(LEAD + before) - 1]
    assert mine and {c.scope for c in mine} == {"incident"}, [(c.text, c.scope) for c in claims]


def test_a_clause_dating_a_count_of_the_dead_keeps_its_date() -> None:
    article = Article("a1", LEAD + "Those killed since the offensive began in March 2019 number more than 10,000.",
                      source="Karsen Wire", date="2021-03-05")
    claims = extract_only([article])[0].claims
    mine = [c for c in claims if c.start >= len(LEAD) - 1]
    assert mine and {c.scope for c in mine} == {"background"}, [(c.text, c.scope) for c in claims]


def test_a_weekday_of_this_week_dates_the_event_told() -> None:
    """"the airstrike on Tuesday this week" in a Thursday paper: that Tuesday; the Thursday the
    spokesman spoke dates no strike."""
    article = Article("a1", "Army admits market strike\n\n"
                      "The army spokesman said Thursday that a military airstrike on the market in Tel Amra "
                      "killed 12 people.\n\n"
                      "The spokesman said on Thursday that the airstrike on Tuesday this week hit fighters.",
                      source="Karsen Wire", date="2021-06-24")
    claims = [c for c in extract_only([article])[0].claims if c.event]
    assert claims and all(c.event.date != "2021-06-24" for c in claims), [(c.text, c.event.date) for c in claims]
    assert any(c.event.date == "2021-06-22" for c in claims), [(c.text, c.event.date) for c in claims]


def test_guard_a_date_of_the_event_told_by_a_speaker_still_dates_it() -> None:
    article = Article("a1", "Strike hits market\n\n"
                      "An air strike on Thursday killed 12 people in the market of Tel Amra, officials said.",
                      source="Karsen Wire", date="2021-06-24")
    claims = [c for c in extract_only([article])[0].claims if c.event]
    assert any(c.event.date == "2021-06-24" for c in claims), [(c.text, c.event.date) for c in claims]


def test_the_day_a_statement_was_made_does_not_date_the_rejection_it_carries() -> None:
    """The whole sentence is the claim when the speaker rejects something in it: "said Thursday"
    still dates the saying."""
    article = Article("a1", "Karsenia strike on Tel Amra market targeted rebels: army\n\n"
                      "Karsenia’s army spokesman said Thursday that a military airstrike on a market in the "
                      "country’s war-torn Amra region targeted rebels, not civilians, rejecting accounts that dozens "
                      "of innocent people were killed.\n\n"
                      "Colonel Dan Hale said Tuesday’s operation in the town of Tel Amra dismantled armed forces.",
                      source="Karsen Wire", date="2021-06-24")
    claims = [c for c in extract_only([article])[0].claims if c.event and "spokesman" in c.text]
    assert claims and all(c.event.date is None for c in claims), [(c.text, c.event.date) for c in claims]


def test_a_relative_that_after_a_date_keeps_the_date() -> None:
    """"an airstrike on Tuesday that flattened the market": "that" opens a relative clause, not
    what was said."""
    article = Article("a1", "Tel Amra\nWitnesses described an airstrike on Tuesday that flattened the Tel Amra market.",
                      source="Karsen Wire", date="2024-03-15")
    claims = [c for c in extract_only([article])[0].claims if c.event]
    assert any(c.event.date == "2024-03-12" for c in claims), [(c.text, c.event.date) for c in claims]


@pytest.mark.parametrize("sentence", [
    pytest.param("The militia said the coalition struck the prison in Saada on Friday morning.", id="weekday-morning"),
    pytest.param("Yesterday evening, a coalition air strike hit the prison in Saada.", id="yesterday-evening"),
    pytest.param("A coalition air strike hit the prison in Saada on the morning of March 4.", id="the-morning-of"),
    pytest.param("The coalition struck a detention center in Sa\u2019dah Governorate on Friday morning.",
                 id="a-name-with-an-apostrophe-before-the-date"),
])
def test_a_day_told_with_a_part_of_the_day_dates_the_event(sentence: str) -> None:
    article = Article("a1", sentence, source="Karsen Wire", date="2021-03-05")  # a Friday
    claims = extract_only([article])[0].claims
    assert any(c.event and c.event.date in ("2021-03-04", "2021-03-05") for c in claims), \
        [(c.text, c.event.date if c.event else None) for c in claims]


@pytest.mark.parametrize(("sentence", "day"), [
    pytest.param("The strike came hours after a rebel ambush on an army convoy on Monday night, killing 9.", None,
                 id="another-acts-day-after-after"),
    pytest.param("The strike came shortly after dawn on Thursday, killing 9.", "2021-03-04", id="after-dawn-is-the-day"),
    pytest.param("The governor on Friday attended the burial of the 9 people who were killed in Thursday's strike.",
                 "2021-03-04", id="the-acts-own-clause-first"),
    pytest.param("Nine people were killed in last night's strike on the market.", "2021-03-04", id="last-night"),
    pytest.param("Jets launched a strike Thursday night on the market, killing 9.", "2021-03-04", id="weekday-night"),
    pytest.param("In the late hours of Thursday, jets struck the market, killing 9.", "2021-03-04",
                 id="the-late-hours-of"),
    pytest.param("A strike killed 9 people on the market, the state news agency reported on March 5.", None,
                 id="the-day-of-the-report"),
    pytest.param("Heavy shelling of the market was reported on Thursday, killing 9.", "2021-03-04",
                 id="a-passive-report-of-the-act"),
    pytest.param("The attack began shortly after 2 a.m. on Thursday, killing 9.", "2021-03-04",
                 id="after-a-clock-time-is-the-day"),
])
def test_the_day_a_claim_dates_its_act_to(sentence: str, day: str | None) -> None:
    article = Article("a1", sentence, source="Karsen Wire", date="2021-03-05")  # a Friday
    claims = [c for c in extract_only([article])[0].claims if c.event is not None]
    assert claims and claims[0].event.date == day, [(c.text, c.event.date) for c in claims]


@pytest.mark.parametrize(("sentence", "incident", "background"), [
    pytest.param("More than 100 people were killed in the chaos, bringing the death toll since the start of the war "
                 "to more than 30,000, health officials said.", "More than 100 people were killed in the chaos",
                 "bringing the death toll since the start of the war to more than 30,000", id="bringing-the-wars-toll"),
    pytest.param("The ministry claimed that 63 soldiers were killed, which makes the toll one of the highest in "
                 "the war to date.", "63 soldiers were killed", "which makes the toll one of the highest",
                 id="which-makes-it-one-of-the-highest"),
])
def test_a_clause_of_background_after_the_incidents_figure_is_a_claim_of_its_own(
        sentence: str, incident: str, background: str) -> None:
    claims = extract_only([Article("a1", LEAD + sentence, source="Karsen Wire", date="2021-03-05")])[0].claims
    scopes = {c.scope for c in claims if incident in c.text}
    assert scopes == {"incident"}, [(c.text, c.scope) for c in claims]
    assert {c.scope for c in claims if background in c.text} == {"background"}, [(c.text, c.scope) for c in claims]
    assert not [c for c in claims if incident in c.text and background in c.text], [c.text for c in claims]


def test_guard_a_tail_about_the_incident_keeps_the_claim_whole() -> None:
    sentence = "The strike killed 12 people, bringing the toll of the week's attacks on the town to 30."
    claims = extract_only([Article("a1", LEAD + sentence, source="Karsen Wire", date="2021-03-05")])[0].claims
    assert [c.scope for c in claims if "killed 12 people" in c.text] == ["incident"], [c.text for c in claims]
    assert [c for c in claims if "killed 12 people" in c.text and "to 30" in c.text], [c.text for c in claims]


@pytest.mark.parametrize("said", [
    "On January 16, the army said the strike targeted only militants.",
    "The army said on January 16 that the strike targeted only militants.",
])
def test_guard_in_a_follow_up_whose_lead_tells_no_day_the_day_a_claim_was_made_does_not_date_it(said: str) -> None:
    """Weeks later, with no day for the strike in the lead, the day the army spoke cannot be set
    against the incident's: its account stays the incident's."""
    article = Article("a1", "A UN inquiry has found that an air strike on the market in Tel Amra killed 12 civilians. "
                      + said, source="Post", date="2024-03-01")
    claims = extract_only([article])[0].claims
    assert claims and all(c.scope == "incident" for c in claims), [(c.text, c.scope) for c in claims]
