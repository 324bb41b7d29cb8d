"""How each article reports one voice: a distancing verb ("claimed") against a plain one ("said")
(texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.align.saying import verb_class
from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

CLAIMED = Article("a1", "The health ministry claimed that 500 people were killed in the blast at the hospital in "
                        "Dar Salim on Tuesday.", source="Wire", date="2023-10-17")
SAID = Article("a2", "The health ministry said 471 people were killed in the blast at the hospital in Dar Salim on "
                     "Tuesday.", source="Post", date="2023-10-17")


def _how(articles: list[Article]):
    return [f for f in analyze(articles).findings if f.explanation.startswith("How ")]


@pytest.mark.parametrize(("word", "kind"), [
    ("claimed", "distancing"), ("claims", "distancing"), ("alleging", "distancing"), ("alleged", "distancing"),
    ("said", "plain"), ("says", "plain"), ("told", "plain"), ("announced", "plain"),
    ("allegedly", None), ("denied", None), ("accused", None), ("claimant", None),
])
def test_a_reporting_verbs_form_tells_its_kind(word: str, kind: str | None) -> None:
    assert verb_class(word) == kind


def test_one_voice_claimed_in_one_article_and_said_in_another_is_framing() -> None:
    (f,) = _how([CLAIMED, SAID])
    assert f.relation == "framing"
    shown = {(e.article, {"a1": CLAIMED, "a2": SAID}[e.article].text[e.start:e.end]) for e in f.evidence}
    assert shown == {("a1", "health ministry claimed"), ("a2", "health ministry said")}, shown
    assert "Wire (“claimed”)" in f.explanation and "Post (“said”)" in f.explanation


def test_a_voice_named_after_its_words_is_reported_too() -> None:
    inverted = Article("a2", "“At least 471 people were killed in the blast at the hospital in Dar Salim,” said the "
                             "health ministry on Tuesday.", source="Post", date="2023-10-17")
    (f,) = _how([CLAIMED, inverted])
    assert any(e.article == "a2" and inverted.text[e.start:e.end].startswith("said") for e in f.evidence), f


@pytest.mark.parametrize("text", [
    "The Dar Salim Brigade claimed responsibility for the attack on the market on Tuesday.",
    "The Dar Salim Brigade claimed the attack on the market on Tuesday in a statement.",
])
def test_guard_owning_an_act_is_no_report_of_speech(text: str) -> None:
    owning = Article("a1", text, source="Wire", date="2023-10-17")
    said = Article("a2", "The Dar Salim Brigade said its fighters attacked the market on Tuesday.", source="Post",
                   date="2023-10-17")
    assert _how([owning, said]) == []


def test_guard_an_article_using_both_verbs_takes_no_side() -> None:
    both = Article("a1", "The health ministry claimed that 500 people were killed in the blast at the hospital in "
                         "Dar Salim. The health ministry said on Wednesday that rescuers were still searching.",
                   source="Wire", date="2023-10-17")
    assert _how([both, SAID]) == []


def test_claiming_an_act_that_goes_on_to_say_something_is_speech() -> None:
    going_on = Article("a1", "The health ministry claimed an Israeli airstrike killed 500 people at the hospital in "
                             "Dar Salim on Tuesday.", source="Wire", date="2023-10-17")
    assert len(_how([going_on, SAID])) == 1


@pytest.mark.parametrize("text", [
    "“Hamas claimed that 500 people died in Dar Salim, which is a lie,” an army spokesman said on Tuesday.",
    "‘Hamas claimed that 500 people died in Dar Salim, which is a lie,’ an army spokesman said on Tuesday.",
    "«Hamas claimed that 500 people died in Dar Salim, which is a lie», an army spokesman said on Tuesday.",
    "Russian forces claimed control of the village of Dar Salim on Tuesday.",
    "Russian forces claimed full control of the village of Dar Salim on Tuesday.",
])
def test_guard_a_quoted_speakers_verb_and_a_gain_of_ground_are_not_the_outlets_report(text: str) -> None:
    first = Article("a1", text, source="Wire", date="2023-10-17")
    voice = "Hamas" if "Hamas" in text else "Russian forces"
    second = Article("a2", f"{voice} said on Tuesday that 500 people died in Dar Salim.", source="Post",
                     date="2023-10-17")
    assert _how([first, second]) == []


def test_guard_owning_a_compound_named_act_is_no_report_of_speech() -> None:
    owning = Article("a1", "The Dar Salim Brigade claimed the bombing attack that hit the market on Tuesday.",
                     source="Wire", date="2023-10-17")
    said = Article("a2", "The Dar Salim Brigade said its fighters attacked the market on Tuesday.", source="Post",
                   date="2023-10-17")
    assert _how([owning, said]) == []
