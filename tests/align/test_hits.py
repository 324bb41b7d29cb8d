"""Did the fire hit? A claim of direct hits against an account of rockets falling in open areas
(align/hits.py), on texts written here."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

CLAIM = ("Statement of the Karsen Front\n\nOur fighters targeted the Tel Amra barracks with a large rocket salvo at "
         "4 pm on Thursday, achieving direct hits.")
ARMY = ("TEL AMRA, March 7 - About 20 rockets were fired from across the border at the Tel Amra barracks on "
        "Thursday, the army said. Most of the rockets were intercepted and the remainder fell in open areas, it "
        "said. No injuries were reported.")


def _hits(*texts: str) -> list[tuple[str, list[tuple[str, str]]]]:
    arts = [Article(f"a{i + 1}", t, source=f"Outlet {i + 1}", date="2024-03-07") for i, t in enumerate(texts)]
    text = {a.id: a.text for a in arts}
    return [(f.explanation, [(e.article, text[e.article][e.start:e.end]) for e in f.evidence])
            for f in analyze(arts).findings
            if f.relation == "contradict" and f.explanation.startswith("Did the fire hit")]


def test_a_claim_of_direct_hits_and_rockets_falling_in_open_areas_contradict() -> None:
    found = _hits(CLAIM, ARMY)
    assert len(found) == 1, found
    assert ("a1", "direct hits") in found[0][1] and ("a2", "fell in open areas") in found[0][1], found


def test_inside_one_article_two_voices_accounts_contradict() -> None:
    """A wire telling the group's claim of direct hits and the army's account of the rest falling in
    open ground."""
    wire = ("TEL AMRA, March 7 - The group said it fired rockets at the Tel Amra barracks on Thursday, claiming "
            "\"direct hits\". The army said about 20 rockets were fired, most of which were intercepted, with the "
            "rest falling in open ground.")
    found = _hits(wire)
    assert len(found) == 1 and {a for a, _ in found[0][1]} == {"a1"} and len(found[0][1]) == 2, found


@pytest.mark.parametrize("claim", [
    CLAIM.replace("achieving direct hits", "though no direct hits were reported"),
    CLAIM.replace("achieving direct hits", "and it was unclear whether there were direct hits"),
])
def test_guard_a_hit_no_one_claims_contradicts_nothing(claim: str) -> None:
    assert _hits(claim, ARMY) == []


def test_guard_one_voices_hits_and_misses_are_no_contradiction() -> None:
    """The army saying some rockets fell in open areas and others hit their targets tells of two kinds."""
    army = ARMY + " The army's own artillery hit their targets across the border, it said."
    assert _hits(army) == []


def test_guard_the_outlets_own_words_of_hits_and_misses_are_one_voice() -> None:
    report = ("TEL AMRA, March 7 - Rockets fired at the Tel Amra barracks on Thursday hit their targets in the "
              "north, while others fell in open areas near the border.")
    assert _hits(report) == []


def test_guard_a_miss_someone_denies_is_no_account_of_a_miss() -> None:
    residents = ("TEL AMRA, March 7 - Residents of Tel Amra denied that the rockets fell in open areas on Thursday, "
                 "saying the barracks was hit.")
    assert _hits(CLAIM, residents) == []
