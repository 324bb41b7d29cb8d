"""No one harmed, against harm told in figures and in words (texts written for these tests;
fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def test_words_that_civilians_were_harmed_join_the_figures_against_a_no_harm_statement() -> None:
    first = ("No doctors of the clinic or patients and civilians were hurt in the air strike on Beit Sahra on "
             "Tuesday, the district police chief said.")
    second = ("The air strike on the clinic in Beit Sahra on Tuesday killed five staff, the charity said. Witnesses "
              "said patients were burned alive in their beds.")
    third = "Several civilians were accidentally struck in the air strike on Beit Sahra on Tuesday, the army said."
    arts = [Article("a1", first, source="One", date="2015-10-03"), Article("a2", second, source="Two",
                                                                            date="2015-10-03"),
            Article("a3", third, source="Three", date="2015-10-05")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and "cannot be true" in f.explanation
             and any(e.article == "a1" for e in f.evidence)]
    shown = {(e.article, arts[int(e.article[1]) - 1].text[e.start:e.end]) for f in found for e in f.evidence}
    assert any(a == "a2" and "patients were burned alive" in t for a, t in shown), shown
    assert any(a == "a3" and "civilians were accidentally struck" in t for a, t in shown), shown
    assert any("“patients were burned alive”" in f.explanation for f in found), [f.explanation for f in found]


@pytest.mark.parametrize("second", [
    pytest.param("The air strike on the clinic in Beit Sahra on Tuesday killed five staff. No patients were hurt, "
                 "the hospital said.", id="another-voice-agreeing-no-one-was-hurt"),
    pytest.param("The air strike on the clinic in Beit Sahra on Tuesday killed five staff. Residents said homes were "
                 "burned.", id="property-burned"),
    pytest.param("The air strike on the clinic in Beit Sahra on Tuesday killed five staff. In a separate strike on "
                 "Tel Amra, far to the north, civilians were struck.", id="another-strike-elsewhere"),
])
def test_words_that_do_not_say_the_named_group_was_harmed_here_are_not_shown(second: str) -> None:
    first = ("No doctors of the clinic or patients were hurt in the air strike on Beit Sahra on Tuesday, the "
             "district police chief said.")
    arts = [Article("a1", first, source="One", date="2015-10-03"), Article("a2", second, source="Two",
                                                                            date="2015-10-03")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict"]
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for f in found for e in f.evidence if e.article == "a2"]
    assert not [t for t in shown if "were" in t], shown


@pytest.mark.parametrize("second", [
    pytest.param("Witnesses said children and other civilians were among the dead of the air strike on Kalto on "
                 "Monday.", id="among-the-dead"),
    pytest.param("Jets struck Kalto on Monday, killing civilians, residents said.", id="killing-civilians"),
])
def test_no_civilians_killed_contradicts_civilian_dead_told_without_a_count(second: str) -> None:
    arts, found = _no_casualty_clashes("The army said no civilians were killed in the air strike on Kalto on Monday.",
                                       second)
    assert len(found) == 1 and "no civilians killed" in found[0].explanation, [f.explanation for f in found]
    assert any(e.article == "a2" for e in found[0].evidence)


def test_no_civilians_present_at_the_strike_contradicts_civilian_dead() -> None:
    arts, found = _no_casualty_clashes(
        "I can confirm that a training center in Kalto was bombed on Monday and no civilians were present, the army "
        "spokesman said.",
        "Jets struck Kalto on Monday, killing civilians, residents said.")
    assert len(found) == 1 and "no civilians" in found[0].explanation, [f.explanation for f in found]
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}


@pytest.mark.parametrize("second", [
    pytest.param("Residents said no civilians were among the dead of the air strike on Kalto on Monday.",
                 id="agreeing"),
    pytest.param("Jets struck Kalto on Monday, killing no civilians, residents said.", id="killing-no"),
    pytest.param("Residents said civilians were among the wounded of the air strike on Kalto on Monday.",
                 id="wounded-only"),
    pytest.param("Residents said several civilians were hurt in the air strike on Kalto on Monday.", id="hurt"),
    pytest.param("Jets struck Kalto on Monday. Killing civilians is a war crime, the health ministry said.",
                 id="killing-as-a-noun"),
    pytest.param("Jets struck Kalto on Monday. Residents said the army must stop killing civilians.", id="stop"),
    pytest.param("Jets struck Kalto on Monday. Residents said civilians were among the dead of previous attacks on "
                 "the town.", id="previous-attacks"),
    pytest.param("Jets struck Kalto on Monday. Women whose husbands were among the dead wept outside the morgue.",
                 id="whose-husbands"),
    pytest.param("Jets struck Kalto on Monday. Army spokesman Colonel Adam Brek said the strike ended up, killing "
                 "civilians used as shields by the rebels.", id="the-army-s-own-spokesman"),
])
def test_guard_words_that_say_no_civilian_died_do_not_clash_with_none_killed(second: str) -> None:
    _, found = _no_casualty_clashes("The army said no civilians were killed in the air strike on Kalto on Monday.",
                                    second)
    assert not found, [f.explanation for f in found]


def _no_casualty_clashes(first: str, second: str, dates: tuple[str, str] = ("2019-02-26", "2019-02-26")):
    arts = [Article("a1", first, source="One", date=dates[0]), Article("a2", second, source="Two", date=dates[1])]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and "cannot be true" in f.explanation
             and any(e.article == "a1" for e in f.evidence)]
    return arts, found


NO_CASUALTIES = ("The air strikes on the hilltop camp near Tel Amra on Tuesday caused no casualties, the army "
                 "spokesman said.")


def test_a_statement_of_no_casualties_contradicts_another_voice_s_count_of_dead() -> None:
    arts, found = _no_casualty_clashes(
        NO_CASUALTIES, "A government source said 300 militants were killed in the air strikes on the hilltop camp "
                       "near Tel Amra on Tuesday.")
    assert found, [f.explanation for f in analyze(arts).findings]
    shown = {arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence}
    assert shown == {"no casualties", "300 militants"}, shown
    assert "no casualties;" in found[0].explanation, found[0].explanation


def test_the_next_days_count_of_the_same_strike_still_answers_a_statement_of_none() -> None:
    # a flash update the day after is the same news cycle; two days after is harm found since (below)
    arts, found = _no_casualty_clashes(
        NO_CASUALTIES, "A government source said 300 militants were killed in the air strikes on the hilltop camp "
                       "near Tel Amra on Tuesday.", ("2019-02-26", "2019-02-27"))
    assert found, [f.explanation for f in analyze(arts).findings]


def test_a_vague_count_of_dead_clashes_with_none_apart_from_an_exact_one() -> None:
    """"a large number of militants were killed" is some dead, against "no casualties"; shown in
    its own finding, since beside "300 militants" it would read as the same account."""
    arts = [Article("a1", NO_CASUALTIES, source="One", date="2019-02-26"),
            Article("a2", "A government source said 300 militants were killed in the air strikes on the hilltop "
                          "camp near Tel Amra on Tuesday.", source="Two", date="2019-02-26"),
            Article("a3", "The foreign secretary said a very large number of militants were killed in the air "
                          "strikes on the hilltop camp near Tel Amra on Tuesday.", source="Three", date="2019-02-26")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and "cannot be true" in f.explanation]
    shown = [{arts[int(e.article[1]) - 1].text[e.start:e.end] for e in f.evidence} for f in found]
    assert {"no casualties", "300 militants"} in shown, shown
    assert any("no casualties" in s and any("very large number" in x for x in s) for s in shown), shown
    assert not any(any("300" in x for x in s) and any("large number" in x for x in s) for s in shown), shown


@pytest.mark.parametrize(("first", "second", "dates"), [
    pytest.param("The air strikes on the hilltop camp near Tel Amra on Tuesday caused no immediate casualties, the "
                 "army spokesman said.",
                 "A government source said 300 militants were killed in the air strikes on the hilltop camp near "
                 "Tel Amra on Tuesday.", ("2019-02-26", "2019-02-26"), id="none-so-far"),
    pytest.param(NO_CASUALTIES,
                 "A government source said 300 militants were killed in the air strikes on the hilltop camp near "
                 "Tel Amra on Tuesday.", ("2019-02-26", "2019-02-28"), id="a-count-told-later"),
    pytest.param(NO_CASUALTIES,
                 "The air strikes near Tel Amra on Tuesday came in retaliation for a suicide car bomb attack that "
                 "killed 40 police officers.", ("2019-02-26", "2019-02-26"), id="another-act-s-dead"),
    pytest.param(NO_CASUALTIES,
                 "Officials said a suicide car bomb attack killed 40 police officers in Tel Amra on Tuesday.",
                 ("2019-02-26", "2019-02-26"), id="a-suicide-bombing-s-dead-beside-a-strike-s-none"),
    pytest.param("The army spokesman spoke near Tel Amra on Tuesday. There were no casualties, he said.",
                 "A government source said 300 militants were killed in the air strikes on the hilltop camp near "
                 "Tel Amra on Tuesday.", ("2019-02-26", "2019-02-26"), id="a-bare-statement-said-of-no-act"),
    pytest.param("The air strikes on the hilltop camp near Tel Amra on Tuesday caused no apparent casualties, the "
                 "army spokesman said.",
                 "A government source said 300 militants were killed in the air strikes on the hilltop camp near "
                 "Tel Amra on Tuesday.", ("2019-02-26", "2019-02-26"), id="none-seen"),
    pytest.param("There were no casualties on our side in the air strikes on the hilltop camp near Tel Amra on "
                 "Tuesday, the army spokesman said.",
                 "A government source said 300 militants were killed in the air strikes on the hilltop camp near "
                 "Tel Amra on Tuesday.", ("2019-02-26", "2019-02-26"), id="our-side"),
    pytest.param("The air strikes on the hilltop camp near Tel Amra on Tuesday have so far caused no casualties, "
                 "the army spokesman said.",
                 "A government source said 300 militants were killed in the air strikes on the hilltop camp near "
                 "Tel Amra on Tuesday.", ("2019-02-26", "2019-02-26"), id="so-far-before-the-count"),
    pytest.param("The army said its forces suffered no casualties in the air strikes on the hilltop camp near Tel "
                 "Amra on Tuesday.",
                 "A government source said 300 militants were killed in the air strikes on the hilltop camp near "
                 "Tel Amra on Tuesday.", ("2019-02-26", "2019-02-26"), id="one-side-s-own-losses"),
])
def test_guard_a_no_casualty_statement_is_not_set_against_counts_found_since_or_of_another_act(
        first: str, second: str, dates: tuple[str, str]) -> None:
    arts, found = _no_casualty_clashes(first, second, dates)
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize("first", [
    pytest.param("The air strikes on the hilltop camp near Tel Amra on Tuesday caused no casualties, the army "
                 "reported.", id="reported-as-attribution"),
    pytest.param("Residents said the village near Tel Amra suffered no casualties in the air strikes on the hilltop "
                 "camp on Tuesday.", id="a-village-s-losses-are-anyone-s"),
])
def test_a_statement_of_none_said_by_an_attribution_verb_or_of_a_village_still_clashes(first: str) -> None:
    arts, found = _no_casualty_clashes(
        first, "A government source said 300 militants were killed in the air strikes on the hilltop camp near Tel "
               "Amra on Tuesday.")
    assert found, [f.explanation for f in analyze(arts).findings]


def test_guard_no_civilian_dead_of_another_day_s_raid_answers_nothing_of_this_strike() -> None:
    _, found = _no_casualty_clashes("Jets struck a market in Kalto on Tuesday. The army said that in last month's "
                                    "raid on Marsa no civilians were killed.",
                                    "An air strike hit a market in Kalto on Tuesday, killing civilians, residents "
                                    "said.")
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize(("first", "clash"), [
    ("The army said no civilians were killed in the final stage of the operation to free the train near Tel Amra "
     "on Wednesday.", False),
    ("The army said no passengers were killed during the clearance operation near Tel Amra on Wednesday.", False),
    ("The army said no civilians were killed in the operation to free the train near Tel Amra on Wednesday.", True),
])
def test_none_harmed_in_one_phase_of_the_act_is_no_rival_to_the_whole_toll(first: str, clash: bool) -> None:
    second = "The militants said they had killed 50 passengers on the train near Tel Amra on Wednesday."
    found = [f for f in analyze([Article("a1", first, source="One", date="2025-03-12"),
                                 Article("a2", second, source="Two", date="2025-03-12")]).findings
             if f.relation == "contradict"]
    assert bool(found) is clash, [f.explanation for f in found]


@pytest.mark.parametrize(("first", "second"), [
    ("The army said no hostages were killed during the rescue operation near Tel Amra on Wednesday.",
     "The militants said two hostages were killed during the rescue operation near Tel Amra on Wednesday."),
    ("The army said no civilians were killed in the final stage of the operation in Tel Amra on Wednesday.",
     "Medics said 12 civilians were killed in the final stage of the operation in Tel Amra on Wednesday."),
])
def test_none_in_one_phase_still_meets_a_count_of_that_phase(first: str, second: str) -> None:
    found = [f for f in analyze([Article("a1", first, source="One", date="2025-03-12"),
                                 Article("a2", second, source="Two", date="2025-03-12")]).findings
             if f.relation == "contradict"]
    assert found, "a count of none and a count of the same phase clash"



def test_a_denial_meets_the_whole_toll_not_again_each_part_of_it() -> None:
    """"At least 62 civilians killed ... Among the dead were 22 children and 17 women; dozens of
    civilians": one contradiction with the denial, shown by the whole toll."""
    from counterpoint.pipeline import analyze
    from counterpoint.records import Article
    denial = Article("a1", "The air strike on Dedebit on Friday hit a weapons depot; no civilian was harmed, the "
                           "minister said.", source="State Agency", date="2022-01-08")
    toll = Article("a2", "An air strike on a camp in Dedebit on Friday killed at least 62 civilians. Among the dead "
                         "were 22 children and 17 women. The strike killed dozens of civilians in their shelters.",
                   source="Regional TV", date="2022-01-08")
    found = [f for f in analyze([denial, toll]).findings if f.relation == "contradict" and "harmed" in f.explanation]
    assert len(found) == 1, [f.explanation for f in found]
    assert "62" in found[0].explanation, found[0].explanation


