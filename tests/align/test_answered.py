"""What a rejection answers in its own article: the claims of the voice it names, else those of the
nearest other voice right before it."""

from __future__ import annotations

import pytest

from counterpoint.align.answered import answered_here, owner_named
from counterpoint.align.candidates import REJECTING, Corpus
from counterpoint.pipeline import analyze, extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def _corpus(*texts: str) -> Corpus:
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2023-05-02") for i, t in enumerate(texts)]
    return Corpus(arts, resolve(arts, extract_only(arts), ""))


def _rejection(cx: Corpus, word: str):
    return next(c for c in cx.claims if c.stance in REJECTING and word in c.text)


def _disputes(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2023-05-02") for i, t in enumerate(texts)]
    return arts, [f for f in analyze(arts).findings if f.relation == "dispute"]


def test_a_denial_answers_the_claims_of_the_nearest_voice_before_it() -> None:
    cx = _corpus("Government jets bombed the market in Solva on Monday, killing nine people, residents said. "
                 "Rebel commanders said their fighters had captured the Solva airbase on Tuesday. "
                 "The defence ministry dismissed the reports as lies.")
    answered = answered_here(cx, _rejection(cx, "dismissed"))
    assert [c.text for c in answered] == ["their fighters had captured the Solva airbase on Tuesday"], answered


def test_the_dispute_shows_the_claim_told_right_before_the_denial_first() -> None:
    """The article leads with a bombing; "dismissed the reports" answers the capture told just before."""
    arts, disputes = _disputes("Government jets bombed the market in Solva on Monday, killing nine people, residents "
                               "said. Rebel commanders said their fighters had captured the Solva airbase on Tuesday. "
                               "The defence ministry dismissed the reports as lies.")
    assert len(disputes) == 1, [f.explanation for f in disputes]
    shown = [arts[0].text[e.start:e.end] for e in disputes[0].evidence]
    assert "their fighters had captured the Solva airbase on Tuesday" in shown, shown
    assert "what Outlet 1 (Rebel commanders) reports" in disputes[0].explanation, disputes[0].explanation


def test_a_voice_named_with_a_claim_noun_is_whose_claim_is_rejected() -> None:
    """The elders speak last before the rejection, but the spokesman names the army's assertion."""
    text = ("The army said troops killed 30 insurgents in an air strike on Kessa on Monday. Local elders said 12 "
            "villagers were killed in the strike. The insurgents' spokesman, Omar Delu, rejected the army's "
            "assertion as a lie.")
    cx = _corpus(text)
    rejection = _rejection(cx, "rejected")
    assert owner_named(cx, rejection) is not None
    assert [c.text for c in answered_here(cx, rejection)] == [
        "troops killed 30 insurgents in an air strike on Kessa on Monday"]
    arts, disputes = _disputes(text)
    assert len(disputes) == 1, [f.explanation for f in disputes]
    shown = [arts[0].text[e.start:e.end] for e in disputes[0].evidence]
    assert not any("villagers" in s for s in shown), shown  # the elders' account is not what he rejects


@pytest.mark.parametrize("sentence", [
    "Omar Delu rejected claims by the army as a lie.",
    "Omar Delu rejected the army claims as a lie.",
    "Omar Delu rejected the claims of the army that insurgents died as a lie.",
    "Omar Delu rejected claims by the so-called army as a lie.",
])
def test_the_voice_may_come_before_the_noun_or_after_it(sentence: str) -> None:
    cx = _corpus("The army said troops killed 30 insurgents in an air strike on Kessa on Monday. Local elders said "
                 f"12 villagers were killed in the strike. {sentence}")
    answered = answered_here(cx, _rejection(cx, "rejected"))
    assert [c.text for c in answered] == ["troops killed 30 insurgents in an air strike on Kessa on Monday"], answered


def test_what_the_accused_did_names_no_owner() -> None:
    """"Rwanda's involvement" is what Rwanda is accused of, not words Rwanda said."""
    cx = _corpus("Officials in Kinshasa said the shelling of the Mugara camp killed 12 people. "
                 "Kigali denied Rwanda's involvement in the shelling.")
    assert owner_named(cx, _rejection(cx, "denied")) is None


def test_a_named_voice_that_says_nothing_here_leaves_the_nearest_voice_answered() -> None:
    cx = _corpus("Residents said shells hit the Kessa market on Monday, killing 12 people. The rebels' spokesman, "
                 "Omar Delu, rejected the army's claims as lies.")
    answered = answered_here(cx, _rejection(cx, "rejected"))
    assert [c.text for c in answered] == ["shells hit the Kessa market on Monday, killing 12 people"], answered


def test_an_act_after_of_and_a_name_names_what_is_claimed_not_whose_claim() -> None:
    """"reports of Hamas attacks": the attacks are claimed; the reports are not Hamas's."""
    cx = _corpus("Residents said shells hit the Kessa market on Monday, killing 12 people. The Israeli army spokesman "
                 "denied reports of Hamas attacks as lies.")
    assert owner_named(cx, _rejection(cx, "denied")) is None
    cx = _corpus("Residents said shells hit the Kessa market on Monday, killing 12 people. The Israeli army spokesman "
                 "denied reports of Hamas's attacks as lies.")
    assert owner_named(cx, _rejection(cx, "denied")) is None


def test_a_name_in_the_sentence_before_is_no_owner() -> None:
    """"according to a UN report. The army denied the reports": the UN is a source, not whose claim."""
    cx = _corpus("Residents said jets bombed the market in Kessa on Monday, killing nine people, according to a UN "
                 "report. The army denied the reports.")
    assert owner_named(cx, _rejection(cx, "denied")) is None


def test_a_title_shortened_with_a_full_stop_ends_no_sentence() -> None:
    cx = _corpus("Gen. Idris Malane said troops repelled the attack on Kessa. Rebel commanders said their fighters "
                 "captured the town of Kessa on Monday. Lt. Col. Malane dismissed the reports as propaganda.")
    answered = answered_here(cx, _rejection(cx, "dismissed"))
    assert [c.text for c in answered] == ["their fighters captured the town of Kessa on Monday"], answered


def test_a_rejection_by_a_pronoun_no_one_was_found_for_answers_nothing_here() -> None:
    """"He" with no speaker found: his own account before it cannot be told from another's. The
    outlet's own rejection, with no pronoun, still answers the voice before it."""
    from dataclasses import replace

    cx = _corpus("Ahmed Bashir said rebel units had captured the town of Tell Amra on Tuesday. He dismissed the "
                 "reports as fabricated.")
    unresolved = replace(_rejection(cx, "dismissed"), speaker=None)
    assert answered_here(cx, unresolved) == []
    cx = _corpus("Ahmed Bashir said rebel units had captured the town of Tell Amra on Tuesday. Such reports have "
                 "been dismissed as fabricated.")
    outlet = replace(_rejection(cx, "dismissed"), speaker=None)
    assert [c.text for c in answered_here(cx, outlet)] == ["rebel units had captured the town of Tell Amra on Tuesday"]


def test_a_voice_does_not_answer_its_own_claims() -> None:
    cx = _corpus("Rebel commanders said their fighters had captured the town of Dorva on Friday. Colonel Idris "
                 "Malane said troops had repelled the attack on Dorva. Colonel Malane dismissed the reports as "
                 "propaganda.")
    answered = answered_here(cx, _rejection(cx, "dismissed"))
    assert [c.text for c in answered] == ["their fighters had captured the town of Dorva on Friday"], answered


def test_what_the_named_voice_says_of_the_act_comes_before_its_other_words() -> None:
    cx = _corpus("The army said troops killed 30 insurgents in an air strike on Kessa on Monday. Local elders said "
                 "12 villagers were killed. The army said an investigation into the strike had been opened. "
                 "Omar Delu rejected the army's assertion as a lie.")
    answered = answered_here(cx, _rejection(cx, "rejected"))
    assert answered and answered[0].text == "troops killed 30 insurgents in an air strike on Kessa on Monday", answered


def test_a_rejection_that_tells_what_it_rejects_answers_that_kind_of_claim_only() -> None:
    """The rebels speak last before the denial, but it is of the air strike the residents told."""
    text = ("Residents said jets bombed the market in Dorva on Friday, killing 12 people. Rebel commanders said "
            "their fighters captured the town of Selka on Friday. Army spokesman Idris Malane denied that jets "
            "bombed the market in Dorva.")
    arts, disputes = _disputes(text)
    assert len(disputes) == 1, [f.explanation for f in disputes]
    shown = [text[e.start:e.end] for e in disputes[0].evidence]
    assert any(s.startswith("jets bombed the market in Dorva on Friday") for s in shown), shown
    assert not any("Selka" in s for s in shown), shown


def test_a_denial_answers_what_another_voice_claims_right_after_it_in_its_sentence() -> None:
    cx = _corpus("The coalition denied carrying out an air strike on the funeral hall in Sarvan, which rebels said "
                 "killed more than 100 people on Saturday. Officials in Sarvan said rescue work went on overnight.")
    answered = answered_here(cx, _rejection(cx, "denied"))
    assert [c.text for c in answered] and "killed more than 100 people" in answered[0].text, answered


def test_another_voice_s_rejection_or_negation_is_not_what_is_answered() -> None:
    cx = _corpus("Rebel commanders said their fighters captured the town of Kessa on Monday. The army denied that "
                 "the town had fallen. Police chief Omar Delu dismissed the reports as propaganda.")
    answered = answered_here(cx, _rejection(cx, "dismissed"))
    assert [c.text for c in answered] == ["their fighters captured the town of Kessa on Monday"], answered


def test_a_claim_set_in_another_placed_town_is_not_what_a_rejection_of_this_one_answers() -> None:
    cx = _corpus("Residents said shells hit the market in Homs on Monday, killing 12 people. The army denied that "
                 "it shelled the market in Aleppo on Monday.")
    assert answered_here(cx, _rejection(cx, "denied")) == []


def test_a_denied_strike_answers_the_dead_told_of_it() -> None:
    """The rejection tells of an air strike; the rebels' claim counts its dead (families: the act's
    and its consequences, align/disputes._answering)."""
    text = ("Rebel commanders said jets killed 12 people in Kessa on Monday. The army denied carrying out an air "
            "strike on Kessa on Monday.")
    arts, disputes = _disputes(text)
    assert disputes, [f.explanation for f in disputes]
    shown = [text[e.start:e.end] for e in disputes[0].evidence]
    assert any("killed 12 people" in s for s in shown), shown


def test_a_capital_other_countries_share_speaks_for_no_one() -> None:
    from counterpoint.align.corpus_voices import _country_voice_side
    from counterpoint.resolve.actors import capital_metonym

    cap = capital_metonym("Tripoli")
    assert cap is not None and cap.ambiguous_with, cap
    assert _country_voice_side("Tripoli") is None
    assert _country_voice_side("Kigali") is not None
