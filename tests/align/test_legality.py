"""Lawful or not: one voice calls the strike lawful, another unlawful (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _verdicts(*texts: str):
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2018-08-09") for i, t in enumerate(texts)]
    an = analyze(arts)
    return arts, [f for f in an.findings if f.relation == "dispute" and f.explanation.startswith("Lawful")]


def test_a_legitimate_operation_and_a_war_crime_dispute_each_other() -> None:
    arts, found = _verdicts(
        "The coalition said the air strike on Tel Amra on Thursday was a legitimate military operation.",
        "Rights groups said the air strike on Tel Amra on Thursday, which killed 29 children, was a war crime.",
    )
    assert len(found) == 1, found
    words = {arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence}
    assert words == {"legitimate military operation", "war crime"}, words


def test_a_negation_turns_a_lawful_word_round() -> None:
    """"was not a legitimate target" agrees with "a war crime": no dispute."""
    _, found = _verdicts(
        "The ministry said the hospital in Tel Amra was not a legitimate target for the air strike on Thursday.",
        "Rights groups said the air strike on the hospital in Tel Amra on Thursday was a war crime.",
    )
    assert found == [], found


def test_one_report_of_one_body_finding_both_is_one_verdict() -> None:
    """A body that finds the intended target legitimate but the strike unjustified gives one verdict."""
    _, found = _verdicts(
        "The strike on the bus in Tel Amra last month lacked military justification, a coalition body said on "
        "Saturday. Its adviser said the bus was carrying commanders, a legitimate military target, but the strike "
        "came too late.",
    )
    assert found == [], found


@pytest.mark.parametrize(("first", "second", "disputed"), [
    pytest.param("The Karsen Defence Ministry said the strike on Tel Amra on Saturday was a legitimate military "
                 "operation.", "Norland's foreign minister called the strike on Tel Amra on Saturday a war crime.",
                 True, id="called-it-a-war-crime"),
    pytest.param("The ministry said the strike on Tel Amra on Saturday wasn't a legitimate military operation.",
                 "Rights groups said the strike on Tel Amra on Saturday was a war crime.", False, id="wasn't"),
    pytest.param("The minister said the strike on Tel Amra on Saturday was not just a war crime, it was genocide.",
                 "Rights groups said the strike on Tel Amra on Saturday was a war crime.", False, id="not-just"),
    pytest.param("The UN said it was investigating whether the strike on Tel Amra on Saturday was a war crime.",
                 "The ministry said the strike on Tel Amra on Saturday was a legitimate military operation.", False,
                 id="an-open-question"),
    pytest.param("Residents said their fears of the strike on Tel Amra on Saturday were justified.",
                 "Rights groups said the strike on Tel Amra on Saturday was a war crime.", False, id="fears-justified"),
    pytest.param("Karsen denied that the strike on Tel Amra on Saturday was a war crime.",
                 "Rights groups said the strike on Tel Amra on Saturday was a war crime.", True, id="denied"),
])
def test_what_counts_as_a_judgment_of_the_strike(first: str, second: str, disputed: bool) -> None:
    _, found = _verdicts(first, second)
    assert bool(found) == disputed, found


def test_one_article_quoting_both_countries_holds_the_dispute() -> None:
    _, found = _verdicts(
        "The Russian Defence Ministry said the strike on Tel Amra on Saturday was a legitimate military operation. "
        "Ukraine's foreign minister said the strike was a war crime.",
        "A missile strike hit Tel Amra on Saturday, killing 12 people, officials said.",
    )
    assert len(found) == 1 and {e.article for e in found[0].evidence} == {"a1"}, found


def test_a_denial_beside_a_judgment_does_not_turn_it_round() -> None:
    """"denied that the strike killed civilians, calling it a legitimate military operation": the
    army calls it lawful in both articles, so there is nothing to dispute."""
    _, found = _verdicts(
        "An airstrike on a market in Tel Amra killed 12 civilians on Saturday. The army denied that the strike "
        "killed civilians, calling it a legitimate military operation.",
        "An airstrike in Tel Amra killed 12 people on Saturday. The army said the strike was a legitimate military "
        "operation.",
    )
    assert found == [], found


def test_no_doubt_is_no_negation() -> None:
    _, found = _verdicts(
        "Rights groups said the strike on Tel Amra on Saturday was no doubt a war crime.",
        "The army said the strike on Tel Amra on Saturday was a legitimate military operation.",
    )
    assert len(found) == 1 and "negated" not in found[0].explanation, found


def test_a_judgment_of_another_act_in_the_sentence_is_left_out() -> None:
    _, found = _verdicts(
        "An airstrike in Tel Amra killed 12 civilians on Saturday, a week after the army was accused of war crimes "
        "in Bir Kassa.",
        "The army said the strike on Tel Amra on Saturday was a legitimate military operation.",
    )
    assert found == [], found


def test_denying_that_the_strike_was_a_war_crime_disputes_the_judgment_not_the_strike() -> None:
    arts = [Article("a1", "The army denied that the strike on Tel Amra on Saturday was a war crime.",
                    source="Outlet 1", date="2018-08-09"),
            Article("a2", "An airstrike in Tel Amra killed 12 people on Saturday, medics said. Rights groups said the "
                          "strike was a war crime.", source="Outlet 2", date="2018-08-09")]
    disputes = [f for f in analyze(arts).findings if f.relation == "dispute"]
    assert len(disputes) == 1 and disputes[0].explanation.startswith("Lawful"), [f.explanation for f in disputes]


def test_articles_judging_the_strike_alike_agree() -> None:
    arts = [Article("a1", "Rights groups called the air strike on the market in Tel Amra on Monday a war crime.",
                    source="One", date="2023-04-04"),
            Article("a2", "The minister said the air strike on the market in Tel Amra on Monday was a war crime.",
                    source="Two", date="2023-04-04")]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("Lawful or not")]
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    assert {e.article for e in found[0].evidence} == {"a1", "a2"} and "unlawful" in found[0].explanation


def test_two_denials_of_a_war_crime_are_no_call_that_the_strike_was_lawful() -> None:
    arts = [Article("a1", "The army denied that the air strike on the market in Tel Amra on Monday was a war crime.",
                    source="One", date="2023-04-04"),
            Article("a2", "The ministry denied that the air strike on the market in Tel Amra on Monday was a war "
                          "crime.", source="Two", date="2023-04-04")]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("Lawful or not")]
    assert not [f for f in found if "call the strike lawful" in f.explanation], [f.explanation for f in found]


def test_a_body_named_for_war_crimes_judges_nothing() -> None:
    _, found = _verdicts(
        "UN war crimes investigators visited Tel Amra after the strike on Saturday, officials said.",
        "The army said the strike on Tel Amra on Saturday was a legitimate military operation.",
    )
    assert not found, [f.explanation for f in found]
