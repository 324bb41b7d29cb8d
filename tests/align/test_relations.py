"""End-to-end relation tests: two short wire-style articles in, findings out.

The articles are written for these tests (fictional places and people). Each scenario runs the
whole pipeline (``counterpoint.pipeline.analyze``) and checks the relation, the evidence spans
(they must overlap the phrase a reader would point at) and, for omissions, ``missing_from``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Analysis, Article, Finding

pytestmark = pytest.mark.model

CONFLICTS = ("contradict", "dispute")


@dataclass(frozen=True)
class Scenario:
    a1: str
    a2: str
    date1: str = "2021-03-05"
    date2: str = "2021-03-05"
    source1: str = "Karsen Wire"
    source2: str = "Northern Herald"


SCENARIOS: dict[str, Scenario] = {
    # (a) the same hedged figure, from the same named general, in both outlets
    "hedged_agree": Scenario(
        "Up to 40 fighters were killed in clashes near the village of Tel Amra on Thursday, "
        "General Omar Haddad said on Friday. He said government troops had secured the road north "
        "of the village.",
        "General Omar Haddad, the regional army commander, told reporters that up to 40 fighters "
        "were killed near Tel Amra on Thursday. Residents reported heavy shelling overnight.",
    ),
    # (a') a range in one article and a single estimate inside it in the other
    "range_fits": Scenario(
        "Between 200 and 400 people were killed in the raid on Kel Samra last week, the regional "
        "council said on Friday.",
        "An estimated 300 people were killed when soldiers raided Kel Samra last week, a human "
        "rights group said. The army has not commented.",
    ),
    # (b) parts in one article add up to the parent category's total in the other
    "rollup_agree": Scenario(
        "The army destroyed four tanks and two armoured personnel carriers near Tel Amra on "
        "Thursday, the defence ministry said. The fighting lasted several hours.",
        "Six armoured vehicles were destroyed in the fighting near Tel Amra on Thursday, a military "
        "source said. The source did not give further details.",
    ),
    # (b) a listed count of the whole's own kind with another kind it covers: the list adds up
    "rollup_listed_same_kind": Scenario(
        "Our forces destroyed five combat vehicles and two armoured trucks near Tel Amra on Thursday, the "
        "division said.",
        "Troops destroyed seven rebel combat vehicles near Tel Amra on Thursday, an army spokesman said.",
    ),
    # ... nor when the list is a total with its breakdown
    "rollup_listed_total_and_breakdown": Scenario(
        "The shelling of Tel Amra on Thursday killed 12 people, five civilians and seven soldiers, the division said.",
        "The shelling of Tel Amra on Thursday killed 24 people, an army spokesman said.",
    ),
    # ... not when the other listed kind is outside the whole's ("a soldier and five civilians")
    "rollup_listed_other_kind": Scenario(
        "The shelling of Tel Amra on Thursday killed one soldier and five civilians, the division said.",
        "The shelling of Tel Amra on Thursday killed six soldiers, an army spokesman said.",
    ),
    # (c) a lumped count of two kinds against a list of both kinds
    "lumped_total": Scenario(
        "Government forces destroyed six tanks and armoured personnel carriers near Tel Amra on "
        "Thursday, the defence ministry said.",
        "The defence ministry said the army destroyed five tanks and one armoured personnel carrier "
        "near Tel Amra on Thursday. Fighting continued into the night.",
    ),
    # (d) two sources inside one article give disjoint tolls for the same strike
    "two_sources_one_article": Scenario(
        "An air strike hit the main market in Beit Sahra on Tuesday. The health ministry said 12 "
        "people were killed in the strike. The civil defence said 30 people were killed and dozens "
        "were wounded.",
        "An air strike on a crowded market in Beit Sahra on Tuesday caused heavy casualties, "
        "witnesses said. Rescue teams searched the rubble for hours.",
    ),
    # (e) a later article raises the toll: a revision, not a contradiction
    "revision": Scenario(
        "An air strike on the main market in Beit Sahra on Tuesday killed 12 people, local health "
        "officials said.",
        "The death toll from Tuesday's air strike on the main market in Beit Sahra has risen to 30, "
        "local health officials said. Rescuers were still searching the rubble.",
        date1="2021-03-02",
        date2="2021-03-04",
    ),
    # (f) opposite outcomes at the same place
    "outcome": Scenario(
        "The army repelled an attack by rebels on the town of Qasr Halim on Saturday, the defence "
        "ministry said. The ministry said the attackers suffered heavy losses.",
        "Rebels captured the town of Qasr Halim on Saturday after a day of heavy fighting, a rebel "
        "spokesman said. Government troops withdrew to the south.",
    ),
    # (g1) outlet B calls A's claim baseless
    "dispute_baseless": Scenario(
        "The defence ministry said on Sunday that rebels used chlorine in an attack on the village "
        "of Deir Saman. It said several soldiers were treated for breathing problems.",
        "Fighting continued around Deir Saman on Sunday. The ministry repeated its baseless claim "
        "that rebels used chlorine in the village.",
    ),
    # (g2) the accused side denies what A reports
    "dispute_denial": Scenario(
        "Government forces shelled the town of Kfar Tala on Sunday, killing three civilians, "
        "residents said.",
        "The defence ministry denied reports that its forces shelled Kfar Tala on Sunday. It said "
        "troops had only returned fire at rebel positions.",
    ),
    # (h) a displacement figure only one article gives
    "omission": Scenario(
        "Fighting between the army and rebels around Tel Amra entered a third day on Wednesday. "
        "More than 5,000 people have fled their homes in the district since Monday, the UN refugee "
        "agency said.",
        "Fighting between the army and rebels around Tel Amra entered a third day on Wednesday, a "
        "military source said. The source said government troops had retaken two hills east of the "
        "town.",
    ),
    # (i) the same group, "terrorists" in one article and "rebels" in the other
    "framing": Scenario(
        "Terrorists attacked an army checkpoint near Tel Amra on Thursday, the defence ministry "
        "said. The terrorists were driven back after an hour of fighting.",
        "Rebels attacked an army checkpoint near Tel Amra on Thursday, a rebel commander said. The "
        "rebels withdrew after an hour of fighting.",
    ),
    # variants: the same relations in other words, so no rule keyed to one wording passes alone
    "hedged_agree_other_words": Scenario(
        "As many as 40 fighters were killed in clashes near the village of Tel Amra on Thursday, "
        "General Omar Haddad said.",
        "Up to 40 fighters died in the fighting near Tel Amra on Thursday, according to General Omar "
        "Haddad.",
    ),
    "rollup_agree_open_bounds": Scenario(
        "Rebels destroyed at least seven tanks and three armoured personnel carriers near Tel Amra "
        "on Thursday, a rebel commander said.",
        "At least 10 armoured vehicles were destroyed near Tel Amra on Thursday, a military source "
        "said.",
    ),
    "two_sources_one_article_other_words": Scenario(
        "According to the health ministry, 12 people were killed when an air strike hit the market "
        "in Beit Sahra on Tuesday. The civil defence put the death toll at 30.",
        "An air strike hit a market in Beit Sahra on Tuesday, witnesses said.",
    ),
    "revision_rose_to": Scenario(
        "Twelve people were killed when an air strike hit the market in Beit Sahra on Tuesday, the "
        "civil defence said.",
        "The number of people killed in Tuesday's air strike on the market in Beit Sahra rose to 30 on "
        "Thursday, the civil defence said.",
        date1="2021-03-02",
        date2="2021-03-04",
    ),
    "outcome_other_order": Scenario(
        "Rebel fighters seized the village of Umm Safa on Monday after government troops pulled out, "
        "the Northern Front said.",
        "Government troops repelled a rebel assault on the village of Umm Safa on Monday, state media "
        "reported.",
    ),
    "dispute_fabricated": Scenario(
        "Government aircraft bombed a hospital in Marj Hamad on Monday, killing four patients, "
        "medical staff said.",
        "The air force dismissed as fabricated reports that its aircraft bombed a hospital in Marj "
        "Hamad.",
    ),
    "dispute_unjustified": Scenario(
        "Government aircraft bombed a hospital in Marj Hamad on Monday, killing four patients, "
        "medical staff said.",
        "The government said that the attempt to place blame on its air force for the bombing of the hospital in "
        "Marj Hamad is unjustified.",
    ),
    "dispute_that_is_false": Scenario(
        "Rebels overran the army base in Marj Hamad on Monday and are now in control of it, residents said.",
        "Rebels claimed on Monday that they had overrun the army base in Marj Hamad. \"That is false,\" an army "
        "spokesman said.",
    ),
    "framing_regime": Scenario(
        "Regime forces shelled the outskirts of Kfar Tala on Monday, activists said.",
        "The Syrian army shelled rebel positions on the outskirts of Kfar Tala on Monday, state media "
        "said.",
    ),
    # a war's cumulative toll and an earlier, separate strike are background, not the incident
    "background_tolls": Scenario(
        "An air strike hit the crowded market of Beit Sahra on Tuesday, killing 12 civilians and "
        "wounding 30, local health officials said. The war, now in its ninth year, has killed more "
        "than 400,000 people.",
        "An air strike on the market in Beit Sahra on Tuesday killed 12 civilians, a monitoring group "
        "said. Last month, a similar strike on the nearby town of Kfar Tala killed 22 people.",
    ),
    # several sources, two versions of one toll: one finding, not one per pair of figures
    "many_versions": Scenario(
        "The health ministry said 35 people were killed in the air strike on the Beit Sahra camp on "
        "Tuesday. Medics at the camp said 44 people had died, and the civil defence put the toll at "
        "more than 40 people.",
        "At least 44 people were killed in the strike on the Beit Sahra camp on Tuesday, the United "
        "Nations said. Another aid group said at least 40 people were killed.",
        date2="2021-03-04",  # the day before: the later count is the lower, no rising toll
    ),
    # a denial with no event of its own answers the other outlet's accusation
    "denied_responsibility": Scenario(
        "A Syrian army missile hit the railway station in Tel Amra on Friday, killing 30 people, "
        "local officials said.",
        "Thirty people were killed when a missile hit the railway station in Tel Amra on Friday. "
        "The Syrian defence ministry denied responsibility.",
    ),
    # the allegations as the subject of a rejection the claim's words start after
    "allegations_found_incorrect": Scenario(
        "A Syrian army missile hit the railway station in Tel Amra on Friday, killing 30 people, "
        "local officials said.",
        "A spokesman said the army had not struck the railway station in Tel Amra. The allegations were "
        "confirmed to be incorrect after a comprehensive review of the post-action procedures (AAR) was "
        "conducted according to the internal mechanism of the Joint Command of the army, Haddad said, while "
        "noting that the command takes such reports seriously.",
    ),
    # a part named with "of whom" and a group among the dead are not rival tolls
    "sub_figures": Scenario(
        "Fifty people died in the strike on the Tel Amra station on Friday, 5 of whom were children, "
        "the governor said. Among the dead were 12 students.",
        "At least 50 people were killed in the strike on the Tel Amra station on Friday, officials "
        "said.",
    ),
    # what a toll includes is a part of it
    "toll_includes": Scenario(
        "The final death toll from the strike on the Tel Amra station on Friday reached 44, officials said. "
        "The final toll included two dozen people initially listed as missing, the governor said.",
        "The strike on the Tel Amra station on Friday killed 44 people, officials said.",
    ),
    # two accounts name different missiles for one strike
    "rival_missiles": Scenario(
        "An Iskander missile hit the railway station in Tel Amra on Friday, the regional governor said.",
        "A Tochka-U missile hit the railway station in Tel Amra on Friday, the defence ministry said.",
    ),
    # rival classes of missile: cruise and ballistic
    "rival_missile_classes": Scenario(
        "Two cruise missiles hit the railway station in Tel Amra on Friday, the regional governor said.",
        "Two ballistic missiles hit the railway station in Tel Amra on Friday, the defence ministry said.",
    ),
    # the same model in both; one voice listing two models does not contradict itself
    "same_missile": Scenario(
        "A Tochka-U missile hit the railway station in Tel Amra on Friday, the governor said.",
        "The defence ministry said a Tochka-U missile hit the railway station in Tel Amra on Friday. "
        "According to the statement on its website Grad rockets and a Smerch launcher had been used "
        "against the town earlier that day.",
    ),
    # a count with no casualty role given alike, and a headline's round figure against the exact one
    "crowd_and_rounding": Scenario(
        "Missile strike on Tel Amra station: 100 wounded. About 4,000 people were at the station in "
        "Tel Amra on Friday when the missile hit, the mayor said. 98 people were wounded, he said.",
        "Some 4,000 civilians were waiting at the Tel Amra station on Friday when the missile struck, "
        "officials said.",
    ),
    # a lede's round hundred for the ministry's exact count, and a round hundred too far from it
    "rounded_lede": Scenario(
        "Troops fired on a crowd waiting for aid in Tel Amra on Friday, killing 40 people and injuring 700 "
        "others, the health ministry said.",
        "The health ministry said 760 people were injured when troops fired on a crowd waiting for aid in "
        "Tel Amra on Friday.",
    ),
    "round_hundred_too_far": Scenario(  # the later article has the lower count: rival counts, not a toll rising
        "Troops fired on a crowd waiting for aid in Tel Amra on Friday, injuring 700 people, the health "
        "ministry said.",
        "A hospital director said 830 people were injured when troops fired on a crowd waiting for aid in "
        "Tel Amra on Friday.",
        date1="2021-03-06",
    ),
    # the accused side's denial and a count of children, each in one article only
    "denial_and_children": Scenario(
        "An air strike hit the market in Beit Sahra on Tuesday, killing 12 people including five "
        "children, medics said. The army denied carrying out the strike.",
        "An air strike on the market in Beit Sahra on Tuesday killed 12 people, residents said.",
    ),
    # a surname and an ordinary word that are also weapon names; an older attack recalled in the lead
    "weapon_lookalikes": Scenario(
        "On 4 April 2017 a sarin attack killed dozens in Khan Sheikhoun. A chlorine attack hit the town "
        "of Tel Amra on Friday, wounding 12 people including Oleh Tochka, who was hit in the scalp, "
        "medics said.",
        "A chlorine attack on Tel Amra on Friday wounded 12 people, a monitoring group said.",
    ),
    # a group's count that cannot fit inside the whole toll the other outlet gives
    "part_exceeds_whole": Scenario(
        "An air strike on the market in Beit Sahra on Tuesday killed 12 children, medics said.",
        "An air strike on the market in Beit Sahra on Tuesday killed 3 people, officials said.",
    ),
    # staff killed and militants killed: a group's count is not a whole toll a larger group must fit in
    "staff_and_militants": Scenario(
        "Three hospital staff were killed when an air strike hit the clinic in Beit Sahra on Tuesday, "
        "the aid group said.",
        "At least 15 militants were killed in the air strike on Beit Sahra on Tuesday, police said.",
    ),
    # one attack reported with two agents: several agents may be used at once
    "two_agents": Scenario(
        "Chlorine gas was used in the attack on Tel Amra on Friday, rescuers said.",
        "A sarin attack hit Tel Amra on Friday, a local medical group said.",
    ),
    # a count of staff and a count of "staff and patients" are different groups
    "staff_and_patients": Scenario(
        "The air strike on the clinic in Beit Sahra on Tuesday left three staff dead, the hospital said.",
        "The air strike on the clinic in Beit Sahra on Tuesday killed 19 staff and patients, the aid group said.",
    ),
    # a count of none against a count: "not a single guard was injured" vs "eight guards were injured"
    "none_vs_eight": Scenario(
        "Not a single guard was injured in the blast at the camp near Tel Amra on Friday, officials said.",
        "Eight guards were injured in the blast at the camp near Tel Amra on Friday, the ministry said.",
    ),
    # "no civilians were hurt" against staff killed: staff are civilians and "hurt" denies any harm
    "none_hurt_vs_staff_killed": Scenario(
        "No doctors of the clinic or patients and civilians were hurt in the air strike on Beit Sahra on "
        "Tuesday, the police chief said.",
        "The air strike on the clinic in Beit Sahra on Tuesday killed five staff, the aid group said. "
        "A day later the aid group said 14 staff and patients had been killed.",
    ),
    # the same dead as fighters in one account and as civilians in another
    "fighters_or_civilians": Scenario(
        "The army said it killed 120 terrorists in the operation in Tel Amra last week, without civilian "
        "casualties.",
        "Residents of Tel Amra said soldiers executed about 150 civilians in the village last week, a rights "
        "group said.",
    ),
    # two accounts put one strike on opposing sides
    "who_did_it": Scenario(
        "Thirty people were killed when a Russian missile strike hit the railway station in Tel Amra on "
        "Friday, the regional governor said.",
        "The blast at the railway station in Tel Amra on Friday was the Ukrainian military's provocation, "
        "the Russian defence ministry said. Thirty people died.",
    ),
    # one hospital's intake is part of the toll, not a rival count
    "hospital_intake": Scenario(
        "An air strike on the market in Beit Sahra on Tuesday killed 40 people, the health ministry said.",
        "A hospital in Beit Sahra received 12 bodies after the air strike on the market on Tuesday, medics said.",
    ),
    # the wounded one hospital received are part of the wounded
    "hospital_received_wounded": Scenario(
        "An air strike on the market in Beit Sahra on Tuesday killed 14 people and wounded 27, the health ministry "
        "said.",
        "The director of the Beit Sahra hospital said the hospital had received 11 bodies and 16 wounded after the "
        "air strike on the market on Tuesday.",
    ),
    # a count listed after one the intake verb does not take ("received reports of") is no intake
    "reported_then_listed": Scenario(
        "The air strike on the market in Beit Sahra on Tuesday killed 20 people and wounded 27, medics said.",
        "The UN said it had received reports of 14 dead and 50 wounded in the air strike on the market in Beit "
        "Sahra on Tuesday.",
    ),
    # bodies received at one place, told after the figure, are part of the dead
    "bodies_received": Scenario(
        "At least 30 bodies lay near the base in Tel Amra after the attack on Friday, a witness said.",
        "About eight bodies were received at the airbase in Kelda after the attack on the base in Tel Amra on "
        "Friday, an officer said.",
    ),
    # those who died at the scene, or on the day, are part of the toll
    "died_at_the_scene": Scenario(
        "Missiles struck the railway station in Tel Amra on Friday. Fifty-two people have been killed, the "
        "regional governor said. Prosecutors said 39 people died at the scene.",
        "Missiles struck the railway station in Tel Amra on Friday, officials said.",
    ),
    "dead_on_the_day": Scenario(
        "A missile strike on the station in Tel Amra on Friday killed at least 58 civilians, a rights group said. "
        "The authorities reported 52 deaths on the day of the attack.",
        "Missiles struck the railway station in Tel Amra on Friday, officials said.",
    ),
    "killed_at_the_scene_of": Scenario(
        "Three soldiers were killed at the scene of the blast in Tel Amra on Friday, the army said. Local "
        "officials said the blast in Tel Amra on Friday killed five soldiers.",
        "A blast hit an army post in Tel Amra on Friday, residents said.",
    ),
    # the treated are the wounded, not one place's share of them
    "treated_for_wounds": Scenario(
        "After the air strike on the market in Beit Sahra on Tuesday, 120 people were treated for wounds, medics "
        "said.",
        "The air strike on the market in Beit Sahra on Tuesday wounded 45 people, officials said.",
    ),
    # an army admitting a toll gives it, no facility's intake
    "army_admitting": Scenario(
        "The army issued a statement on Wednesday admitting 12 civilians were killed in the air strike on the market "
        "in Beit Sahra on Tuesday.",
        "The air strike on the market in Beit Sahra on Tuesday killed 40 civilians, medics said.",
    ),
    # a lower bound and a figure above it fit each other; they are not the same figure
    "at_least_and_more": Scenario(
        "The air strike on the market in Beit Sahra on Tuesday killed at least 23 people, officials said.",
        "The air strike on the market in Beit Sahra on Tuesday killed 27 people, a doctor said.",
    ),
    "same_toll": Scenario(
        "The air strike on the market in Beit Sahra on Tuesday killed at least 23 people, officials said.",
        "At least 23 people were killed in the air strike on the market in Beit Sahra on Tuesday, medics said.",
    ),
    # some of the wounded who died later, told without their noun, are part of the dead
    "wounded_died_later": Scenario(
        "The air strike on the market in Beit Sahra on Tuesday killed 23 people, officials said.",
        "The death toll from the air strike on the market in Beit Sahra on Tuesday rose to 27 after four of the "
        "wounded died in hospital, a doctor said.",
    ),
    # "admitted" before a clause of its own is saying, not a hospital's intake
    "army_admitted": Scenario(
        "The army admitted 12 civilians were killed in the air strike on the market in Beit Sahra on Tuesday.",
        "The air strike on the market in Beit Sahra on Tuesday killed 40 civilians, medics said.",
    ),
    # casualties that include the dead and the wounded are split by harm, not a part of the toll
    "casualties_included": Scenario(
        "The air strike on the market in Beit Sahra on Tuesday caused heavy casualties. Medics said the casualties "
        "included 12 dead and 60 wounded.",
        "The air strike on the market in Beit Sahra on Tuesday killed 40 people, officials said.",
    ),
    # one doctor's patients are part of the wounded
    "doctor_treating": Scenario(
        "The air strike on the market in Beit Sahra on Tuesday wounded 43 people, a medic said.",
        "A doctor in the hospital said he was treating seven injured persons. Officials said the air strike hit the "
        "market in Beit Sahra on Tuesday.",
    ),
    # "that attack" is the attack the sentence before named, elsewhere
    "that_attack": Scenario(
        "An air strike on the market in Saada on Tuesday killed 40 people, the health ministry said.",
        "The coalition said its strike on Saada came after fighters had fired rockets at Jizan on "
        "Monday night. One person was killed in that attack, state media said.",
    ),
    # soldiers and militants killed in one battle are two tolls, not two versions of one
    "two_sides_losses": Scenario(
        "Eight soldiers were killed when militants attacked an army post near Tel Amra on Sunday, "
        "the army said.",
        "The army said it killed 60 militants near Tel Amra on Sunday after they attacked a post.",
    ),
    # one outlet rejects two of the other's claims: a place's loss and a chemical warning
    "dispute_two_claims": Scenario(
        "Government forces repelled rebel attacks on Tell Amra on Monday, the army said. The army said "
        "the rebels were preparing a chemical attack in Tell Amra to blame it on the government.",
        "Rebels took the town of Tell Amra on Monday. State media refused to acknowledge the rebel gains "
        "in Tell Amra. They also repeated the disinformation that rebels are planning a chemical attack "
        "in the town.",
    ),
    # the accused side answers the killings with an account of its attack, dismissing the accusations
    "dispute_accusations": Scenario(
        "Soldiers shot dead 40 villagers in Dar Salim on Monday, residents told the rights group.",
        "Our forces attacked armed men who were meeting in Dar Salim on Monday, the army said, dismissing "
        "accusations by rights groups.",
    ),
    # a rejection that names its own event is about that event, not the article's lead
    "dispute_own_event": Scenario(
        "Rebels captured the town of Tell Amra on Monday, residents said.",
        "An air strike killed 10 people in Dar Salim on Monday. The army denied reports of the capture "
        "of Tell Amra.",
    ),
    # how many were there: a vague count and a figure in its band
    "crowd_band": Scenario(
        "A missile hit the station in Tell Amra on Friday. There were thousands of people at the station, "
        "an official said.",
        "About 4,000 civilians had been at the station in Tell Amra when the missile hit on Friday, "
        "prosecutors said.",
    ),
    # a vague count of the wounded and a figure in its band; and one beyond it
    "wounded_band": Scenario(
        "Thirty people were injured when a jet bombed the market in Tell Amra on Friday, residents said.",
        "A jet bombed the market in Tell Amra on Friday, causing dozens of injuries, medics said.",
    ),
    "wounded_bound_in_band": Scenario(
        "More than 90 people were injured when a jet bombed the market in Tell Amra on Friday, residents said.",
        "A jet bombed the market in Tell Amra on Friday, causing dozens of injuries, medics said.",
    ),
    "wounded_group_in_band": Scenario(
        "Thirty soldiers were wounded when a jet bombed the base in Tell Amra on Friday, officers said.",
        "A jet bombed the base in Tell Amra on Friday, wounding dozens, medics said.",
    ),
    "wounded_beyond_band": Scenario(
        "About 150 people were injured when a jet bombed the market in Tell Amra on Friday, residents said.",
        "A jet bombed the market in Tell Amra on Friday, causing dozens of injuries, medics said.",
    ),
    # a claim stated in a headline and again in the body, then denied
    "dispute_headline": Scenario(
        "Rebel shelling kills 12 at Tell Amra market\n\nTwelve people were killed when shells hit the "
        "crowded market in Tell Amra on Monday, residents said. They blamed rebel fighters.",
        "Rebel commanders denied on Monday that their fighters shelled the market in Tell Amra.",
    ),
}


def articles_of(s: Scenario) -> list[Article]:
    return [
        Article(id="a1", text=s.a1, source=s.source1, date=s.date1),
        Article(id="a2", text=s.a2, source=s.source2, date=s.date2),
    ]


@functools.cache
def run(name: str) -> Analysis:
    return analyze(articles_of(SCENARIOS[name]))


def span(name: str, article: str, phrase: str) -> tuple[str, int, int]:
    """(article, start, end) of ``phrase`` in the scenario's article text (must be there)."""
    s = SCENARIOS[name]
    text = s.a1 if article == "a1" else s.a2
    start = text.find(phrase)
    assert start >= 0, f"test bug: {phrase!r} not in {article}"
    return article, start, start + len(phrase)


