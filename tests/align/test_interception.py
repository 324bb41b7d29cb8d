"""Was it shot down? (align/interception.py): a voice saying the incident's missile was shot down
by air defence, against another saying it was not or could not be, is a dispute (texts written for
these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

SHOT = ("The missile that hit the apartment block in Tel Amra on Saturday was shot down by the Amran air defence "
        "system, adviser Ilan Dovas said.")
NOT_SHOT = ("The Amran air force said on Sunday that the country's military did not possess a system capable of "
            "downing Karsen Kh-22 missiles. Not one was shot down by anti-aircraft defence, it said.")


def _shot_down(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2023-01-15") for i, t in enumerate(texts, 1)]
    findings = analyze(arts).findings
    return arts, [f for f in findings if f.explanation.startswith("Was it shot down?")], findings


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_a_voice_saying_it_could_not_be_shot_down_disputes_the_account_that_it_was() -> None:
    arts, found, findings = _shot_down(SHOT, NOT_SHOT)
    assert len(found) == 1 and found[0].relation == "dispute", [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["shot down by the Amran air defence", "not possess a system capable of downing",
                                      "Not one was shot down"], _shown(arts, found[0])
    assert "Outlet 2 (Amran air force): it was not, or could not be" in found[0].explanation, found[0].explanation
    # a denial of the means to down a model is no denial that the model was used
    assert not [f for f in findings if "Kh-22 was used" in f.explanation], [f.explanation for f in findings]


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("Of the 33 missiles fired at Tel Amra on Saturday, 18 were shot down by Amran air defences, adviser "
                 "Ilan Dovas said.", NOT_SHOT, id="a-tally-of-the-nights-missiles"),
    pytest.param("The missile that brought down the entrance of the apartment block in Tel Amra on Saturday was a "
                 "Kh-22, adviser Ilan Dovas said.", NOT_SHOT, id="brought-down-a-building"),
    pytest.param("The Iskander that hit Tel Amra on Saturday was shot down by the Amran air defence system, adviser "
                 "Ilan Dovas said.", NOT_SHOT, id="another-model"),
    pytest.param("The Amran air force said the missile that hit Tel Amra on Saturday was shot down by the Amran air "
                 "defence system.", NOT_SHOT, id="the-same-voice"),
    pytest.param(SHOT, "No one was hurt when air defences intercepted the missile over Tel Amra on Saturday, the "
                 "governor said.", id="no-one-was-hurt-when"),
    pytest.param(SHOT, "Air defences not only intercepted the missile over Tel Amra on Saturday but also a drone, the "
                 "governor said.", id="not-only"),
    pytest.param(SHOT, "Officials did not say whether the missile over Tel Amra was intercepted by air defence on "
                 "Saturday.", id="not-say-whether"),
])
def test_no_dispute(first: str, second: str) -> None:
    _, found, _ = _shot_down(first, second)
    assert not found, [f.explanation for f in found]


def test_a_models_digits_are_no_tally() -> None:
    _, found, _ = _shot_down("The Kh-22 that hit the apartment block in Tel Amra on Saturday was shot down by the "
                             "Amran air defence system, adviser Ilan Dovas said.", NOT_SHOT)
    assert len(found) == 1, [f.explanation for f in found]


@pytest.mark.parametrize(("claim", "denied"), [
    pytest.param("the country's military did not possess a system capable of downing Russia's Kh-22 missiles", False,
                 id="the-means-to-down-it"),
    pytest.param("the army did not use Kh-22 missiles in the strike", True, id="its-use"),
])
def test_a_denial_of_the_means_to_down_a_model_is_no_denial_of_its_use(claim: str, denied: bool) -> None:
    from counterpoint.align.weapons import _use_denied

    assert _use_denied(claim, claim.index("Kh-22")) is denied


def test_guard_a_negation_in_an_earlier_clause_is_no_denial() -> None:
    """"There was no warning before air defences were able to intercept": the "no" belongs to the
    clause before "before"; read up to "able to intercept" it would make a denial of the means."""
    _, found, _ = _shot_down(SHOT, "There was no warning before air defences were able to intercept the missile over "
                                   "Tel Amra on Saturday, the governor said.")
    assert not found, [f.explanation for f in found]


def test_guard_a_denial_naming_neither_air_defence_nor_a_model_is_no_denial() -> None:
    """"The apartment block was not brought down by the missile": the words of interception, negated,
    of a building; no air defence or missile model in the sentence, so no denial that it was shot down."""
    _, found, _ = _shot_down(SHOT, "The apartment block in Tel Amra was not brought down by the missile on Saturday, "
                                   "the governor said.")
    assert not found, [f.explanation for f in found]


def test_guard_a_claim_holding_both_accounts_does_not_dispute_itself() -> None:
    """One claim in the outlet's own voice (no speaker, so no same voice to tell) that tells the
    missile was not intercepted over one place and shot down over another is one account, not a
    dispute of an article with itself."""
    _, found, _ = _shot_down("The missile fired at Tel Amra on Saturday was not intercepted by air defence over the "
                             "port but was shot down by air defences over the market.")
    assert not found, [f.explanation for f in found]


def test_guard_the_outlet_s_own_two_accounts_in_one_article_are_no_dispute() -> None:
    """Two claims of one article in its own voice, one that the missile was never intercepted and
    one that it was shot down: no dispute of the article with itself."""
    _, found, _ = _shot_down("The first missile fired at Tel Amra on Saturday was never intercepted by air defence. "
                             "The second missile was shot down by the Amran air defence system over the port.")
    assert not found, [f.explanation for f in found]


def test_two_articles_each_in_its_own_voice_dispute_whether_it_was_shot_down() -> None:
    arts, found, _ = _shot_down("The missile that hit the apartment block in Tel Amra on Saturday was shot down by the "
                                "Amran air defence system.",
                                "The missile that hit the apartment block in Tel Amra on Saturday was never intercepted "
                                "by air defence.")
    assert len(found) == 1, [f.explanation for f in found]
