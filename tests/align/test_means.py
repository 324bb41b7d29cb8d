"""The kind of weapon the accounts say was used ("a helicopter", "ballistic missiles"): an
agreement where several articles say it, an omission where another never does.

The articles are written for these tests (fictional places and people).
"""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

WIRE = Article("a1", "Jets bomb village\n\nA fighter jet dropped bombs on a crowd in Tel Amra on Tuesday, witnesses "
                     "said. Half an hour later a helicopter fired on people fleeing the village.",
               source="Karsen Wire", date="2023-04-12")
RADIO = Article("a2", "A Mi-35 combat helicopter opened fire on villagers fleeing Tel Amra on Tuesday after an air "
                      "strike, residents told the radio.", source="Valley Radio", date="2023-04-12")
STATE = Article("a3", "The air force carried out an air strike on a rebel office in Tel Amra on Tuesday, the army "
                      "said.", source="State News", date="2023-04-12")


def _means(articles, relation):
    return [f for f in analyze(articles).findings if f.relation == relation
            and f.explanation.startswith("Weapon used")]


def test_articles_naming_the_same_kind_of_weapon_agree_and_the_silent_one_leaves_it_out() -> None:
    agree = [f for f in _means([WIRE, RADIO, STATE], "agree") if "helicopter" in f.explanation]
    assert len(agree) == 1 and {e.article for e in agree[0].evidence} == {"a1", "a2"}, agree
    shown = {e.article: (WIRE, RADIO)[int(e.article[1]) - 1].text[e.start:e.end] for e in agree[0].evidence}
    assert shown == {"a1": "helicopter", "a2": "helicopter"}, shown
    left_out = [f for f in _means([WIRE, RADIO, STATE], "omission") if "helicopter" in f.explanation]
    assert len(left_out) == 1 and left_out[0].missing_from == ("a3",), left_out


def test_an_air_strike_already_says_aircraft_so_it_leaves_no_aircraft_out() -> None:
    second = Article("a2", "A warplane bombed a crowd in Tel Amra on Tuesday, killing dozens, residents said.",
                     source="Valley Radio", date="2023-04-12")
    assert [f for f in _means([WIRE, second, STATE], "agree") if "aircraft" in f.explanation]
    assert not [f for f in _means([WIRE, second, STATE], "omission") if "aircraft" in f.explanation]


def test_a_suicide_bomber_is_no_aircraft_and_a_denied_attack_names_no_means() -> None:
    first = Article("a1", "A suicide bomber blew himself up at the checkpoint in Tel Amra on Monday, police said.",
                    source="Karsen Wire", date="2023-04-12")
    second = Article("a2", "A suicide bomber attacked the checkpoint in Tel Amra on Monday. The army denied that its "
                           "helicopters had fired on the crowd.", source="Valley Radio", date="2023-04-12")
    third = Article("a3", "Helicopters fired on the crowd at the Tel Amra checkpoint on Monday, witnesses said.",
                    source="State News", date="2023-04-12")
    found = _means([first, second, third], "agree") + _means([first, second, third], "omission")
    assert not [f for f in found if "aircraft" in f.explanation or "helicopter" in f.explanation], \
        [f.explanation for f in found]


def test_each_article_is_shown_by_its_fullest_words_for_the_kind() -> None:
    first = Article("a1", "Missile strike on Tel Amra\n\nA missile hit the square in Tel Amra on Sunday. Two guided "
                          "missiles struck the city centre, officials said.", source="Karsen Wire", date="2025-04-13")
    second = Article("a2", "The army fired guided missiles at Tel Amra on Sunday, killing dozens, residents said.",
                     source="Valley Radio", date="2025-04-13")
    (agree,) = [f for f in _means([first, second], "agree") if "missile" in f.explanation]
    shown = [first.text[e.start:e.end] for e in agree.evidence if e.article == "a1"]
    assert shown == ["guided missiles"], shown


def test_bombers_name_no_aircraft() -> None:
    first = Article("a1", "Jets struck the camp in Tel Amra on Tuesday, officials said. The camp held a unit where "
                          "bombers were trained.", source="Karsen Wire", date="2023-04-12")
    second = Article("a2", "Bombers attacked the checkpoint in Tel Amra on Tuesday, killing four guards.",
                     source="Valley Radio", date="2023-04-12")
    found = _means([first, second], "agree") + _means([first, second], "omission")
    assert not [f for f in found if "aircraft" in f.explanation], [f.explanation for f in found]



