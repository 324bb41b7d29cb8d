"""Rebuttals set after a claim ("..., a claim Kyiv rejected") answer the clause before them."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _disputes(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2022-04-09") for i, t in enumerate(texts)]
    an = analyze(arts)
    return arts, [f for f in an.findings if f.relation == "dispute"]


@pytest.mark.parametrize("rebuttal", [
    " — a contention experts dismissed.",
    ", a claim that Ukrainian officials rejected.",
])
def test_a_claim_noun_after_the_clause_rejects_that_clause(rebuttal: str) -> None:
    text = ("President Ivan Petrenko accused the Karsen army of deliberately attacking the station. Karsen, in "
            "turn, blamed the rebels, saying it doesn't use the kind of missile that hit the station" + rebuttal)
    arts, disputes = _disputes(text)
    assert len(disputes) == 1, [(f.explanation, f.evidence) for f in disputes]
    shown = [arts[0].text[e.start:e.end] for e in disputes[0].evidence]
    assert any("kind of missile" in s for s in shown), shown
    assert not any("attacking the station" in s for s in shown), shown  # not the accusation
    assert "contention" not in disputes[0].explanation.split("“")[0], disputes[0].explanation  # who rejects


def test_a_claim_noun_without_a_break_before_it_points_nowhere() -> None:
    from counterpoint.align.candidates import Corpus
    from counterpoint.align.rebuttals import antecedent
    from counterpoint.pipeline import extract_only
    from counterpoint.resolve import resolve

    arts = [Article("a1", "Karsen said its forces did not strike the station in Tel Amra. The rebels rejected the "
                          "claim on Saturday.", source="Wire", date="2022-04-09")]
    xs = extract_only(arts)
    cx = Corpus(arts, resolve(arts, xs, ""))
    assert all(antecedent(cx, c) is None for c in cx.claims), [(c.stance, c.text) for c in cx.claims]


def test_a_rebuttal_right_after_the_clause_answers_it_and_the_clause_is_shown_without_it() -> None:
    arts, disputes = _disputes("Officials in Norland said a Karsen missile hit the station in Tel Amra on Saturday, "
                               "a claim Karsen rejected.")
    assert len(disputes) == 1, [(f.explanation, f.evidence) for f in disputes]
    shown = [arts[0].text[e.start:e.end] for e in disputes[0].evidence]
    assert "a Karsen missile hit the station in Tel Amra on Saturday" in shown, shown
    assert "Karsen “rejected”" in disputes[0].explanation, disputes[0].explanation


def test_a_denial_can_be_what_a_rebuttal_answers_and_its_speaker_does_not_dismiss_it() -> None:
    """The rebuttal words are read into Karsen's longer clause too; only the experts reject."""
    arts, disputes = _disputes("Karsen blamed the rebels for the strike on the station in Tel Amra, saying its forces "
                               "do not use that type of missile — a contention experts dismissed.")
    assert len(disputes) == 1, [(f.explanation, f.evidence) for f in disputes]
    assert disputes[0].explanation.startswith("Outlet 1: experts"), disputes[0].explanation
    shown = [arts[0].text[e.start:e.end] for e in disputes[0].evidence]
    assert any("do not use that type of missile" in s for s in shown), shown


def test_a_rebuttal_also_answers_the_same_speaker_saying_it_in_another_article() -> None:
    arts, disputes = _disputes(
        "The Norland Defence Ministry said a Karsen missile hit the station in Tel Amra on Saturday, a claim the "
        "Karsen government rejected.",
        "The Norland Defence Ministry said Karsen forces struck the station in Tel Amra on Saturday with a missile.",
    )
    assert len(disputes) == 1, [(f.explanation, f.evidence) for f in disputes]
    assert {e.article for e in disputes[0].evidence} == {"a1", "a2"}, disputes[0].evidence


@pytest.mark.parametrize(("rebuttal", "who"), [
    (", a claim vehemently denied by the Karsen government.", "the Karsen government"),
    (", a charge Karsen officials reject.", "Karsen officials"),
])
def test_an_accusation_read_as_one_claim_with_its_rebuttal_is_what_the_rebuttal_answers(rebuttal: str, who: str) -> None:
    """The accusation carries no event clause of its own, so the sentence is one claim: the words
    before the claim noun are the accusation, and the rebuttal's own words name who rejects it."""
    text = "Dalmar accuses Karsen of harbouring rebel fighters who attacked Dalmari forces near Tel Amra" + rebuttal
    arts, disputes = _disputes(text)
    assert len(disputes) == 1, [(f.explanation, f.evidence) for f in disputes]
    shown = [arts[0].text[e.start:e.end] for e in disputes[0].evidence]
    assert any(s.endswith("accuses Karsen of harbouring rebel fighters who attacked Dalmari forces near Tel Amra")
               for s in shown), shown
    assert disputes[0].explanation.split("“")[0].strip().endswith(who), disputes[0].explanation


def test_a_rebuttal_whose_speaker_is_the_rejecter_does_not_read_its_sentence_as_the_accusation() -> None:
    """"State media repeated the claim that ..., a claim the Front dismissed": the Front is who
    rejects, so the sentence is not the Front's own accusation."""
    text = ("State media repeated the ministry's claim that rebel fighters had used drones carrying chlorine near "
            "Tel Amra, a claim the Sarvan Front dismissed as fabricated.")
    _, disputes = _disputes(text, "Rebel fighters used drones carrying chlorine near Tel Amra, the ministry said.")
    assert not [f for f in disputes if "what Sarvan Front said" in f.explanation], [f.explanation for f in disputes]


def test_the_accusers_name_in_the_next_sentence_does_not_undo_the_rebuttal() -> None:
    text = ("Dalmar accuses Karsen of harbouring rebel fighters who attacked Dalmari forces near Tel Amra, a claim "
            "denied by the Karsen government. Dalmar said the strikes were a warning.")
    _, disputes = _disputes(text)
    assert any("the Karsen government" in f.explanation for f in disputes), [f.explanation for f in disputes]


def test_what_the_speaker_said_of_an_earlier_attack_is_no_echo_of_the_rebutted_claim() -> None:
    arts, disputes = _disputes(
        "The Norland Defence Ministry said a Karsen missile hit the station in Tel Amra on Saturday, a claim the "
        "Karsen government rejected.",
        "The Norland Defence Ministry said Karsen forces struck the station in Tel Amra on Saturday with a missile. "
        "In March 2019, the Norland Defence Ministry said Karsen forces had struck a school in Tel Amra with a "
        "missile.",
    )
    assert len(disputes) == 1, [(f.explanation, f.evidence) for f in disputes]
    shown = [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in disputes[0].evidence]
    assert any("struck the station" in s for s in shown), shown
    assert not any("school" in s for s in shown), shown
