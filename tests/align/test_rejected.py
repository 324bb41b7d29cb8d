"""Whose account a rejection answers (align/rejected.py), on texts written here."""

from __future__ import annotations

import pytest

from counterpoint.align import rejected
from counterpoint.align.candidates import Corpus
from counterpoint.pipeline import extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def _doers(text: str) -> list[str]:
    arts = [Article("a1", text, source="Outlet 1", date="2024-03-11")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    rejecting = next(c for c in cx.claims if "misinformation" in c.text)
    return [cx.entity[e].name for e in rejected._rejected_doers(cx, rejecting)]


def test_the_same_voices_denial_right_after_its_rejection_names_whose_act_is_rejected() -> None:
    """"This is absolute misinformation. The forces of the Houthi militia have not opened fire":
    the rejected account blames the Houthis, so accounts naming them as the doers are what it
    answers."""
    assert _doers('"This is absolute misinformation. The forces of the Houthi militia have not opened fire on '
                  'Tell Amra and its living quarters," the Houthi defence ministry said on Monday.') == ["Houthis"]


def test_guard_another_voices_denial_after_a_rejection_names_no_doer() -> None:
    assert _doers('"This is absolute misinformation," the Houthi defence ministry said on Monday. "Houthi forces '
                  'have not opened fire on Tell Amra," a resident told reporters.') == []


def test_guard_what_the_denial_did_not_hit_is_not_whose_act_is_rejected() -> None:
    assert _doers('"This is absolute misinformation. We have not shelled Houthi positions near Tell Amra," the '
                  'Yemeni defence ministry said on Monday.') == []


def test_a_bare_rejection_rejects_what_its_voices_denial_just_before_it_says() -> None:
    """"We have not been overrun. It's false": what is called false is the account of the base
    overrun, not the car bombs told in the same report."""
    from counterpoint.pipeline import analyze

    first = ("Militants detonated two car bombs at the gate and stormed the army base in Tel Amra on Friday, "
             "residents said. A local resident said the base and the town had been overrun by the militants.")
    second = ("“We repulsed the enemy. We have not been overrun. It's false,” army spokesman Paul Kemei said of the "
              "base in Tel Amra.")
    an = analyze([Article("a1", first, source="Wire", date="2017-01-27"),
                  Article("a2", second, source="Post", date="2017-01-27")])
    disputes_found = [f for f in an.findings if f.relation == "dispute"]
    assert len(disputes_found) == 1, [f.explanation for f in disputes_found]
    assert "reports: “the base and the town had been overrun" in disputes_found[0].explanation, \
        disputes_found[0].explanation
