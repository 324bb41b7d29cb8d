"""Disputes: which claims a rejection answers, and the words shown for each."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

CLAIMED = ("KARSEN, March 4 - Rebel commanders said their fighters shelled the Tel Amra front overnight. "
           "The rebel command said twelve Karsen soldiers were killed and three Karsen bunkers were destroyed.")
DENIED = ("KARSEN, March 4 - Fighting flared on the Tel Amra front overnight. A Karsen army spokesman denied that "
          "any Karsen bunkers had been destroyed and called the rebels' casualty figures \"baseless\".")


def _disputes(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2022-04-09") for i, t in enumerate(texts)]
    an = analyze(arts)
    return arts, [f for f in an.findings if f.relation == "dispute"]


def _shown(arts, finding) -> list[tuple[str, str]]:
    text = {a.id: a.text for a in arts}
    return [(e.article, text[e.article][e.start:e.end]) for e in finding.evidence]


def test_a_denial_answers_the_clause_of_a_claim_that_tells_of_it_by_a_figure() -> None:
    # the claim's event is the killing; its second clause tells of the destruction the denial answers
    arts, disputes = _disputes(CLAIMED, DENIED)
    denial = [f for f in disputes if any("bunkers had been destroyed" in s for _, s in _shown(arts, f))]
    assert denial, [(f.explanation, _shown(arts, f)) for f in disputes]
    shown = [s for a, s in _shown(arts, denial[0]) if a == "a1"]
    assert "three Karsen bunkers were destroyed" in shown, shown  # the figure's clause, not the killing's
    assert not any("soldiers were killed" in s for s in shown), shown


def test_guard_a_claim_whose_figures_tell_of_no_denied_event_is_not_answered() -> None:
    # the same claim with no destruction in it: nothing of the denied event's family to answer
    claimed = CLAIMED.replace(" and three Karsen bunkers were destroyed", "")
    arts, disputes = _disputes(claimed, DENIED)
    shown = [s for f in disputes for a, s in _shown(arts, f) if a == "a1"]
    assert not any("soldiers were killed" in s for s in shown), shown


def test_a_toll_rejection_that_also_denies_an_act_disputes_the_act() -> None:
    # "called the casualty figures baseless" rejects a toll; the denied destruction is still a dispute
    arts, disputes = _disputes(CLAIMED, DENIED)
    by_act = [f for f in disputes if "rejects (“denied”) what" in f.explanation]
    assert by_act, [f.explanation for f in disputes]


def test_a_rejection_that_tells_of_no_event_answers_the_incident_its_article_leads_with() -> None:
    accused = ("TEL AMRA, March 4 - A drone strike on a camp for displaced people in Tel Amra killed 40 people, "
               "aid workers said. Both aid workers said the strike was carried out by a Karsen army drone.")
    # only the minister speaks before it, and the sentence before tells of no event: neither gives the
    # rejection anything to answer
    rejecting = ("KARSEN, March 4 - Information Minister Lemma Tadesse said the army struck a legitimate military "
                 "target near Tel Amra. He said the rebels have a record of staging fake scenes to win sympathy "
                 "abroad. \"Some foreign media outlets have been echoing the rebels' propaganda without verifying "
                 "facts on the ground,\" Tadesse said.")
    arts, disputes = _disputes(accused, rejecting)
    echoing = [f for f in disputes if "propaganda" in f.explanation]
    assert echoing, [(f.explanation, _shown(arts, f)) for f in disputes]
    assert any(a == "a1" for a, _ in _shown(arts, echoing[0])), _shown(arts, echoing[0])


CAMP_STRIKE = ("TEL AMRA, March 4 - A drone strike on a camp for displaced people in Tel Amra killed 40 people, "
               "aid workers said.")


@pytest.mark.parametrize("rejecting", [
    # the article tells of an attack after it, which the governor's denial is not about
    pytest.param("KARSEN, March 4 - Two police officials in Tel Amra were reassigned on Monday, though the provincial "
                 "governor denied the move was related to the protests. Government aircraft struck rebel positions "
                 "near Tel Amra on Sunday.", id="not-the-lead-attack"),
    # the army's strike is told two sentences before: the denial is not about it either
    pytest.param("KARSEN, March 4 - Government aircraft struck rebel positions near Tel Amra on Sunday, the army said. "
                 "Shops in the town reopened on Monday. Two police officials in Tel Amra were reassigned on Monday, "
                 "though the provincial governor denied the move was related to the protests.",
                 id="not-the-voice-before-it"),
])
def test_guard_a_denial_with_a_clause_of_its_own_about_no_event_answers_nothing(rejecting: str) -> None:
    # "denied the move was related to the protests" tells what it denies, and that is no incident
    _, disputes = _disputes(CAMP_STRIKE, rejecting)
    assert not disputes, [f.explanation for f in disputes]


# ------------------------------------------------------------ an act held in quotation marks

QUOTED_ACT = ("The government rushed to claim that a \"car bomb\" caused the destruction of the house in Tel Amra, in "
              "an attempt to cover up the crime.")
PLAIN_ACT = "TEL AMRA, March 4 - The interior ministry said a car bomb destroyed the house in Tel Amra on Monday."


def test_an_act_the_writer_sets_in_quotation_marks_disputes_where_another_article_tells_it() -> None:
    arts, disputes = _disputes(QUOTED_ACT, PLAIN_ACT)
    quoted = [f for f in disputes if "in quotation marks" in f.explanation]
    assert quoted, [f.explanation for f in disputes]
    shown = _shown(arts, quoted[0])
    assert ("a1", '"car bomb"') in shown and any(a == "a2" and "car bomb destroyed" in s for a, s in shown), shown


@pytest.mark.parametrize("quoting", [
    "The government claimed what it described as an \"airstrike\" in Tel Amra had been staged.",
    "The government claimed the rebels called it an \"airstrike\" in Tel Amra.",
    # a loaded name quoted after a verb of claiming is the voice's framing of the act
    "The interior ministry claimed that the army had committed a \"massacre\" in Tel Amra on Monday.",
])
def test_guard_a_voices_own_word_quoted_is_no_doubt(quoting: str) -> None:
    # "what it described as a 'massacre'": the writer quotes the voice's word, and doubts nothing
    _, disputes = _disputes(quoting, "TEL AMRA, March 4 - Rebels said an army airstrike killed 12 people in a "
                                     "massacre in Tel Amra on Monday.")
    assert not [f for f in disputes if "quotation marks" in f.explanation], [f.explanation for f in disputes]


def test_a_figures_clause_ends_at_a_mark_not_at_and() -> None:
    claimed = CLAIMED.replace("three Karsen bunkers were destroyed", "three Karsen bunkers and a depot were destroyed")
    arts, disputes = _disputes(claimed, DENIED)
    shown = [s for f in disputes for a, s in _shown(arts, f) if a == "a1"]
    assert "three Karsen bunkers and a depot were destroyed" in shown, shown


def test_guard_a_toll_rejection_whose_act_comes_from_its_sentence_is_one_dispute() -> None:
    # "..., denying the army's figure": the assault is the sentence's, not what the rejection denies
    _, disputes = _disputes("The army said 60 militants were killed in its assault on Tel Amra on Monday.",
                            "The rebel movement said 25 of its fighters were killed in the army assault on Tel Amra on "
                            "Monday, denying the army's figure.")
    assert len(disputes) <= 1, [f.explanation for f in disputes]


def test_guard_a_sources_own_words_in_quotation_marks_after_said_are_no_doubt() -> None:
    # 'released "toxic gas", a monitor said': a partial quotation, the monitor's words
    said = ("At least 72 people were killed in an airstrike that released \"toxic gas\" on Tel Amra on Tuesday, a "
            "monitor said.")
    _, disputes = _disputes(said, "TEL AMRA, March 4 - Doctors said toxic gas killed dozens in Tel Amra on Tuesday.")
    assert not [f for f in disputes if "quotation marks" in f.explanation], [f.explanation for f in disputes]


def test_guard_an_act_in_quotation_marks_is_not_doubted_where_others_are_said_to_do_it() -> None:
    # the army's claim that rebels did it, held in quotation marks, is not the rebels' account that the army did
    quoted = ("The army rushed to claim that rebel fighters had set off a \"car bomb\" in Tel Amra on Monday, to "
              "cover up its crime.")
    plain = "TEL AMRA, March 4 - Rebels said army troops set off a car bomb in Tel Amra on Monday."
    _, disputes = _disputes(quoted, plain)
    assert not [f for f in disputes if "quotation marks" in f.explanation], [f.explanation for f in disputes]


NAMED_COUNT = ("KARSEN, March 4 - Rebel commanders said their fighters shelled army positions near Tel Amra overnight. "
               "The rebel command said army shelling killed one fighter and two civilians in Tel Amra, and that its "
               "fighters killed twelve Karsen soldiers and destroyed two bunkers in retaliation.")
DISMISSING = ("KARSEN, March 4 - Fighting flared near Tel Amra overnight. A senior army officer dismissed as "
              "\"baseless\" a claim by the rebel command that twelve Karsen soldiers had been killed in the exchange.")


def test_a_rejection_naming_a_count_answers_the_clause_that_gives_it() -> None:
    # the claim's own statement is the shelling and its dead; the officer rejects the twelve soldiers
    arts, disputes = _disputes(NAMED_COUNT, DISMISSING)
    assert len(disputes) == 1, [f.explanation for f in disputes]
    assert "killed twelve Karsen soldiers" in disputes[0].explanation, disputes[0].explanation
    shown = [s for a, s in _shown(arts, disputes[0]) if a == "a1"]
    assert "that its fighters killed twelve Karsen soldiers and destroyed two bunkers in retaliation" in shown, shown


def test_guard_a_rejection_naming_no_count_shows_the_claims_statement() -> None:
    arts, disputes = _disputes(NAMED_COUNT, DISMISSING.replace("that twelve Karsen", "that Karsen"))
    assert disputes, "the rejection still answers the rebels' account"
    shown = [s for f in disputes for a, s in _shown(arts, f) if a == "a1"]
    assert not any(s.startswith("that its fighters killed") for s in shown), shown


def test_a_figures_clause_is_shown_for_the_rejection_of_its_kind_beside_another_kind() -> None:
    # "fabricated" answers the shelling, "rejected the claims of having destroyed" the posts: the posts'
    # clause is shown for the second, not the fire the claim's own event is
    claimed = ("KARSEN, March 4 - Karsen troops shelled rebel positions near Tel Amra overnight, the army said. "
               "In the retaliatory fire, four rebel posts were destroyed and three rebel camps near Tel Amra were hit "
               "with artillery, army sources said.")
    rejecting = ("TEL AMRA, March 4 - Karsen troops shelled villages near Tel Amra overnight, the rebels said. "
                 "Rebel commander Musa Dirar rejected the army's claims of having destroyed rebel posts near Tel Amra. "
                 "\"The army's claims are fabricated,\" Dirar said.")
    arts, disputes = _disputes(claimed, rejecting)
    shown = [s for f in disputes for a, s in _shown(arts, f) if a == "a1"]
    assert any(s.startswith("four rebel posts were destroyed") for s in shown), shown
    assert "In the retaliatory fire" not in shown, shown


def test_a_rejection_naming_a_count_answers_first_the_voice_that_gives_it() -> None:
    # the residents' account names the doer, which a denial usually answers; the count named is the rebels'
    claimed = ("KARSEN, March 4 - Rebel artillery shelled the army base at Tel Amra overnight, killing two Karsen "
               "soldiers, residents said. The rebel command said that its fighters killed twelve Karsen soldiers in "
               "the fighting.")
    _, disputes = _disputes(claimed, DISMISSING)
    assert len(disputes) == 1, [f.explanation for f in disputes]
    assert "what Outlet 1 (rebel command) reports" in disputes[0].explanation, disputes[0].explanation


def test_a_rejection_pointing_back_to_the_one_before_it_repeats_it() -> None:
    # "Such news is completely untrue" rejects the fabricated news of the sentence before: no dispute of its own
    witnessed = ("KARSEN, April 8 - An air strike on a village ceremony in Tel Amra killed at least 50 civilians, "
                 "including children, witnesses said. The army carried out the strike, they said.")
    rejecting = ("KARSEN, April 8 - The army conducted a limited air strike on a rebel gathering in Tel Amra on "
                 "Saturday. "
                 "Some foreign news agencies and rebel mouthpieces spread fabricated news that over 100 innocent "
                 "civilians were killed in the incident. Such news is completely untrue.")
    arts, disputes = _disputes(witnessed, rejecting)
    assert not [f for f in disputes if "untrue" in f.explanation], [f.explanation for f in disputes]


def test_guard_a_reported_clause_opening_with_that_points_back_to_nothing() -> None:
    rejecting = ("Army: rebel claims of shelling Tel Amra are baseless\n\nKARSEN, April 8 - The army affirmed that the "
                 "claims of the rebels about the army shelling Tel Amra are baseless.")
    arts, disputes = _disputes("KARSEN, April 8 - The army shelled Tel Amra on Saturday, killing 12 civilians, the "
                               "rebels said.", rejecting)
    shown = [s for f in disputes for a, s in _shown(arts, f) if a == "a2"]
    assert any("claims of the rebels" in s for s in shown), shown


def test_guard_a_rejection_pointing_back_past_other_sentences_stands_on_its_own() -> None:
    witnessed = ("KARSEN, April 8 - An air strike on a village ceremony in Tel Amra killed at least 50 civilians, "
                 "including children, witnesses said. The army carried out the strike, they said.")
    rejecting = ("KARSEN, April 8 - Some foreign news agencies spread fabricated news that over 100 innocent civilians "
                 "were killed in Tel Amra. The ceremony was a gathering of rebel fighters. The fighters had planned "
                 "attacks on the town. The army carried out a limited air strike on the gathering on Saturday. "
                 "These reports are completely untrue.")
    _, disputes = _disputes(witnessed, rejecting)
    assert [f for f in disputes if "untrue" in f.explanation], [f.explanation for f in disputes]


@pytest.mark.parametrize("rejecting", [
    pytest.param("KARSEN, April 8 - Army troops raided the Korvel camp on Friday. An army spokesman denied that any "
                 "helicopter had been shot down in the raid. \"These reports of a massacre at the Korvel camp are "
                 "fabricated,\" he said.", id="the-pointing-words-name-their-own-content"),
    pytest.param("KARSEN, April 8 - Army troops raided the Korvel camp on Friday. Rebel commander Musa Dirar denied "
                 "that any rebel had been killed in the raid. These reports are fabricated, an army spokesman said.",
                 id="another-voice"),
])
def test_guard_a_rejection_pointing_back_with_content_or_by_another_voice_stands(rejecting: str) -> None:
    witnessed = "KARSEN, April 8 - Army troops killed 30 civilians at the Korvel camp on Friday, witnesses said."
    arts, disputes = _disputes(witnessed, rejecting)
    shown = [s for f in disputes for a, s in _shown(arts, f) if a == "a2"]
    assert any("fabricated" in s for s in shown), shown


def test_guard_a_count_of_another_kind_is_not_the_count_a_rejection_names() -> None:
    # the officer names nine soldiers; nine civilians are no count he names
    claimed = ("KARSEN, March 4 - Rebel commanders said their fighters shelled army positions near Tel Amra overnight. "
               "The rebel command said army shelling killed nine civilians in Tel Amra, and that its fighters killed "
               "two Karsen soldiers in retaliation.")
    dismissing = DISMISSING.replace("twelve Karsen soldiers", "nine Karsen soldiers")
    arts, disputes = _disputes(claimed, dismissing)
    shown = [s for f in disputes for a, s in _shown(arts, f) if a == "a1"]
    assert "army shelling killed nine civilians in Tel Amra" not in shown, shown


def test_an_outlet_s_rejection_does_not_answer_its_own_correspondent() -> None:
    text = ("TEL AMRA, Nov 7 - Enemy aircraft struck a residential building in Tel Amra on Thursday, killing 14 "
            "people. Our correspondent reported that the enemy's aircraft returned to strike the outskirts of the "
            "site. The enemy's claims about a weapons depot inside the building are blatant lies.")
    found = [f for f in analyze([Article("a1", text, source="Resistance TV", date="2024-11-07")]).findings
             if f.relation == "dispute"]
    assert not [f for f in found if any("returned to strike" in text[e.start:e.end] for e in f.evidence)], \
        [f.explanation for f in found]


def test_rejecting_the_figure_as_a_quoted_charge_disputes_the_toll_before_it() -> None:
    text = ("KARSEN, March 28 - Insurgents attacked the town of Tel Amra on Wednesday. In a statement, the group said "
            "its fighters had killed 55 people and seized the town. The claim could not be independently verified. "
            "The defence ministry rejected the figure as \"inflated\".")
    found = [f for f in analyze([Article("a1", text, source="Wire", date="2021-03-28")]).findings
             if f.relation == "dispute" and "rejects the toll" in f.explanation]
    assert found and "55" in found[0].explanation, [f.explanation for f in found]


def test_guard_an_outlet_s_rejection_still_answers_a_foreign_correspondent() -> None:
    text = ("TEL AMRA, Nov 7 - Army helicopters dropped barrel bombs on Tel Amra on Thursday, a foreign correspondent "
            "reported. These fabricated claims are blatant lies.")
    found = [f for f in analyze([Article("a1", text, source="State agency", date="2024-11-07")]).findings
             if f.relation == "dispute"]
    assert found, [f.explanation for f in analyze([Article("a1", text, source="State agency",
                                                           date="2024-11-07")]).findings]


def test_a_rejected_statement_is_shown_with_the_claiming_clause_that_closes_its_sentence() -> None:
    """"fired rockets at the base, claiming "direct hits"": the hits the rejection calls false are there."""
    arts, found = _disputes(
        "Karsen jets struck a building in Tel Amra on Tuesday. The Karsen army said the rebels' claims of hits on "
        "its bases in the north are false.",
        "The rebels said they fired rockets at the Dovra base on Tuesday in response to the strike, claiming "
        "\"direct hits\". Residents said the rockets fell in open ground.")
    shown = [t for f in found for a, t in _shown(arts, f) if a == "a2"]
    assert any(t.startswith("they fired rockets") and t.endswith('claiming "direct hits"') for t in shown), shown


@pytest.mark.parametrize("tail", [", denouncing the massacre of civilians in Tel Amra", ", killing 12 people"])
def test_guard_only_a_participle_of_claiming_closes_a_rejected_statement(tail: str) -> None:
    arts, found = _disputes(
        "Karsen jets struck a building in Tel Amra on Tuesday. The Karsen army said the rebels' claims of hits on "
        "its bases in the north are false.",
        f"The rebels said they fired rockets at the Dovra base on Tuesday in response to the strike{tail}. "
        "Residents said the rockets fell in open ground.")
    shown = [t for f in found for a, t in _shown(arts, f) if a == "a2"]
    assert shown and not any(tail.strip(", ") in t for t in shown), shown


def test_a_rejection_answers_the_body_of_an_article_not_its_headline_too() -> None:
    """The headline only sums up the body's statement, which is what a reader checks."""
    arts, found = _disputes(
        "The Karsen army said reports that its jets struck the Tel Amra prison on Friday are baseless.",
        "Air strike on Tel Amra prison kills dozens\n\nAn air strike by Karsen jets hit the prison in Tel Amra on "
        "Friday, killing 70 detainees, aid groups said.")
    shown = [t for f in found for a, t in _shown(arts, f) if a == "a2"]
    assert shown and not any(t.startswith("Air strike on Tel Amra prison") for t in shown), shown
    assert any(t.startswith("An air strike by Karsen jets") for t in shown), shown