def overlaps(f: Finding, where: tuple[str, int, int]) -> bool:
    art, s, e = where
    return any(ev.article == art and ev.start < e and s < ev.end for ev in f.evidence)


def matching(an: Analysis, relations: Iterable[str], *sides: tuple[str, int, int]) -> list[Finding]:
    """Findings of one of ``relations`` whose evidence overlaps every side."""
    rel = set(relations)
    return [f for f in an.findings if f.relation in rel and all(overlaps(f, s) for s in sides)]


def conflicts_of(first: str, second: str) -> list[tuple[str, str]]:
    """The contradictions and disputes found between two articles written for a test."""
    an = analyze(articles_of(Scenario(first, second)))
    return [(f.relation, f.explanation) for f in an.findings if f.relation in CONFLICTS]


def dump(name: str) -> str:
    """The findings as text, for assertion messages."""
    an = run(name)
    texts = {a.id: a.text for a in an.articles}
    lines = []
    for f in an.findings:
        ev = "; ".join(f"{e.article}:{texts[e.article][e.start:e.end]!r}" for e in f.evidence)
        lines.append(f"{f.id} {f.relation} missing_from={f.missing_from} evidence=[{ev}]")
    return "\n".join(lines) or "(no findings)"


# --------------------------------------------------------------------------- (a) hedged agree


@pytest.mark.parametrize(("name", "a1_phrase", "a2_phrase"), [
    pytest.param("hedged_agree", "Up to 40 fighters", "up to 40 fighters", id="up-to-both"),
    pytest.param("hedged_agree_other_words", "As many as 40 fighters", "Up to 40 fighters", id="as-many-as"),
])
def test_same_hedged_figure_from_same_general_agrees(name: str, a1_phrase: str, a2_phrase: str) -> None:
    found = matching(run(name), ["agree"], span(name, "a1", a1_phrase), span(name, "a2", a2_phrase))
    assert found, dump(name)


def test_same_hedged_figure_is_not_an_omission() -> None:
    """Both articles report the 40 killed, so neither is silent on it."""
    name = "hedged_agree"
    a1_fig, a2_fig = span(name, "a1", "Up to 40 fighters"), span(name, "a2", "up to 40 fighters")
    wrong = [f for f in run(name).findings if f.relation == "omission"
             and (overlaps(f, a1_fig) or overlaps(f, a2_fig))]
    assert not wrong, dump(name)


def test_same_hedged_figure_claims_name_the_general() -> None:
    an = run("hedged_agree")
    figures = [q for q in an.quantities if "40 fighters" in q.text]
    assert len(figures) == 2, an.quantities
    for q in figures:
        claim = next(c for c in an.claims if c.id == q.claim)
        assert claim.speaker_text and "Haddad" in claim.speaker_text, (q, claim)


def test_an_estimate_inside_a_range_agrees_and_does_not_contradict() -> None:
    name = "range_fits"
    rng, estimate = span(name, "a1", "Between 200 and 400 people"), span(name, "a2", "An estimated 300 people")
    agreed = [f for f in matching(run(name), ["agree"], rng, estimate) if "fit each other" in f.explanation]
    assert agreed, dump(name)
    assert not matching(run(name), list(CONFLICTS), rng, estimate), dump(name)


# --------------------------------------------------------------------------- (b) roll-up sum


@pytest.mark.parametrize(("name", "parts", "whole"), [
    pytest.param("rollup_agree", ("four tanks", "two armoured personnel carriers"), "Six armoured vehicles",
                 id="exact"),
    pytest.param("rollup_agree_open_bounds", ("at least seven tanks", "three armoured personnel carriers"),
                 "At least 10 armoured vehicles", id="at-least"),
])
def test_parts_add_up_to_parent_total_agree(name: str, parts: tuple[str, ...], whole: str) -> None:
    sides = [span(name, "a1", p) for p in parts] + [span(name, "a2", whole)]
    assert matching(run(name), ["agree"], *sides), dump(name)


def test_a_listed_count_of_the_wholes_own_kind_is_no_rival_of_the_whole() -> None:
    name = "rollup_listed_same_kind"
    wrong = matching(run(name), CONFLICTS, span(name, "a1", "five combat vehicles"),
                     span(name, "a2", "seven rebel combat vehicles"))
    assert not wrong, dump(name)


def test_guard_a_total_listed_with_its_breakdown_is_not_summed_with_it() -> None:
    name = "rollup_listed_total_and_breakdown"
    assert matching(run(name), ["contradict"], span(name, "a1", "12 people"), span(name, "a2", "24 people")), \
        dump(name)


def test_guard_a_list_with_a_kind_outside_the_whole_does_not_add_up_to_it() -> None:
    name = "rollup_listed_other_kind"
    assert matching(run(name), ["contradict"], span(name, "a1", "one soldier"), span(name, "a2", "six soldiers")), \
        dump(name)


# --------------------------------------------------------------------------- (c) lumped total


@pytest.mark.parametrize("part", ["five tanks", "one armoured personnel carrier"])
def test_lumped_total_vs_its_parts_is_not_a_conflict(part: str) -> None:
    name = "lumped_total"
    wrong = matching(run(name), CONFLICTS, span(name, "a1", "six tanks and armoured personnel carriers"),
                     span(name, "a2", part))
    assert not wrong, dump(name)


# --------------------------------------------------------------------------- (d) within one article


@pytest.mark.parametrize(("name", "first", "second"), [
    pytest.param("two_sources_one_article", "12 people", "30 people", id="said-said"),
    pytest.param("two_sources_one_article_other_words", "12 people", "at 30", id="according-to-put-at"),
])
def test_disjoint_figures_from_two_sources_in_one_article_contradict(name: str, first: str,
                                                                     second: str) -> None:
    found = matching(run(name), ["contradict"], span(name, "a1", first), span(name, "a1", second))
    assert found, dump(name)


# --------------------------------------------------------------------------- (e) revision


@pytest.mark.parametrize(("name", "earlier", "later"), [
    pytest.param("revision", "12 people", "30", id="has-risen-to"),
    pytest.param("revision_rose_to", "Twelve people", "30", id="rose-to"),
])
def test_later_higher_toll_is_a_revision_not_a_contradiction(name: str, earlier: str, later: str) -> None:
    wrong = matching(run(name), CONFLICTS, span(name, "a1", earlier), span(name, "a2", later))
    assert not wrong, dump(name)


@pytest.mark.parametrize(("name", "earlier"), [
    pytest.param("revision", "12 people", id="has-risen-to"),
    pytest.param("revision_rose_to", "Twelve people", id="rose-to"),
])
def test_revised_toll_is_not_an_omission(name: str, earlier: str) -> None:
    """The later article gives the (updated) death toll, so the earlier toll is not missing from it."""
    found = matching(run(name), ["omission"], span(name, "a1", earlier))
    wrong = [f for f in found if "a2" in f.missing_from]
    assert not wrong, dump(name)


@pytest.mark.parametrize(("first", "second", "clash"), [
    pytest.param("killed 39 people, the regional governor said.", "killed at least 51 people, the railway company said.",
                 False, id="a-toll-still-rising-through-the-day"),
    pytest.param("killed 43 people, a local medical group said.", "killed 75 people, an aid group said.",
                 True, id="rival-counts-far-apart"),
    pytest.param("killed 39 people, the Russian Defence Ministry said.",
                 "killed 51 people, the Armed Forces of Ukraine said.", True, id="counts-of-enemies"),
    pytest.param("killed 40 people, residents said.", "killed 55 people, the army said.", True,
                 id="a-party-s-count-against-residents"),
    pytest.param("killed 39 people, Russian officials said.", "killed 51 people, Ukrainian officials said.", True,
                 id="officials-of-rival-countries"),
    pytest.param("killed 50 people, the health ministry said.", "killed only 35 people, the army said.", True,
                 id="only"),
])
def test_same_day_tolls_from_voices_on_one_side_are_a_rising_count(first: str, second: str, clash: bool) -> None:
    s = Scenario("A missile strike on the railway station in Tel Amra on Friday " + first,
                 "A missile strike on the railway station in Tel Amra on Friday " + second)
    an = analyze(articles_of(s))
    n1, n2 = first.split(" people")[0].split("killed ")[1], second.split(" people")[0].split("killed ")[1]
    a1 = ("a1", s.a1.find(n1), s.a1.find(n1) + len(n1))
    a2 = ("a2", s.a2.find(n2), s.a2.find(n2) + len(n2))
    assert bool(matching(an, ["contradict"], a1, a2)) is clash, [(f.relation, f.explanation) for f in an.findings]


def test_same_day_unmarked_tolls_do_contradict() -> None:
    """Control for (e): the same two tolls on the same day with no update wording conflict, so the
    revision tests pass because of the revision, not because the figures were never paired."""
    s = Scenario(
        "An air strike on the main market in Beit Sahra on Tuesday killed 12 people, local health "
        "officials said.",
        "An air strike on the main market in Beit Sahra on Tuesday killed 30 people, local health "
        "officials said.",
    )
    an = analyze(articles_of(s))
    a1 = ("a1", s.a1.find("12 people"), s.a1.find("12 people") + len("12 people"))
    a2 = ("a2", s.a2.find("30 people"), s.a2.find("30 people") + len("30 people"))
    assert matching(an, ["contradict"], a1, a2), [(f.relation, f.explanation) for f in an.findings]


def test_a_toll_given_as_a_range_on_a_spectrum_contradicts_a_higher_floor() -> None:
    first = "At least 500 civilians were killed in the blast at the hospital in Tel Amra on Tuesday, the ministry said."
    second = ("After the blast at the hospital in Tel Amra on Tuesday, an intelligence report estimated the death "
              "toll “at the low end of the 100 to 300 spectrum”.")
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "contradict" and overlaps(f, span_in(first, "a1", "500 civilians"))
            and overlaps(f, span_in(second, "a2", "100 to 300"))], [(f.relation, f.explanation) for f in an.findings]


@pytest.mark.parametrize(("other", "clash"), [
    pytest.param("about 2,500 civilians were killed", True, id="thousands-against-hundreds"),
    pytest.param("about 600 civilians were killed", False, id="a-figure-among-the-hundreds"),
])
def test_hundreds_of_dead_cannot_be_thousands(other: str, clash: bool) -> None:
    first = "Hundreds of people were killed in the air strike on the market in Tel Amra on Tuesday, residents said."
    second = f"In the air strike on the market in Tel Amra on Tuesday, {other}, the regional government said."
    an = analyze(articles_of(Scenario(first, second)))
    found = [f for f in an.findings if f.relation == "contradict" and overlaps(f, span_in(first, "a1", "Hundreds"))]
    assert bool(found) == clash, [(f.relation, f.explanation) for f in an.findings]


def test_two_whole_tolls_named_differently_contradict_and_a_share_among_the_dead_does_not() -> None:
    first = "A drone strike on the mosque in Tel Amra on Friday killed 43 civilians, medics said."
    second = ("A drone strike on the mosque in Tel Amra on Friday killed 75 people, officials said. \"Among the dead "
              "are 20 displaced persons from the camp,\" a volunteer group said.")
    an = analyze(articles_of(Scenario(first, second)))
    found = [f for f in an.findings if f.relation == "contradict"]
    assert [f for f in found if overlaps(f, span_in(first, "a1", "43 civilians"))
            and overlaps(f, span_in(second, "a2", "75 people"))], [f.explanation for f in an.findings]
    assert not [f for f in found if overlaps(f, span_in(second, "a2", "20 displaced persons"))], \
        [f.explanation for f in found]


def test_one_sides_fighters_and_fighters_of_the_same_count_agree() -> None:
    first = ("Militants attacked the army base in Tel Amra on Friday. The soldiers repulsed the attack and killed "
             "70 Northern-Front militants, the army said.")
    second = ("Militants attacked the army base in Tel Amra on Friday. The army said 70 suspected Northern Front "
              "fighters were killed.")
    an = analyze(articles_of(Scenario(first, second)))
    found = [f for f in an.findings if f.relation == "agree" and overlaps(f, span_in(first, "a1", "70 Northern"))
             and overlaps(f, span_in(second, "a2", "70 suspected"))]
    assert found, [(f.relation, f.explanation) for f in an.findings]


def test_guard_fighters_of_no_named_side_do_not_agree_with_soldiers() -> None:
    first = "Rebels attacked the army base in Tel Amra on Friday, killing 70 soldiers, the rebels said."
    second = "Rebels attacked the army base in Tel Amra on Friday. The army said its troops killed 70 fighters."
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if f.relation == "agree" and "the same figure" in f.explanation
                and overlaps(f, span_in(first, "a1", "70 soldiers"))], [f.explanation for f in an.findings]


def test_a_handful_of_people_counted_one_by_one_on_one_day_is_no_rising_toll() -> None:
    """"3 Russian reporters" and "two Russian journalists" wounded the same day: the same few people,
    counted differently, not an earlier tally of a toll still rising."""
    first = "A second strike on the cathedral in Tel Amra on Thursday injured 3 Russian reporters, the ministry said."
    second = "Hours later, the cathedral in Tel Amra came under more shelling that wounded two Russian journalists."
    an = analyze(articles_of(Scenario(first, second)))
    found = [f for f in an.findings if f.relation == "contradict" and overlaps(f, span_in(first, "a1", "3 Russian"))
             and overlaps(f, span_in(second, "a2", "two Russian journalists"))]
    assert found, [(f.relation, f.explanation) for f in an.findings]


def test_a_figure_another_article_calls_the_earlier_estimate_is_a_revision() -> None:
    """One outlet gives the separatists' "about 30" and the governor's 39; a third article says the
    governor revised an earlier estimate of 30: the two figures are versions, not rival counts."""
    first = ("About 30 people were killed in the missile strike on the station in Tel Amra on Friday, the "
             "separatist command said. Governor Omar Dallo said 39 people were killed.")
    third = "Governor Omar Dallo revised an earlier estimate of 30 killed in the strike on the station in Tel Amra."
    arts = [Article("a1", first, source="Outlet 1", date="2022-04-08"),
            Article("a2", third, source="Outlet 2", date="2022-04-08")]
    an = analyze(arts)
    assert not [f for f in an.findings if f.relation == "contradict" and overlaps(f, span_in(first, "a1", "About 30"))
                and overlaps(f, span_in(first, "a1", "39 people"))], [(f.relation, f.explanation) for f in an.findings]
    control = analyze(arts[:1])
    assert [f for f in control.findings if f.relation == "contradict"], [(f.relation, f.explanation)
                                                                          for f in control.findings]


def test_a_later_articles_count_it_calls_an_earlier_one_is_no_rival_to_a_higher_count() -> None:
    """The next day's article: "the official earlier gave a toll of 82 killed"; the day before's:
    at least 140 killed. The 82 is the official's early count, and its 534 wounded, told as early
    too, still agrees with another article's 534."""
    first = ("An air strike hit the funeral hall in Tel Amra on Saturday, killing at least 140 people, the health "
             "ministry said. It left 534 people wounded.")
    second = ("Rescuers were still searching the funeral hall in Tel Amra on Sunday. A health official earlier gave "
              "a toll of 82 killed and 534 wounded.")
    an = analyze([Article("a1", first, source="Outlet 1", date="2016-10-08"),
                  Article("a2", second, source="Outlet 2", date="2016-10-09")])
    assert not [f for f in an.findings if f.relation == "contradict"
                and overlaps(f, span_in(second, "a2", "82"))], [(f.relation, f.explanation) for f in an.findings]
    assert [f for f in an.findings if f.relation == "agree" and overlaps(f, span_in(first, "a1", "534 people"))
            and overlaps(f, span_in(second, "a2", "534 wounded"))], [(f.relation, f.explanation) for f in an.findings]


def test_guard_a_provisional_later_lower_count_still_contradicts_an_earlier_higher_one() -> None:
    """Only a count its article says was replaced yields: "the toll could rise" is no such word."""
    an = analyze([Article("a1", "An air strike hit the funeral hall in Tel Amra on Saturday, killing 140 people, the "
                                "UN said.", source="One", date="2016-10-08"),
                  Article("a2", "Eighty-two people were killed in the strike on the funeral hall in Tel Amra, and the "
                                "toll could rise, the health ministry said.", source="Two", date="2016-10-09")])
    assert [f for f in an.findings if f.relation == "contradict"], [(f.relation, f.explanation) for f in an.findings]