def test_guard_another_voices_words_and_a_part_too_large_to_be_one_are_kept() -> None:
    """Residents' "dozens of civilians" beside the UN's two aid workers, and residents' "22 children"
    beside the health bureau's nine civilians: neither says what the other does."""
    from counterpoint.pipeline import analyze
    from counterpoint.records import Article
    denial = Article("a1", "The air strike on Dedebit on Friday hit a weapons depot; no civilian was harmed, the "
                           "minister said.", source="State Agency", date="2022-01-08")
    for told, word in (("Dozens of civilians were killed in their shelters, a nurse said.", "dozens of civilians"),
                       ("Among the dead were 22 children and 17 women, residents said.", "22 children")):
        toll = Article("a2", "An air strike on a camp in Dedebit on Friday killed nine civilians, the health bureau "
                             f"said. {told}", source="Regional TV", date="2022-01-08")
        found = [f for f in analyze([denial, toll]).findings
                 if f.relation == "contradict" and "harmed" in f.explanation]
        shown = {toll.text[e.start:e.end].lower() for f in found for e in f.evidence if e.article == "a2"}
        assert word in shown, shown


def test_a_statement_of_none_in_the_outlets_own_voice_names_the_outlet_once() -> None:
    arts, found = _no_casualty_clashes(
        "The air strikes on the hilltop camp near Tel Amra on Tuesday caused no casualties.",
        "A government source said 300 militants were killed in the air strikes on the hilltop camp near Tel Amra on "
        "Tuesday.")
    assert found and found[0].explanation.startswith("One: no casualties"), [f.explanation for f in found]


