"""Event typing: a territorial verb needs ground for its object (sentences written here)."""

from __future__ import annotations

import pytest

from counterpoint.extract.events import find_event
from counterpoint.pipeline import extract_only
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _types(text: str) -> list[str | None]:
    x = extract_only([Article("a1", text, source="Wire", date="2022-07-29")])[0]
    return [c.event.type if c.event else None for c in x.claims]


@pytest.mark.parametrize("text", [
    "Rebel fighters took the town of Tel Amra on Friday.",
    "The army captured the hill north of Tel Amra on Friday.",
    "Rebel fighters captured parts of Kunduz on Friday.",
    "The army took most of the town on Friday.",
    "Rebel fighters had taken the town centre and the army checkpoint on Friday.",
])
def test_taking_ground_is_territory_taken(text: str) -> None:
    assert "territory_taken" in _types(text)


@pytest.mark.parametrize("text", [
    "The rebels will hold talks with the army on Friday, a mediator said.",
    "The army continues to hold talks with the rebels, a mediator said.",
    "Gunmen held 12 villagers hostage in Tel Amra on Friday, police said.",
    "The rebels still hold 30 hostages in Tel Amra, police said.",
])
def test_guard_holding_talks_or_hostages_is_no_holding_of_ground(text: str) -> None:
    assert "territory_held" not in _types(text), _types(text)


@pytest.mark.parametrize("text", [
    "Military aircraft strafed the village of Tel Amra on Friday, residents said.",
    "Residents said the strafing of Tel Amra by helicopters lasted an hour.",
    "Gunmen on motorcycles strafed a minibus near Tel Amra on Friday, police said.",
])
def test_strafing_from_the_air_or_the_ground_is_an_attack(text: str) -> None:
    types = _types(text)
    assert "attack" in types and "air_strike" not in types, types


@pytest.mark.parametrize("text", [
    "The regime took cynical steps on Friday, deciding to kill those people.",
    "Rockets hit the camp near Tel Amra where captured soldiers are kept.",
    "Police captured twelve of the commanders on Friday.",
])
def test_taking_other_things_is_not_territory_taken(text: str) -> None:
    assert "territory_taken" not in _types(text)


@pytest.mark.parametrize(("text", "aid"), [
    ("The UN delivered 500 food baskets in Tel Amra on Friday.", True),
    ("Blankets were distributed in Tel Amra on Friday.", True),
    ("Agencies distributed medicine and food in Tel Amra on Friday.", True),
    ("Aid agencies distributed in the camps of Tel Amra on Friday.", True),  # no object: the agencies' work
    ("The UN delivered 20 tonnes of wheat to Tel Amra on Friday.", True),  # what the load is of
    ("Volunteers distributed tents in Tel Amra on Friday.", True),
    ("The militia delivered weapons to Tel Amra on Friday.", False),
    ("The commander vowed to deliver a full victory over the rebels in Tel Amra.", False),
    ("The army delivered heavy blows to the rebels in Tel Amra on Friday.", False),
])
def test_delivering_is_aid_only_when_aid_is_delivered(text: str, aid: bool) -> None:
    assert ("humanitarian_aid" in _types(text)) is aid, _types(text)


def test_a_weapon_named_as_a_modifier_is_not_the_event() -> None:
    """"used a rocket system to shell the prison": the event is the shelling, by the subject of "used"."""
    from counterpoint.pipeline import analyze

    an = analyze([Article("a1", "On Friday the Ukrainian military used a rocket system to shell the prison near "
                          "Tel Amra.", source="Wire", date="2022-07-29")])
    events = [c.event for c in an.claims if c.event]
    assert events and events[0].type == "shelling" and events[0].actors, events


def test_no_evidence_is_not_a_count() -> None:
    x = extract_only([Article("a1", "There was no evidence that weapons were used, and no soldiers took part.",
                              source="Wire", date="2022-07-29")])[0]
    assert not x.quantities, x.quantities


def test_a_negated_main_clause_does_not_negate_a_concessive_clause() -> None:
    text = "Even though the army has phased out the Tochka missile, that does not mean it could not fire one."
    x = extract_only([Article("a1", text, source="Wire", date="2022-04-14")])[0]
    assert all(c.event is None or c.event.polarity >= 0 for c in x.claims), [c.event for c in x.claims]


