"""What was hit: a strike put on fighters or military objects by one voice and on civilians or
civilian objects by another (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.align.targets import target_kind
from counterpoint.pipeline import analyze
from counterpoint.records import Article


@pytest.mark.parametrize(("words", "kind"), [
    ("a school bus near the market in Tel Amra", "civilian"),
    ("civilians and their homes", "civilian"),
    ("militants who planned an attack on the city", "military"),
    ("missile launchers used to attack the border town", "military"),
    ("a warehouse used by militants to store rockets", "military"),
    ("rebel positions east of the town", "military"),
    ("militants who were hiding in a hospital", None),  # both at once: takes no side
    ("the town of Tel Amra", None),  # a place is neither
    ("Hamas's camp near the town", "military"),  # a known armed group's camp serves fighters
    ("a camp belonging to Jaish-e-Mohammed near the town", "military"),
    ("a camp of the United Nations near the town", "civilian"),  # no armed group owns it
    ("Hamas' camp near the town", "military"),
    ("houses of Hamas members near the town", "civilian"),  # the owner phrase goes on past the group
    ("a school of the Hamas government", "civilian"),  # a school is never military this way
    ("a refugee camp of Hamas", "civilian"),  # people who fled live there
    ("a prison run by the Houthi rebels", None),  # run, not used: the rebels administer it, a prison as any
    ("a warehouse run by the militants", None),  # a building only run by them: no side
    ("a bomb factory run by the rebels", "military"),  # a thing of no civilian kind still serves them
    ("the Kenya Defence Forces camp near the town", "military"),  # a force's name right before the camp
    ("an army camp near the town", "military"),
    ("the KDF camp near the town", "military"),
    ("an army hospital near the town", "civilian"),  # a hospital stays a hospital
    ("an army camp for displaced families", "civilian"),  # people who fled live there
    ("the army camp and a school in the town", None),  # both kinds named: no side
    ("the army camp and nearby homes", None),
    ("a militant training camp near the town", "military"),  # "camp" is the term's own head, not a shelter
    ("Hamas militants in a school", None),  # people of a group in a school: both kinds
    ("an army camp, residents said, near the town", "military"),  # words after a comma are not the target's
    ("a school, a mosque and militant positions near the town", None),  # a list naming both kinds
    ("a building housing 2,000 militants", None),  # a comma inside a number ends nothing
])
def test_the_kind_of_target_the_words_name(words: str, kind: str | None) -> None:
    assert target_kind(words) == kind


def _hits(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2018-08-09") for i, t in enumerate(texts)]
    return [f for f in analyze(arts).findings if f.relation == "contradict" and f.explanation.startswith("What")]


@pytest.mark.model
@pytest.mark.parametrize("second", [
    "An air strike targeted a school bus near Tel Amra on Thursday, killing 29 children, medics said.",
    "An air strike on a school bus near Tel Amra on Thursday killed 29 children, medics said.",
], ids=["aimed-at-the-bus", "a-strike-on-the-bus"])
def test_a_strike_aimed_at_militants_and_one_aimed_at_a_school_bus_contradict(second: str) -> None:
    found = _hits(
        "The coalition said its air strike near Tel Amra on Thursday targeted militants who planned "
        "attacks on the border.",
        second,
    )
    assert len(found) == 1, found
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}, found[0].evidence


@pytest.mark.model
@pytest.mark.parametrize(("first", "second"), [
    pytest.param("On May 9 a drone strike hit a school near Tel Amra, killing 10 children, medics said.",
                 "The army said its drone strike near Tel Amra on Sunday hit militants.", id="the-month-may"),
    pytest.param("Witnesses said they could see the drone strike hit a school near Tel Amra on Sunday.",
                 "The army said its drone strike near Tel Amra on Sunday hit militants.", id="could-see"),
    pytest.param("A drone strike hit a school near Tel Amra on Sunday, killing 10 civilians.",
                 "The army, which has repeatedly struck rebel positions, said its drone strike near Tel Amra on "
                 "Sunday hit militants.", id="a-habit-in-the-subject-s-aside"),
    pytest.param("A drone strike hit a school near Tel Amra on Sunday, killing 10 civilians.",
                 "The army said its drone strike near Tel Amra on Sunday targeted and destroyed a militant base.",
                 id="targeted-and-destroyed"),
    pytest.param("A drone strike targeted a school near Tel Amra on Sunday, killing 10 civilians.",
                 "The army said its drone strike near Tel Amra on Sunday hit militants.",
                 id="targeted-a-school-is-said-for-hit"),
])
def test_accounts_of_what_was_hit_in_other_words_still_contradict(first: str, second: str) -> None:
    assert len(_hits(first, second)) == 1


@pytest.mark.model
@pytest.mark.parametrize(("first", "second"), [
    pytest.param("The army said its drone strike near Tel Amra on Sunday targeted a suspected suicide bomber.",
                 "A drone strike hit a house near Tel Amra on Sunday, killing 10 civilians, relatives said.",
                 id="an-aim-beside-a-hit"),
    pytest.param("The army said it would not shy away from targeting militants near Tel Amra.",
                 "A drone strike targeted a house near Tel Amra on Sunday, killing 10 civilians, relatives said.",
                 id="a-stance-not-an-account"),
    pytest.param("The army said it regularly targets militant hideouts near Tel Amra.",
                 "A drone strike targeted a house near Tel Amra on Sunday, killing 10 civilians, relatives said.",
                 id="a-run-of-acts"),
    pytest.param("The army, saying it targets militant depots near Tel Amra, confirmed a drone strike on Sunday.",
                 "A drone strike targeted a house near Tel Amra on Sunday, killing 10 civilians, relatives said.",
                 id="what-a-side-does-in-the-present"),
    pytest.param("The army said its drone strike near Tel Amra on Sunday targeted a suspected suicide bomber.",
                 "Bombs rained on a house near Tel Amra on Sunday, killing 10 civilians, relatives said.",
                 id="an-aim-beside-where-the-bombs-fell"),
    pytest.param("Nine people died in the Russian strike on Tel Amra on Friday; suspicion fell on soldiers guarding "
                 "the depot, officials said.",
                 "A Russian missile strike hit a school in Tel Amra on Friday, killing 9 children, officials said.",
                 id="blame-that-fell-on-someone"),
    pytest.param("Air defences intercepted the Russian missile over Tel Amra on Friday and debris fell on a house, "
                 "killing 9, officials said.",
                 "Russian forces struck a military base in Tel Amra on Friday, killing 9 soldiers, officials said.",
                 id="debris-after-an-interception"),
])
def test_guard_what_a_strike_was_aimed_at_beside_what_it_hit_and_stances_take_no_sides(first: str, second: str) -> None:
    """The strike may have been aimed at a bomber and hit a house: both can be true. A stance or a
    run of acts is no account of this strike."""
    found = _hits(first, second)
    assert found == [], found


@pytest.mark.model
def test_militants_hiding_in_a_hospital_and_a_hospital_hit_take_no_sides() -> None:
    found = _hits(
        "Police said air strikes near Tel Amra on Saturday targeted militants who were hiding in a hospital.",
        "An air strike hit a hospital near Tel Amra on Saturday, the charity said.",
    )
    assert found == [], found


@pytest.mark.model
def test_who_fired_is_not_what_was_hit() -> None:
    found = _hits(
        "The ministry said shelling by militants near Tel Amra on Thursday wounded three soldiers.",
        "Shells hit a school near Tel Amra on Thursday, residents said.",
    )
    assert found == [], found


@pytest.mark.model
def test_two_outlets_saying_the_strike_hit_a_bus_agree() -> None:
    arts = [Article("a1", "Warplanes launched several air strikes near Tel Amra on Thursday, targeting a bus of "
                          "students, medics said.", source="Outlet 1", date="2018-08-09"),
            Article("a2", "An air strike hit a school bus near Tel Amra on Thursday, killing 29 children, the "
                          "charity said.", source="Outlet 2", date="2018-08-09")]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and f.explanation.startswith("Same target")]
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, found
    assert "civilian vehicle" in found[0].explanation, found[0].explanation


@pytest.mark.model
@pytest.mark.parametrize("first", [
    "Warplanes struck Tel Amra on Saturday. The UN has repeatedly condemned attacks on civilians in the region.",
    "Warplanes struck Tel Amra on Saturday. Aid groups urged all sides to stop attacks on hospitals.",
    "Warplanes struck Tel Amra on Saturday, killing 12 people. Last year a similar airstrike hit a school in the "
    "town, killing 20 children.",
    "The shelling killed 12 civilians in Tel Amra on Saturday, local officials said.",
    "A drone hit a car in Tel Amra on Saturday, killing two men, residents said.",
])
def test_reactions_appeals_other_strikes_and_mere_consequences_say_nothing_of_what_was_hit(first: str) -> None:
    found = _hits(first, "Warplanes struck militant positions in Tel Amra on Saturday, the army said.")
    assert found == [], found


@pytest.mark.model
@pytest.mark.parametrize("first", [
    pytest.param("Karsen and rebel troops pounded each other's positions near Tel Amra on Saturday, officials said.",
                 id="both-sides-fire"),
    pytest.param("In total, over the past 24 hours, Israeli aviation hit 86 Hezbollah military facilities in Tel "
                 "Amra, the army said on Saturday.", id="a-days-running-total"),
    pytest.param("Hezbollah said its fighters struck an Israeli army base near Tel Amra on Saturday in response.",
                 id="the-other-sides-act"),
])
def test_guard_both_sides_fire_a_days_total_and_the_other_sides_act_say_nothing_of_this_strike(first: str) -> None:
    found = _hits(first, "Israeli warplanes struck a school in Tel Amra on Saturday, killing 12 children, medics "
                         "said.")
    assert found == [], found


@pytest.mark.model
def test_the_strikers_own_account_of_a_military_target_still_contradicts_the_school() -> None:
    found = _hits("The Israeli army said its warplanes struck Hezbollah positions in Tel Amra on Saturday.",
                  "Israeli warplanes struck a school in Tel Amra on Saturday, killing 12 children, medics said.")
    assert len(found) == 1, found


@pytest.mark.model
def test_what_a_reaction_says_in_a_clause_of_its_own_is_an_account() -> None:
    found = _hits("An airstrike in Tel Amra killed 12 people on Saturday. The UN condemned the strike, which hit a "
                  "hospital.",
                  "An airstrike in Tel Amra killed 12 people on Saturday. The army said the strike hit a militant "
                  "command post.")
    assert len(found) == 1, found


@pytest.mark.model
def test_a_bare_camp_in_an_article_that_names_a_fighters_training_camp_is_that_camp() -> None:
    found = _hits("Officials said the jets struck a training camp near Tel Amra on Tuesday.",
                  "Jets pounded a large terror training camp near Tel Amra on Tuesday. Residents said the jets struck "
                  "a resort style camp on a hilltop.")
    assert not found, [f.explanation for f in found]


@pytest.mark.model
def test_a_camp_named_by_its_place_where_another_account_names_the_army_s_camp_is_that_camp() -> None:
    """One account names a military installation, another the army's camp, a third "their Tel
    Amra camp" (the soldiers'): the third is the army's camp, not a shelter of civilians."""
    found = _hits("Militants launched an attack against a military installation near Tel Amra on Tuesday.",
                  "Nine soldiers were killed on Tuesday after militants struck their Tel Amra camp.",
                  "Officials said the militants' attack on an army camp near Tel Amra on Tuesday killed nine soldiers.")
    assert not found, [f.explanation for f in found]