HEADLINED = ("Air strike on Tel Amra prison kills scores; coalition calls claims 'baseless'\n\n"
             "An air strike by coalition jets hit the prison in Tel Amra on Friday, killing 70 detainees, aid groups "
             "said. Coalition spokesman Colonel Idris Malane said the rebel reports were \"baseless\".")


def test_a_headlines_rejection_and_its_bodys_of_the_same_word_are_one_dispute() -> None:
    """"Coalition calls claims 'baseless'" in the headline sums up the spokesman's "baseless" in the body:
    one finding, shown with both, not two that each show half."""
    arts, found = _disputes(HEADLINED, "Rebels said coalition jets struck the Tel Amra prison on Friday, "
                                       "killing 70 detainees.")
    with_baseless = [f for f in found if any(t == "baseless" for _, t in _shown(arts, f))]
    assert len(with_baseless) == 1, [f.explanation for f in found]
    assert sum(t == "baseless" for a, t in _shown(arts, with_baseless[0]) if a == "a1") == 2, \
        _shown(arts, with_baseless[0])


def test_guard_a_headlines_rejection_of_another_word_stays_its_own() -> None:
    arts, found = _disputes(HEADLINED.replace("calls claims 'baseless'", "calls claims 'untrue'"),
                            "Rebels said coalition jets struck the Tel Amra prison on Friday, killing 70 detainees.")
    assert not [f for f in found if {t for _, t in _shown(arts, f)} >= {"baseless", "untrue"}], \
        [f.explanation for f in found]