def test_a_negated_verb_of_purpose_is_negated() -> None:
    x = extract_only([Article("a1", "No weapons were used to target the hospital, the army said.", source="Wire",
                              date="2022-04-14")])[0]
    assert any(c.event is not None and c.event.polarity < 0 for c in x.claims), [c.event for c in x.claims]


def _actors(text: str) -> list[list[str]]:
    from counterpoint.pipeline import analyze

    an = analyze([Article("a1", text, source="Wire", date="2018-08-09")])
    names = {e.id: e.name for e in an.entities}
    return [[names[a] for a in c.event.actors] for c in an.claims if c.event]


def test_the_first_word_of_a_things_name_is_no_mention_of_people() -> None:
    """"fighter jets" are aircraft: "fighter" there names no fighters, so the strike's actor is the
    coalition in front of them, not an armed group."""
    actors = _actors("Earlier in the day, the Saudi-led aggression fighter jets launched several airstrikes, "
                     "targeting a bus of students near Tel Amra.")
    assert actors and actors[0] == ["Saudi-led coalition"], actors


def test_the_last_word_of_a_things_name_is_no_mention_of_people() -> None:
    """"a military jet fighter" is an aircraft: "fighter" there names no fighter of an armed group."""
    actors = _actors("The People's Defence Force held a ceremony in Tel Amra. A military jet fighter dropped bombs "
                     "on the ceremony.")
    assert "People's Defence Force" not in {a for found in actors for a in found}, actors


@pytest.mark.parametrize("text", [
    "Those People's Defence Force members in attendance died in Tel Amra on Tuesday.",
    "Rebel fighters had gathered in Tel Amra to celebrate when they were attacked.",
    "The rebel fighters will remain in their positions in Tel Amra unless attacked.",  # a reduced passive
])
def test_who_died_or_was_attacked_did_not_do_it(text: str) -> None:
    assert _actors(text) == [[]], _actors(text)


def test_guard_who_attacked_before_doing_more_did_the_attack() -> None:
    """"having attacked": a perfect participle, not a passive; its subject is the doer."""
    actors = _actors("The rebel fighters, having attacked the army post in Tel Amra at dawn, withdrew to the hills.")
    assert any(found for found in actors), actors  # the fighters, whatever entity they join
    actors = _actors("M23 rebels, having captured the town of Kitshanga, advanced towards Sake on Monday.")
    assert ["M23"] in actors, actors


def test_people_in_front_of_a_thing_are_still_people() -> None:
    """"rebel fighters" are people and "rebel tanks" belong to rebels: neither starts a thing's name."""
    from counterpoint.pipeline import extract_only

    x = extract_only([Article("a1", "Rebel fighters and rebel tanks attacked the army post near Tel Amra.",
                              source="Wire", date="2018-08-09")])[0]
    assert {m.text.lower() for m in x.mentions} >= {"rebel fighters", "rebel"}, x.mentions


@pytest.mark.parametrize("text", [
    "The United Nations condemned the air strike on the market in Tel Amra.",
    "Human Rights Watch documented the massacre in Tel Amra.",
    "The massacre in Tel Amra was condemned by the United Nations.",
    "Norland soldiers filmed the missile strike on the Tel Amra depot on Saturday.",
])
def test_who_reacts_to_an_act_did_not_do_it(text: str) -> None:
    assert _actors(text) == [[]], _actors(text)


@pytest.mark.parametrize(("text", "actor"), [
    ("The civil defence issued a statement on the massacre committed by the Syrian army in Tel Amra.",
     "Syrian Arab Army"),
    ("The raid, carried out by Russian forces, killed 12 people in Tel Amra.", "Russian Armed Forces"),
    ("The air strike on Tel Amra was carried out by the Syrian army.", "Syrian Arab Army"),
])
def test_who_a_participle_or_a_doing_verb_names_did_it(text: str, actor: str) -> None:
    actors = _actors(text)
    assert actors and actors[0] == [actor], actors


def test_a_rejection_naming_the_chemical_attack_by_its_noun_is_about_it() -> None:
    from counterpoint.pipeline import extract_only

    x = extract_only([Article("a1", "The chemical fabrications of the terrorists will not serve them, an official "
                                    "source said.", source="Wire", date="2018-04-08")])[0]
    assert [(c.stance, c.event.type if c.event else None) for c in x.claims] == [("denied", "chemical_attack")], \
        x.claims


