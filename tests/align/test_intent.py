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


def test_a_voice_calling_it_deliberate_disputes_one_calling_it_a_mistake() -> None:
    arts, found = _intent(
        "Rights groups accused the army of deliberately bombing the camp in Tel Amra on Tuesday, killing 50 people.",
        "The army said its jet accidentally struck the camp in Tel Amra on Tuesday, killing civilians.")
    conflicts = [f for f in found if f.relation == "dispute"]
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
    assert [f.relation for f in found] == ["dispute"], [f.explanation for f in found]


@pytest.mark.parametrize("first", [
    pytest.param("Investigators will examine whether the army deliberately bombed the camp in Tel Amra on Tuesday.",
                 id="an-open-question-is-no-judgment"),
    pytest.param("There is no evidence that the bombing of the camp in Tel Amra on Tuesday was deliberate.",
                 id="no-evidence-is-no-judgment"),
    pytest.param("Make no mistake, the army bombed the camp in Tel Amra on Tuesday, the governor said.",
                 id="an-idiom-is-no-judgment"),
])
def test_words_that_judge_nothing(first: str) -> None:
    _, found = _intent(first, "The air force said its jet mistakenly bombed the camp in Tel Amra on Tuesday.",
                       "Officials said a jet mistakenly bombed the camp in Tel Amra on Tuesday.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    assert {e.article for e in found[0].evidence} == {"a2", "a3"}, found[0]


def test_a_voice_saying_both_takes_no_side() -> None:
    arts, found = _intent(
        "The army said its jet deliberately bombed the rebel post in Tel Amra on Tuesday. The army later said its "
        "jet mistakenly bombed the camp in Tel Amra on Tuesday.",
        "The air force said its jet mistakenly bombed the camp in Tel Amra on Tuesday.",
        "Officials said the bombing of the camp in Tel Amra on Tuesday was an accident.")
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    assert {e.article for e in found[0].evidence} == {"a2", "a3"}, found[0]


def test_an_adverb_of_another_verb_judges_nothing_and_a_denial_turns_round_only_its_clause() -> None:
    _, found = _intent(
        "The ministry said the report of the strike on Tel Amra on Tuesday was a deliberately spread lie.",
        "The army said its jet mistakenly bombed the camp in Tel Amra on Tuesday.")
    assert not [f for f in found if f.relation == "dispute"], [f.explanation for f in found]
    _, found = _intent(
        "The army denied the strike on the camp in Tel Amra on Tuesday was deliberate, saying it was an accident.",
        "Rights groups said the jet deliberately bombed the camp in Tel Amra on Tuesday.")
    disputes = [f for f in found if f.relation == "dispute"]
    assert len(disputes) == 1 and "“deliberate”, negated" in disputes[0].explanation, [f.explanation for f in found]


def test_a_denial_that_it_was_meant_disputes_deliberate_but_agrees_with_no_mistake() -> None:
    _, found = _intent(
        "Rights groups said the army deliberately bombed the camp in Tel Amra on Tuesday.",
        "The army denied that it deliberately bombed the camp in Tel Amra on Tuesday.",
        "The air force said its jet mistakenly bombed the camp in Tel Amra on Tuesday.")
    assert [f.relation for f in found] == ["dispute"], [f.explanation for f in found]
    assert "negated" in found[0].explanation


def test_a_comma_inside_the_denied_clause_keeps_the_denial() -> None:
    _, found = _intent(
        "Rights groups said the army deliberately bombed the camp in Tel Amra on Tuesday.",
        "The army denied, in a statement, that its jet had deliberately bombed the camp in Tel Amra on Tuesday.")
    assert [f.relation for f in found] == ["dispute"], [f.explanation for f in found]


def test_an_accident_called_unlikely_is_no_word_that_it_was_a_mistake() -> None:
    _, found = _intent(
        "A monitor said it was unlikely that the bombing of the camp in Tel Amra on Tuesday was an accident.",
        "The air force said its jet mistakenly bombed the camp in Tel Amra on Tuesday.")
    assert not [f for f in found if f.relation == "agree"], [f.explanation for f in found]