@pytest.mark.parametrize(("text", "figure", "another"), [
    pytest.param("It came after an earlier air strike on the town killed 20 people.", "20", True,
                 id="an-earlier-strike"),
    pytest.param("A previous attack on the town killed 20 people.", "20", True, id="a-previous-attack"),
    pytest.param("The official earlier gave a toll of 82 killed.", "82", False, id="earlier-times-a-statement"),
    pytest.param("The town's earlier mayor said the strike killed 20 people.", "20", False,
                 id="earlier-qualifies-another-noun"),
    pytest.param("Earlier this month, an air strike on the same market killed 30 people.", "30", True,
                 id="a-fronted-earlier-this-month"),
    pytest.param("Earlier on Tuesday, a drone strike on the market killed 30 people.", "30", True,
                 id="a-fronted-earlier-on-a-day"),
    pytest.param("The previous day, an attack on the market killed 30 people.", "30", True, id="the-previous-day"),
    pytest.param("Earlier Tuesday, an air strike on a school killed 30 people.", "30", True, id="earlier-a-weekday"),
    pytest.param("A health official earlier on Sunday gave a toll of 82 killed.", "82", False,
                 id="earlier-with-a-day-times-a-statement"),
    pytest.param("The army earlier vowed to crush the gunmen who killed 30 soldiers.", "30", False,
                 id="earlier-before-a-verb"),
    pytest.param("Earlier Tuesday, the death toll stood at 25.", "25", False, id="a-fronted-time-before-a-toll"),
    pytest.param("The strike came two days after a suicide attack when gunmen killed 40 people at the station.",
                 "40", True, id="a-when-clause-goes-on-telling-the-other-act"),
])
def test_a_modifying_lead_in_makes_another_act_only_of_the_noun_it_qualifies(text: str, figure: str,
                                                                             another: bool) -> None:
    from counterpoint.align.elsewhere import told_of_another_act

    assert told_of_another_act(text, text.index(figure)) is another


# --------------------------------------------------------------------------- (f) outcome


@pytest.mark.parametrize(("name", "failed", "taken"), [
    pytest.param("outcome", ("a1", "repelled an attack"), ("a2", "captured the town of Qasr Halim"),
                 id="repelled-vs-captured"),
    pytest.param("outcome_other_order", ("a2", "repelled a rebel assault"),
                 ("a1", "seized the village of Umm Safa"),
                 id="seized-vs-repelled-assault"),
])
def test_attack_repelled_vs_place_taken_contradict(name: str, failed: tuple[str, str],
                                                   taken: tuple[str, str]) -> None:
    found = matching(run(name), ["contradict"], span(name, *failed), span(name, *taken))
    assert found, dump(name)


def _outcomes(first: Article, second: Article) -> list[tuple[str, list[str]]]:
    arts = {a.id: a for a in (first, second)}
    return [(f.explanation.split(",")[0], [arts[e.article].text[e.start:e.end] for e in f.evidence])
            for f in analyze([first, second]).findings
            if f.relation == "contradict" and "says the attack failed" in f.explanation]


def test_an_attack_repelled_and_a_town_taken_are_told_at_the_town_not_again_at_its_country() -> None:
    found = _outcomes(
        Article("a1", "GOMA, Democratic Republic of Congo, June 13 (Wire) - M23 rebels seized the town of Bunagana "
                      "in eastern Democratic Republic of Congo on Monday, a key trading hub on the border with "
                      "Uganda, local officials said.", source="Wire", date="2022-06-13"),
        Article("a2", "Goma, 13 June 2022 - The Armed Forces of the Democratic Republic of Congo repelled an attack "
                      "by the M23 terrorists against their positions in Bunagana on Monday, the army spokesman said.",
                source="Agency", date="2022-06-13"))
    assert [where for where, _ in found] == ["At Bunagana"], found


def test_the_same_voices_word_that_the_attackers_failed_to_enter_joins_the_outcome() -> None:
    found = _outcomes(
        Article("a1", "At least 19 soldiers were killed when Al-Shabaab fighters overran a military base in Mahaday "
                      "district of Hiiraan region on Tuesday, elders said.", source="Local", date="2022-11-15"),
        Article("a2", "The forces repulsed an attack by the terrorists on a military base in Mahaday district of "
                      "Hiiraan region on Tuesday, the ministry said. The terrorists failed to enter the base, the "
                      "ministry said.", source="Agency", date="2022-11-15"))
    assert len(found) == 1 and "The terrorists failed to enter the base" in found[0][1], found


def test_two_articles_telling_an_attack_on_one_place_failed_agree() -> None:
    wire = Article("a1", "Rebel fighters pushed into the edge of the camp near Tel Amra on Monday before being driven "
                         "back by the army, residents said.", source="Wire", date="2022-06-13")
    agency = Article("a2", "The army repelled a desperate attack by the rebel militia on the camp near Tel Amra on "
                           "Monday, the division said.", source="Agency", date="2022-06-13")
    found = [f.explanation for f in analyze([wire, agency]).findings
             if f.relation == "agree" and "say the attack failed" in f.explanation]
    assert found and found[0].startswith("At Tel Amra, Wire (residents) and Agency (division) both say"), found


# --------------------------------------------------------------------------- (g) dispute


@pytest.mark.parametrize(("name", "rejection", "claim"), [
    pytest.param("dispute_baseless", "baseless claim", "rebels used chlorine", id="repeated-baseless-claim"),
    pytest.param("dispute_denial", "denied reports", "shelled the town of Kfar Tala", id="denied-reports"),
    pytest.param("dispute_fabricated", "dismissed as fabricated", "bombed a hospital",
                 id="dismissed-as-fabricated"),
    pytest.param("dispute_unjustified", "is unjustified", "bombed a hospital", id="blame-called-unjustified"),
    pytest.param("dispute_that_is_false", "That is false", "overran the army base", id="that-is-false"),
])
def test_rejection_disputes_other_outlets_report(name: str, rejection: str, claim: str) -> None:
    found = matching(run(name), ["dispute"], span(name, "a2", rejection), span(name, "a1", claim))
    assert found, dump(name)


# --------------------------------------------------------------------------- (h) omission


def test_displacement_figure_only_in_one_article_is_an_omission() -> None:
    name = "omission"
    found = matching(run(name), ["omission"], span(name, "a1", "More than 5,000 people"))
    assert found, dump(name)
    assert any(f.missing_from == ("a2",) for f in found), dump(name)
    assert all("a1" not in f.missing_from for f in found), dump(name)


def test_omission_evidence_stays_in_the_reporting_article() -> None:
    name = "omission"
    found = matching(run(name), ["omission"], span(name, "a1", "More than 5,000 people"))
    assert found, dump(name)
    for f in found:
        assert {e.article for e in f.evidence} == {"a1"}, dump(name)


def test_the_same_toll_told_of_a_named_group_is_one_omission_of_both_articles() -> None:
    """"12 aid workers and drivers" killed and "12 people" killed are one toll: the two articles
    that give it are one omission, and only the third is silent."""
    an = analyze([
        Article("a1", "Twelve people, aid workers and truck drivers, died when the convoy was hit near Tel Amra "
                "on Monday, the aid agency said.", source="One", date="2021-03-05"),
        Article("a2", "The strike on the convoy near Tel Amra on Monday killed 12 aid workers and drivers, "
                "officials said.", source="Two", date="2021-03-05"),
        Article("a3", "A convoy was attacked near Tel Amra on Monday. The army blamed rebel fighters.",
                source="Three", date="2021-03-05"),
    ])
    found = [f for f in an.findings if f.relation == "omission" and f.quantities]
    assert len(found) == 1, [(f.explanation, f.missing_from) for f in found]
    assert {e.article for e in found[0].evidence} == {"a1", "a2"} and found[0].missing_from == ("a3",), found


# --------------------------------------------------------------------------- (i) framing


@pytest.mark.parametrize(("name", "a1_label", "a2_label"), [
    pytest.param("framing", "Terrorists", "Rebels", id="terrorists-vs-rebels"),
    pytest.param("framing_regime", "Regime forces", "Syrian army", id="regime-forces-vs-army"),
])
def test_loaded_vs_neutral_label_is_framing(name: str, a1_label: str, a2_label: str) -> None:
    found = matching(run(name), ["framing"], span(name, "a1", a1_label), span(name, "a2", a2_label))
    assert found, dump(name)


def test_terrorists_vs_rebels_names_one_entity() -> None:
    name = "framing"
    an = run(name)
    found = matching(an, ["framing"], span(name, "a1", "Terrorists"), span(name, "a2", "Rebels"))
    assert found and all(len(f.entities) == 1 for f in found), dump(name)
    ent = next(e for e in an.entities if e.id == found[0].entities[0])
    labels = dict(ent.labels)
    assert "terrorists" in labels.get("a1", ()), ent.labels
    assert "rebels" in labels.get("a2", ()), ent.labels


# --------------------------------------------------------------------------- consistent pairs


@pytest.mark.parametrize("name", ["hedged_agree", "hedged_agree_other_words", "rollup_agree",
                                  "rollup_agree_open_bounds", "lumped_total", "revision", "revision_rose_to",
                                  "omission", "framing", "framing_regime"])
def test_consistent_articles_raise_no_conflict(name: str) -> None:
    """These pairs tell one story (other words, other details, an updated toll): no contradict or
    dispute finding at all."""
    assert not [f for f in run(name).findings if f.relation in CONFLICTS], dump(name)


def test_a_lexicon_weapon_one_outlet_names_is_an_omission_unless_the_other_names_it_to_deny_it() -> None:
    headline = "Missile strike on Tell Amra station: Iskander used\n\n"
    a1 = Article("a1", headline + "An Iskander missile hit the railway station in Tell Amra on Friday, killing 30 "
                 "people, the governor said.", source="Outlet 1", date="2022-04-08")
    a2 = Article("a2", "A missile hit the railway station in Tell Amra on Friday, killing 30 people, officials said.",
                 source="Outlet 2", date="2022-04-08")
    findings = analyze([a1, a2]).findings
    hits = [f for f in findings if f.relation == "omission" and "names the weapon" in f.explanation]
    assert hits and hits[0].missing_from == ("a2",), [(f.relation, f.explanation) for f in findings]
    assert hits[0].evidence[0].start >= len(headline)  # the body's sentence, not the headline
    a2 = Article("a2", "A missile hit the railway station in Tell Amra on Friday, killing 30 people, officials said. "
                 "The army denied that an Iskander was used.", source="Outlet 2", date="2022-04-08")
    findings = analyze([a1, a2]).findings
    assert not [f for f in findings if f.relation == "omission" and "names the weapon" in f.explanation]


def test_weapon_model_named_by_one_outlet_is_an_omission() -> None:
    """A weapon model ("Su-24") only one article names is reported as omitted by the others."""
    from counterpoint.pipeline import analyze
    from counterpoint.records import Article

    a1 = Article("a1", "Two Su-24 jets bombed the market in Kfar Tala on Monday, killing nine people, "
                       "residents said.", source="Valley Post", date="2024-05-06")
    a2 = Article("a2", "An air strike hit the market in Kfar Tala on Monday, killing nine people, "
                       "the civil defence said.", source="Karsen Wire", date="2024-05-06")
    findings = analyze([a1, a2]).findings
    hits = [f for f in findings if f.relation == "omission" and f.missing_from == ("a2",)
            and any(e.article == "a1" and "Su-24" in a1.text[e.start:e.end] for e in f.evidence)]
    assert hits, [(f.relation, f.explanation) for f in findings]


# --------------------------------------------------------------------------- scope and versions


def test_background_tolls_do_not_contradict_the_incident() -> None:
    """A war's cumulative toll and a separate strike last month are not versions of this strike's
    toll: no conflict, while the two accounts of the strike still agree."""
    an = run("background_tolls")
    assert not [f for f in an.findings if f.relation in CONFLICTS], dump("background_tolls")
    assert matching(an, ["agree"], span("background_tolls", "a1", "12 civilians"),
                    span("background_tolls", "a2", "12 civilians")), dump("background_tolls")


def test_background_claims_are_marked_in_the_claims() -> None:
    an = run("background_tolls")
    scope = {c.text[:40]: c.scope for c in an.claims}
    assert any("400,000" in c.text and c.scope == "background" for c in an.claims), scope
    assert any("Kfar Tala" in c.text and c.scope == "background" for c in an.claims), scope
    assert any("killed 12 civilians" in c.text and c.scope == "incident" for c in an.claims), scope


def test_many_versions_of_one_toll_make_one_contradiction() -> None:
    """35 against 44, at least 44, more than 40 and at least 40: one finding that shows the lone
    figure and the figures it clashes with, whose explanation groups them into versions."""
    an = run("many_versions")
    found = [f for f in an.findings if f.relation == "contradict"]
    assert len(found) == 1, dump("many_versions")
    f = found[0]
    for article, phrase in [("a1", "35 people"), ("a1", "44 people"), ("a2", "At least 44 people")]:
        assert overlaps(f, span("many_versions", article, phrase)), dump("many_versions")
    assert len(f.evidence) <= 8
    assert " vs " in f.explanation and "35" in f.explanation, f.explanation


def test_soldiers_and_militants_killed_are_different_tolls() -> None:
    assert not [f for f in run("two_sides_losses").findings if f.relation in CONFLICTS], dump("two_sides_losses")


def test_denial_of_responsibility_disputes_the_accusation() -> None:
    an = run("denied_responsibility")
    assert matching(an, ["dispute"], span("denied_responsibility", "a2", "denied responsibility"),
                    span("denied_responsibility", "a1", "missile hit")), dump("denied_responsibility")


def test_allegations_found_incorrect_dispute_the_accusation() -> None:
    name = "allegations_found_incorrect"
    assert matching(run(name), ["dispute"], span(name, "a2", "confirmed to be incorrect"),
                    span(name, "a1", "missile hit")), dump(name)


def test_sub_figures_do_not_contradict_the_toll() -> None:
    assert not [f for f in run("sub_figures").findings if f.relation in CONFLICTS], dump("sub_figures")


@pytest.mark.parametrize("name", ["treated_for_wounds", "army_admitting", "army_admitted", "casualties_included",
                                  "reported_then_listed"])
def test_counts_that_are_no_facilitys_share_or_part_still_contradict(name: str) -> None:
    assert [f for f in run(name).findings if f.relation == "contradict"], dump(name)


def test_what_a_toll_includes_does_not_contradict_the_toll() -> None:
    assert not [f for f in run("toll_includes").findings if f.relation in CONFLICTS], dump("toll_includes")


def test_rival_missile_models_contradict() -> None:
    an = run("rival_missiles")
    assert matching(an, ["contradict"], span("rival_missiles", "a1", "Iskander"),
                    span("rival_missiles", "a2", "Tochka-U")), dump("rival_missiles")


def test_rival_missile_classes_contradict() -> None:
    an = run("rival_missile_classes")
    assert matching(an, ["contradict"], span("rival_missile_classes", "a1", "cruise missiles"),
                    span("rival_missile_classes", "a2", "ballistic missiles")), dump("rival_missile_classes")


def test_same_missile_model_agrees_and_a_listing_voice_does_not_contradict_itself() -> None:
    an = run("same_missile")
    assert matching(an, ["agree"], span("same_missile", "a1", "Tochka-U"),
                    span("same_missile", "a2", "Tochka-U")), dump("same_missile")
    assert not [f for f in an.findings if f.relation in CONFLICTS], dump("same_missile")


@pytest.mark.parametrize(("low", "high"), [("1,000", "1,100"), ("300", "330")])
def test_two_round_figures_a_tenth_apart_are_two_counts(low: str, high: str) -> None:
    s = Scenario(f"Troops fired on a crowd waiting for aid in Tel Amra on Friday, injuring {low} people, the "
                 "health ministry said.",
                 f"The army said {high} people were injured when troops fired on a crowd waiting for aid in "
                 "Tel Amra on Friday.", date1="2021-03-06")
    an = analyze(articles_of(s))
    a1 = ("a1", s.a1.find(low), s.a1.find(low) + len(low))
    a2 = ("a2", s.a2.find(high), s.a2.find(high) + len(high))
    assert matching(an, ["contradict"], a1, a2), [(f.relation, f.explanation) for f in an.findings]


def test_a_round_hundred_within_a_tenth_of_the_exact_count_is_rounding_not_a_rival_count() -> None:
    assert not [f for f in run("rounded_lede").findings if f.relation in CONFLICTS], dump("rounded_lede")
    found = matching(run("round_hundred_too_far"), ["contradict"], span("round_hundred_too_far", "a1", "700 people"),
                     span("round_hundred_too_far", "a2", "830 people"))
    assert found, dump("round_hundred_too_far")


def test_roleless_count_agrees_and_rounded_headline_does_not_contradict() -> None:
    an = run("crowd_and_rounding")
    assert matching(an, ["agree"], span("crowd_and_rounding", "a1", "About 4,000 people"),
                    span("crowd_and_rounding", "a2", "Some 4,000 civilians")), dump("crowd_and_rounding")
    assert not [f for f in an.findings if f.relation in CONFLICTS], dump("crowd_and_rounding")


def test_denial_and_children_count_in_one_article_are_omissions() -> None:
    an = run("denial_and_children")
    for phrase in ("denied", "five children"):
        hits = [f for f in matching(an, ["omission"], span("denial_and_children", "a1", phrase))
                if f.missing_from == ("a2",)]
        assert hits, (phrase, dump("denial_and_children"))


def test_weapon_lookalikes_and_a_recalled_older_attack_raise_no_conflict() -> None:
    """"Oleh Tochka" is a person, "scalp" is not a Storm Shadow, and the 2017 sarin attack is
    background: chlorine is the only agent either article gives for this attack."""
    an = run("weapon_lookalikes")
    assert not [f for f in an.findings if f.relation in CONFLICTS], dump("weapon_lookalikes")
    assert matching(an, ["agree"], span("weapon_lookalikes", "a1", "chlorine"),
                    span("weapon_lookalikes", "a2", "chlorine")), dump("weapon_lookalikes")


def test_a_group_larger_than_the_whole_toll_contradicts_it() -> None:
    an = run("part_exceeds_whole")
    assert matching(an, ["contradict"], span("part_exceeds_whole", "a1", "12 children"),
                    span("part_exceeds_whole", "a2", "3 people")), dump("part_exceeds_whole")


def test_more_tanks_than_armoured_vehicles_contradicts() -> None:
    s = Scenario("The army said it destroyed 12 tanks near Tel Amra on Friday.",
                 "The army said it destroyed 3 armoured vehicles near Tel Amra on Friday.")
    an = analyze(articles_of(s))
    assert [f for f in an.findings if f.relation == "contradict"], [(f.relation, f.explanation) for f in an.findings]


def test_a_group_count_is_not_a_whole_toll_a_larger_group_must_fit_in() -> None:
    an = run("staff_and_militants")
    assert not [f for f in an.findings if f.relation in CONFLICTS], dump("staff_and_militants")


@pytest.mark.parametrize("name", ["two_agents", "staff_and_patients", "hospital_intake", "hospital_received_wounded",
                                  "doctor_treating",
                                  "bodies_received", "that_attack", "wounded_died_later", "died_at_the_scene",
                                  "dead_on_the_day"])
def test_different_agents_or_groups_are_not_conflicts(name: str) -> None:
    an = run(name)
    assert not [f for f in an.findings if f.relation in CONFLICTS], dump(name)


def test_a_count_of_none_contradicts_a_count() -> None:
    an = run("none_vs_eight")
    assert matching(an, ["contradict"], span("none_vs_eight", "a1", "Not a single guard"),
                    span("none_vs_eight", "a2", "Eight guards")), dump("none_vs_eight")


@pytest.mark.parametrize("harmed", ["five staff", "14 staff and patients"])
def test_a_group_said_unharmed_contradicts_its_members_killed_elsewhere(harmed: str) -> None:
    name = "none_hurt_vs_staff_killed"
    an = run(name)
    assert matching(an, ["contradict"], span(name, "a1", "civilians"), span(name, "a2", harmed)), dump(name)


def test_a_share_of_the_harmed_answers_a_denial_and_killed_and_wounded_are_never_one_side() -> None:
    first = ("No doctors of the clinic or patients and civilians were hurt in the air strike on Beit Sahra on "
             "Tuesday, the police chief said.")
    # no civilian site is named with the 37 wounded: only the share of staff says they were of those said unharmed
    second = ("The air strike in Beit Sahra on Tuesday wounded 37 people, including 19 staff, the aid group said. It "
              "killed 19 staff and patients, the aid group said.")
    an = analyze(articles_of(Scenario(first, second)))
    found = [f for f in an.findings if f.relation == "contradict" and overlaps(f, span_in(first, "a1", "civilians"))]
    assert any(overlaps(f, span_in(second, "a2", "19 staff,")) for f in found), [f.explanation for f in found]
    assert not any(overlaps(f, span_in(second, "a2", "19 staff,")) and overlaps(f, span_in(second, "a2", "19 staff and"))
                   for f in found), [f.explanation for f in found]