@pytest.mark.model
@pytest.mark.parametrize("second", [
    pytest.param("Jets struck the Korvel camp near Tel Amra on Tuesday, killing 30 people, camp residents said.",
                 id="a-named-camp"),
    pytest.param("Jets struck a camp near Tel Amra on Tuesday, killing 30 people, most of them women and children, "
                 "residents said.", id="women-and-children-killed-at-a-bare-camp"),
])
def test_guard_a_camp_stays_civilian_beside_another_s_militant_camp(second: str) -> None:
    """Another article's "militant training camp" does not make a named camp, nor a camp where
    women and children were killed, that camp."""
    found = _hits("The army said its jets struck a militant training camp near Tel Amra on Tuesday.", second)
    assert found, "the camp is read as a shelter"


@pytest.mark.model
def test_guard_a_bare_camp_stays_civilian_in_an_article_with_no_fighters_camp() -> None:
    found = _hits("The army said the jets struck militants near Tel Amra on Tuesday.",
                  "Residents said the jets struck a camp on a hilltop near Tel Amra on Tuesday.")
    assert found, "the control: a bare camp is read as a shelter"


@pytest.mark.model
@pytest.mark.parametrize("second", [
    pytest.param("Jets pounded a large terror training camp near Tel Amra on Tuesday. Residents said the jets struck "
                 "the Zamzam camp near Tel Amra, killing 20 people.", id="a-named-camp"),
    pytest.param("Jets pounded a large terror training camp near Tel Amra on Tuesday. Residents said the jets struck "
                 "a camp on a hilltop, killing 20 displaced people.", id="people-who-fled-in-the-sentence"),
])
def test_guard_a_camp_named_or_of_people_who_fled_stays_civilian(second: str) -> None:
    found = _hits("The army said the jets struck militants near Tel Amra on Tuesday.", second)
    assert found, "a named camp or one of displaced people is read as a shelter"


