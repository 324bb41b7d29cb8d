"""How was the site hit? (align/secondary.py): a voice saying a blast of weapons stored nearby set
the site afire, against another saying the strike hit the site itself, is a dispute (texts written
for these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

BLAST_1 = ("The Karsen defence ministry said its missiles struck hangars with Western weapons in Tel Amra on Monday, "
           "and the detonation of the stored ammunition caused a fire in a shopping centre nearby.")
BLAST_2 = ("According to the Karsen defence ministry, the shopping centre in Tel Amra was damaged on Monday due to "
           "the detonation of ammunition in adjacent warehouses.")
HIT = "Mayor Ilan Dovas said the shopping centre in Tel Amra was hit directly by Karsen missiles on Monday."


def _how_hit(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2023-06-27") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("How was")]
    return arts, found


def _shown(arts, finding) -> list[str]:
    return [arts[int(e.article[1:]) - 1].text[e.start:e.end] for e in finding.evidence]


def test_the_blast_account_is_disputed_by_the_account_of_the_site_struck() -> None:
    arts, found = _how_hit(BLAST_1, BLAST_2, HIT)
    assert len(found) == 1 and found[0].relation == "dispute", [f.explanation for f in found]
    assert _shown(arts, found[0]) == [
        "detonation of the stored ammunition caused a fire in a shopping centre",
        "shopping centre in Tel Amra was damaged on Monday due to the detonation of ammunition",
        "the shopping centre in Tel Amra was hit"], _shown(arts, found[0])
    assert found[0].explanation.startswith("How was the shopping centre hit? Outlet 1 (Karsen) and Outlet 2 (Karsen): "
                                           "a blast of stored weapons nearby"), found[0].explanation
    assert "but Outlet 3 (Ilan Dovas): the strike hit it" in found[0].explanation


def test_a_verb_of_striking_is_shown_before_a_noun() -> None:
    arts, found = _how_hit(BLAST_1, "Mayor Ilan Dovas said the Karsen attack on the shopping centre in Tel Amra on "
                                    "Monday killed 16 people. The shopping centre was hit by two missiles, he said.")
    assert len(found) == 1, [f.explanation for f in found]
    assert _shown(arts, found[0])[-1] == "The shopping centre was hit", _shown(arts, found[0])


@pytest.mark.parametrize(("blast", "other"), [
    pytest.param("The Karsen defence ministry said its drone struck fighters outside the shopping centre in Tel Amra "
                 "on Monday and that secondary explosions showed they carried explosives.", HIT, id="no-cause-told"),
    pytest.param("The Karsen defence ministry said the detonation of the stored ammunition caused a fire in a depot "
                 "in Tel Amra on Monday.", "Mayor Ilan Dovas said Karsen missiles hit the depot in Tel Amra on Monday.",
                 id="a-military-site"),
    pytest.param(BLAST_1, "Mayor Ilan Dovas said Karsen missiles hit a hospital in Tel Amra on Monday.",
                 id="another-kind-of-site-hit"),
    pytest.param("Karsen missiles struck the shopping centre in Tel Amra on Monday, and the detonation of ammunition "
                 "stored nearby caused a fire in the shopping centre.",
                 "Mayor Ilan Dovas said 16 people were killed in Tel Amra on Monday.", id="one-claim-tells-both"),
    pytest.param("The Karsen defence ministry said ammunition stored in the school exploded in Tel Amra on Monday, "
                 "causing the fire.", "Mayor Ilan Dovas said Karsen missiles hit the school in Tel Amra on Monday.",
                 id="the-weapons-were-in-the-site"),
    pytest.param("The Karsen defence ministry said the detonation of the stored ammunition caused a fire in a building "
                 "in Tel Amra on Monday.", "Mayor Ilan Dovas said Karsen missiles hit a building in Tel Amra on "
                 "Monday.", id="a-generic-building"),
    pytest.param("A Karsen drone laden with explosives detonated over a shopping centre in Tel Amra on Monday, causing "
                 "a fire, the army said.", HIT, id="the-strikes-own-explosives"),
    pytest.param("The Karsen army said its missile hit the shopping centre in Tel Amra on Monday and triggered "
                 "secondary explosions, causing a fire.", HIT, id="the-blast-voice-tells-the-hit-too"),
    pytest.param(BLAST_1, "Karsen missiles struck Tel Amra on Monday and the shopping centre was damaged, Mayor Ilan "
                 "Dovas said.", id="damaged-is-no-account-of-a-strike"),
    pytest.param(BLAST_1, "The Karsen defence ministry said the shopping centre in Tel Amra was hit on Monday as "
                 "the fire spread from the hangars.", id="the-same-voice"),
])
def test_no_dispute(blast: str, other: str) -> None:
    _, found = _how_hit(blast, other)
    assert not found, [f.explanation for f in found]