def test_rejecting_claims_of_civilian_casualties_disputes_the_civilian_counts() -> None:
    first = ("Pakistani jets struck the Barmal district on Tuesday night. Security officials refuted claims of "
             "civilian casualties, saying the strikes targeted militant hideouts.")
    second = ("Pakistani air strikes on the Barmal district on Tuesday night killed 46 civilians, the Taliban "
              "government said.")
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "dispute"
            and overlaps(f, span_in(first, "a1", "refuted")) and overlaps(f, span_in(second, "a2", "46 civilians"))], \
        [f.explanation for f in an.findings]


@pytest.mark.parametrize("rejection", [
    pytest.param("The army dismissed the allegation about the killings of civilians", id="the-killings-of-civilians"),
    pytest.param("The army rejected reports of the deaths of civilians", id="the-deaths-of-civilians"),
])
def test_rejecting_the_killing_of_civilians_named_as_an_act_disputes_the_civilian_counts(rejection: str) -> None:
    first = f"Jets struck the Togo market in Tel Amra on Tuesday. {rejection}, saying fighters were the target."
    second = "The air strike on the Tel Amra market on Tuesday killed dozens of civilians, locals said."
    an = analyze(articles_of(Scenario(first, second)))
    found = [f for f in an.findings if f.relation == "dispute" and "civilians harmed" in f.explanation]
    assert found and overlaps(found[0], span_in(second, "a2", "dozens of civilians")), \
        [f.explanation for f in an.findings if f.relation == "dispute"]


@pytest.mark.parametrize("rejection", [
    pytest.param("The army denied responsibility for the killings of civilians, blaming rebel shelling",
                 id="responsibility-for-the-killings"),
    pytest.param("The army denied that its jets caused the deaths of civilians", id="caused-the-deaths"),
    pytest.param("The army rejected any deliberate targeting of civilians", id="targeting-is-no-harm"),
])
def test_guard_denying_who_killed_civilians_is_no_denial_that_they_died(rejection: str) -> None:
    first = f"Jets struck the Togo market in Tel Amra on Tuesday. {rejection}."
    second = "The air strike on the Tel Amra market on Tuesday killed dozens of civilians, locals said."
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if "civilians harmed" in f.explanation], \
        [f.explanation for f in an.findings if f.relation == "dispute"]


def test_a_rejection_admitting_civilian_harm_is_no_rejection_of_it() -> None:
    first = ("The army denied responsibility for the explosion in Tel Amra on Friday that caused 30 civilian "
             "casualties, the ministry said.")
    second = "The explosion in Tel Amra on Friday killed 30 civilians, medics said."
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if "civilians harmed" in f.explanation], [f.explanation for f in an.findings]


def test_a_rejection_with_civilian_harm_only_in_an_aside_disputes_no_civilian_count() -> None:
    first = ("Pakistani jets struck the Barmal district on Tuesday night. Islamabad says militants found refuge there, "
             "a claim Afghan officials refuted while emphasizing civilian casualties.")
    second = ("Pakistani air strikes on the Barmal district on Tuesday night killed 46 civilians, the Taliban "
              "government said.")
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if f.relation == "dispute" and "civilians harmed" in f.explanation], \
        [f.explanation for f in an.findings]


def test_an_early_and_a_later_toll_are_never_one_side_of_a_denials_contradiction() -> None:
    name = "none_hurt_vs_staff_killed"
    an = run(name)
    both = matching(an, CONFLICTS, span(name, "a2", "five staff"), span(name, "a2", "14 staff and patients"))
    assert not both, dump(name)


def test_the_same_dead_counted_as_fighters_and_as_civilians_contradict() -> None:
    name = "fighters_or_civilians"
    an = run(name)
    assert matching(an, ["contradict"], span(name, "a1", "120 terrorists"),
                    span(name, "a2", "about 150 civilians")), dump(name)


def test_fighters_counted_by_one_voice_and_civilian_dead_denied_by_another_of_that_side_contradict() -> None:
    # the army counts fighters; the government's spokesman, another voice, denies any civilian died
    first = ("The army said it killed 140 militants in the operation in Tel Amra in March. \"No civilian from "
             "Tel Amra lost their life during the operation,\" government spokesman Omar Dallo said.")
    second = "Troops killed an estimated 160 civilian men in Tel Amra in March, Human Rights Watch said."
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "contradict" and overlaps(f, span_in(first, "a1", "140 militants"))
            and overlaps(f, span_in(second, "a2", "160 civilian men"))], [(f.relation, f.explanation)
                                                                         for f in an.findings]


def test_a_hospitals_staff_are_civilians_when_the_denial_names_its_patients() -> None:
    first = ("About 15 Taliban militants hiding in the clinic in Tel Amra were killed in the air raid on Saturday, "
             "police said. No doctors of the clinic or patients were hurt, the police chief said.")
    second = ("The air raid on the clinic in Tel Amra on Saturday killed 16 people, including nine of its staff, "
              "the aid group said.")
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "contradict" and "Fighters or civilians" in f.explanation
            and overlaps(f, span_in(first, "a1", "About 15 Taliban militants"))
            and overlaps(f, span_in(second, "a2", "nine of its staff"))], [(f.relation, f.explanation)
                                                                            for f in an.findings]


def test_the_civilian_side_shows_each_article_s_largest_count_of_the_dead() -> None:
    first = ("About 15 Taliban militants hiding in the clinic in Tel Amra were killed in the air raid on Saturday, "
             "police said. No doctors of the clinic or patients were hurt, the police chief said.")
    second = ("The air raid on the clinic in Tel Amra on Saturday killed 19 staff and patients, the aid group said. "
              "Among the dead were three children being treated at the clinic.")
    third = "Among the fatalities in the air raid on the clinic on Saturday were three children, the aid group said."
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2021-03-05") for i, t in enumerate((first, second, third), 1)]
    (found,) = [f for f in analyze(arts).findings if "Fighters or civilians" in f.explanation]
    shown = {(e.article, (first, second, third)[int(e.article[1]) - 1][e.start:e.end]) for e in found.evidence}
    assert ("a2", "19 staff and patients") in shown and ("a2", "three children") not in shown, shown


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("The army said it killed 40 militants and that shelling killed 35 civilians in Tel Amra on Sunday.",
                 "The army killed 40 militants in Tel Amra on Sunday, and 35 civilians died in shelling, medics said.",
                 id="one-account-gives-both"),
    pytest.param("Twenty militants were killed in clashes with the army in Tel Amra on Sunday, the army said.",
                 "Eight civilians were killed in clashes in Tel Amra on Sunday, residents said.",
                 id="two-accounts-without-a-denial"),
])
def test_fighters_and_civilians_killed_without_a_denial_are_not_a_conflict(first: str, second: str) -> None:
    assert not conflicts_of(first, second), conflicts_of(first, second)


def test_two_voices_in_one_article_on_whether_a_named_group_was_hurt_contradict() -> None:
    first = ("The ministry said eight guards of the camp near Tel Amra received injuries in the blast on Friday, "
             "but local officials said no guards were hurt.")
    second = "A blast hit the camp near Tel Amra on Friday, the agency said."
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "contradict" and overlaps(f, span_in(first, "a1", "eight guards"))
            and overlaps(f, span_in(first, "a1", "no guards"))], [(f.relation, f.explanation) for f in an.findings]


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("An air strike hit the market in Tel Amra on Tuesday, killing 40 people. Among the dead were 12 "
                 "civilians, medics said.",
                 "Forty people were killed in the air strike on the market in Tel Amra on Tuesday, officials said.",
                 id="among-the-dead-were-a-part"),
    pytest.param("An air strike hit the market in Tel Amra on Tuesday, killing 12 civilians, medics said. At least "
                 "229 civilians have been killed during the four weeks of bombing, a monitor said.",
                 "The air strike on the market in Tel Amra on Tuesday killed 12 civilians, officials said.",
                 id="a-toll-over-weeks-is-a-campaigns"),
])
def test_a_part_of_the_toll_and_a_campaigns_toll_do_not_contradict_the_incidents(first: str, second: str) -> None:
    assert not conflicts_of(first, second), conflicts_of(first, second)


def test_no_one_hurt_in_one_clause_is_no_denial_of_the_incidents_dead() -> None:
    s = Scenario("A missile struck Tel Amra on Tuesday, killing two people. No one was hurt when a second drone hit "
                 "a warehouse, the governor said.",
                 "Two people were killed when a missile hit Tel Amra on Tuesday, officials said.")
    an = analyze(articles_of(s))
    assert not [f for f in an.findings if f.relation in CONFLICTS], [(f.relation, f.explanation) for f in an.findings]


def test_staff_are_civilians_only_where_patients_or_medics_are_said_unharmed() -> None:
    base = "the air strike on the {place} in Tel Amra on Tuesday, the army said."
    killed = "Two staff were killed in the air strike on the {place} in Tel Amra on Tuesday, the aid group said."
    hospital = analyze(articles_of(Scenario("No patients or civilians were hurt in " + base.format(place="clinic"),
                                            killed.format(place="clinic"))))
    assert [f for f in hospital.findings if f.relation == "contradict"], [(f.relation, f.explanation)
                                                                         for f in hospital.findings]
    headquarters = analyze(articles_of(Scenario("No civilians were hurt in " + base.format(place="headquarters"),
                                                killed.format(place="headquarters"))))
    assert not [f for f in headquarters.findings if f.relation in CONFLICTS], [(f.relation, f.explanation)
                                                                               for f in headquarters.findings]


def test_accounts_putting_one_strike_on_opposing_sides_contradict() -> None:
    name = "who_did_it"
    an = run(name)
    assert matching(an, ["contradict"], span(name, "a1", "Russian missile strike"),
                    span(name, "a2", "Ukrainian military's provocation")), dump(name)


@pytest.mark.parametrize(("first", "second", "a1_words", "a2_words"), [
    pytest.param("A Russian missile strike hit the railway station in Tel Amra on Friday, killing 30 people, the "
                 "governor said.",
                 "Thirty people died when a Russian missile hit the railway station in Tel Amra on Friday and the "
                 "Russian strike was condemned, officials said.",
                 "Russian missile strike", "Russian strike", id="same-nationality"),
    pytest.param("A Saudi-led coalition air strike hit a bus in Tel Amra on Thursday, killing 40 people, medics said.",
                 "Forty people died in an air strike by the US-backed Saudi-led coalition on a bus in Tel Amra on "
                 "Thursday, officials said.",
                 "Saudi-led coalition air strike", "air strike by the US-backed", id="a-backer-is-no-agent"),
    pytest.param("A Saudi-led coalition air strike hit a bus in Tel Amra on Thursday, killing 40 people, medics said.",
                 "Forty people died when the Saudi-led coalition's air strike hit a bus in Tel Amra on Thursday, "
                 "officials said.",
                 "Saudi-led coalition air strike", "Saudi-led coalition's", id="a-possessor-is-the-agent"),
    pytest.param("Boko Haram fighters attacked the village of Tel Amra on Sunday, killing 12 people, officials said.",
                 "Residents said Boko Haram had threatened the village for weeks. On Sunday the militants attacked "
                 "Tel Amra, killing 12 people.",
                 "Boko Haram fighters", "militants attacked", id="the-militants-of-an-article-naming-the-group"),
])
def test_accounts_putting_one_strike_on_the_same_side_agree(first: str, second: str, a1_words: str,
                                                             a2_words: str) -> None:
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "agree" and f.explanation.startswith("Who did it")
            and overlaps(f, span_in(first, "a1", a1_words)) and overlaps(f, span_in(second, "a2", a2_words))], \
        [(f.relation, f.explanation) for f in an.findings]


def span_in(text: str, article: str, phrase: str) -> tuple[str, int, int]:
    start = text.find(phrase)
    assert start >= 0, f"test bug: {phrase!r} not in {article}"
    return article, start, start + len(phrase)


def test_an_articles_actual_toll_replaces_its_earlier_estimates() -> None:
    """Inside one article "the actual death toll" corrects the eyewitness estimates, so they neither
    clash with it nor stand for the article against another outlet's count."""
    first = ("Witnesses told us that more than 80 people died in the air strike on the market in Tel Amra on "
             "Tuesday. Another man said about 40 died. The actual death toll is 64, the hospital said.")
    second = "The air strike on the market in Tel Amra on Tuesday killed 30 people, the regional health office said."
    an = analyze(articles_of(Scenario(first, second)))
    conflicts = [f for f in an.findings if f.relation in CONFLICTS]
    assert any(overlaps(f, span_in(first, "a1", "64")) and overlaps(f, span_in(second, "a2", "30 people"))
               for f in conflicts), [(f.relation, f.explanation) for f in an.findings]
    for estimate in ("more than 80 people", "about 40"):
        assert not any(overlaps(f, span_in(first, "a1", estimate)) for f in conflicts), \
            (estimate, [(f.relation, f.explanation) for f in conflicts])


@pytest.mark.parametrize("after_the_toll", ["", ", which burned for two hours"], ids=["plain", "a-duration-after-it"])
def test_a_rejection_of_this_figure_disputes_the_toll_just_before_it(after_the_toll: str) -> None:
    first = ("The health ministry said 60 people were killed in the air strike on the market in Tel Amra on Tuesday"
             f"{after_the_toll}. The army disputes this figure.")
    second = "An air strike hit the market in Tel Amra on Tuesday, residents said."
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "dispute" and overlaps(f, span_in(first, "a1", "disputes"))
            and overlaps(f, span_in(first, "a1", "60 people"))], [(f.relation, f.explanation) for f in an.findings]


@pytest.mark.parametrize("first", [
    "The group denied that senior figures had fled Tel Amra on Tuesday, its spokesman said.",
    "Police questioned senior figures of the militia in Tel Amra on Tuesday.",
    "Officials said the rebels had inflated their numbers by recruiting children in Tel Amra.",
    "Residents said the army's exaggerated response in Tel Amra on Tuesday frightened them.",
    "The UN said 3,000 people were displaced from Tel Amra on Tuesday. The army disputes this figure.",
])
def test_words_that_reject_no_toll_raise_no_toll_dispute(first: str) -> None:
    second = "An air strike on the market in Tel Amra on Tuesday killed 30 people, medics said."
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if f.relation == "dispute" and "rejects the toll" in f.explanation], \
        [(f.relation, f.explanation) for f in an.findings]


@pytest.mark.parametrize(("texts", "answered"), [
    # "called the Northern Front's casualty figures baseless" answers the Front's twelve soldiers, not
    # the residents' count of the dead
    pytest.param([("The Northern Front said its fighters killed twelve Karsen soldiers in the attack on the Korvel "
                   "camp on Friday.", "Rebel Radio", "2017-01-28"),
                  ("Residents said at least 20 people were killed in the attack on the Korvel camp on Friday.",
                   "Post", "2017-01-28"),
                  ("An army spokesman called the Northern Front's casualty figures \"baseless\" after the attack on "
                   "the Korvel camp on Friday.", "Wire", "2017-01-28")],
                 ["a1", "a3"], id="a-named-voices-figures"),
    pytest.param([("The air strike on Tel Amra on Thursday killed 14 people, the health ministry said.",
                   "State agency", "2024-11-07"),
                  ("The mayor of Tel Amra said 21 people were killed in the air strike on Thursday.",
                   "Wire", "2024-11-07"),
                  ("The casualty figures published by the Hezbollah-controlled Health Ministry after the air strike "
                   "on Tel Amra on Thursday are exaggerated, the army said.", "Army", "2024-11-07")],
                 ["a1", "a3"], id="the-figures-published-by-a-group-run-ministry"),
    # one voice's earlier and later toll are one account
    pytest.param([("The air strike on Tel Amra on Thursday killed 14 people, the health ministry said.",
                   "State agency", "2024-11-07"),
                  ("The toll from the air strike on Tel Amra on Thursday rose to 19, the health ministry said.",
                   "Wire", "2024-11-08"),
                  ("The casualty figures published by the Health Ministry after the air strike on Tel Amra on "
                   "Thursday are exaggerated, the army said.", "Army", "2024-11-08")],
                 ["a1", "a2", "a3"], id="a-ministry-s-earlier-and-later-toll"),
])
def test_a_rejection_of_a_named_voices_figures_answers_that_voices_tolls_only(texts, answered) -> None:
    articles = [Article(f"a{i}", text, source=source, date=day) for i, (text, source, day) in enumerate(texts, 1)]
    found = [f for f in analyze(articles).findings if f.relation == "dispute" and "rejects the toll" in f.explanation]
    assert [sorted({e.article for e in f.evidence}) for f in found] == [answered], [f.explanation for f in found]


def test_a_charge_of_inflating_the_toll_disputes_other_outlets_tolls() -> None:
    first = "The air strike on the market in Tel Amra on Tuesday killed at least 80 people, the health ministry said."
    second = ("The army said the ministry had inflated the number of casualties from the air strike on the market "
              "in Tel Amra on Tuesday.")
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "dispute" and overlaps(f, span_in(second, "a2", "inflated"))
            and overlaps(f, span_in(first, "a1", "at least 80 people"))], [(f.relation, f.explanation)
                                                                            for f in an.findings]


def test_a_charge_of_understating_the_toll_disputes_the_lowest_tolls() -> None:
    """"higher than officially acknowledged" answers the official nine, not the militants' 57,
    which fits the charge; a count of bodies received so far is no toll it answers."""
    articles = [
        Article("a1", "Militants attacked the army camp in Korvel on Friday. Nine soldiers were killed, the army said. "
                      "About eight bodies were received at the airbase.", source="Wire", date="2017-01-28"),
        Article("a2", "Militants attacked the Korvel camp on Friday. The official death toll is nine. A military source "
                      "has confided to the Post, however, that the death toll is higher than officially acknowledged.",
                source="Post", date="2017-01-29"),
        Article("a3", "Militants said they killed 57 soldiers in the attack on the Korvel camp on Friday.", source="Radio",
                date="2017-01-28")]
    an = analyze(articles)
    found = [f for f in an.findings if f.relation == "dispute" and "rejects the toll" in f.explanation]
    assert len(found) == 1, [f.explanation for f in found]
    shown = {(e.article, articles[int(e.article[1]) - 1].text[e.start:e.end]) for e in found[0].evidence}
    assert shown == {("a1", "Nine soldiers"), ("a2", "nine"), ("a2", "higher than officially acknowledged")}, shown
    assert "(military source)" in found[0].explanation


@pytest.mark.parametrize("charge", [
    pytest.param("The death toll from the attack on the Korvel camp was not higher than reported.", id="not-higher"),
    pytest.param("The army has never downplayed the death toll from the attack on the Korvel camp, a spokesman said.",
                 id="never"),
    pytest.param("It was unclear whether the death toll from the attack on the Korvel camp was underreported.",
                 id="whether"),
    pytest.param("Officials warned that the death toll from the attack on the Korvel camp could be higher than "
                 "reported.", id="a-fear"),
    pytest.param("The governor released the death toll from the attack on the Korvel camp and downplayed the threat "
                 "of further attacks.", id="what-was-downplayed-is-no-toll"),
    pytest.param("Officials denied that the death toll from the attack on the Korvel camp was underreported.",
                 id="a-denial-defends-the-figure"),
])
def test_guard_words_of_understating_that_charge_no_toll(charge: str) -> None:
    articles = [Article("a1", "Nine soldiers were killed in the attack on the Korvel camp on Friday.", source="Wire",
                        date="2017-01-28"),
                Article("a2", "Militants attacked the Korvel camp on Friday. " + charge, source="Post", date="2017-01-29")]
    found = [f for f in analyze(articles).findings if f.relation == "dispute" and "toll" in f.explanation]
    assert found == [], [f.explanation for f in found]


@pytest.mark.parametrize(("first", "toll"), [
    pytest.param("Fourteen soldiers were killed in the attack on the Korvel camp on Friday. Troops killed three "
                 "attackers.", "Fourteen soldiers", id="another-group-s-count"),
    pytest.param("Fourteen soldiers were killed in the attack on the Korvel camp on Friday. Troops killed 70 fighters "
                 "of the group.", "Fourteen soldiers", id="the-attackers-dead-outnumber-the-toll"),
    pytest.param("The death toll from the attack on the Korvel camp on Friday rose to 14, up from four.", "14",
                 id="the-count-it-replaced"),
])
def test_a_charge_of_understating_answers_the_article_s_own_toll_at_its_lowest(first: str, toll: str) -> None:
    articles = [Article("a1", first, source="Wire", date="2017-01-28"),
                Article("a2", "Militants attacked the Korvel camp on Friday. A military source told the Post that the "
                              "death toll is higher than officially acknowledged.", source="Post", date="2017-01-29")]
    (f,) = [f for f in analyze(articles).findings if f.relation == "dispute" and "rejects the toll" in f.explanation]
    shown = [articles[0].text[e.start:e.end] for e in f.evidence if e.article == "a1"]
    assert shown == [toll], shown