def test_who_used_a_weapon_did_the_attack() -> None:
    actors = _actors("Rescuers said the Syrian army used chemical weapons in Tel Amra on Saturday.")
    assert actors and actors[0] == ["Syrian Arab Army"], actors


@pytest.mark.parametrize("text", [
    "The defence ministry said its forces had no fire tasks in Tel Amra on Friday.",
    "The army said no air strikes were carried out on Tel Amra on Friday.",
])
def test_no_on_the_acts_noun_denies_the_act(text: str) -> None:
    from counterpoint.pipeline import extract_only

    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert [(c.stance, c.cue) for c in claims if c.event] == [("denied", "no")], claims


@pytest.mark.parametrize(("text", "actor"), [
    ("Russian forces resumed airstrikes on Tel Amra on Saturday.", "Russian Armed Forces"),
    ("Russian forces intensified their shelling of Tel Amra on Saturday, officials said.", "Russian Armed Forces"),
    ("The Islamic State group claimed the attack on Tel Amra on Saturday.", "Islamic State"),
])
def test_a_verb_that_is_no_reaction_keeps_its_subject_as_the_actor(text: str, actor: str) -> None:
    actors = _actors(text)
    assert actors and actors[0] == [actor], actors


def test_a_word_before_a_full_stop_starts_no_longer_name() -> None:
    """"12 fighters. Jets later hit ...": the fighters are people, the jets another thing."""
    from counterpoint.pipeline import extract_only

    x = extract_only([Article("a1", "Israeli troops killed 12 fighters. Jets later hit a second building in Tel "
                                    "Amra, the army said.", source="Wire", date="2022-04-09")])[0]
    assert any(m.text == "fighters" for m in x.mentions), x.mentions


@pytest.mark.parametrize("text", [
    "The prosecutor's office in Karsen opened a criminal case on Friday.",
    "The UN rights chief urged an independent and prompt inquiry, his office said.",
    "The governor apologised to the families of Tel Amra on Monday.",
])
def test_an_accountability_step_is_an_investigation(text: str) -> None:
    assert "investigation" in _types(text)


def test_a_clause_naming_the_strike_stays_a_strike_beside_an_inquiry() -> None:
    assert _types("The army bombed the market in Tel Amra, and an inquiry was opened.")[0] == "air_strike"


@pytest.mark.parametrize("text", [
    "The Russian fascists have hit the railway station in Tel Amra with cluster munitions.",
    "Government troops hit the market in Tel Amra on Friday.",
    "The hospital in Tel Amra was hit by Russian forces on Friday.",
    "Rebel fighters hit army positions north of Tel Amra overnight.",
])
def test_hitting_a_place_or_a_target_is_an_attack(text: str) -> None:
    assert _types(text)[0] is not None, _types(text)


@pytest.mark.parametrize("text", [
    "The region around Tel Amra was hit by sanctions last year.",
    "The striker hit the ball into the net in Tel Amra.",
    "Prices in Tel Amra hit a record high on Friday.",
    "Inflation has hit Tel Amra hard this year.",
])
def test_hitting_other_things_is_no_attack(text: str) -> None:
    assert _types(text) == [None], _types(text)


@pytest.mark.parametrize("text", [
    "Officials said they had no doubt that Russian forces shelled the hospital in Tel Amra on Monday.",
])
def test_no_doubt_that_an_act_happened_affirms_it(text: str) -> None:
    from counterpoint.pipeline import extract_only

    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert not [c for c in claims if c.event and c.event.polarity < 0], [(c.stance, c.event) for c in claims]


@pytest.mark.parametrize("text", [
    "Neither the air force nor the army targeted the aid convoy near Tel Amra on Monday, the ministry said.",
    "Absolutely no tasks to hit targets on the ground were accomplished by the air force near Tel Amra.",
    "The army had no plans to attack Tel Amra on Friday, the ministry said.",
])
def test_no_on_the_noun_an_act_completes_denies_the_act(text: str) -> None:
    from counterpoint.pipeline import extract_only

    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert [c for c in claims if c.event and c.event.polarity < 0], [(c.stance, c.event) for c in claims]