NO_CIVILIAN = ("The army said its drone strike near Tel Amra on Tuesday destroyed a weapons depot used by the rebels; "
               "no civilian was harmed, the spokesman said.")


@pytest.mark.parametrize(("second", "clash"), [
    pytest.param("A drone strike on a camp for displaced people near Tel Amra on Tuesday killed 56 people, aid "
                 "workers said.", True, id="people-at-a-civilian-site"),
    pytest.param("A drone strike on a rebel base and a school near Tel Amra on Tuesday killed 56 people, aid workers "
                 "said.", False, id="people-at-a-military-and-a-civilian-site"),
    pytest.param("A drone strike on an al-Shabaab camp near Tel Amra on Tuesday killed 56 people, aid workers said.",
                 False, id="people-at-an-armed-group-s-camp"),
    pytest.param("A drone strike on a training camp near Tel Amra on Tuesday killed 56 people, aid workers said.",
                 False, id="people-at-a-training-camp"),  # a military site, not the shelters' bare "camp"
    pytest.param("A drone strike on a market near Tel Amra on Tuesday killed 56 people, among them security "
                 "personnel, aid workers said.", False, id="people-among-them-police"),
    pytest.param("A drone strike on a camp for displaced people near Tel Amra on Tuesday killed 56 people, according "
                 "to the police.", True, id="the-police-as-a-voice"),
])
def test_people_killed_where_only_civilian_things_were_struck_are_civilians(second: str, clash: bool) -> None:
    arts, found = _no_casualty_clashes(NO_CIVILIAN, second)
    assert bool(found) is clash, [f.explanation for f in analyze(arts).findings]