def test_a_weapon_spelled_out_agrees_with_its_short_name() -> None:
    first = "A HIMARS rocket system was used to strike the prison near Tel Amra on Friday, the ministry said."
    second = ("The ministry said a High Mobility Artillery Rocket System was used in the strike on the prison near "
              "Tel Amra on Friday.")
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "agree" and "name the HIMARS" in f.explanation
            and overlaps(f, span_in(first, "a1", "HIMARS"))
            and overlaps(f, span_in(second, "a2", "High Mobility Artillery Rocket System"))], \
        [(f.relation, f.explanation) for f in an.findings]


def test_a_denial_never_answers_its_own_sides_spokesman_introduced_by_an_apposition() -> None:
    """"Colonel Tesfaye Alemu, Ethiopia's military spokesman," speaks for Ethiopia: the army's
    dismissal of the reports answers the other outlet's account, not his confirmation, which is shown
    only as what the side tells instead."""
    first = ("Colonel Tesfaye Alemu, Ethiopia's military spokesman, said that the air force conducted an air "
             "strike on the market in Tel Amra on Tuesday. The Ethiopian army dismissed the reports as "
             "propaganda.")
    second = "An air strike on the market in Tel Amra on Tuesday killed 40 civilians, a health official said."
    an = analyze(articles_of(Scenario(first, second, date1="2021-06-24", date2="2021-06-24")))
    disputes = [f for f in an.findings if f.relation == "dispute"]
    assert disputes, [(f.relation, f.explanation) for f in an.findings]
    rejected = [f.explanation.partition(" tells instead: ") for f in disputes]
    assert all("what Northern Herald" in r and "air force" not in r for r, _, _ in rejected), rejected
    assert all("air force conducted an air strike" in instead for _, _, instead in rejected), rejected


def test_a_spokesmans_rejection_never_answers_his_own_words_in_another_article() -> None:
    """The spokesman told the wire the town was retaken; his rejection, in the state agency's report,
    of the rebels' claim that they hold it answers the rebels, not his own account."""
    first = ("TEL AMRA, March 3 - The Karsen army's spokesman, Colonel Omar Delu, told reporters that security "
             "forces had regained control of Tel Amra on Monday. Rebel commanders said their fighters remain in "
             "control of the town.")
    second = ("TEL AMRA, March 3 (State Agency) - Speaking at a press conference, the Ministry of Defence "
              "spokesperson, Colonel Omar Delu, said the attack had failed. He dismissed as \"propaganda\" claims by "
              "the rebels that they remain in control of the town.")
    an = analyze(articles_of(Scenario(first, second, date1="2021-03-03", date2="2021-03-03")))
    disputes = [f for f in an.findings if f.relation == "dispute" and overlaps(f, span_in(second, "a2", "dismissed"))]
    assert disputes, [(f.relation, f.explanation) for f in an.findings]
    assert overlaps(disputes[0], span_in(first, "a1", "their fighters remain in control of the town")), \
        disputes[0].explanation
    assert not any(overlaps(f, span_in(first, "a1", "security forces had regained control")) for f in disputes), \
        [(f.relation, f.explanation) for f in disputes]


def test_an_agent_after_the_victims_is_read_and_cut_at_the_next_clause() -> None:
    first = "The Ukrainian strike on the camp in Tel Amra on Friday killed 50 prisoners, the agency said."
    second = ("Officials said it was the execution of prisoners of war by Russia and demanded an inquiry into the "
              "killings at the camp in Tel Amra on Friday.")
    an = analyze(articles_of(Scenario(first, second)))
    found = [f for f in an.findings if f.relation == "contradict" and f.explanation.startswith("Who did it")]
    assert found and overlaps(found[0], span_in(second, "a2", "by Russia")), \
        [(f.relation, f.explanation) for f in an.findings]
    assert all(second[e.start:e.end].endswith("Russia") for e in found[0].evidence if e.article == "a2"), \
        [second[e.start:e.end] for e in found[0].evidence]


def test_tolls_of_attacks_by_two_rival_sides_are_two_attacks_tolls() -> None:
    """The Houthis' missile and the coalition's air strike on one day in one town: one person
    killed by the first and 40 by the second are no rival versions of one toll."""
    first = "The Houthi missile attack on the market in Tel Amra on Thursday killed one person, the Saudi agency said."
    second = "A Saudi-led coalition air strike on a bus in Tel Amra on Thursday killed 40 people, medics said."
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if f.relation in CONFLICTS and overlaps(f, span_in(first, "a1", "one person"))
                and overlaps(f, span_in(second, "a2", "40 people"))], [(f.relation, f.explanation) for f in an.findings]


STRUCK = ("Thirty people were killed when a Russian missile strike hit the railway station in Tel Amra on "
          "Friday, the regional governor said.")


@pytest.mark.parametrize(("first", "second"), [
    pytest.param(STRUCK, "Had this been a Ukrainian strike on the railway station in Tel Amra, there would be "
                         "a crater, the ministry said on Friday.", id="counterfactual"),
    pytest.param(STRUCK, "The attempted Ukrainian drone attack on the railway station in Tel Amra on Friday was "
                         "intercepted by air defences, the ministry said.", id="failed-attempt"),
    pytest.param(STRUCK, "Ukrainian strikes on Tel Amra continued on Friday, the ministry said.", id="several-strikes"),
    pytest.param("An Israeli air strike hit the hospital in Gaza City on Tuesday, killing 30 people, officials said.",
                 "The Gaza hospital strike on Tuesday killed 30 people, the ministry said.", id="place-in-front"),
    pytest.param(STRUCK, "Civilians at the railway station in Tel Amra were fleeing the approaching Ukrainian "
                         "offensive on Friday when 30 people were killed, officials said.", id="a-campaign"),
    pytest.param(STRUCK, "Thirty people were killed at the railway station in Tel Amra on Friday. The strike came a day "
                         "after a Ukrainian drone attack hit an oil depot in Tel Amra, officials said.",
                 id="another-attack-a-day-before"),
    pytest.param("A Russian missile strike hit the railway station in Tel Amra on Friday, killing 30 people, the "
                 "governor said.",
                 "Thirty people were killed in Ukraine's deadliest attack in months at the railway station in Tel "
                 "Amra on Friday, officials said.", id="a-possessive-before-a-superlative-says-where"),
    pytest.param("A Russian missile strike hit the central market in Kharkiv on Friday, killing 30 people, the "
                 "governor said. Shelling also hit Donetsk.",
                 "A Ukrainian missile strike hit the central market in Donetsk on Friday, killing 30 people, officials "
                 "said. Shelling also hit Kharkiv.", id="strikes-on-two-cities"),
    pytest.param("A US air strike hit the clinic in Kunduz on Saturday, killing 12 people, the aid group said.",
                 "The strike on the clinic in Kunduz on Saturday was an Afghan operation against the Taliban, "
                 "officials said.", id="allies"),
])
def test_words_that_are_no_account_of_who_did_it_raise_no_conflict(first: str, second: str) -> None:
    assert not conflicts_of(first, second), conflicts_of(first, second)


def test_a_rejected_statement_is_shown_from_its_actor() -> None:
    """The evidence for what is rejected starts where the claim names who did it, even in a long
    sentence ("the Ukrainian military used ... to shell ...")."""
    s = Scenario(
        "In the early hours of Friday morning, only hours after the end of a week-long lull in the fighting "
        "along the southern edge of the frontline district, the Ukrainian military "
        "used a rocket system to shell a detention centre in the village of Tel Amra where captured soldiers "
        "are held, including members of several units, officials said.",
        "The Ukrainian military denied making any rocket or artillery strikes on Tel Amra on Friday.",
        date1="2022-07-29", date2="2022-07-29",
    )
    an = analyze(articles_of(s))
    actor = ("a1", s.a1.index("the Ukrainian military"), s.a1.index("the Ukrainian military") + 22)
    assert [f for f in an.findings if f.relation == "dispute" and overlaps(f, actor)], \
        [(f.relation, f.explanation, f.evidence) for f in an.findings if f.relation == "dispute"]


def test_a_denial_answers_the_outlet_that_makes_the_claim_before_a_wire_that_reports_both() -> None:
    arts = [
        Article("a1", "The Karsen army shelled the prison in Tel Amra on Friday, killing 40 inmates, the defence "
                      "ministry of Norland said.", source="Norland Today", date="2022-07-29"),
        Article("a2", "Norland accused the Karsen army of shelling the prison in Tel Amra on Friday. Karsen "
                      "denied carrying out any strikes on Tel Amra.", source="Wire", date="2022-07-29"),
        Article("a3", "The Karsen army denied shelling the prison in Tel Amra on Friday.", source="Karsen Post",
                date="2022-07-29"),
    ]
    an = analyze(arts)
    disputes = [f for f in an.findings if f.relation == "dispute" and any(e.article == "a3" for e in f.evidence)]
    assert disputes and any(e.article == "a1" for e in disputes[0].evidence), \
        [(f.explanation, f.evidence) for f in an.findings if f.relation == "dispute"]
    assert "what Norland Today" in disputes[0].explanation, disputes[0].explanation  # named first


def test_two_articles_dating_the_attack_to_one_day_agree() -> None:
    s = Scenario(
        "An air strike hit the market in Beit Sahra on March 2, killing 12 people, medics said.",
        "Warplanes bombed the market in Beit Sahra on Tuesday, residents said.",
        date1="2021-03-03", date2="2021-03-02",
    )
    an = analyze(articles_of(s))
    found = [f for f in an.findings if f.relation == "agree" and "same day" in f.explanation]
    assert found and "2021-03-02" in found[0].explanation, [(f.relation, f.explanation) for f in an.findings]


def test_one_voices_rejections_of_two_claims_are_one_dispute_with_both_targets() -> None:
    name = "dispute_two_claims"
    an = run(name)
    disputes = [f for f in an.findings if f.relation == "dispute"
                and any(e.article == "a2" for e in f.evidence) and any(e.article == "a1" for e in f.evidence)]
    assert len(disputes) == 1, dump(name)
    assert overlaps(disputes[0], span(name, "a1", "repelled rebel attacks")), dump(name)
    assert overlaps(disputes[0], span(name, "a1", "preparing a chemical attack")), dump(name)
    assert "also rejects" in disputes[0].explanation, disputes[0].explanation


def test_a_denial_is_set_against_the_bodys_statement_before_the_headline() -> None:
    name = "dispute_headline"
    found = matching(run(name), ["dispute"], span(name, "a2", "denied"))
    assert found, dump(name)
    # the explanation quotes the body, and its statement is among the evidence
    assert "shells hit the crowded market" in found[0].explanation, found[0].explanation
    assert overlaps(found[0], span(name, "a1", "shells hit the crowded market")), dump(name)


def test_dismissing_the_accusations_over_an_attack_answers_the_killings() -> None:
    name = "dispute_accusations"
    found = matching(run(name), ["dispute"], span(name, "a2", "dismissing accusations"),
                     span(name, "a1", "shot dead 40 villagers"))
    assert found, dump(name)


def test_a_rejection_naming_its_own_event_answers_that_event() -> None:
    name = "dispute_own_event"
    found = matching(run(name), ["dispute"], span(name, "a2", "denied reports of the capture"),
                     span(name, "a1", "captured the town of Tell Amra"))
    assert found, dump(name)


def test_a_vague_count_agrees_with_a_figure_in_its_band() -> None:
    name = "crowd_band"
    found = matching(run(name), ["agree"], span(name, "a1", "thousands of people"),
                     span(name, "a2", "About 4,000 civilians"))
    assert found and "fit each other" in found[0].explanation, dump(name)
    assert "thousands of people" in found[0].explanation, found[0].explanation  # the word, not "at least 2,000"


@pytest.mark.parametrize(("later", "conflict"), [
    pytest.param("41", True, id="later-lower-is-a-contradiction"),
    pytest.param("60", False, id="later-higher-is-a-revision"),
])
def test_one_named_sources_later_count_is_a_revision_only_when_higher(later: str, conflict: bool) -> None:
    a1 = Article("a1", "An air strike hit the market in Tell Amra on March 5. At least 50 people were killed in "
                       "the strike, the Karsen Health Ministry said.", source="Karsen Wire", date="2021-03-05")
    a2 = Article("a2", f"The air strike on the market in Tell Amra on March 5 killed {later} people, the Karsen "
                       "Health Ministry said in a report on Friday.", source="Northern Herald", date="2021-03-26")
    found = [f for f in analyze([a1, a2]).findings if f.relation == "contradict"]
    assert bool(found) is conflict, [f.explanation for f in found]


def test_a_weapon_named_alike_is_an_agreement_without_the_voice_that_says_it_is_not_used() -> None:
    a1 = Article("a1", "A Tochka-U missile hit the station in Tell Amra on Friday, killing 30 people, the "
                       "governor said.", source="Karsen Wire", date="2022-04-08")
    a2 = Article("a2", "The missile that hit the station in Tell Amra on Friday was a Tochka-U, the governor said. "
                       "The army said it does not operate the Tochka-U.", source="Northern Herald", date="2022-04-08")
    found = [f for f in analyze([a1, a2]).findings if f.relation == "agree" and "Tochka-U as used" in f.explanation]
    assert len(found) == 1, [f.explanation for f in analyze([a1, a2]).findings]
    negated_at = a2.text.rindex("Tochka-U")
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}
    assert all(e.start != negated_at for e in found[0].evidence if e.article == "a2"), found[0].evidence
    assert "citing governor" in found[0].explanation and "army" not in found[0].explanation, found[0].explanation


@pytest.mark.parametrize(("sentence", "named_as_used"), [
    pytest.param("Not long after dawn, a Tochka-U missile hit the station in Tell Amra, the governor said.", True,
                 id="a-negation-of-something-else"),
    pytest.param("The Tochka-U missile wasn't used against the station in Tell Amra, the defence ministry said.",
                 False, id="denied-use-after-the-name"),
])
def test_a_negated_verb_of_use_and_only_that_keeps_a_voice_out_of_the_weapon_agreement(
        sentence: str, named_as_used: bool) -> None:
    a1 = Article("a1", "A Tochka-U missile hit the station in Tell Amra on Friday, killing 30 people, the "
                       "governor said.", source="Karsen Wire", date="2022-04-08")
    a2 = Article("a2", sentence, source="Northern Herald", date="2022-04-08")
    found = [f for f in analyze([a1, a2]).findings if f.relation == "agree" and "Tochka-U as used" in f.explanation]
    assert bool(found) is named_as_used, [f.explanation for f in analyze([a1, a2]).findings]


def test_a_denial_answers_the_claim_that_shares_its_words_first() -> None:
    """Two strikes reported alike; the denial names the hospital, so the hospital strike is what
    it rejects, not the convoy strike the article reports first."""
    found = conflicts_of(
        "The army denied that its jets struck the hospital in Karsen on Tuesday.",
        "Jets struck a convoy near Karsen on Tuesday, a monitor said. Jets also struck the hospital "
        "in Karsen on Tuesday, doctors said.")
    disputes = [text for relation, text in found if relation == "dispute"]
    assert disputes and "struck the hospital" in disputes[0].split("reports:")[1], found


def test_a_claim_no_one_has_confirmed_is_not_what_a_denial_rejects() -> None:
    a1 = "The ministry said rebels had used drones carrying chlorine near Tel Amra on Monday."
    a2 = ("A rebel spokesman denied that his fighters used chemical weapons near Tel Amra. No independent "
          "monitor has confirmed any use of chemical weapons near Tel Amra.")
    an = analyze(articles_of(Scenario(a1, a2)))
    unconfirmed = span_in(a2, "a2", "any use of chemical weapons")
    disputes = [f for f in an.findings if f.relation == "dispute"]
    assert disputes and not any(overlaps(f, unconfirmed) for f in disputes), an.findings


def test_a_spokesman_and_the_force_he_speaks_for_deny_as_one_voice() -> None:
    """The apposition says whom the colonel speaks for: his denial and his force's make one dispute,
    which shows the force's own account only as what it tells instead."""
    a1 = ("The Karsen Defence Force said its jets struck rebel fighters in Tel Amra on Tuesday. Colonel Tesfaye "
          "Alemu, Karsen Defence Force spokesman, denied that the jets targeted civilians in Tel Amra. The Karsen "
          "Defence Force also denied that the jets hit the market.")
    a2 = "At least 40 civilians were killed when jets struck the market in Tel Amra on Tuesday, medics said."
    an = analyze(articles_of(Scenario(a1, a2)))
    disputes = [f for f in an.findings if f.relation == "dispute"]
    assert len(disputes) == 1, an.findings
    rejected, _, instead = disputes[0].explanation.partition(" tells instead: ")
    assert "rebel fighters" not in rejected and "its jets struck rebel fighters" in instead, disputes[0].explanation


def test_an_inquiry_only_one_article_reports_is_an_omission() -> None:
    a1 = ("Jets struck the market in Tel Amra on Tuesday, killing 12 people, medics said. The United Nations "
          "urged an independent inquiry into the attack on Tel Amra.")
    a2 = "Jets struck the market in Tel Amra on Tuesday, killing 12 people, medics said."
    an = analyze(articles_of(Scenario(a1, a2)))
    inquiry = span_in(a1, "a1", "urged an independent inquiry")
    assert [f for f in an.findings if f.relation == "omission" and overlaps(f, inquiry)
            and f.missing_from == ("a2",)], an.findings


def test_a_weapon_clash_shows_every_article_and_the_article_that_names_both_models() -> None:
    """Many voices name one model; the one article that also names its rival still shows both."""
    texts = ["A Tochka-U missile hit the station in Tell Amra on Friday, the governor said. Police said the "
             "missile was a Tochka-U.",
             "The railway company said a Tochka-U struck the Tell Amra station. The mayor said it was a "
             "Tochka-U missile.",
             "Rescuers said a Tochka-U hit the station in Tell Amra. Medics also said the missile was a Tochka-U.",
             "Officials in Karsen said a Tochka-U hit the station in Tell Amra. The Karsen defence ministry said "
             "the missile was an Iskander."]
    articles = [Article(f"a{i}", text, source=f"Outlet {i}", date="2022-04-08") for i, text in enumerate(texts, 1)]
    clash = [f for f in analyze(articles).findings if f.relation == "contradict" and "Iskander" in f.explanation]
    assert len(clash) == 1, clash
    shown = {(e.article, articles[int(e.article[1:]) - 1].text[e.start:e.end]) for e in clash[0].evidence}
    assert {("a1", "Tochka-U"), ("a2", "Tochka-U"), ("a4", "Tochka-U"), ("a4", "Iskander")} <= shown, shown


def test_a_weapon_clash_shows_the_body_over_the_headline_and_each_sentence_naming_a_model() -> None:
    first = ("Missile strike on Tell Amra station: Iskander used\n\nThe invaders attacked the railway station in Tell "
             "Amra with an Iskander ballistic missile on Friday. \"They hit the station with Iskander cluster "
             "munitions,\" the governor wrote.")
    second = "Fragments of a Tochka-U missile were found at the railway station in Tell Amra on Friday, the ministry said."
    articles = [Article("a1", first, source="Outlet 1", date="2022-04-08"),
                Article("a2", second, source="Outlet 2", date="2022-04-08")]
    clash = [f for f in analyze(articles).findings if f.relation == "contradict" and "Iskander" in f.explanation]
    assert clash, [(f.relation, f.explanation) for f in analyze(articles).findings]
    assert overlaps(clash[0], span_in(first, "a1", "an Iskander ballistic missile")), clash[0].evidence
    assert overlaps(clash[0], span_in(first, "a1", "Iskander cluster munitions")), clash[0].evidence


def test_a_weapon_clash_takes_each_article_s_further_sentences_in_turns() -> None:
    """One voice repeating its model in many sentences does not crowd out the other's second."""
    first = ("A Tochka-U missile hit the station in Tell Amra on Friday. The Tochka-U was fired from the east. "
             "The Tochka-U carried cluster munitions. The Tochka-U killed dozens at the station. Shards of the "
             "Tochka-U lay on the platform. The Tochka-U left a crater near the tracks. The Tochka-U was old. The "
             "Tochka-U broke windows in the hall. The Tochka-U burned two carriages.")
    second = ("The invaders attacked the railway station in Tell Amra with an Iskander ballistic missile on Friday. "
              "The invaders hit the station with Iskander cluster munitions.")
    articles = [Article("a1", first, source="Outlet 1", date="2022-04-08"),
                Article("a2", second, source="Outlet 2", date="2022-04-08")]
    clash = [f for f in analyze(articles).findings if f.relation == "contradict" and "Iskander" in f.explanation]
    assert clash, [(f.relation, f.explanation) for f in analyze(articles).findings]
    assert overlaps(clash[0], span_in(second, "a2", "Iskander cluster munitions")), clash[0].evidence
    assert sum(e.article == "a1" for e in clash[0].evidence) >= 2, clash[0].evidence