@pytest.mark.parametrize("text", [
    "\"We don't understand how it's possible to bomb a children's hospital in Tel Amra,\" the mayor said.",
    "The army said it did not know whether the strike hit the hospital in Tel Amra.",
])
def test_a_negated_question_about_an_act_does_not_deny_it(text: str) -> None:
    from counterpoint.pipeline import extract_only

    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert [c for c in claims if c.event] and not [c for c in claims if c.event and c.event.polarity < 0], \
        [(c.stance, c.event) for c in claims]


@pytest.mark.parametrize("text", [
    "\"Talks have never stopped ballistic missiles and aerial bombs on Tel Amra,\" the president said.",
    "Sanctions did not prevent the missile strikes on Tel Amra on Monday, the mayor said.",
    "The ceasefire did not halt the shelling of Tel Amra on Monday, residents said.",
])
def test_a_negated_prevention_does_not_deny_the_act_it_failed_to_stop(text: str) -> None:
    from counterpoint.pipeline import extract_only

    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert [c for c in claims if c.event] and not [c for c in claims if c.event and c.event.polarity < 0], \
        [(c.stance, c.event) for c in claims]
    assert not [c for c in claims if c.stance == "denied"], [(c.stance, c.cue) for c in claims]


@pytest.mark.parametrize("text", [
    "\"Any threat should have been reported to us, not an arbitrary attack on a house in Tel Amra,\" he said.",
    "They should not have bombed the market in Tel Amra on Monday, the mayor said.",
    "They ought not to have bombed the market in Tel Amra on Monday, the mayor said.",
])
def test_what_ought_to_have_happened_instead_does_not_deny_the_act(text: str) -> None:
    from counterpoint.pipeline import extract_only

    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert [c for c in claims if c.event] and not [c for c in claims if c.event and c.event.polarity < 0], \
        [(c.stance, c.event) for c in claims]


@pytest.mark.parametrize("text", [
    "Civilians and aid workers in Tel Amra must never be targeted, the coordinator said.",
    "Hospitals in Tel Amra should not be attacked, the UN said.",
])
def test_a_norm_that_an_act_must_never_be_done_denies_nothing(text: str) -> None:
    from counterpoint.pipeline import extract_only

    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert not [c for c in claims if c.stance == "denied" or (c.event and c.event.polarity < 0)], \
        [(c.stance, c.event) for c in claims]


@pytest.mark.parametrize("text", [
    "\"We should stress that our forces did not fire on the convoy near Tel Amra,\" the spokesman said.",
    "The rebels should know that the army did not shell Tel Amra on Monday, the ministry said.",
])
def test_a_modal_on_another_clause_leaves_the_denial(text: str) -> None:
    from counterpoint.pipeline import extract_only

    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert [c for c in claims if c.event and c.event.polarity < 0], [(c.stance, c.event) for c in claims]


def test_people_said_to_be_there_are_no_act() -> None:
    from counterpoint.pipeline import extract_only

    text = "The command said there were multiple suicide bombers from the Dar Salim cell in the car it struck."
    claims = extract_only([Article("a1", text, source="Wire", date="2021-08-29")])[0].claims
    assert not [c for c in claims if c.event and c.event.type == "suicide_bomb"], [(c.text, c.event) for c in claims]


def test_people_said_to_be_there_who_then_act_are_an_act() -> None:
    from counterpoint.pipeline import extract_only

    text = "There were two suicide bombers, who detonated their explosive vests at the gate of the base in Tel Amra."
    claims = extract_only([Article("a1", text, source="Wire", date="2021-08-29")])[0].claims
    assert [c for c in claims if c.event and c.event.type == "suicide_bomb"], [(c.text, c.event) for c in claims]


def test_allegations_called_incorrect_are_rejected_and_name_no_doer() -> None:
    from counterpoint.pipeline import extract_only

    text = "Rebel allegations of Coalition targeted a detention center in Dar Salim is incorrect."
    (claim,) = [c for c in extract_only([Article("a1", text, source="Wire", date="2022-01-22")])[0].claims if c.event]
    assert claim.stance in ("denied", "disputed"), (claim.stance, claim.cue)
    assert not claim.event.actors, claim.event