@pytest.mark.model
def test_a_planned_act_s_target_is_no_account_of_what_was_hit() -> None:
    found = _hits("The army said the jets struck militants near Tel Amra on Tuesday.",
                  "Officials said the militants killed near Tel Amra on Tuesday were planning attacks on schools.")
    assert not found, [f.explanation for f in found]


@pytest.mark.model
def test_where_munitions_fell_is_what_was_hit() -> None:
    texts = ("Four shells fell on the tourist resort near Tel Amra on Wednesday, killing eight tourists.",
             "Artillery hit a crowded tourist resort near Tel Amra on Wednesday, killing eight tourists.")
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-07-20") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and f.explanation.startswith("Same target")]
    assert found and {e.article for e in found[0].evidence} == {"a1", "a2"}, [f.explanation for f in analyze(arts).findings]


@pytest.mark.parametrize(("words", "kind"), [
    ("the private residence of a businessman", "civilian"),
    ("a busy shopping centre in the city", "civilian"),
    ("a madrassa near the town", "civilian"),
    ("a passenger train near the town", "civilian"),
    ("a factory producing drones for the army", None),  # both kinds named: no side
])
def test_things_news_copy_names_as_hit_have_their_kind(words: str, kind: str | None) -> None:
    assert target_kind(words) == kind