def test_a_voice_rejecting_a_models_use_disputes_the_accounts_that_it_was_used() -> None:
    first = ("Ukrainian forces shelled the prison in Tel Amra on Friday with a HIMARS, killing 50 prisoners, the "
             "defence ministry said.")
    second = ("The prisoners in Tel Amra were killed on Friday by thermobaric weapons, and not due to shelling from "
              "HIMARS, the general staff said.")
    articles = [Article("a1", first, source="Outlet 1", date="2022-07-29"),
                Article("a2", second, source="Outlet 2", date="2022-07-29")]
    found = [f for f in analyze(articles).findings if f.relation == "dispute" and "HIMARS" in f.explanation]
    assert found and overlaps(found[0], span_in(first, "a1", "HIMARS")) \
        and overlaps(found[0], span_in(second, "a2", "HIMARS")), [f.explanation for f in analyze(articles).findings]


def test_a_denial_of_one_sides_use_answers_only_accounts_naming_that_side() -> None:
    first = ("Tochka-U missiles are used by the Ukrainian army; Russia does not use Tochka-U systems, the ministry "
             "said of the strike on the station in Tel Amra on Friday.")
    second = "Ukrainian forces fired a Tochka-U at the station in Tel Amra on Friday, the separatists said."
    articles = [Article("a1", first, source="Outlet 1", date="2022-04-08"),
                Article("a2", second, source="Outlet 2", date="2022-04-08")]
    assert not [f for f in analyze(articles).findings if f.relation == "dispute" and "rejects that the" in f.explanation]


@pytest.mark.parametrize(("first", "second", "conflict"), [
    pytest.param("The Ukrainian military fired a rocket at the railway station in Kramatorsk on Friday, the Russian "
                 "defence ministry said.",
                 "Russian invaders attacked the railway station in Kramatorsk on Friday, Ukrainian officials said.",
                 True, id="doers-on-opposing-sides"),
    pytest.param("The Ukrainian military fired a rocket at the railway station in Kramatorsk on Friday, the Russian "
                 "defence ministry said.",
                 "Ukrainian forces fired rockets at the railway station in Kramatorsk on Friday, the governor said.",
                 False, id="the-same-doer"),
    pytest.param("The Ukrainian military fired a rocket at the railway station in Kramatorsk on Friday, the Russian "
                 "defence ministry said.",
                 "Ukrainian officials denied that Ukrainian forces attacked the railway station in Kramatorsk on Friday.",
                 False, id="a-denied-doer-is-no-account"),
    pytest.param("Israeli soldiers opened fire on the crowd at the aid convoy in Tel Amra on Thursday, medics said.",
                 "Hamas blamed Israel for the deaths. Gunmen also opened fire on the crowd at the aid convoy in Tel "
                 "Amra on Thursday as they looted the trucks.",
                 False, id="unnamed-gunmen-are-no-sides-account"),
    pytest.param("Russian forces struck the square in Tel Amra on Sunday with two missiles, Ukrainian officials said.",
                 "“Our army hits only military targets,” the Kremlin spokesman said of the strike on the square in "
                 "Tel Amra on Sunday, as Ukrainian forces reported heavy losses.",
                 False, id="our-army-is-the-speakers-not-the-articles-other-army"),
])
def test_the_doer_named_as_an_attacks_subject_is_who_did_it(first: str, second: str, conflict: bool) -> None:
    found = [text for relation, text in conflicts_of(first, second)
             if relation == "contradict" and text.startswith("Who did it")]
    assert bool(found) is conflict, found


def test_one_voices_denial_in_two_articles_is_an_agreement() -> None:
    an = analyze(articles_of(Scenario(
        "A missile hit the station in Kramatorsk on Friday, killing 50 people. Russia, however, denied any "
        "involvement.",
        "Ukrainian officials accused Russia of the attack on the station in Kramatorsk on Friday. Russia has "
        "denied responsibility.")))
    found = [f for f in an.findings if f.relation == "agree" and "Russia's rejection" in f.explanation]
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, an.findings
    assert "both report" in found[0].explanation, found[0].explanation


def test_one_voices_denials_of_two_incidents_are_not_one_agreement() -> None:
    """Two strikes far apart, each told by two articles: Russia's denials agree per strike only."""
    texts = [("A missile hit the station in Kramatorsk on Friday. Russia denied any involvement.", "2022-04-08"),
             ("Russia has denied responsibility for the strike on the station in Kramatorsk on Friday.", "2022-04-08"),
             ("A blast hit the prison in Olenivka on Friday. Russia denied any involvement.", "2022-07-29"),
             ("Russia has denied responsibility for the blast at the prison in Olenivka.", "2022-07-29")]
    an = analyze([Article(f"a{i}", t, source=f"Outlet {i}", date=d) for i, (t, d) in enumerate(texts, 1)])
    found = [f for f in an.findings if f.relation == "agree" and "Russia's rejection" in f.explanation]
    assert sorted(tuple(sorted({e.article for e in f.evidence})) for f in found) == [("a1", "a2"), ("a3", "a4")], \
        [(f.explanation, f.evidence) for f in found]


def test_a_denial_does_not_answer_an_earlier_events_story() -> None:
    found = conflicts_of(
        "The army dismissed reports that its jets indiscriminately bombed civilians at a market.",
        "Residents said a market in Togoga was hit on Tuesday. The day has its origins in a somber day in 1988 "
        "when the Derg regime indiscriminately bombed civilians at a market in Hawzien.")
    assert not any("1988" in text for relation, text in found if relation == "dispute"), found


@pytest.mark.parametrize(("words", "a_side"), [
    pytest.param("despite the administration’s claim of having conducted precise airstrikes against “rebel "
                 "fighters.”", False, id="scare-quoted-words-are-anothers"),
    pytest.param("and the army said the airstrikes targeted rebel fighters.", True, id="a-voices-own-words"),
])
def test_what_was_hit_in_scare_quotes_is_no_account_of_the_outlet(words: str, a_side: bool) -> None:
    found = conflicts_of(
        f"Initial reports place casualties at least 64 people killed and 180 injured, all civilians—{words} "
        "Evidence was clear that civilian casualties were significant.",
        "Ethiopia’s army struck a market in Togoga on Tuesday, AFP said. The airstrike on a market in Togoga "
        "killed dozens.")
    assert any(text.startswith("What was hit") for _, text in found) is a_side, found


def test_articles_giving_the_attack_the_same_hour_agree_and_another_hour_is_left_out() -> None:
    an = analyze([
        Article("a1", "A resident said the air strike had hit a market in Togoga at around 1 p.m. on Tuesday.",
                source="One", date="2021-06-23"),
        Article("a2", "Bombs tore through the market in Togoga around 1:00 pm on Tuesday, survivors said.",
                source="Two", date="2021-06-23"),
        Article("a3", "Jets struck the market in Togoga at 9 a.m. on Tuesday, the army said.", source="Three",
                date="2021-06-23"),
    ])
    found = [f for f in an.findings if f.relation == "agree" and "time of day" in f.explanation]
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, found
    assert "13:00" in found[0].explanation, found[0].explanation


def test_articles_saying_the_same_side_took_a_place_agree() -> None:
    an = analyze(articles_of(Scenario(
        "Taliban fighters captured parts of Kunduz on Friday, officials said.",
        "The Taliban seized control of Kunduz on Friday, residents said.")))
    found = [f for f in an.findings if f.relation == "agree" and "took Kunduz" in f.explanation]
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, an.findings


@pytest.mark.parametrize("other", [
    pytest.param("Afghan forces withdrew from Kunduz on Friday, residents said.", id="a-withdrawal-is-no-taking"),
    pytest.param("Afghan forces recaptured Kunduz from the Taliban on Friday, residents said.",
                 id="the-side-it-was-taken-from-is-no-taker"),
])
def test_other_sides_or_a_withdrawal_do_not_agree_on_who_took_a_place(other: str) -> None:
    an = analyze(articles_of(Scenario("The Taliban captured Kunduz on Friday, officials said.", other)))
    assert not [f for f in an.findings if f.relation == "agree" and "took Kunduz" in f.explanation], an.findings


def test_a_rejected_claim_is_shown_whole_when_no_figure_follows_its_event() -> None:
    """The second half of what is denied ("and were using the building as a human shield") is part
    of the evidence; a toll after the event's words would not be."""
    first = ("Rebel fighters had attacked the clinic in Tel Amra on Saturday and were using the building as a "
             "human shield, the defence ministry said.")
    second = ("The aid group denied that rebel fighters were firing from its clinic in Tel Amra on Saturday "
              "before the air strike.")
    an = analyze(articles_of(Scenario(first, second)))
    assert [f for f in an.findings if f.relation == "dispute"
            and overlaps(f, span_in(first, "a1", "using the building as a human shield"))], \
        [(f.relation, f.explanation) for f in an.findings]


def test_a_denial_does_not_dispute_its_own_sides_account() -> None:
    """The Kremlin's spokesman denying that civilians were targeted answers the Ukrainian toll, not
    the Russian Defence Ministry's own account of the strike ("the ministry" is the one named before)."""
    arts = [Article("a1", "Russian forces struck a meeting of Ukrainian commanders in Sumy on Sunday with two Iskander "
                          "missiles, the Russian Defense Ministry said. The strike killed 60 servicemen, the ministry "
                          "added.", source="Outlet 1", date="2025-04-14"),
            Article("a2", "Russia's missile strike on Sumy on Sunday killed 34 civilians, including two children, "
                          "Ukrainian officials said.", source="Outlet 2", date="2025-04-14"),
            Article("a3", "Kremlin spokesman Dmitry Peskov on Monday denied that the strike on Sumy on Sunday had "
                          "targeted civilians.", source="Outlet 3", date="2025-04-14")]
    disputes = [f for f in analyze(arts).findings if f.relation == "dispute"]
    assert disputes and all(any(e.article == "a2" for e in f.evidence) for f in disputes), disputes
    assert not [e for f in disputes for e in f.evidence if e.article == "a1"], disputes


def test_the_children_among_two_tolls_are_counts_of_one_group() -> None:
    """"including five children" and, a day later, "including two children": both count the
    incident's dead children, and a later lower count is no rising toll."""
    an = analyze([
        Article("a1", "A missile strike on Tel Amra on Sunday killed more than 20 people, including five children, "
                      "officials said.", source="Outlet 1", date="2025-04-13"),
        Article("a2", "The Sunday strike on Tel Amra killed 34 people, including two children, and wounded 117 "
                      "others, officials said.", source="Outlet 2", date="2025-04-14")])
    found = [f for f in an.findings if f.relation == "contradict"]
    assert len(found) == 1 and "children" in found[0].explanation, [(f.relation, f.explanation) for f in an.findings]
    assert "34" not in found[0].explanation, found[0].explanation  # more than 20 and 34 fit


def test_civilians_among_a_toll_are_no_whole_toll_of_their_own() -> None:
    an = analyze([
        Article("a1", "The strike on Tel Amra on Sunday killed 50 people, including 20 civilians, the army said.",
                source="Outlet 1", date="2025-04-13"),
        Article("a2", "The strike on Tel Amra on Sunday killed 48 people, medics said.", source="Outlet 2",
                date="2025-04-13")])
    assert not [f for f in an.findings if f.relation == "contradict"], [(f.relation, f.explanation) for f in an.findings]


def test_a_side_taking_back_its_own_earlier_account_disputes_it() -> None:
    arts = [Article("a1", "The US military said its drone strike in Kabul on Sunday killed two ISIS-K militants who "
                          "were planning an attack.", source="Outlet 1", date="2021-08-29"),
            Article("a2", "The Pentagon on Friday rejected claims that the drone strike in Kabul on August 29 had "
                          "killed ISIS-K militants, calling it a tragic mistake.", source="Outlet 2",
                    date="2021-09-17")]
    disputes = [f for f in analyze(arts).findings if f.relation == "dispute"]
    assert disputes and any(e.article == "a1" for f in disputes for e in f.evidence), disputes


@pytest.mark.parametrize("second", [
    "Among the dead in Tel Amra on Sunday were three children from one family, medics said.",
    "The strike on Tel Amra on Sunday killed 40 people, including five children under the age of five, medics said.",
])
def test_some_of_a_group_named_more_narrowly_is_no_count_of_the_whole_group(second: str) -> None:
    an = analyze([Article("a1", "The strike on Tel Amra on Sunday killed 40 people, including 12 children, officials "
                                "said.", source="Outlet 1", date="2025-04-13"),
                  Article("a2", second, source="Outlet 2", date="2025-04-13")])
    assert not [f for f in an.findings if f.relation == "contradict"], [(f.relation, f.explanation) for f in an.findings]


def test_a_rejection_of_civilian_casualties_answers_the_counts_not_the_strike() -> None:
    """"Refuted claims of civilian casualties" rejects the civilian dead, not the strike its own
    side carried out: the one dispute it makes shows the counts."""
    an = analyze([
        Article("a1", "Karsen jets struck camps in Tel Amra on Tuesday. Local officials said the strikes killed "
                "46 civilians, most of them women and children.", source="One", date="2024-12-25"),
        Article("a2", "Karsen security officials refuted claims of civilian casualties after jets struck camps in "
                "Tel Amra on Tuesday.", source="Two", date="2024-12-25"),
    ])
    disputes = [f for f in an.findings if f.relation == "dispute"]
    assert len(disputes) == 1, [(f.explanation, f.evidence) for f in disputes]
    assert disputes[0].quantities and "civilians harmed" in disputes[0].explanation, disputes[0].explanation


def test_a_rejection_of_civilian_casualties_also_answers_statements_of_civilian_victims_in_words() -> None:
    first = ("Karsen jets struck camps in Tel Amra on Tuesday. The strikes killed 12 civilians, local officials "
             "said. Residents said women and children were among the victims of the air strike.")
    an = analyze([
        Article("a1", first, source="One", date="2024-12-25"),
        Article("a2", "Karsen security officials refuted claims of civilian casualties after jets struck camps in "
                "Tel Amra on Tuesday.", source="Two", date="2024-12-25"),
    ])
    disputes = [f for f in an.findings if f.relation == "dispute"]
    assert len(disputes) == 1, [(f.explanation, f.evidence) for f in disputes]
    assert overlaps(disputes[0], span_in(first, "a1", "women and children were among the victims")), disputes[0]


@pytest.mark.parametrize(("first", "second", "clash"), [
    pytest.param("Rescuers said 29 bodies had arrived at hospitals after the strike on Tel Amra on Friday.",
                 "The strike on Tel Amra on Friday killed 50 people, officials said.", False,
                 id="bodies-found-so-far-fit-a-larger-toll"),
    pytest.param("Rescuers said 61 bodies had been recovered after the strike on Tel Amra on Friday.",
                 "A local official said 240 bodies had been pulled from the rubble after the strike on Tel Amra "
                 "on Friday.", True, id="two-body-counts-compare-as-they-stand"),
    pytest.param("Rescuers said 40 bodies had been recovered after the strike on Tel Amra on Friday.",
                 "The strike on Tel Amra on Friday killed 12 people, officials said.", True,
                 id="more-bodies-than-dead-clash"),
    pytest.param("Rescuers said eight bodies had been recovered after the strike on Tel Amra on Friday.",
                 "The strike on Tel Amra on Friday killed 57 soldiers, officials said.", False,
                 id="a-group-above-the-bodies-found-so-far-fits"),
])
def test_a_count_of_bodies_is_the_dead_found_so_far(first: str, second: str, clash: bool) -> None:
    an = analyze(articles_of(Scenario(first, second)))
    found = [f for f in an.findings if f.relation == "contradict" and f.quantities]
    assert bool(found) is clash, [f.explanation for f in found]


@pytest.mark.parametrize(("first", "second"), [
    ("The army raid on Tel Amra on Monday killed 11 people, officials said.",
     "Rights groups said at least four of the eleven dead in Tel Amra on Monday were civilians."),
    ("The army raid on Tel Amra on Monday killed 11 people, officials said.",
     "Eight of the dead were fighters, the ministry said. The other three were killed by rebel fire in Tel Amra on "
     "Monday."),
    ("Rights groups said at least four of the eleven dead in the army raid on Tel Amra on Monday were civilians.",
     "Eight of the dead were fighters, the ministry said. The other three were killed by rebel fire in the army raid "
     "on Tel Amra on Monday."),
])
def test_a_part_of_the_dead_of_no_named_group_is_no_rival_toll(first: str, second: str) -> None:
    """"at least four of the eleven dead", "the other three": parts of the toll, no rival to it."""
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if f.relation == "contradict" and f.quantities], \
        [f.explanation for f in an.findings if f.relation == "contradict"]


def test_a_toll_in_a_sentence_opening_elsewhere_is_another_acts() -> None:
    an = analyze(articles_of(Scenario(
        "A coalition air strike hit a bus at the market in Tel Amra on Thursday, killing 43 people, medics said. "
        "Elsewhere, coalition jets pounded Beit Omar district, killing two civilians.",
        "The air strike on a bus at the market in Tel Amra on Thursday killed 43 people, health officials said.")))
    assert not [f for f in an.findings if f.relation == "contradict" and f.quantities], \
        [f.explanation for f in an.findings if f.relation == "contradict"]


def test_a_toll_told_after_a_lead_in_to_another_attack_is_that_attacks() -> None:
    """"The strike came two days after a suicide attack killed 170 people": 170 is the earlier
    attack's toll, not a rival count of this strike's dead."""
    an = analyze(articles_of(Scenario(
        "A drone strike killed ten people in Tel Amra on Sunday, relatives said. The strike came two days after a "
        "suicide attack outside the airport killed 170 people.",
        "The drone strike in Tel Amra on Sunday killed 10 civilians, including seven children, officials said.")))
    assert not [f for f in an.findings if f.relation == "contradict" and f.quantities], \
        [f.explanation for f in an.findings if f.relation == "contradict"]


def test_a_toll_a_voice_is_said_to_claim_after_a_lead_in_is_still_this_attacks() -> None:
    an = analyze(articles_of(Scenario(
        "The coalition denied targeting the prison in Tel Amra. This came after the rebels claimed that the attack "
        "killed 80 inmates on Friday.",
        "The air strike on the prison in Tel Amra on Friday killed 80 inmates, the rebels said.")))
    assert [f for f in an.findings if f.relation == "agree" and f.quantities], \
        [f.explanation for f in an.findings]


@pytest.mark.parametrize(("second", "alike"), [
    pytest.param("Missiles struck the centre of Tel Amra on Sunday morning, killing 20 people, officials said.", True,
                 id="morning-fits-a-clock-time-in-the-morning"),
    pytest.param("Missiles struck the centre of Tel Amra early on Sunday, killing 20 people, officials said.", True,
                 id="early-before-a-weekday-is-the-morning"),
    pytest.param("Missiles struck the centre of Tel Amra on Sunday night, killing 20 people, officials said.", False,
                 id="night-does-not-fit-a-morning-hour"),
    pytest.param("Missiles struck the centre of Tel Amra in the early hours of Sunday, killing 20 people.", True,
                 id="the-early-hours-hold-the-hour"),
])
def test_a_part_of_the_day_agrees_with_a_clock_time_inside_it(second: str, alike: bool) -> None:
    an = analyze(articles_of(Scenario(
        "Two ballistic missiles struck the centre of Tel Amra around 8:15am on Sunday, killing 20 people.", second)))
    found = [f for f in an.findings if f.relation == "agree" and "same time of day" in f.explanation]
    assert bool(found) is alike, [f.explanation for f in an.findings]
    assert not [f for f in an.findings if f.relation == "contradict" and "time" in f.explanation]


def test_three_outlets_relaying_one_speakers_claim_are_one_agreement() -> None:
    an = analyze([
        Article("a1", "An air strike hit a rebel camp near Tel Amra on Tuesday, the defence ministry said in a "
                "statement.", source="One", date="2024-12-25"),
        Article("a2", "Jets struck a rebel camp near Tel Amra on Tuesday, the defence ministry said.", source="Two",
                date="2024-12-25"),
        Article("a3", "According to the defence ministry, an air strike hit a rebel camp near Tel Amra on Tuesday.",
                source="Three", date="2024-12-25"),
    ])
    found = [f for f in an.findings if f.relation == "agree" and "claim of" in f.explanation]
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2", "a3"}, \
        [(f.explanation, [e.article for e in f.evidence]) for f in found]