@pytest.mark.parametrize("verb", ["were confirmed to be incorrect", "proved to be false"])
def test_reports_found_to_be_wrong_are_rejected(verb: str) -> None:
    from counterpoint.pipeline import extract_only

    text = f"Reports that the army shelled the market in Dar Salim {verb}, the ministry said."
    claims = extract_only([Article("a1", text, source="Wire", date="2022-01-22")])[0].claims
    assert any(c.stance in ("denied", "disputed") for c in claims), [(c.text, c.stance, c.cue) for c in claims]


def test_a_staged_provocation_rejects_the_act() -> None:
    from counterpoint.pipeline import extract_only

    text = "\"The alleged airstrike on Tel Amra is a completely staged provocation,\" the spokesman said."
    claims = extract_only([Article("a1", text, source="Wire", date="2022-04-08")])[0].claims
    assert [c.stance for c in claims if c.event] in (["denied"], ["disputed"]), [(c.stance, c.cue) for c in claims]


@pytest.mark.parametrize(("text", "actor"), [
    pytest.param("Paramilitary forces have killed 75 people in a drone strike on the camp.", "Paramilitary forces",
                 id="who-killed-in-the-strike-struck"),
    pytest.param("Rebel fighters wounded 12 soldiers in the shelling of the checkpoint.", "Rebel fighters",
                 id="who-wounded-in-the-shelling-shelled"),
])
def test_who_harmed_people_in_an_act_did_it(text: str, actor: str) -> None:
    from counterpoint.config import load_settings
    from counterpoint.nlp import load_pipeline

    doc = load_pipeline(load_settings().model)(text)
    event = find_event(doc, list(range(len(doc))))
    assert event is not None and any(doc[i].text in actor.split() for i in event.actor_tokens), event


@pytest.mark.parametrize(("text", "not_actor"), [
    pytest.param("Residents fled in the air strike on the camp.", "Residents", id="who-fled"),
    pytest.param("Soldiers killed two gunmen in the air strike on the camp.", "Soldiers", id="who-killed-the-attackers"),
    pytest.param("Many soldiers were killed in the shelling of the camp.", "soldiers", id="a-passive-victim"),
    pytest.param("The militia has not killed anyone in the shelling of the camp.", "militia", id="a-denial"),
    pytest.param("The army killed 12 rebels in clashes near the camp.", "army", id="a-clash-has-two-sides"),
])
def test_guard_who_harmed_or_bore_harm_in_an_act_is_not_always_its_doer(text: str, not_actor: str) -> None:
    from counterpoint.config import load_settings
    from counterpoint.nlp import load_pipeline

    doc = load_pipeline(load_settings().model)(text)
    event = find_event(doc, list(range(len(doc))))
    assert event is None or not any(doc[i].text == not_actor for i in event.actor_tokens), event


@pytest.mark.parametrize("sentence", [
    pytest.param("The official said the prison was not on the no-strike list.", id="no-strike-list"),
    pytest.param("The target had not been placed on the No Strike List.", id="capitalised"),
    pytest.param("The facility wasn’t on the international ‘no strike list’.", id="quoted"),
])
def test_a_no_strike_list_names_a_list_not_an_act(sentence: str) -> None:
    claims = extract_only([Article("a1", sentence, source="Karsen Wire", date="2022-01-22")])[0].claims
    assert not any(c.event and c.event.type == "air_strike" for c in claims), \
        [(c.text, c.event.type if c.event else None) for c in claims]


def test_guard_no_strike_as_a_denied_act_is_still_an_act() -> None:
    article = Article("a1", "The army said no strike was carried out on the prison.", source="Karsen Wire",
                      date="2022-01-22")
    claims = extract_only([article])[0].claims
    assert any(c.event and c.event.type == "air_strike" for c in claims), [c.text for c in claims]


@pytest.mark.parametrize(("text", "doer"), [
    ("The Pakistani army in a brutal attack targeted the houses of refugees in Tel Amra on Tuesday.",
     "Pakistan Armed Forces"),
    ("The Russian army in an overnight attack shelled the town of Tel Amra.", "Russian Armed Forces"),
    ("The Pakistani army in a brutal attack hit the houses of refugees in Tel Amra on Tuesday.",
     "Pakistan Armed Forces"),
])
def test_the_subject_an_act_s_phrase_hangs_on_did_it(text: str, doer: str) -> None:
    """"The army in a brutal attack targeted the houses": the parse hangs "in a brutal attack" on
    "army", the subject of the verb of the act."""
    assert _actors(text)[0] == [doer], _actors(text)