def test_a_rejection_naming_whose_claims_it_rejects_answers_that_voice_first() -> None:
    """"The claims of the Russian Ministry of Defence that the missile was Ukrainian are lies": what
    the ministry says, not what Ukrainian officials say of the same missile."""
    arts = [Article("a1", "Moscow said on Friday that a Ukrainian Tochka-U missile hit the Tel Amra station, the "
                          "Russian defence ministry said.", source="Wire", date="2022-04-09"),
            Article("a2", "A Russian missile hit the Tel Amra station on Friday, killing 30 people, Ukrainian "
                          "officials said. Officials said Russian forces fired the missile from occupied territory.",
                    source="Daily", date="2022-04-09"),
            Article("a3", "Missiles hit the Tel Amra station on Friday. The claims of the Russian Ministry of Defence "
                          "that the missile was Ukrainian are lies, the Joint Forces headquarters said.",
                    source="Agency", date="2022-04-09")]
    found = [f for f in analyze(arts).findings if f.relation == "dispute"]
    assert found and "Ukrainian Tochka-U missile" in found[0].explanation, [f.explanation for f in found]


def test_guard_a_headlines_rejection_joins_its_own_voices_not_the_first_of_the_same_word() -> None:
    """The rebels' "baseless" comes first in the body; the headline's is the coalition's."""
    text = ("Air strike on Tel Amra prison kills scores; coalition calls claims 'baseless'\n\n"
            "An air strike by coalition jets hit the prison in Tel Amra on Friday, killing 70 detainees, aid groups "
            "said. Rebel commander Omar Delu said the coalition's account was \"baseless\". Coalition "
            "spokesman Colonel Idris Malane said the rebel reports were \"baseless\".")
    arts, found = _disputes(text, "Rebels said coalition jets struck the Tel Amra prison on Friday, killing 70 "
                                  "detainees.")
    rebel_at = text.index("\"baseless\". Coalition") + 1
    headline = [f for f in found if any(e.article == "a1" and e.start < 80 and text[e.start:e.end] == "baseless"
                                        for e in f.evidence)]
    assert headline and not any(e.start == rebel_at for e in headline[0].evidence), [f.explanation for f in found]