@pytest.mark.parametrize(("first", "dispute"), [
    pytest.param("Residents said civilians were among the victims of the air strike on Tel Amra on Tuesday.", True,
                 id="words-alone-are-what-is-rejected"),
    pytest.param("Jets struck Tel Amra on Tuesday; it killed 10 fighters hiding among villagers, the army said.",
                 False, id="civilians-near-the-act-are-not-said-to-be-harmed"),
])
def test_a_rejection_of_civilian_casualties_without_counts(first: str, dispute: bool) -> None:
    an = analyze([
        Article("a1", first, source="One", date="2024-12-25"),
        Article("a2", "Karsen security officials refuted claims of civilian casualties after jets struck camps in "
                "Tel Amra on Tuesday.", source="Two", date="2024-12-25"),
    ])
    found = [f for f in an.findings if f.relation == "dispute" and "civilians harmed" in f.explanation]
    assert bool(found) is dispute, [f.explanation for f in an.findings if f.relation == "dispute"]


@pytest.mark.parametrize("first", [
    pytest.param("Two days after the attack on Tel Amra, officials said 45 people had been killed.",
                 id="the-attack-is-this-one"),
    pytest.param("The strike on Tel Amra, which came two days after a suicide attack at the airport, killed 45 people.",
                 id="the-figure-is-back-in-the-main-clause"),
])
def test_a_lead_in_that_does_not_introduce_another_act_keeps_the_toll(first: str) -> None:
    an = analyze(articles_of(Scenario(first, "The attack on Tel Amra killed 12 people, officials said.")))
    assert [f for f in an.findings if f.relation == "contradict" and f.quantities], \
        [f.explanation for f in an.findings]


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("Missiles struck the centre of Tel Amra on Saturday night, killing 20 people, officials said.",
                 "Missiles struck the centre of Tel Amra on Sunday morning, killing 20 people, officials said.",
                 id="night-and-morning-only-touch"),
    pytest.param("The strike, first reported by Dawn, killed 20 people in the centre of Tel Amra on Sunday.",
                 "Missiles struck the centre of Tel Amra at dawn on Sunday, killing 20 people, officials said.",
                 id="a-newspaper-named-dawn-names-no-hour"),
])
def test_parts_of_the_day_that_are_not_the_same_time(first: str, second: str) -> None:
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if f.relation == "agree" and "same time of day" in f.explanation], \
        [f.explanation for f in an.findings]


def test_the_same_number_of_children_is_not_answered_by_a_toll_of_people() -> None:
    an = analyze(articles_of(Scenario("The strike on Tel Amra on Friday killed five children, officials said.",
                                      "The strike on Tel Amra on Friday killed five people, officials said.")))
    assert [f for f in an.findings if f.relation == "omission" and f.quantities and "children" in f.explanation
            and f.missing_from == ("a2",)], [f.explanation for f in an.findings]


DRONE_TOLL = "The drone strike on Tel Amra on Sunday killed 10 people, officials said."
STRIKE_TOLL = "The air strike on Tel Amra on Tuesday killed 12 civilians, medics said."


@pytest.mark.parametrize(("first", "second", "same_toll_agrees"), [
    pytest.param("A drone strike killed ten people in Tel Amra on Sunday. It came two days after the suicide attack "
                 "outside the airport killed 170 people.",
                 DRONE_TOLL, False, id="another-act-the-other-act-named-with-the"),
    pytest.param("A drone strike killed ten people in Tel Amra on Sunday. It came two days after a suicide attack "
                 "outside the airport, which killed 170 people.",
                 DRONE_TOLL, False, id="another-act-a-which-clause-goes-on-telling-it"),
    pytest.param("A drone strike killed ten people in Tel Amra on Sunday. It came two days after a suicide attack "
                 "outside the airport in Kelda, the second city, killed 170 people.",
                 DRONE_TOLL, False, id="another-act-an-aside-in-commas"),
    pytest.param("A drone strike killed ten people in Tel Amra on Sunday. It came two days after a suicide attack "
                 "outside the airport claimed the lives of 170 people.",
                 DRONE_TOLL, False, id="another-act-claimed-the-lives-is-no-saying"),
    pytest.param("A drone strike killed ten people in Tel Amra on Sunday. This follows Oct. 27's attacks on the "
                 "airport that killed four people.",
                 DRONE_TOLL, False, id="another-act-this-follows-after-an-abbreviation"),
    pytest.param("Medics said an air strike killed 12 civilians in Tel Amra on Tuesday, escalating a civil war that "
                 "has killed 40,000 people.", STRIKE_TOLL, True, id="war-tally-in-the-strikes-own-sentence"),
    pytest.param("An air strike killed 12 civilians in Tel Amra on Tuesday, medics said. The strike was the third this "
                 "month in a civil war that has killed at least 40,000 people.",
                 STRIKE_TOLL, True, id="war-tally-after-an-ordinal"),
    pytest.param("An air strike killed 12 civilians in Tel Amra on Tuesday, medics said. The war, which has killed "
                 "40,000 people, flared again this week.", STRIKE_TOLL, True, id="war-tally-in-commas"),
    pytest.param("An air strike killed 12 civilians in Tel Amra on Tuesday, medics said. It was the deadliest strike "
                 "since the start of the war, which has killed 40,000 people.", STRIKE_TOLL, True,
                 id="war-tally-after-a-time-frame-in-commas"),
])
def test_another_acts_or_a_wars_toll_is_not_this_strikes(first: str, second: str, same_toll_agrees: bool) -> None:
    """"Came two days after a suicide attack killed 170", "escalating a civil war that has killed
    40,000": those figures are another act's or the war's, never set against this strike's."""
    an = analyze(articles_of(Scenario(first, second)))
    assert not [f for f in an.findings if f.relation == "contradict" and f.quantities], \
        [f.explanation for f in an.findings if f.relation == "contradict"]
    if same_toll_agrees:
        assert [f for f in an.findings if f.relation == "agree" and f.quantities], [f.explanation for f in an.findings]


@pytest.mark.parametrize(("before", "war_tally"), [
    pytest.param("Medics said the strike escalated a civil war that has killed ", True, id="the-wars-clause"),
    pytest.param("It was the deadliest strike since the start of the war, which has killed ", True,
                 id="after-a-time-frame-in-commas"),
    pytest.param("Commenting on the deadliest single strike the army has admitted since the start of the war that it "
                 "said killed ", False, id="the-strikes-clause-after-a-time-frame"),
    pytest.param("The governor called it the deadliest strike since the start of the war that has killed ", True,
                 id="a-running-total-after-a-time-frame"),
])
def test_a_clause_on_a_war_noun_tells_the_wars_tally(before: str, war_tally: bool) -> None:
    """"the deadliest incident since the start of the war that it said killed 89": the war only
    dates the comparison, and the clause tells of the incident."""
    from counterpoint.align.elsewhere import tells_a_war_tally

    assert tells_a_war_tally(before) is war_tally


def test_a_vague_word_read_inside_a_larger_number_keeps_no_most() -> None:
    from counterpoint.align.stated import interval
    from counterpoint.records import Quantity

    q = Quantity("q1", "a1", 0, 24, "several hundred thousand", 200.0, None, True, "people displaced", None,
                 "count", "displaced", "people", None, False, None, False, False, "vague", False)
    assert interval(q).most is None, interval(q)


def test_an_agreement_holds_no_two_figures_that_cannot_both_be_true() -> None:
    """"up to 90" and "more than 110" each fit "about 100", not each other: no one agreement
    holds both."""
    texts = ("Up to 90 people were killed in the shelling of Tel Amra on Monday, officials said.",
             "About 100 people were killed in the shelling of Tel Amra on Monday, medics said.",
             "More than 110 people were killed in the shelling of Tel Amra on Monday, a monitor said.")
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2021-03-05") for i, t in enumerate(texts, 1)]
    for f in analyze(arts).findings:
        if f.relation == "agree" and "killed" in f.explanation:
            assert not {"a1", "a3"} <= {e.article for e in f.evidence}, f.explanation


@pytest.mark.parametrize(("first", "second", "agree"), [
    pytest.param("three staff", "three children", False, id="a-group-is-no-whole-toll"),
    pytest.param("nine Iraqis", "nine tourists", True, id="a-nationality-counts-the-dead-as-a-whole"),
    pytest.param("eight civilians", "eight Arab tourists", True, id="tourists-are-civilians"),
    pytest.param("five Americans", "five Iraqi civilians", False, id="a-part-of-another-nationality"),
])
def test_the_same_number_of_a_group_and_a_part_agrees_only_when_one_counts_the_whole(first: str, second: str,
                                                                                      agree: bool) -> None:
    texts = (f"The shelling of the market in Tel Amra on Monday killed {first}, officials said.",
             f"The shelling of the market in Tel Amra on Monday killed {second}, medics said.")
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2021-03-05") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "killed" in f.explanation
             and "same figure" in f.explanation]
    assert bool(found) is agree, [f.explanation for f in analyze(arts).findings]


def test_bodies_found_so_far_still_agree_with_a_higher_toll_in_a_group() -> None:
    texts = ("Rescuers said 29 bodies were pulled from the rubble in Tel Amra on Monday after the shelling.",
             "The shelling of Tel Amra on Monday killed 32 people, medics said.")
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2021-03-05") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "29" in f.explanation]
    assert found and {e.article for e in found[0].evidence} == {"a1", "a2"}, [f.explanation for f in analyze(arts).findings]


@pytest.mark.parametrize(("first", "second", "clash"), [
    pytest.param("43 civilians", "at least 70 worshippers in the Tel Amra district", True,
                 id="a-group-outnumbering-the-whole-toll"),
    pytest.param("at least 70 civilians", "43 worshippers in the Tel Amra district", False,
                 id="a-group-within-the-whole-toll"),
    pytest.param("43 civilians", "70 worshippers from one family", False, id="a-narrowed-group"),
])
def test_a_group_named_in_a_whole_toll_cannot_outnumber_it(first: str, second: str, clash: bool) -> None:
    """"43 civilians" and "at least 70 worshippers in the Tel Amra district": the worshippers are
    civilians, so both cannot be true; the place after "in" does not narrow the group."""
    texts = (f"A drone strike on the mosque in Tel Amra on Friday killed {first}, medics said.",
             f"A drone strike on the mosque in Tel Amra on Friday killed {second}, aid workers said.")
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2025-09-19") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.relation == "contradict"]
    assert bool(found) is clash, [f.explanation for f in analyze(arts).findings]