def test_guard_who_died_in_the_attack_did_not_do_it() -> None:
    assert _actors("Two Pakistani soldiers in the attack died of their wounds in Tel Amra.") == [[]]


@pytest.mark.parametrize("text", [
    "[Islamabad] Pakistan Air Force fighter jets carried out strikes on Tuesday night in Tel Amra.",
    "Pakistan Air Force fighter jets carried out strikes on Tuesday night in Tel Amra.",
    "Pakistan's army carried out strikes on Tuesday night in Tel Amra.",
])
def test_a_country_s_force_named_by_the_country_is_its_army_however_the_model_tags_it(text: str) -> None:
    """After a bracketed dateline the model tags no name at all in "Pakistan Air Force": the
    country before a force noun still names the country's forces."""
    assert _actors(text)[0] == ["Pakistan Armed Forces"], _actors(text)


@pytest.mark.parametrize("text", [
    "The Indian army in the attack on its post near Tel Amra lost four soldiers on Tuesday.",
    "Russian troops in the assault on Tel Amra on Tuesday fought back for hours.",
])
def test_guard_who_suffered_or_answered_the_attack_did_not_do_it(text: str) -> None:
    assert _actors(text)[0] == [], _actors(text)



def test_guard_political_words_after_a_country_s_name_are_not_read_as_its_forces() -> None:
    """The matcher for forces named by the country leaves out words as often political
    ("Pakistan nationalists"); only a demonym the model tags is read with them."""
    from counterpoint.extract.national_forces import national_force_spans
    from counterpoint.nlp import annotate
    from counterpoint.config import load_settings

    (ann,) = annotate([Article("a1", "Pakistan nationalists and the Pakistan Army met in Tel Amra.",
                               source="Wire", date="2018-08-09")], load_settings())
    doc = ann.doc
    assert [doc[s:e].text for s, e in national_force_spans(doc)] == ["Pakistan Army"]


@pytest.mark.parametrize("text, place", [
    # the model reads "Aleppo" here as a nationality; the gazetteer places it, so it is where it happened
    ("A helicopter gunship fired on a convoy in Aleppo on Saturday, killing 11 fighters, the army said.", "Aleppo"),
    ("A drone fired two missiles at a car in Homs on Saturday, killing four people.", "Homs"),
    # read as an organisation, after another name the model took for one ("Pro-Assad")
    ("Pro-Assad militiamen shelled Idlib on Saturday, killing four people.", "Idlib"),
    ("Fighters loyal to Jaish al-Islam shelled Idlib on Saturday, killing four people.", "Idlib"),  # not the group
])
def test_the_events_place_may_be_a_name_the_model_was_unsure_of(text: str, place: str) -> None:
    from counterpoint.pipeline import analyze

    an = analyze([Article("a1", text, date="2023-06-10")])
    names = {e.id: e.name for e in an.entities}
    assert [names.get(c.event.place) for c in an.claims if c.event] == [place], an.claims


@pytest.mark.parametrize("text, place", [
    ("After the missiles hit the station, officials blamed the strike on Russia.", None),
    ("Hamas blamed the strike on Gaza City on Israel.", "Gaza City"),
    ("Officials blamed the deaths of five civilians on an air strike on Beirut.", "Beirut"),
])
def test_the_party_a_strike_is_blamed_on_is_not_where_it_happened(text: str, place: str | None) -> None:
    from counterpoint.pipeline import analyze

    an = analyze([Article("a1", text, date="2023-06-10")])
    names = {e.id: e.name for e in an.entities}
    assert [names.get(c.event.place) for c in an.claims if c.event and c.event.type == "air_strike"] == [place], \
        an.claims


@pytest.mark.parametrize("text, polarity", [
    ("Fighters briefly pushed into the edge of the camp in pickup trucks before being driven back by the army.", -1),
    ("Rebels entered the town of Tel Amra on Monday, only to be repelled by the army.", -1),
    ("Rebels pushed into the town of Tel Amra on Monday and held it until nightfall.", 1),
    # the end of another act, in a clause of its own
    ("Rebels seized the town of Tel Amra on Monday, which government troops had briefly entered in March before "
     "being driven back.", 1),
    ("Rebels took control of Tel Amra on Monday; an army counter-offensive reached the outskirts before being "
     "repelled.", 1),
])
def test_an_advance_told_with_its_end_after_it_failed(text: str, polarity: int) -> None:
    x = extract_only([Article("a1", text, source="Wire", date="2022-06-13")])[0]
    taken = [c.event for c in x.claims if c.event and c.event.type == "territory_taken"]
    assert taken and taken[0].polarity == polarity, [c.event for c in x.claims]