def _same_target(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-01-21") for i, t in enumerate(texts, 1)]
    return [f for f in analyze(arts).findings if f.relation == "agree" and f.explanation.startswith("Same target")]


@pytest.mark.model
def test_a_thing_of_no_side_named_by_two_accounts_is_the_same_target() -> None:
    found = _same_target("Coalition warplanes attacked a prison in Tel Amra on Friday, killing 80 inmates.",
                         "An air strike hit a jail in Tel Amra on Friday, killing at least 70 people, medics said.")
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, found
    assert "detention facilities" in found[0].explanation, found[0].explanation


@pytest.mark.model
def test_a_thing_told_before_a_passive_verb_of_striking_is_what_was_hit() -> None:
    first = "The home of a local trader was struck by missiles in Tel Amra on Monday night, killing him."
    found = _same_target(first, "Missiles hit the trader's house in Tel Amra on Monday night, killing him and his daughter.")
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, found
    a1 = next(e for e in found[0].evidence if e.article == "a1")
    assert first[a1.start:a1.end] == "The home of a local trader was struck", first[a1.start:a1.end]


@pytest.mark.model
@pytest.mark.parametrize("first", [
    "Missiles hit a bridge in Tel Amra on Monday night, killing two people.",  # another kind of civilian object
    "The market in Tel Amra was not hit on Monday night, officials said.",  # no hit told
    "Gunmen attacked a police patrol in Tel Amra on Monday night, killing two people.",  # people, not a thing hit
    "Missiles hit Tel Amra on Monday night. It was unclear whether the market was hit by the missiles.",  # unasserted
    "The market in Tel Amra could have been hit by the missiles on Monday night, officials said.",  # a modal
    "The market in Tel Amra may have been hit by the missiles on Monday night, officials said.",
    "The market in Tel Amra could possibly have been hit by the missiles on Monday night, officials said.",
    "The market in Tel Amra would have been destroyed had the missiles not been shot down on Monday night.",
    "The market in Tel Amra was narrowly hit by debris on Monday night, officials said.",
    "The market in Tel Amra was nearly hit by the missiles on Monday night, officials said.",  # a near miss
    "The market in Tel Amra was narrowly missed, and the missiles were destroyed on Monday night.",  # not the market
    "Missiles hit Tel Amra on Monday night as the market was closed, officials said.",  # no verb of striking
])
def test_guard_other_things_unsaid_hits_and_people_attacked_are_not_the_same_target(first: str) -> None:
    second = ("Missiles hit the market in Tel Amra on Monday night, killing two people."
              if "police" not in first else "Gunmen attacked police officers in Tel Amra on Monday night.")
    assert _same_target(first, second) == []


@pytest.mark.model
@pytest.mark.parametrize("first", [
    "Missiles hit a train carrying troops and ammunition near Tel Amra on Monday, the army said.",  # both kinds
    "Missiles hit a military train near Tel Amra on Monday, the army said.",  # the military side
])
def test_guard_a_thing_of_the_military_side_or_of_both_is_not_the_same_target_as_a_civilian_one(first: str) -> None:
    assert _same_target(first, "Missiles hit a passenger train near Tel Amra on Monday, killing 12 people.") == []


@pytest.mark.parametrize(("words", "category"), [
    ("the train station near the town", "transport_infrastructure"),  # not a train
    ("the hospital operating theatre", "health_facilities"),  # not a theatre
    ("a theater near the town", "public_venues"),  # the American spelling
    ("a shop near the market", "commercial_sites"),  # beside the market, not a house
])
def test_the_kind_of_thing_the_words_name(words: str, category: str) -> None:
    from counterpoint.align.targets import target_of
    found = target_of(words)
    assert found is not None and found[1] == category, found


@pytest.mark.model
@pytest.mark.parametrize("first", [
    "Drones attacked a school near Tel Amra on Monday, killing 12 people.",  # "attacked" keeps the thing's side
    "The school near Tel Amra was nearly destroyed in the drone strike on Monday, officials said.",  # a hit
])
def test_a_thing_attacked_or_nearly_destroyed_is_the_same_target_as_one_hit(first: str) -> None:
    found = _same_target(first, "Drones hit a school near Tel Amra on Monday, the ministry said.")
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, found