def test_a_figure_a_headline_repeats_is_shown_from_the_body() -> None:
    """With room for one span of an article, its figure is shown where the body tells it."""
    first = Article("a1", "A drone strike on the mosque in Tel Amra on Friday killed 43 civilians, medics said.",
                    source="Outlet 1", date="2025-09-19")
    others = [Article(f"a{i}", "Drone attack on mosque in Tel Amra kills at least 70, army says\n\nA drone strike on the "
                               "mosque in Tel Amra on "
                               "Friday killed at least 70 people, aid workers said.", source=f"Outlet {i}",
                      date="2025-09-19") for i in range(2, 7)]
    arts = [first, *others]
    found = [f for f in analyze(arts).findings if f.relation == "contradict"]
    assert found, [f.explanation for f in analyze(arts).findings]
    last = [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in found[0].evidence if e.article == "a6"]
    assert last == ["at least 70 people"], last


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("The overnight airstrikes killed seven children, the health ministry said.",
                 "The overnight airstrikes killed four children in Tel Amra and three in Dara, the health ministry "
                 "said.", id="a-breakdown-by-place"),
    pytest.param("The overnight airstrikes killed seven children in Tel Amra and Dara, the health ministry said.",
                 "The overnight airstrikes killed four children in Tel Amra and three in nearby Dara, the health "
                 "ministry said.", id="a-breakdown-to-a-nearby-place"),
    pytest.param("The overnight airstrikes killed seven children in Tel Amra and Dara, the health ministry said.",
                 "The overnight airstrikes killed four children in Tel Amra and three others in the village of Dara, "
                 "the health ministry said.", id="a-breakdown-to-a-village-of"),
    pytest.param("The airstrike on Tel Amra killed seven children, medics said.",
                 "The airstrike on Tel Amra killed three children in the Hamdan family, relatives said.",
                 id="in-a-family-narrows"),
    pytest.param("Rescuers have pulled 43 bodies from the rubble of the Tel Amra mosque after the airstrike, the "
                 "civil defence said.", "The airstrike on the Tel Amra mosque killed 70 men, a local imam said.",
                 id="bodies-found-so-far"),
    pytest.param("The airstrike on the Tel Amra prison killed 43 prisoners, officials said.",
                 "The airstrike on the Tel Amra prison killed 70 men, a guard said.", id="prisoners-are-no-whole-toll"),
])
def test_guard_a_part_that_is_not_of_a_whole_toll_does_not_contradict_it(first: str, second: str) -> None:
    arts = [Article("a1", "Strike\n" + first, source="One", date="2024-03-13"),
            Article("a2", "Strike\n" + second, source="Two", date="2024-03-13")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict"]
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize("rejection", [
    pytest.param("The Karsen government condemned as fictitious a UN report that soldiers executed 300 civilians in "
                 "Tel Amra.", id="fictitious"),
    pytest.param("The Karsen government said the UN report that soldiers executed 300 civilians in Tel Amra was "
                 "biased.", id="biased"),
])
def test_a_report_called_fictitious_or_biased_is_disputed(rejection: str) -> None:
    arts = [Article("a1", "Soldiers executed 300 civilians in Tel Amra over five days, a UN report said.",
                    source="One", date="2023-05-12"),
            Article("a2", rejection, source="Two", date="2023-05-13")]
    found = [f for f in analyze(arts).findings if f.relation == "dispute"]
    assert found and any({e.article for e in f.evidence} == {"a1", "a2"} for f in found), \
        [(f.relation, f.explanation) for f in analyze(arts).findings]


@pytest.mark.parametrize("sentence", [
    pytest.param("The Karsen army did not deny there had been casualties in Tel Amra.", id="not-denied"),
    pytest.param("The army denied there had been any casualties on its side.", id="own-side"),
    pytest.param("The army denied there had been heavy casualties.", id="heavy"),
    pytest.param("The army denied there had been any casualties other than soldiers.", id="other-than"),
])
def test_guard_a_denial_that_leaves_some_harm_is_no_count_of_none(sentence: str) -> None:
    from counterpoint.pipeline import extract_only

    got = [(q.text, q.low) for q in extract_only([Article("a1", sentence, source="S", date="2019-02-26")])[0].quantities
           if q.low == 0 and q.high == 0]
    assert not got, got


@pytest.mark.parametrize("second", [
    pytest.param("UN investigators said their report that soldiers executed 300 civilians in Tel Amra was not "
                 "biased.", id="not-biased"),
    pytest.param("A gunman using a fictitious name killed 12 people at a market in Tel Amra on Monday, police said.",
                 id="a-fictitious-name"),
])
def test_guard_biased_and_fictitious_in_other_senses_dispute_nothing(second: str) -> None:
    arts = [Article("a1", "Soldiers executed 300 civilians in Tel Amra over five days, a UN report said.",
                    source="One", date="2023-05-12"),
            Article("a2", second, source="Two", date="2023-05-13")]
    found = [f for f in analyze(arts).findings if f.relation == "dispute"]
    assert not found, [f.explanation for f in found]


def test_a_part_after_a_placed_group_is_no_breakdown() -> None:
    arts = [Article("a1", "A Karsen drone strike on a mosque in Tel Amra on Friday killed 43 civilians, medics said.",
                    source="One", date="2025-09-19"),
            Article("a2", "A Karsen drone strike on a mosque in Tel Amra on Friday killed at least 70 worshippers in "
                          "Tel Amra, including 12 children, residents said.", source="Two", date="2025-09-19")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict"]
    assert found, [f.explanation for f in analyze(arts).findings]


@pytest.mark.parametrize(("other", "relation"), [
    pytest.param("Gunmen attacked the Tel Amra checkpoint on Sunday, killing a police officer, the interior ministry "
                 "said.", "agree", id="one-and-one"),
    pytest.param("Gunmen attacked the Tel Amra checkpoint on Sunday, killing three police officers, the interior "
                 "ministry said.", "contradict", id="one-and-three"),
])
def test_a_person_harmed_told_without_a_numeral_is_a_count_of_one(other: str, relation: str) -> None:
    first = "A Karsen policeman was shot dead at the Tel Amra checkpoint on Sunday, police said."
    an = analyze(articles_of(Scenario(first, other)))
    found = [f for f in an.findings if f.relation == relation and "1 Karsen policeman killed" in f.explanation]
    assert found, [(f.relation, f.explanation) for f in an.findings]


def test_a_count_over_a_span_of_days_is_no_part_and_two_voices_in_one_article_contradict() -> None:
    """"47 troops over three days of fighting" says when, not which of them (figures.narrowed_group)."""
    an = analyze([Article("a1", "Rebels of the Azawad front said they killed 47 Malian troops over three days of "
                                "fighting near Tinza. The army's chief of staff said two soldiers were killed in "
                                "the clashes near Tinza.", source="Wire", date="2024-07-29")])
    found = [f for f in an.findings if f.relation == "contradict" and "inside one article" in f.explanation]
    assert found and "47 Malian troops" in found[0].explanation, [f.explanation for f in an.findings]


@pytest.mark.parametrize("rebels", [
    pytest.param("JNIM said on Monday its fighters killed 47 Malian soldiers near Tinza on Friday.", id="plain"),
    pytest.param("JNIM said on Monday its fighters killed 47 Malian soldiers in the clashes near Tinza on Friday.",
                 id="in-the-clashes"),
])
def test_rival_parties_counts_told_days_apart_are_no_revision(rebels: str) -> None:
    """A later, higher toll is a revision when one side or a neutral voice tells both; the army's
    two dead and the rebels' 47 are rival counts."""
    arts = [Article("a1", "The Malian army said two soldiers were killed in clashes with JNIM fighters near Tinza "
                          "on Friday.", source="Outlet 1", date="2024-07-27"),
            Article("a2", rebels, source="Outlet 2", date="2024-07-30")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict"]
    assert found and "47 Malian soldiers" in found[0].explanation, [f.explanation for f in found]


def test_an_armed_groups_count_a_day_after_one_of_no_known_voice_is_no_revision() -> None:
    """"Five soldiers were killed, the statement said": no voice the corpus places on a side; the
    group's claim a day later of 32 is still a party's count, not an update of the toll."""
    arts = [Article("a1", "The army repelled an attack on its camp near Tinza on Sunday. Five soldiers were killed "
                          "in the fighting, the statement said.", source="Outlet 1", date="2024-10-14"),
            Article("a2", "JNIM said on Monday its fighters had overrun the army camp near Tinza on Sunday, killing "
                          "32 soldiers.", source="Outlet 2", date="2024-10-15")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and "32 soldiers" in f.explanation]
    assert found, [f.explanation for f in analyze(arts).findings]


def test_guard_an_armed_groups_later_toll_of_the_dead_at_large_still_revises() -> None:
    arts = [Article("a1", "An air strike on a school in Tel Amra killed 20 people on Tuesday, medics said.",
                    source="Outlet 1", date="2024-07-09"),
            Article("a2", "Hamas said on Wednesday the death toll from the air strike on a school in Tel Amra on "
                          "Tuesday had risen to 27.", source="Outlet 2", date="2024-07-10")]
    assert not [f for f in analyze(arts).findings if f.relation == "contradict"]


def test_guard_one_sides_voices_of_no_known_side_told_days_apart_revise_a_toll() -> None:
    arts = [Article("a1", "The army said two soldiers were killed in the clashes near Tinza on Friday.",
                    source="Outlet 1", date="2024-07-27"),
            Article("a2", "The defence ministry said five soldiers were killed in the clashes near Tinza on Friday.",
                    source="Outlet 2", date="2024-07-30")]
    assert not [f for f in analyze(arts).findings if f.relation == "contradict"]


@pytest.mark.parametrize(("first", "second", "act"), [
    ("clashes", "near", True), ("air", "strike", True), ("attack", None, True), ("clashes", "with", True),
    ("fighting", "Monday", True), ("ambush", "yesterday", True),
    ("attack", "convoy", False), ("strike", "zone", False), ("family", None, False),
])
def test_the_last_noun_after_in_says_whether_it_names_the_act(first: str, second: str | None, act: bool) -> None:
    from counterpoint.align.figure_groups import _names_an_act

    assert _names_an_act(first, second) is act


def test_a_vague_count_of_the_wounded_agrees_with_a_figure_in_its_band() -> None:
    name = "wounded_band"
    found = [f for f in matching(run(name), ["agree"], span(name, "a1", "Thirty people"),
                                 span(name, "a2", "dozens of injuries")) if f.quantities]
    assert len(found) == 1 and "fit each other" in found[0].explanation, dump(name)


@pytest.mark.parametrize(("name", "figure"), [
    ("wounded_beyond_band", "About 150 people"),
    ("wounded_bound_in_band", "More than 90 people"),  # a bound is no number in the band
    ("wounded_group_in_band", "Thirty soldiers"),  # a group beside the whole
])
def test_guard_a_vague_count_does_not_bear_out_a_figure_beyond_its_band_a_bound_or_a_group(name: str,
                                                                                           figure: str) -> None:
    found = [f for f in run(name).findings if f.relation in ("agree", "contradict") and f.quantities
             and overlaps(f, span(name, "a1", figure))]
    assert not found, dump(name)


@pytest.mark.parametrize("second", [
    "Rights groups said 25 of the 40 people in the house in Tel Amra were killed in the raid on Monday.",
    "Rights groups said the army raid on Tel Amra on Monday killed 25 people the other day.",
    "The army raid on Tel Amra on Monday killed 25 members of the security forces, officials said.",
])
def test_a_whole_toll_written_with_of_the_or_the_other_still_clashes(second: str) -> None:
    an = analyze(articles_of(Scenario("The army raid on Tel Amra on Monday killed 11 people, officials said.", second)))
    assert [f for f in an.findings if f.relation == "contradict" and f.quantities], [f.explanation for f in an.findings]



def test_a_contradiction_of_figures_shows_two_that_cannot_both_be_true() -> None:
    """However many articles repeat one value, the finding shows a figure that clashes with it
    ("at least 10" told eight times beside eight "five")."""
    texts = ["At least 10 people were wounded in the shelling of Tel Amra on Monday, officials said."] * 8 + \
        ["Five people were wounded in the shelling of Tel Amra on Monday, medics said."] * 8
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-03-04") for i, t in enumerate(texts, 1)]
    found = [f.explanation for f in analyze(arts).findings if f.relation == "contradict"]
    assert len(found) == 1 and "5 people" in found[0] and "at least 10" in found[0], found


@pytest.mark.parametrize("name, first, second, said", [
    ("at_least_and_more", "at least 23 people", "27 people", "fit each other"),
    ("same_toll", "at least 23 people", "At least 23 people", "the same figure"),
])
def test_an_agreement_says_the_same_figure_only_of_the_same_bounds(name: str, first: str, second: str,
                                                                    said: str) -> None:
    found = [f for f in matching(run(name), ["agree"], span(name, "a1", first), span(name, "a2", second))
             if f.quantities]
    assert len(found) == 1 and said in found[0].explanation, dump(name)


def test_counts_after_a_colon_that_spell_out_a_hospitals_intake_are_no_rival_tolls() -> None:
    agency = Article("a1", "Shelling hit the Tel Amra camp on Monday, killing 31 civilians and injuring 58 others, the "
                           "agency said.", source="Agency", date="2024-12-03")
    medics = Article("a2", "Our teams at the field hospital in Tel Amra received 32 patients within a few hours on "
                           "Monday: nine people were dead on arrival and 23 were wounded, including seven children.",
                     source="Medics", date="2024-12-03")
    assert not [f.explanation for f in analyze([agency, medics]).findings if f.relation == "contradict"]


@pytest.mark.parametrize("other", [
    # the other side's attack, repelled by the rebels
    "Separatist rebels said they had repelled an army offensive on the town of Kidal on Monday.",
    # an attack a week later
    "Rebel fighters pushed into Kidal on Monday before being driven back by the army, residents said on June 20.",
])
def test_guard_two_failed_attacks_are_no_agreement(other: str) -> None:
    army = Article("a1", "The Malian army repelled an attack by separatist rebels on the town of Kidal on Monday.",
                   source="Wire", date="2022-06-13")
    date = "2022-06-20" if "June 20" in other else "2022-06-13"
    found = [f.explanation for f in analyze([army, Article("a2", other, source="Radio", date=date)]).findings
             if f.relation == "agree" and "say the attack failed" in f.explanation]
    assert not found, found


def test_guard_one_article_or_a_whole_country_gives_no_agreement_that_an_attack_failed() -> None:
    alone = Article("a1", "The army repelled an attack by rebels on the town of Kidal on Monday. Rebel fighters pushed "
                          "into Kidal before being driven back, residents said.", source="Wire", date="2022-06-13")
    country = [Article("a1", "The army repelled an attack by rebels in Mali on Monday, officials said.", source="Wire",
                       date="2022-06-13"),
               Article("a2", "Rebel fighters pushed into Mali on Monday before being driven back by the army.",
                       source="Radio", date="2022-06-13")]
    for articles in ([alone], country):
        found = [f.explanation for f in analyze(articles).findings
                 if f.relation == "agree" and "say the attack failed" in f.explanation]
        assert not found, found


def test_a_list_the_parse_splits_still_adds_up_to_another_articles_total() -> None:
    """"Among the dead were 22 children and 17 women" against "including 39 women and children"."""
    a = Article("a1", "An air strike on the camp in Dedebit on Friday killed 56 people. Among the dead were 22 "
                      "children and 17 women, officials said.", source="Wire", date="2022-01-08")
    b = Article("a2", "An air strike on the camp in Dedebit on Friday killed 56 people, including 39 women and "
                      "children, the UN said.", source="UN", date="2022-01-08")
    found = [f for f in analyze([a, b]).findings if f.relation == "agree" and "added up" in f.explanation]
    assert len(found) == 1 and "together 39" in found[0].explanation, [f.explanation for f in found]


def test_soldiers_and_a_militias_dead_listed_apart_add_up_to_a_total_of_soldiers_and_its_members() -> None:
    """"Nine soldiers and seven VDP" against "16 soldiers and members of the Volunteers for the
    Defence of the Homeland": the list adds up to the total, no rival count."""
    a = Article("a1", "The army said 16 soldiers and members of the Volunteers for the Defence of the Homeland were "
                      "killed when jihadists attacked Djibo on Saturday.", source="Wire", date="2023-10-15")
    b = Article("a2", "Jihadists attacked Djibo on Saturday. \"We deplore the loss of nine soldiers and seven VDP,\" "
                      "the army said.", source="Agency", date="2023-10-14")
    found = analyze([a, b]).findings
    assert not [f for f in found if f.relation == "contradict"], [f.explanation for f in found]
    assert [f for f in found if f.relation == "agree" and "together 16" in f.explanation], \
        [f.explanation for f in found]


def test_a_ceiling_a_source_sets_is_contradicted_by_a_later_higher_count() -> None:
    """"The number of martyrs did not exceed 61" (numbers.json: a cap) and, two days later,
    "the toll had risen to at least 137": the ceiling denies the higher count; no update of it."""
    agency = Article("a1", "The death toll from the strike on Tel Amra did not exceed 61, the command said on "
                           "Monday.", source="Agency", date="2024-03-04")
    rights = Article("a2", "The toll of the strike on Tel Amra had risen to at least 137 by Wednesday, civil defence "
                           "officials said.", source="Rights group", date="2024-03-06")
    found = [f for f in analyze([agency, rights]).findings if f.relation == "contradict"]
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, found


def test_guard_a_high_estimate_later_exceeded_is_updated() -> None:
    """("Up to 61" is an estimate, not a ceiling: a later "had risen to at least 137" updates it.)"""
    agency = Article("a1", "Up to 61 civilians were killed in the strike on Tel Amra, the command said on Monday.",
                     source="Agency", date="2024-03-04")
    rights = Article("a2", "The toll of the strike on Tel Amra had risen to at least 137 by Wednesday, civil defence "
                           "officials said.", source="Rights group", date="2024-03-06")
    assert not [f for f in analyze([agency, rights]).findings if f.relation == "contradict"]


def test_a_group_counted_as_its_own_article_counts_the_whole_toll_is_that_toll() -> None:
    """The statement's headline says "More than 230 civilians killed", its body "More than 230
    Muslims ... were killed": the body's figure is the toll, set against the agency's 61."""
    statement = Article("a1", "More than 230 civilians killed in air strikes on Tel Amra\n\nMore than 230 Muslims, "
                              "most "
                              "of them women and children, were killed when warplanes bombed houses in Tel Amra, the "
                              "correspondent said.", source="Jihadist outlet", date="2024-03-04")
    agency = Article("a2", "The death toll from the strike on Tel Amra did not exceed 61, the command said.",
                     source="Agency", date="2024-03-04")
    found = [f for f in analyze([statement, agency]).findings if f.relation == "contradict"]
    shown = {statement.text[e.start:e.end] for f in found for e in f.evidence if e.article == "a1"}
    assert "More than 230 Muslims" in shown, (shown, [f.explanation for f in found])


def test_guard_a_taxonomy_group_restating_a_toll_stays_that_group() -> None:
    """(Only a group with no category of its own, "Muslims", restates the toll: "twelve children"
    stays a count of children, set against another's five children.)"""
    ministry = Article("a1", "Twelve people were killed in the strike on Tel Amra on Monday, the ministry said. Twelve "
                             "children were killed, medics added.", source="Ministry", date="2024-03-04")
    monitor = Article("a2", "Five children were killed in the strike on Tel Amra on Monday, the monitor said.",
                      source="Monitor", date="2024-03-04")
    found = [f for f in analyze([ministry, monitor]).findings if f.relation == "contradict"]
    assert any("children" in f.explanation for f in found), [f.explanation for f in found]


def test_guard_a_ceiling_told_as_a_first_count_is_updated() -> None:
    police = Article("a1", "No more than 10 people were killed in the bombing of the Tel Amra market, according to an "
                           "initial count, police said on Monday.", source="Police", date="2024-03-04")
    hospital = Article("a2", "The death toll from the bombing of the Tel Amra market has risen to 25, hospital "
                             "officials said on Tuesday.", source="Hospital", date="2024-03-05")
    assert not [f for f in analyze([police, hospital]).findings if f.relation == "contradict"]


# ------------------------------------------------- a figure inside what its own article calls false


@pytest.mark.parametrize("claimed", ["40", "25"])
def test_a_figure_its_own_article_rejects_is_no_count_it_gives(claimed: str) -> None:
    # the ministry gives no count of dead soldiers: it calls the rebels' 40 a fabrication, so the 40
    # neither agrees with the rebels' count nor contradicts another one
    first = (f"Rebel commanders said {claimed} soldiers were killed when their fighters overran the army base at "
             "Tel Amra on Monday.")
    second = ("The defence ministry described the claims spread by rebel outlets that they had overrun the Tel Amra "
              "base and killed 40 soldiers as \"baseless fabrications\". Army units repelled the attack on Monday, "
              "the ministry said.")
    an = analyze(articles_of(Scenario(first, second)))
    at = second.find("40 soldiers")
    figure = ("a2", at, at + len("40 soldiers"))
    counted = [f for f in an.findings if f.relation in ("agree", "contradict", "omission") and overlaps(f, figure)
               and "40 soldiers" in f.explanation]  # nor "Only ... reports 40 soldiers killed"
    assert not counted, [(f.relation, f.explanation) for f in counted]


def test_guard_a_figure_the_writer_doubts_is_still_its_speakers_count() -> None:
    # "claimed ..., without providing evidence": the outlet doubts it, the army still gives it
    first = "The army claimed 40 rebels were killed in the raid on Tel Amra on Monday, without providing evidence."
    second = "The army said 40 rebels were killed in its raid on Tel Amra on Monday."
    an = analyze(articles_of(Scenario(first, second)))
    at1, at2 = first.find("40 rebels"), second.find("40 rebels")
    agreed = [f for f in matching(an, ["agree"], ("a1", at1, at1 + 9), ("a2", at2, at2 + 9)) if "40" in f.explanation]
    assert agreed, [(f.relation, f.explanation) for f in an.findings]  # the figures, not shared words


# ------------------------------------------- whose dead a count names, and which figures a conflict shows

MARTYRS = ("Rebel militia commits new massacre in Tel Amra camp, 31 martyrs and 58 injured\n\nKARSEN, March 4 - The "
           "terrorist rebel militia on Monday committed a new massacre against the displaced in the Tel Amra camp, "
           "killing 31 innocent civilians and injuring 58 others, the army said.")
MERCENARIES = ("On Monday our valiant forces carried out a successful operation against the strongholds of the army "
               "and the mercenary movements allied with it near Tel Amra, and took full control of the Tel Amra base. "
               "During the operation, our forces destroyed 12 combat vehicles and killed more than 70 mercenaries.")


def test_a_conflicting_figure_is_shown_where_its_article_repeats_it() -> None:
    # the headline's "31 martyrs" and the body's "31 innocent civilians" are both shown against 16, though
    # the fighters a third article counts clash with the first (a part of the toll) and not the second
    first = ("TEL AMRA, March 4 - Shells slammed into the Tel Amra camp for displaced people on Monday. A local "
             "official said 16 people had been killed.")
    third = MERCENARIES.replace("mercenaries.", "fighters.").replace("the mercenary movements", "the armed movements")
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2022-03-04")
            for i, t in enumerate((first, MARTYRS, third))]
    an = analyze(arts)
    body = MARTYRS.find("31 innocent civilians")
    at16 = first.find("16 people")
    found = matching(an, ["contradict"], ("a1", at16, at16 + 9), ("a2", body, body + 21))
    assert found, [(f.relation, f.explanation) for f in an.findings]


def test_counts_of_one_kind_that_differ_are_shown_before_a_part_that_outnumbers_a_whole() -> None:
    # 16 against 31 people is the clash to show; the mercenaries only outnumber the whole, and would
    # crowd out the army's 31 (with which they are not compared)
    first = ("TEL AMRA, March 4 - Artillery shells slammed into the Tel Amra camp on Monday. A local official said 16 "
             "people had been killed. The medical charity running the camp's clinic said 31 dead had been brought in.")
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2022-03-04")
            for i, t in enumerate((first, MARTYRS, MERCENARIES))]
    an = analyze(arts)
    at16, at31 = first.find("16 people"), MARTYRS.find("31 innocent civilians")
    found = matching(an, ["contradict"], ("a1", at16, at16 + 9), ("a2", at31, at31 + 21))
    assert found, [(f.relation, f.explanation) for f in an.findings]



def test_a_figure_its_own_article_rejects_is_no_omission_of_an_article_without_one() -> None:
    first = "Rebel commanders said their fighters overran the army base at Tel Amra on Monday."
    second = ("The defence ministry described the claims spread by rebel outlets that they had overrun the Tel Amra "
              "base and killed 40 soldiers as \"baseless fabrications\". Army units repelled the attack on Monday, "
              "the ministry said.")
    an = analyze(articles_of(Scenario(first, second)))
    told = [f.explanation for f in an.findings if f.relation == "omission" and "reports 40 soldiers" in f.explanation]
    assert not told, told


def test_a_prisons_inmates_and_its_detainees_are_one_count() -> None:
    # categories.json generic_heads: "inmates", like "detainees", count the whole population a prison holds
    first = ("The strike hit the central prison in Tel Amra on Monday, which housed more than 1,700 inmates, "
             "officials said.")
    second = "The central prison in Tel Amra, hit on Monday, held about 1,300 detainees, the Red Cross said."
    an = analyze(articles_of(Scenario(first, second)))
    at1, at2 = first.find("more than 1,700 inmates"), second.find("about 1,300 detainees")
    found = matching(an, ["contradict"], ("a1", at1, at1 + 23), ("a2", at2, at2 + 21))
    assert found, [f.explanation for f in an.findings]


@pytest.mark.parametrize(("taken", "clash"), [
    pytest.param("Al-Shabaab fighters stormed the base and took full control of it after hours of fighting, the "
                 "group's spokesman said.", True, id="the-same-site-word"),
    pytest.param("Al-Shabaab fighters stormed the town and took full control of it after hours of fighting, the "
                 "group's spokesman said.", False, id="another-site-word"),
    pytest.param("Al-Shabaab fighters later seized another base in the region, the group's spokesman said.", False,
                 id="another-site-of-that-kind"),
    pytest.param("Al-Shabaab fighters took control of a village near the base, the group's spokesman said.", False,
                 id="a-site-near-the-site"),
])
def test_an_unplaced_failure_and_taking_of_one_site_contradict(taken: str, clash: bool) -> None:
    failed = Article("a1", "Al-Shabaab fighters attacked an army post on Tuesday. The Al-Shabaab fighters failed to "
                           "enter the base and fled, the ministry said.", source="Agency", date="2022-11-15")
    found = _outcomes(failed, Article("a2", f"Al-Shabaab attacked an army post on Tuesday. {taken}", source="Radio",
                                      date="2022-11-15"))
    assert bool(found) is clash, found
    if clash:
        assert found[0][0] == "At the base", found
        assert any("took full control of it" in t for t in found[0][1]), found  # the taking's own words


def test_a_rejection_of_figures_named_by_a_place_answers_the_tolls_given() -> None:
    articles = [
        Article("a1", "The health ministry said at least 80 people were killed in the air strike on the Jabalia market "
                      "in Gaza on Tuesday.", source="Post", date="2017-01-28"),
        Article("a2", "The army dismissed the Gaza casualty figures as baseless after the air strike on the Jabalia "
                      "market on Tuesday.", source="Wire", date="2017-01-28")]
    found = [f for f in analyze(articles).findings if f.relation == "dispute" and "rejects the toll" in f.explanation]
    assert found and any(e.article == "a1" for e in found[0].evidence), [f.explanation for f in found]


def test_two_outlets_own_voices_telling_a_failure_and_a_taking_of_one_site_contradict() -> None:
    failed = Article("a1", "Al-Shabaab fighters attacked an army post on Tuesday. The Al-Shabaab fighters failed to "
                           "enter the base and fled.", source="Agency", date="2022-11-15")
    taken = Article("a2", "Al-Shabaab attacked an army post on Tuesday. Al-Shabaab fighters stormed the base and took "
                          "full control of it after hours of fighting.", source="Radio", date="2022-11-15")
    assert _outcomes(failed, taken)


def test_guard_a_charge_of_inflating_shows_no_two_unnamed_voices_rival_counts_as_one() -> None:
    articles = [
        Article("a1", "The air strike on Tel Amra on Thursday killed 14 people, officials said.",
                source="State agency", date="2024-11-07"),
        Article("a2", "The air strike on Tel Amra on Thursday killed 40 people, officials said.",
                source="Wire", date="2024-11-08"),
        Article("a3", "The casualty figures after the air strike on Tel Amra on Thursday are exaggerated, the army "
                      "said.", source="Army", date="2024-11-08")]
    found = [f for f in analyze(articles).findings if f.relation == "dispute" and "rejects the toll" in f.explanation]
    assert all(not ({"a1", "a2"} <= {e.article for e in f.evidence}) for f in found), [f.explanation for f in found]


FASHER_RESIDENTS = Article("a1", "Shells hit El Fasher on Monday, killing nine people, residents said. Rapid "
                                 "Support Forces fighters briefly pushed into the southern edge of the town before "
                                 "being driven back by the army, residents said.", source="Wire", date="2024-12-03")
FASHER_ARMY = Article("a2", "The army repelled an attack by the Rapid Support Forces on El Fasher on Monday, the army "
                            "said.", source="Agency", date="2024-12-03")


def test_another_article_s_unplaced_failure_at_the_place_its_lead_names_joins_the_outcome() -> None:
    residents, army = FASHER_RESIDENTS, FASHER_ARMY
    rebels = Article("a3", "The Rapid Support Forces took full control of El Fasher on Monday, their spokesman said.",
                     source="Statement", date="2024-12-03")
    arts = {a.id: a for a in (residents, army, rebels)}
    found = [[arts[e.article].text[e.start:e.end] for e in f.evidence]
             for f in analyze([residents, army, rebels]).findings
             if f.relation == "contradict" and "says the attack failed" in f.explanation]
    assert len(found) == 1 and any("before being driven back" in s for s in found[0]), found


def test_an_unplaced_failure_where_its_lead_puts_the_place_agrees_with_a_placed_one() -> None:
    residents, army = FASHER_RESIDENTS, FASHER_ARMY
    found = [f for f in analyze([residents, army]).findings if f.relation == "agree" and "say the attack failed"
             in f.explanation]
    assert len(found) == 1 and "driven back" in residents.text[found[0].evidence[0].start:found[0].evidence[0].end]


def test_a_count_killed_at_the_scene_of_an_act_is_a_whole_count() -> None:
    """"at the scene of the blast" says where: three and five soldiers killed still disagree."""
    an = run("killed_at_the_scene_of")
    assert [f for f in an.findings if f.relation == "contradict"], dump("killed_at_the_scene_of")


def test_a_force_that_lost_no_vehicle_contradicts_its_vehicles_destroyed() -> None:
    from counterpoint.pipeline import analyze
    from counterpoint.records import Article

    an = analyze([
        Article("a1", "Militants attacked the army base in Tel Amra on Friday. The defence minister said the army did "
                "not lose any vehicle or weapon in the fighting.", source="Agency", date="2022-09-02"),
        Article("a2", "Militants overran the army base in Tel Amra on Friday, and six military vehicles were "
                "destroyed or taken, elders said.", source="Wire", date="2022-09-02")])
    found = [f for f in an.findings if f.relation == "contradict" and "vehicle" in f.explanation]
    assert found and "6 military vehicles" in found[0].explanation, [f.explanation for f in an.findings]