def test_the_liberation_of_a_town_is_its_taking() -> None:
    x = extract_only([Article("a1", "The rebels completed the liberation of the town of Tel Amra on Monday, the movement said.",
                              source="Wire", date="2022-06-13")])[0]
    assert [c.event.type for c in x.claims if c.event] == ["territory_regained"], [c.event for c in x.claims]


@pytest.mark.parametrize("text, kind", [
    ("Fighters of the Popular Front for the Liberation of Palestine fired rockets at Ashkelon on Monday.", "shelling"),
    ("The commander vowed to continue the battle for the liberation of Mosul.", "armed_clash"),
])
def test_guard_a_front_named_for_liberation_or_an_aim_to_liberate_takes_no_place(text: str, kind: str) -> None:
    x = extract_only([Article("a1", text, source="Wire", date="2022-06-13")])[0]
    assert [c.event.type for c in x.claims if c.event] == [kind], [c.event for c in x.claims]


@pytest.mark.parametrize("text, kind", [
    ("Our forces destroyed five combat vehicles near Tel Amra on Monday.", "destruction"),  # "combat" names a thing
    ("Rebels knocked out two tanks near Tel Amra on Monday.", "destruction"),
    ("Rebels destroyed two tanks and killed 12 soldiers near Tel Amra on Monday.", "killing"),  # another act leads
    ("Rebels shelled the army post near Tel Amra on Monday and destroyed two tanks.", "shelling"),
])
def test_a_clause_that_only_tells_what_was_destroyed_is_a_destruction(text: str, kind: str) -> None:
    from counterpoint.pipeline import extract_only

    x = extract_only([Article("a1", text, source="Wire", date="2018-08-09")])[0]
    assert [c.event.type for c in x.claims if c.event] == [kind], [(c.text, c.event) for c in x.claims]


def test_a_relative_clause_on_what_was_hit_dates_its_own_act() -> None:
    """"destroyed four tanks that the rebels had seized last year": last year is the seizure's."""
    from counterpoint.pipeline import extract_only

    x = extract_only([Article("a1", "Troops destroyed four tanks and two carriers that the rebels had seized from an "
                                    "army depot last year, the general said.", source="Wire", date="2024-03-14")])[0]
    assert [c.event.date for c in x.claims if c.event] == [None], [(c.text, c.event) for c in x.claims]


@pytest.mark.parametrize("text, kind", [
    ("Mortar rounds destroyed two homes in Tel Amra on Monday.", "shelling"),  # a weapon still names the attack
    ("Missile fragments knocked out a power substation in Tel Amra on Monday.", "air_strike"),
])
def test_a_weapon_modifying_a_noun_still_names_the_attack_before_a_destruction(text: str, kind: str) -> None:
    from counterpoint.pipeline import extract_only

    x = extract_only([Article("a1", text, source="Wire", date="2018-08-09")])[0]
    assert [c.event.type for c in x.claims if c.event] == [kind], [(c.text, c.event) for c in x.claims]


def test_a_relative_clause_on_the_victims_dated_the_same_days_still_dates_the_act() -> None:
    """"killed 12 civilians who had gathered at the market on Friday": Friday is the strike's day."""
    from counterpoint.pipeline import extract_only

    x = extract_only([Article("a1", "The air strike killed 12 civilians who had gathered at the market in Tel Amra "
                                    "on Friday, officials said.", source="Wire", date="2022-01-22")])[0]
    assert [c.event.date for c in x.claims if c.event] == ["2022-01-21"], [(c.text, c.event) for c in x.claims]