@pytest.mark.parametrize(("first", "second", "kind"), [
    pytest.param("A drone strike on the air base in Tel Amra destroyed two helicopters on Tuesday, the army said.",
                 "The drone strike on the Tel Amra air base on Tuesday destroyed two helicopters.", "helicopter",
                 id="what-was-destroyed-is-no-means"),
    pytest.param("Two helicopters were destroyed when a missile strike hit the air base in Tel Amra on Tuesday.",
                 "The missile strike on the Tel Amra air base on Tuesday left two helicopters destroyed.",
                 "helicopter", id="what-was-destroyed-in-the-passive-is-no-means"),
    pytest.param("Anti-aircraft fire was heard as the strike hit Tel Amra on Tuesday, residents said.",
                 "Anti-aircraft guns opened fire as the strike hit Tel Amra on Tuesday.", "aircraft",
                 id="anti-aircraft-is-no-aircraft"),
    pytest.param("An unmanned aircraft struck a car in Tel Amra on Tuesday, killing two men.",
                 "A warplane struck a car in Tel Amra on Tuesday, killing two men, witnesses said.", "aircraft",
                 id="a-drone-is-not-agreed-with-a-warplane"),
])
def test_words_that_are_not_the_means_of_the_attack(first: str, second: str, kind: str) -> None:
    a = Article("a1", first, source="Karsen Wire", date="2023-04-12")
    b = Article("a2", second, source="Valley Radio", date="2023-04-12")
    found = [f for f in _means([a, b], "agree") if f.explanation.startswith(f"Weapon used, {kind}:")]
    assert not found, [f.explanation for f in found]


def test_mortar_shells_are_one_kind_on_one_span() -> None:
    a = Article("a1", "Mortar shells hit the market in Tel Amra on Tuesday, killing six people.", source="Karsen Wire",
                date="2023-04-12")
    b = Article("a2", "Mortar shells struck the Tel Amra market on Tuesday, killing six people, residents said.",
                source="Valley Radio", date="2023-04-12")
    found = _means([a, b], "agree")
    assert [f.explanation.split(":")[0] for f in found] == ["Weapon used, shell"], [f.explanation for f in found]


def test_a_drone_in_the_strikes_name_is_the_means() -> None:
    a = Article("a1", "The convoy was hit in a drone strike near Tel Amra on Tuesday, killing four drivers.",
                source="Karsen Wire", date="2023-04-12")
    b = Article("a2", "A drone struck the convoy near Tel Amra on Tuesday, killing four drivers, officials said.",
                source="Valley Radio", date="2023-04-12")
    assert [f for f in _means([a, b], "agree") if f.explanation.startswith("Weapon used, drone:")]



def _rivals(articles) -> list[str]:
    return [f.explanation for f in analyze(articles).findings
            if f.relation == "contradict" and f.explanation.startswith("Carried out by what?")]


DRONE = Article("a1", "A drone fired two missiles at a wedding party in Tel Amra on Saturday, killing 20 people, "
                      "residents said.", source="Karsen Wire", date="2023-06-10")
GUNSHIP = Article("a2", "A helicopter gunship struck a meeting of rebel commanders in Tel Amra on Saturday, killing "
                        "11 fighters, the army said.", source="State News", date="2023-06-10")


def test_a_drone_and_a_helicopter_told_of_one_strike_contradict() -> None:
    found = _rivals([DRONE, GUNSHIP])
    assert found == ["Carried out by what? Karsen Wire says a drone (“drone”); State News says a helicopter "
                     "(“helicopter gunship”): one strike told as carried out by different aircraft."], found


def test_guard_an_article_naming_both_kinds_or_another_days_strike_is_no_rival_account() -> None:
    both = Article("a2", "A helicopter gunship and a drone struck a meeting of rebel commanders in Tel Amra on "
                         "Saturday, killing 11 fighters, the army said.", source="State News", date="2023-06-10")
    assert not _rivals([DRONE, both])
    later = Article("a2", "A helicopter gunship struck a meeting of rebel commanders in Tel Amra on Thursday, killing "
                          "11 fighters, the army said.", source="State News", date="2023-06-16")
    assert not _rivals([DRONE, later])


def test_guard_strikes_told_of_places_far_apart_are_no_rival_accounts() -> None:
    homs = Article("a1", "A drone fired two missiles at a car in Homs on Saturday, killing four people, residents "
                          "said. Fighting also went on in Aleppo.", source="Karsen Wire", date="2023-06-10")
    aleppo = Article("a2", "A helicopter gunship fired on a convoy in Aleppo on Saturday, killing 11 fighters, the "
                           "army said. Homs was calm.", source="State News", date="2023-06-10")
    assert not _rivals([homs, aleppo])


def test_guard_strikes_on_two_villages_only_a_third_report_links_are_no_rival_accounts() -> None:
    # neither village is in the gazetteer, so the two reports are not compared with each other; the
    # placeless round-up puts all three in one incident's coverage
    other_village = Article("a2", "A helicopter gunship struck a meeting of rebel commanders in Kfar Dima on "
                                  "Saturday, killing 11 fighters, the army said.", source="State News",
                            date="2023-06-10")
    round_up = Article("a3", "Air strikes were reported across the province on Saturday, a monitoring group said.",
                       source="Monitor", date="2023-06-10")
    assert not _rivals([DRONE, other_village, round_up])


def test_guard_a_kind_qualifying_another_thing_is_no_means() -> None:
    footage = Article("a1", "Drone footage released on Monday showed the aftermath of the strike on the village of "
                            "Tel Amra.", source="Outlet 1", date="2024-07-09")
    gunship = Article("a2", "A helicopter gunship struck the village of Tel Amra on Monday, killing eight people.",
                      source="Outlet 2", date="2024-07-09")
    assert not _rivals([footage, gunship])
