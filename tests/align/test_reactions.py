"""Reactions to the incident: who condemned it, vowed to answer it, or protested over it.

The articles are written for these tests (fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.align.candidates import Corpus
from counterpoint.align.reactions import reactions
from counterpoint.pipeline import analyze, extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model

LEAD = "Taliban fighters shelled the market in Dar Salim on Monday, killing 12 people. "


def _articles(*texts: str) -> list[Article]:
    return [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-08-27") for i, t in enumerate(texts, 1)]


def _found(articles: list[Article], relation: str, words: str) -> list:
    return [f for f in analyze(articles).findings if f.relation == relation and words in f.explanation]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    arts = _articles(text)
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    return [(r.kind, r.party and cx.entity[r.party].name) for r in reactions(cx, "a1")]


def test_two_articles_reporting_one_party_s_condemnation_agree() -> None:
    arts = _articles(LEAD + "UN Secretary-General Antonio Guterres condemned the attack.",
                     LEAD + "The UN Secretary-General condemned the shelling on Tuesday.")
    found = _found(arts, "agree", "condemned it")
    assert len(found) == 1 and "Antonio Guterres" in found[0].explanation, [f.explanation for f in found]
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}


def test_a_ministry_and_its_side_are_one_party() -> None:
    arts = _articles(LEAD + "The Taliban's Ministry of Defence condemned the shelling.",
                     LEAD + "A Taliban statement condemned the shelling.")
    assert _found(arts, "agree", "condemned it"), [f.explanation for f in analyze(arts).findings]


def test_a_vow_of_retaliation_only_one_article_reports_is_an_omission() -> None:
    arts = _articles(LEAD + "The army vowed to retaliate.", LEAD)
    found = _found(arts, "omission", "vowed to answer it")
    assert len(found) == 1 and list(found[0].missing_from) == ["a2"], found


def test_protests_need_no_party() -> None:
    arts = _articles(LEAD + "Protesters marched through Dar Salim after the shelling.",
                     LEAD + "Hundreds of demonstrators took to the streets of Dar Salim on Tuesday over the shelling.")
    assert _found(arts, "agree", "protests over it"), [f.explanation for f in analyze(arts).findings]


@pytest.mark.parametrize("sentence", [
    pytest.param("The government has refused to condemn the shelling.", id="refused-to-condemn"),
    pytest.param("The government has yet to condemn the shelling.", id="yet-to-condemn"),
    pytest.param("The army didn’t condemn the shelling.", id="a-curly-apostrophe-negation"),
    pytest.param("None of the parties has condemned the shelling.", id="no-one-condemned"),
    pytest.param("The army stopped short of condemning the shelling.", id="stopped-short-of"),
    pytest.param("Rights groups urged the United Nations to condemn the shelling.", id="only-asked-for"),
    pytest.param("The governor condemned the Taliban attacks on Qasr Dimna days earlier.", id="an-earlier-act"),
    pytest.param("The United Nations has repeatedly condemned attacks on markets.", id="a-run-of-condemnations"),
    pytest.param("A court in Dar Salim condemned three men to death over the shelling.", id="a-sentence-passed"),
    pytest.param("The shelling drew widespread condemnation.", id="guard-a-noun-naming-no-party"),
    pytest.param("The ministry often condemns such attacks.", id="a-habit-of-condemning"),
    pytest.param("The Taliban denounced the ceasefire talks.", id="something-other-than-an-act"),
    pytest.param("The UN condemned this week's ceasefire talks.", id="this-as-a-determiner"),
])
def test_no_condemnation(sentence: str) -> None:
    assert not [k for k in _kinds(LEAD + sentence) if k[0] == "condemnation"], _kinds(LEAD + sentence)


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("The strike left many unanswered questions, the army said.", "retaliation", id="unanswered-questions"),
    pytest.param("The strike came after rebels vowed to retaliate for the killing of their commander.", "retaliation",
                 id="a-vow-told-of-another-act"),
    pytest.param("Government jets bombed protesters at the market in Dar Salim.", "protest", id="protesters-struck"),
    pytest.param("Security forces opened fire on protesters in Dar Salim over the shelling.", "protest",
                 id="protesters-fired-on"),
    pytest.param("Protesters were killed in the shelling.", "protest", id="protesters-killed"),
    pytest.param("The army protested its innocence.", "protest", id="protested-its-innocence"),
])
def test_no_reaction_of_the_kind(sentence: str, kind: str) -> None:
    assert not [k for k in _kinds(LEAD + sentence) if k[0] == kind], _kinds(LEAD + sentence)


@pytest.mark.parametrize("sentence, party", [
    pytest.param("The shelling was condemned by the United Nations.", "United Nations", id="passive-by"),
    pytest.param("The Taliban shelling was condemned by the United Nations.", "United Nations",
                 id="passive-by-after-a-name"),
    pytest.param("The UN special envoy for Afghanistan condemned the shelling.", "United Nations",
                 id="the-head-of-the-subject-not-its-country"),
    pytest.param("The UN envoy urged calm and condemned the shelling.", "United Nations", id="urged-calm-and-condemned"),
    pytest.param("The United Nations, which has not yet commented on other incidents, condemned the shelling.",
                 "United Nations", id="over-a-closed-aside"),
    pytest.param("Earlier, the United Nations condemned the shelling.", "United Nations", id="earlier-said-of-the-incident"),
    pytest.param("In response to the shelling, the army vowed to retaliate.", "state forces",
                 id="in-response-to-the-incident"),
    pytest.param("Outraged protesters gathered in Dar Salim over the shelling.", None, id="outraged-protesters"),
    pytest.param("The United Nations condemned the killing of 12 civilians.", "United Nations", id="the-killing-of"),
    pytest.param("Shelling of the market was condemned by the United Nations.", "United Nations",
                 id="a-capitalised-passive-subject"),
    pytest.param("Pakistan is vowing to retaliate.", "Pakistan", id="a-progressive-is-no-passive"),
    pytest.param("The United Nations said the Taliban condemned the strike.", "Taliban", id="guard-the-clause-s-own-subject"),
    pytest.param("Pakistan said it would respond at a time and place of its choosing.", "Pakistan", id="guard-a-country"),
])
def test_who_reacted(sentence: str, party: str) -> None:
    assert [p for _, p in _kinds(LEAD + sentence)] == [party], _kinds(LEAD + sentence)


def test_guard_a_condemnation_needs_someone_who_condemned() -> None:
    arts = _articles(LEAD + "The shelling was widely condemned.", LEAD + "The shelling was condemned on Tuesday.")
    assert not _found(arts, "agree", "condemned it"), [f.explanation for f in analyze(arts).findings]


def test_a_new_subject_after_and_is_who_reacted_next() -> None:
    found = _kinds(LEAD + "The United Nations condemned the shelling and the Taliban vowed to retaliate.")
    assert found == [("condemnation", "United Nations"), ("retaliation", "Taliban")], found