@pytest.mark.parametrize(("text", "day"), [
    pytest.param("TEL AMRA, Jan 21 - Two days ago an air strike hit the prison in Tel Amra, officials said.",
                 "2022-01-19", id="a-date-the-model-runs-into-the-dateline"),
    pytest.param("TEL AMRA, Jan 21 (Wire) - On Wednesday an air strike hit the prison in Tel Amra, officials said.",
                 "2022-01-19", id="a-date-after-the-agency"),
])
def test_a_date_opening_the_story_after_a_dateline_dates_the_act(text: str, day: str) -> None:
    """"KARSEN, Jan 21 - Two days ago ...": the model tags "Jan 21 - Two days ago" as one date."""
    from counterpoint.pipeline import extract_only

    x = extract_only([Article("a1", text, source="Wire", date="2022-01-21")])[0]
    assert [c.event.date for c in x.claims if c.event] == [day], [(c.text, c.event) for c in x.claims]


def test_a_release_s_bracketed_dateline_neither_opens_the_claim_nor_dates_the_act() -> None:
    """"(Nairobi, February 21, 2020) – Government forces killed ...": the release's day, not the killing's."""
    from counterpoint.pipeline import extract_only

    text = ("Troops Killed Villagers\n\n(Nairobi, February 21, 2020) – Government forces killed at least 23 civilians "
            "in the village of Tel Amra, the rights group said.")
    x = extract_only([Article("a1", text, source="Rights group", date="2020-02-21")])[0]
    acts = [c for c in x.claims if c.event and "forces" in c.text]
    assert [c.text.split()[0] for c in acts] == ["Government"], [(c.text, c.event) for c in x.claims]
    assert [c.event.date for c in acts] == [None], [(c.text, c.event) for c in x.claims]


@pytest.mark.parametrize("text", [
    "Units of the Islamic State captured the town of Tel Amra on Saturday.",
    "Fighters of the Islamic State captured the town of Tel Amra on Saturday.",
    "Members of the Islamic State captured the town of Tel Amra on Saturday.",
])
def test_a_part_of_a_force_acts_for_the_force(text: str) -> None:
    x = extract_only([Article("a1", text, source="Outlet", date="2024-03-09")])[0]
    claim = next(c for c in x.claims if c.event is not None)
    actors = [m.text for cid, role, m in x.event_args if cid == claim.id and role == "actor"]
    assert actors == ["Islamic State"], (claim.event, actors)


@pytest.mark.parametrize("text", ["There was no advance warning, the mayor said.",
                                  "There was no attack helicopter over Tel Amra, residents said."])
def test_no_before_a_thing_an_act_word_qualifies_denies_no_act(text: str) -> None:
    x = extract_only([Article("a1", text, source="Outlet", date="2024-03-09")])[0]
    assert [c.event for c in x.claims] == [None] and not x.negated


@pytest.mark.parametrize("text", [
    "Members of the family of Ahmed Khalil were killed by soldiers in Tel Amra on Monday.",
    "Soldiers of Colonel Ilan Dovas's guard attacked the village of Tel Amra on Monday.",
])
def test_a_name_deeper_in_the_of_phrase_is_no_force(text: str) -> None:
    x = extract_only([Article("a1", text, source="Outlet", date="2024-03-09")])[0]
    named = [m.text for _, role, m in x.event_args if role in ("actor", "target")]
    assert not any(n in ("Ahmed Khalil", "Ilan Dovas") for n in named), named


@pytest.mark.parametrize(("text", "doer"), [
    ("Rebels seized the town of Tel Amra from the army on Friday, residents said.", "Rebels"),
    ("The town of Tel Amra was seized from the army on Friday, residents said.", None),
])
def test_whom_a_place_is_seized_from_is_not_who_seized_it(text: str, doer: str | None) -> None:
    from counterpoint.pipeline import analyze

    an = analyze([Article("a1", text, source="Wire", date="2022-07-29")])
    (c,) = [c for c in an.claims if c.event and c.event.type == "territory_taken"]
    names = {m.text for e in an.entities if e.id in c.event.actors for m in e.mentions}
    assert "army" not in names and (doer in names if doer else not names), (names, c.event)


def test_whom_people_are_captured_from_is_not_who_captured_them() -> None:
    from counterpoint.pipeline import analyze

    an = analyze([Article("a1", "Rebel fighters captured 20 soldiers from the army near Tel Amra on Friday, "
                          "residents said.", source="Wire", date="2022-07-29")])
    acts = [c for c in an.claims if c.event and c.event.type == "detention"]
    names = {m.text for c in acts for e in an.entities if e.id in c.event.actors for m in e.mentions}
    assert acts and not any("army" in n for n in names), (names, [c.event for c in acts])
