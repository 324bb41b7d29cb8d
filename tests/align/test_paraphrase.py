"""Paraphrase agreement (align/paraphrase.py): the same statement in other words, on short
articles written for these tests (fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

CALLS = "Medics in Tel Amra said families made frantic telephone calls to the governor's office while the shelling went on."


def _findings(*texts: str) -> list:
    arts = [Article(id=f"a{i}", text=t, source=f"Outlet {i}", date="2022-07-29") for i, t in enumerate(texts, 1)]
    return list(analyze(arts).findings)


def _paraphrases(findings: list) -> list:
    return [f for f in findings if f.relation == "agree" and "in other words" in f.explanation]


def test_the_same_statement_in_other_words_agrees_and_names_the_shared_words() -> None:
    found = _paraphrases(_findings(
        CALLS, "Frantic relatives telephoned officials at the governor's office in Tel Amra during the shelling, "
               "a doctor said."))
    assert len(found) == 1, found
    shared = found[0].explanation.split("in other words (")[1].split(")")[0].split(", ")
    assert {"frantic", "governor", "office"} <= set(shared), found[0].explanation
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}


def test_a_denial_of_the_statement_is_no_paraphrase() -> None:
    found = _findings(CALLS, "Officials at the governor's office in Tel Amra denied receiving frantic telephone "
                             "calls from families during the shelling.")
    assert not _paraphrases(found), found


def test_rival_actors_doing_the_same_thing_are_no_paraphrase() -> None:
    found = _findings(
        "Government troops fired heavy artillery at the crowded prison compound in Tel Amra, the rebels said.",
        "Rebel fighters fired heavy artillery at the crowded prison compound in Tel Amra, the ministry said.")
    assert not _paraphrases(found), found


def test_claims_sharing_only_the_storys_words_are_no_paraphrase() -> None:
    found = _findings("The strike on Tel Amra killed civilians, medics said. Rescue teams searched the rubble.",
                      "Residents of Tel Amra fled after the strike, witnesses said. The road north was closed.")
    assert not _paraphrases(found), found


def test_three_outlets_saying_the_same_give_one_finding_with_each_article() -> None:
    found = _paraphrases(_findings(
        CALLS + " The market reopened two days later. Schools stayed closed until the end of the month. "
                "A bakery near the mosque was damaged. Farmers moved their livestock to the hills. The cinema "
                "closed early.",
        "Frantic relatives telephoned officials at the governor's office in Tel Amra during the shelling, "
        "a doctor said. Power lines were cut along the river road. The border crossing stayed open. "
        "Aid trucks waited at the bridge. Teachers gathered in the square.",
        "During the shelling, frantic families kept phoning the governor's office in Tel Amra, residents said. "
        "The wells were contaminated. Two clinics ran out of fuel. Buses left for the coast. The port was shut."))
    assert len(found) == 1, found
    assert [e.article for e in found[0].evidence] == ["a1", "a2", "a3"], found[0]
    assert found[0].explanation.startswith("Outlet 1"), found[0]
    assert "Outlet 2" in found[0].explanation and "Outlet 3" in found[0].explanation, found[0]


def test_three_outlets_sharing_only_the_storys_words_are_no_paraphrase() -> None:
    found = _findings("The strike on the market in Tel Amra killed civilians, medics said.",
                      "Residents of Tel Amra fled after the strike on the market, witnesses said.",
                      "The market in Tel Amra burned for hours after the strike, officials said.")
    assert not _paraphrases(found), found


def test_one_speakers_words_on_no_act_reported_by_two_outlets_agree() -> None:
    """The same official's appeal in two outlets: assertions.py compares accounts of the act, so
    words about anything else are paraphrases even from one speaker."""
    found = _paraphrases(_findings(
        "Families must stay away from the river crossing and keep their children indoors, Governor Salim "
        "Haddad said on Monday. The market reopened two days later.",
        "Governor Salim Haddad said families should keep their children indoors and stay away from the river "
        "crossing. Power lines were cut along the road."))
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1", "a2"}, found


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("Gunmen attacked a police patrol in Tel Amra on Sunday. The wounded officer's injuries are "
                 "life-threatening, surgeons at the military hospital said.",
                 "A police patrol came under fire in Tel Amra on Sunday. The wounded officer's injuries are not "
                 "life-threatening, surgeons at the military hospital said.", id="a-statement-and-its-negation"),
    pytest.param("An air strike hit Tel Amra on Friday. The army said its jets destroyed a rebel command centre and an "
                 "ammunition depot on the eastern edge of the town, where fighters had gathered for a meeting.",
                 "An air strike hit Tel Amra on Friday. Residents said the jets destroyed a bakery and a pharmacy on "
                 "the eastern edge of the town, where people had gathered to buy bread.",
                 id="two-accounts-of-different-things-hit"),
    pytest.param("After the air strike on Tel Amra on Friday, a meeting of the crisis cell chaired by Prime Minister "
                 "Arseny Volkov discussed the evacuation of the wounded.",
                 "Prime Minister Arseny Volkov immediately asked the UN Security Council to condemn the air strike on "
                 "Tel Amra on Friday and to send observers.", id="a-name-two-long-claims-alone-share"),
])
def test_guard_a_negation_other_things_hit_or_a_shared_name_alone_is_no_paraphrase(first: str, second: str) -> None:
    found = _paraphrases(_findings(first, second))
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize(("first", "second", "names"), [
    pytest.param("Shells hit Tel Amra on Monday. Fighters said they had taken the checkpoint on the road from Aleppo "
                 "to Idlib and the bridge near Saraqib.",
                 "Shells hit Tel Amra on Monday. The town lies on the main road between Aleppo and Idlib, south of "
                 "Saraqib and its bridge.", {"aleppo", "idlib"}, id="places-the-model-tags"),
    pytest.param("Shells hit Tel Amra on Monday. Fighters said they had taken the checkpoint on the Vardan road "
                 "toward Birkat Selim.",
                 "Shells hit Tel Amra on Monday. The town lies on the main road between Vardan and the crossing at "
                 "Birkat Selim.", {"vardan", "birkat", "selim"}, id="names-after-a-preposition-of-place"),
])
def test_claims_that_share_only_the_places_they_name_are_no_paraphrase(first: str, second: str,
                                                                         names: set[str]) -> None:
    shared = [set(f.explanation.split("in other words (")[1].split(")")[0].split(", "))
              for f in _paraphrases(_findings(first, second))]
    assert not [s for s in shared if names & s], shared


def test_a_word_of_a_place_s_name_the_taxonomy_knows_is_still_shared_content() -> None:
    found = _paraphrases(_findings("Guards said the kitchen at Tel Amra Central Prison burned on Monday.",
                                   "The prison kitchen burned on Monday, guards said."))
    assert len(found) == 1, found



def test_a_long_claim_sharing_words_no_other_claim_uses_is_a_paraphrase() -> None:
    """Two lowercase words only these two claims use ("training facilities") tell the same statement,
    even where they are a small share of a long claim's words."""
    found = _paraphrases(_findings(
        "The army urged residents of Tel Amra to stay away from military equipment and training facilities used "
        "by the rebels, after the air strike on Friday.",
        "After the air strike on Friday, the government called on citizens to avoid presence near military targets "
        "in Tel Amra, including weapon depots and training facilities."))
    assert len(found) == 1, found


def test_guard_a_long_claim_sharing_a_small_share_of_its_words_is_no_paraphrase() -> None:
    """Three shared words ("training facilities near") are under a fifth of two long claims' own
    words: the claims praise and criticise different people and are no paraphrase."""
    found = _paraphrases(_findings(
        "The governor praised the courage, patience, resilience, discipline, generosity, humour and solidarity of "
        "young volunteers who organised evening classes at the training facilities near Tel Amra on Friday.",
        "Observers criticised the delays, confusion, secrecy, negligence, arrogance, cruelty and incompetence of "
        "senior officials who ignored complaints about the training facilities near Tel Amra on Friday."))
    assert not found, found
