"""Were fighters or arms at the site? (align/presence.py): one voice saying none were there against
another telling of them there is a contradiction (texts written for these tests; fictional places,
groups and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

RAID = ("Karsen troops raided the village of Tel Amra on Tuesday night, killing 14 villagers, residents said. "
        "Residents said there were no rebel fighters in Tel Amra that night.")
ARMY = ("The Karsen army said on Wednesday that its patrol came under fire in Tel Amra on Tuesday night. "
        "Six rebels were killed in the exchange of fire, the army said.")
NONE_HARMED = ("Karsen troops raided the village of Tel Amra on Tuesday night, killing 14 villagers, residents "
               "said. No rebel fighters were killed in Tel Amra, they said.")
STILL_NONE = ("Karsen troops raided the village of Tel Amra on Tuesday night, killing 14 villagers. "
              "\"There are no rebels here,\" a villager shouted on Wednesday.")


def _presence(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-03-06") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("Were there")]
    return arts, found


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_no_fighters_there_against_fighters_killed_there_is_a_contradiction() -> None:
    arts, found = _presence(RAID, ARMY)
    assert len(found) == 1 and found[0].relation == "contradict", [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["there were no rebel fighters in Tel Amra that night", "Six rebels"]
    assert found[0].explanation.startswith("Were there fighters at the site? Outlet 1 (residents) says there were none")


WAREHOUSE = ("A Karsen drone struck a warehouse in Tel Amra on Monday, killing five workers, the owner said. "
             "The owner said the warehouse contained no weapons or explosives.")
SEIZED = ("Karsen forces said on Tuesday that they seized 12 rifles and a quantity of ammunition at the Tel Amra "
          "warehouse struck on Monday.")
FOUND = ("A Karsen army spokesman said on Tuesday that 40 rifles had been found in the ruins of the warehouse "
         "struck in Tel Amra on Monday.")
STORE = ("A Karsen drone struck a warehouse in Tel Amra on Monday, killing five workers, the owner said. "
         "The owner said the warehouse contained no weapons or ammunition.")
FIRED = ("A Karsen jet fired two missiles at a warehouse in Tel Amra on Monday, killing five workers, "
         "witnesses said.")


def test_arms_found_contradict_a_place_said_to_hold_none_one_finding_per_article() -> None:
    arts, found = _presence(WAREHOUSE, SEIZED, FOUND)
    assert [f.relation for f in found] == ["contradict", "contradict"], [f.explanation for f in found]
    shown = [_shown(arts, f) for f in found]
    assert ["contained no weapons or explosives", "12 rifles"] in shown, shown
    assert ["contained no weapons or explosives", "40 rifles"] in shown, shown
    assert found[0].explanation.startswith("Were there weapons at the site?")


INSIDE = ("The Karsen army said its jets struck a building in Tel Amra on Friday, killing Rami Osta, a rebel "
          "commander, and two other rebels, Ilan Baz and Dov Sela, who were inside the building at the time of the "
          "strike.")
NEIGHBOURS = ("A Karsen air strike destroyed a building in Tel Amra on Friday, killing nine people. Neighbours "
              "said there were no fighters among the residents of the building.")


def test_the_words_that_put_the_counted_there_are_shown() -> None:
    arts, found = _presence(NEIGHBOURS, INSIDE)
    assert len(found) == 1, [f.explanation for f in found]
    assert "two other rebels, Ilan Baz and Dov Sela, who were inside the building at the time of the strike" \
        in _shown(arts, found[0]), _shown(arts, found[0])


SOLDIERS = ("The Karsen army said on Wednesday that its patrol came under fire in Tel Amra on Tuesday night and "
            "two soldiers were wounded.")


ELSEWHERE = ("The Syrian army said on Wednesday that its patrol came under fire near Homs on Tuesday night. "
             "In Aleppo, six rebels were killed in an ambush on Tuesday, the army said.")
HOMS = ("Syrian troops raided a village near Homs on Tuesday night, killing 14 villagers, residents said. "
        "Residents said there were no rebel fighters in Homs that night.")


def test_two_articles_saying_none_were_there_agree() -> None:
    other = ("Not a single fighter of the Free Amra Front was in Tel Amra on Tuesday night, the group said in a "
             "statement after troops killed 14 villagers there.")
    arts, found = _presence_agreement(RAID, other)
    assert len(found) == 1, [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["there were no rebel fighters in Tel Amra that night",
                                      "Not a single fighter of the Free Amra Front was in Tel Amra on Tuesday night"]


def _presence_agreement(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-03-06") for i, t in enumerate(texts, 1)]
    return arts, [f for f in analyze(arts).findings if "say there were no" in f.explanation]


def test_arms_said_not_stored_are_an_absence_not_a_store() -> None:
    stored = ("A Karsen drone struck a warehouse in Tel Amra on Monday, killing five workers. Workers said no weapons "
              "were stored in the warehouse.")
    grain = ("A Karsen drone struck a warehouse in Tel Amra on Monday, killing five workers. The owner said it was "
             "used for grain storage and never for weapons storage.")
    assert [f.relation for f in _presence(stored, WAREHOUSE)[1]] == []
    assert [f.explanation for f in _presence_agreement(stored, WAREHOUSE)[1]] != []
    assert _presence(grain, WAREHOUSE)[1] == []


WOUNDED_IN_THE_RAID = ("The Karsen army said on Wednesday that its patrol came under fire in Tel Amra on Tuesday "
                       "night. Two soldiers were wounded in the raid.")


@pytest.mark.parametrize(("absent", "present"), [
    pytest.param(NONE_HARMED, ARMY, id="none-harmed-is-a-toll-not-an-absence"),
    pytest.param(STILL_NONE, ARMY, id="present-tense-is-no-account-of-the-night"),
    pytest.param(STORE, FIRED, id="the-attackers-munitions-are-not-arms-at-the-site"),
    pytest.param(RAID, SOLDIERS, id="soldiers-harmed-are-not-the-rebels-said-absent"),
    pytest.param(HOMS, ELSEWHERE, id="fighters-killed-in-a-town-far-away"),
    pytest.param(RAID.replace("no rebel fighters", "no fighters"), WOUNDED_IN_THE_RAID,
                 id="bare-fighters-said-absent-are-not-the-state-s-troops"),
])
def test_what_answers_no_denial_of_presence(absent: str, present: str) -> None:
    _, found = _presence(absent, present)
    assert found == []
