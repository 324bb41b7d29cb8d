"""Meant or a mistake: voices calling the strike deliberate or a mistake (texts written for these
tests; fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _intent(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2017-01-17") for i, t in enumerate(texts)]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("Meant or a mistake")]
    return arts, found


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_articles_calling_the_strike_a_mistake_agree_with_the_words_it_is_said_of() -> None:
    arts, found = _intent(
        "A military jet mistakenly bombed a camp for displaced people in Tel Amra on Tuesday, killing 50 people.",
        "The air force said the mistaken strike in Tel Amra on Tuesday killed civilians.",
        "Officials said the accident in Tel Amra on Tuesday was regrettable.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    assert _shown(arts, found[0]) == ["mistakenly bombed a camp", "the mistaken strike in Tel Amra"], found[0]
    assert "call the strike a mistake" in found[0].explanation


def test_a_voice_calling_it_deliberate_contradicts_one_calling_it_a_mistake() -> None:
    arts, found = _intent(
        "Rights groups accused the army of deliberately bombing the camp in Tel Amra on Tuesday, killing 50 people.",
        "The army said its jet accidentally struck the camp in Tel Amra on Tuesday, killing civilians.")
    conflicts = [f for f in found if f.relation == "contradict"]
    assert len(conflicts) == 1, [f.explanation for f in found]
    assert _shown(arts, conflicts[0]) == ["deliberately bombing the camp", "accidentally struck the camp"]


@pytest.mark.parametrize("first", [
    pytest.param("Witnesses said the bombing of the camp in Tel Amra on Tuesday was not an accident.",
                 id="a-negated-mistake-says-it-was-meant"),
    pytest.param("Rights groups said the army deliberately bombed the camp in Tel Amra on Tuesday.",
                 id="deliberately"),
])
def test_meant_against_a_mistake(first: str) -> None:
    _, found = _intent(first, "The army said its jet mistakenly bombed the camp in Tel Amra on Tuesday.")
    assert [f.relation for f in found] == ["contradict"], [f.explanation for f in found]


@pytest.mark.parametrize("first", [
    pytest.param("Investigators will examine whether the army deliberately bombed the camp in Tel Amra on Tuesday.",
                 id="an-open-question-is-no-judgment"),
    pytest.param("The army said its jet bombed the camp in Tel Amra on Tuesday. It said the strike was deliberate "
                 "and that no civilian was hit by mistake.", id="a-voice-saying-both-takes-no-side"),
])
def test_no_side_taken(first: str) -> None:
    _, found = _intent(first, "The air force said its jet mistakenly bombed the camp in Tel Amra on Tuesday.")
    assert not [f for f in found if f.relation == "contradict"], [f.explanation for f in found]


def test_an_adverb_of_another_verb_judges_nothing_and_a_denial_turns_round_only_what_it_denies() -> None:
    _, found = _intent(
        "The ministry said the report of the strike on Tel Amra on Tuesday was a deliberately spread lie.",
        "The army said its jet mistakenly bombed the camp in Tel Amra on Tuesday.")
    assert not [f for f in found if f.relation == "contradict"], [f.explanation for f in found]
    arts, found = _intent(
        "The army denies the allegations about the camp in Tel Amra on Tuesday and says the bombing was an "
        "unfortunate accident.",
        "The air force said its jet mistakenly bombed the camp in Tel Amra on Tuesday.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
