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
