"""Euphemisms set against their plain words (align/euphemisms.py, labels.json euphemisms)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article


def _euphemisms(articles: list[Article]):
    return [f for f in analyze(articles).findings if f.relation == "framing" and "euphemism" in f.explanation]


def _shown(f, articles: list[Article]) -> set[tuple[str, str]]:
    text = {a.id: a.text for a in articles}
    return {(e.article, text[e.article][e.start:e.end]) for e in f.evidence}


def test_a_softened_word_for_killing_is_set_against_the_plain_word_for_the_same_figure() -> None:
    army = Article("a1", "\"We have neutralised 17 rebels near Bunagana,\" the army spokesman said on Monday.",
                   source="Agency", date="2022-06-13")
    wire = Article("a2", "The army said it had killed 17 rebels near Bunagana on Monday.", source="Wire",
                   date="2022-06-13")
    found = _euphemisms([army, wire])
    assert len(found) == 1, found
    assert _shown(found[0], [army, wire]) == {("a1", "neutralised"), ("a2", "killed")}
    assert "a euphemism for “killed”" in found[0].explanation


def test_a_name_for_a_suicide_attack_is_set_against_the_plain_name_of_the_same_count() -> None:
    group = Article("a1", "The raid began with two martyrdom-seeking operations at the gate of the base in Bulo-burde.",
                    source="Group", date="2022-11-15")
    wire = Article("a2", "The militants set off two suicide car bombs at the gate of the base in Bulo-burde.",
                   source="Wire", date="2022-11-15")
    found = _euphemisms([group, wire])
    assert len(found) == 1 and ("a1", "martyrdom-seeking operations") in _shown(found[0], [group, wire]), found


def test_an_article_quoting_the_euphemism_and_saying_it_plainly_softens_nothing() -> None:
    """The wire writes "killed 17 rebels" and quotes the spokesman's "neutralised 17": the wire
    says it plainly; only the agency, which writes "neutralised" alone, softens it."""
    wire = Article("a1", "Troops killed 17 rebels near Bunagana on Monday. \"We have neutralised 17 terrorists,\" the "
                         "army spokesman said.", source="Wire", date="2022-06-13")
    agency = Article("a2", "The army has neutralised 17 terrorists near Bunagana, the spokesman said on Monday.",
                     source="Agency", date="2022-06-13")
    found = _euphemisms([wire, agency])
    assert len(found) == 1 and found[0].explanation.startswith("Agency"), [f.explanation for f in found]


@pytest.mark.parametrize(("soft", "plain"), [
    pytest.param("The army said it neutralised 12 militants after the attack on the Kamanyola base on Monday.",
                 "Militants killed 12 soldiers in an attack on the Kamanyola base on Monday, officials said.",
                 id="other-people-counted"),
    pytest.param("Security forces conducted a sweep that detained 12 suspects in Kamanyola on Monday.",
                 "Police carried out a raid that detained 12 suspects in Kamanyola on Monday.",
                 id="a-word-of-ordinary-reporting-not-compared"),
])
def test_guard_no_euphemism_finding(soft: str, plain: str) -> None:
    assert not _euphemisms([Article("a1", soft, source="Army", date="2022-06-13"),
                            Article("a2", plain, source="Wire", date="2022-06-13")])


@pytest.mark.parametrize("softened", [
    pytest.param("An airstrike killed 12 aid workers and destroyed 18 trucks near Urem on Monday.",
                 id="the-word-tells-of-another-clause"),
    pytest.param("\"We have neutralised 30 rebels near Urem,\" the army spokesman said on Monday.",
                 id="another-figure"),
    pytest.param("Eighteen lorries were destroyed and 12 people were killed near Urem on Monday.",
                 id="a-figure-after-the-word-in-another-clause"),
    pytest.param("An airstrike destroyed 12 trucks near Urem on Monday.", id="things-not-people"),
    pytest.param("Of the houses near Urem, 12 were destroyed on Monday.", id="a-bare-figure-before-the-word"),
])
def test_guard_a_euphemism_that_tells_of_no_figure_the_other_gives_is_no_finding(softened: str) -> None:
    soft = Article("a1", softened, source="Agency", date="2022-06-13")
    plain = Article("a2", "The monitor said 12 people were killed near Urem on Monday, and dozens were killed "
                          "elsewhere.", source="Monitor", date="2022-06-13")
    assert not _euphemisms([soft, plain])


def test_guard_articles_that_both_use_the_euphemism_are_not_set_against_each_other() -> None:
    a = Article("a1", "\"We have neutralised 17 rebels near Bunagana,\" the army spokesman said on Monday.",
                source="Agency", date="2022-06-13")
    b = Article("a2", "The army said it had neutralised 17 rebels near Bunagana on Monday.", source="Wire",
                date="2022-06-13")
    assert not _euphemisms([a, b])


def test_guard_a_vague_figure_tells_too_little_to_pair_two_words() -> None:
    soft = Article("a1", "The army said it had neutralised dozens of rebels near Urem on Monday.", source="Agency",
                   date="2022-06-13")
    plain = Article("a2", "Dozens of rebels were killed near Urem on Monday, the monitor said.", source="Monitor",
                    date="2022-06-13")
    assert not _euphemisms([soft, plain])
