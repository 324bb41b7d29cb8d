"""Who the victims were: articles saying women or children were among them agree, and against articles
that never name either group they make an omission (texts written for these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _composition(*texts: str, relation: str = "omission"):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2023-04-12") for i, t in enumerate(texts)]
    found = [f for f in analyze(arts).findings if f.relation == relation
             and f.explanation.startswith("Who the victims were")]
    return arts, found


def test_articles_saying_women_and_children_were_among_the_dead_leave_them_out_of_the_silent_one() -> None:
    arts, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday, killing dozens of people, mostly women and children, "
        "residents said.",
        "The air strike on the Tel Amra market killed 40 people on Tuesday. Women and children were among those "
        "killed, a doctor said.",
        "The army said its jets struck a rebel position near Tel Amra on Tuesday.")
    assert len(found) == 1, [f.explanation for f in found]
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence]
    assert shown == ["mostly women and children", "Women and children were among those"], shown
    assert found[0].missing_from == ("a3",), found[0]


@pytest.mark.parametrize("third", [
    pytest.param("The army said its jets struck a rebel position near Tel Amra, where children often played.",
                 id="an-article-naming-children-at-all-is-not-silent"),
    pytest.param("Jets struck Tel Amra on Tuesday, killing 40 people, including five children, officials said.",
                 id="a-count-of-children-says-it-too"),
])
def test_an_article_that_names_the_group_is_not_silent(third: str) -> None:
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday, killing dozens of people, mostly women and children, "
        "residents said.", third)
    assert not found, [f.explanation for f in found]


def test_a_background_tally_of_children_is_no_statement_about_these_victims() -> None:
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday, residents said. The war has killed 3,000 people, "
        "mostly women and children, since 2020.",
        "The army said its jets struck a rebel position near Tel Amra on Tuesday.")
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize("first", [
    pytest.param("Jets struck the camp in Tel Amra on Tuesday, killing ten fighters. The army said no women or "
                 "children were among those killed.", id="a-negated-statement-says-the-opposite"),
    pytest.param("Twenty people were wounded in the strike on Tel Amra on Tuesday, mostly with minor injuries.",
                 id="minor-injuries-name-no-children"),
    pytest.param("Jets struck Tel Amra on Tuesday, killing 40 people, among them five children, officials said.",
                 id="words-holding-a-count-are-left-to-the-figures"),
])
def test_no_statement_about_women_or_children_among_the_victims(first: str) -> None:
    _, found = _composition(first, "The army said its jets struck a rebel position near Tel Amra on Tuesday.")
    assert not found, [f.explanation for f in found]


def test_boys_and_a_not_just_statement_are_found_and_a_singular_word_is_no_silence() -> None:
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday, killing 30 people, most of them teenage boys.",
        "Not just men but women and children were among the dead in Tel Amra on Tuesday, residents said.",
        "A woman and a boy were among the dead when jets struck Tel Amra on Tuesday.",
        "The army said its jets struck a rebel position near Tel Amra on Tuesday.")
    assert len(found) == 1 and found[0].missing_from == ("a4",), [(f.explanation, f.missing_from) for f in found]
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}, found[0].evidence



def test_articles_that_all_say_children_were_among_the_victims_agree_in_words_or_with_a_count() -> None:
    arts, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday. The dead and wounded included a number of children, "
        "a doctor said.",
        "About 40 people were killed in the strike on Tel Amra on Tuesday, most of whom were children and women.",
        "Among the victims — 25 men and 15 women — were 12 children, a rights group said of the Tel Amra strike.",
        "Jets struck Tel Amra on Tuesday, killing 40 people, among them five children, officials said.",
        relation="agree")
    assert len(found) == 1, [f.explanation for f in found]
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence]
    assert shown == ["included a number of children", "most of whom were children and women",
                     "Among the victims — 25 men and 15 women — were 12 children", "five children"], shown
    assert "all say women or children were among them" in found[0].explanation


def test_one_article_naming_children_among_the_victims_agrees_with_none() -> None:
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday, killing dozens of people, mostly women and children.",
        "The army said its jets struck a rebel position near Tel Amra on Tuesday.", relation="agree")
    assert not found, [f.explanation for f in found]


def test_a_possessive_names_a_place_or_a_body_not_the_victims() -> None:
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday, killing 40 people. The wounded were taken to hospitals "
        "including the Tel Amra Children's Hospital.",
        "Jets bombed the market in Tel Amra on Tuesday. The dead included a number of children, a doctor said.",
        relation="agree")
    assert not found, [f.explanation for f in found]


def test_a_plural_possessive_is_no_victim_but_the_childrens_bodies_are() -> None:
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday, killing 40 people and damaging buildings including a "
        "girls' school.",
        "Jets bombed the market in Tel Amra on Tuesday. The dead included a number of children, a doctor said.",
        relation="agree")
    assert not found, [f.explanation for f in found]
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday. Rescuers recovered the dead, including the children's "
        "bodies.",
        "Jets bombed the market in Tel Amra on Tuesday. The dead included a number of children, a doctor said.",
        relation="agree")
    assert len(found) == 1, found


def test_articles_saying_civilians_were_among_the_victims_join_those_naming_women_or_children() -> None:
    arts, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday, killing 40 people, most of whom were children, a doctor "
        "said.",
        "The air strike on the Tel Amra market on Tuesday caused heavy casualties, including civilians, "
        "officials said.",
        "Jets struck the Tel Amra market on Tuesday, martyred innocent civilians, the council said.",
        "The army said its jets struck a rebel position near Tel Amra on Tuesday.",
        relation="agree")
    assert len(found) == 1, [f.explanation for f in found]
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence]
    assert shown == ["most of whom were children", "including civilians", "martyred innocent civilians"], shown
    assert "Outlet 1 says women or children were among them, and Outlet 2 and Outlet 3 say civilians were" \
        in found[0].explanation, found[0].explanation
    # saying "civilians" tells less than naming women or children: no omission of them
    _, omitted = _composition(*(a.text for a in arts))
    assert len(omitted) == 1 and omitted[0].missing_from == ("a2", "a3", "a4"), omitted


@pytest.mark.parametrize("second", [
    pytest.param("Several civilians were killed in the strike on the Tel Amra market on Tuesday.",
                 id="civilians-were-killed"),
    pytest.param("Jets struck the Tel Amra market on Tuesday, killing and injuring civilians, witnesses said.",
                 id="the-acts-participle-clause"),
    pytest.param("The strike on the Tel Amra market on Tuesday killed 12 civilians, the governor said.",
                 id="a-count-of-civilians"),
])
def test_two_articles_saying_civilians_were_harmed_agree(second: str) -> None:
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday; civilians were among the dead, residents said.", second,
        relation="agree")
    assert len(found) == 1 and "both say civilians were among them" in found[0].explanation, found


@pytest.mark.parametrize("second", [
    pytest.param("The army said no civilians were killed in the strike on Tel Amra on Tuesday.", id="negated"),
    pytest.param("Jets struck Tel Amra on Tuesday. The army has a record of killing civilians, the group said.",
                 id="not-the-acts-clause"),
    pytest.param("Jets struck Tel Amra on Tuesday, killing 12 fighters. Civilians were among the victims of "
                 "previous attacks on the town.", id="victims-of-other-acts"),
    pytest.param("Jets struck Tel Amra on Tuesday and killed no civilians, the army said.", id="killed-none"),
    pytest.param("The army said its jets killed militants not civilians in Tel Amra on Tuesday.",
                 id="militants-not-civilians"),
    pytest.param("The army warned everyone in Tel Amra, including civilians, before its strike killed 12 militants "
                 "on Tuesday.", id="civilians-listed-among-others-than-the-harmed"),
])
def test_no_statement_that_civilians_were_among_the_victims(second: str) -> None:
    _, found = _composition(
        "Jets bombed the market in Tel Amra on Tuesday; civilians were among the dead, residents said.", second,
        relation="agree")
    assert not found, [f.explanation for f in found]


def test_the_majority_of_whom_and_children_and_other_civilians_say_children_were_among_them() -> None:
    arts, found = _composition(
        "About 40 people were killed in the strike on Tel Amra on Tuesday, the majority of whom were children.",
        "Witnesses said children and other civilians were among the victims of the Tel Amra strike on Tuesday.",
        relation="agree")
    assert len(found) == 1 and "both say women or children were among them" in found[0].explanation, found
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence]
    assert shown == ["the majority of whom were children", "children and other civilians were among the"], shown
