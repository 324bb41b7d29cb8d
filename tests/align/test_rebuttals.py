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
