"""Who did it, left out: articles telling of the act without naming anyone beside articles naming a
doer (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

NAMING = ("KARSEN, Jan 21 - An air strike by the Saudi-led coalition on a prison in Saada killed at least 70 people, "
          "aid groups said.")


def _who_omissions(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-01-21") for i, t in enumerate(texts, 1)]
    return [f for f in analyze(arts).findings if f.relation == "omission" and f.explanation.startswith("Who did it")]


def test_an_article_telling_the_strike_without_a_doer_leaves_out_who_did_it() -> None:
    silent = "KARSEN, Jan 21 - An air strike hit a detention centre in Saada city early on Friday, the aid agency said."
    found = _who_omissions(NAMING, silent)
    assert len(found) == 1 and list(found[0].missing_from) == ["a2"], found
    assert found[0].evidence[0].article == "a1", found


@pytest.mark.parametrize("other", [
    pytest.param("KARSEN, Jan 21 - Houthi rebels said the coalition's air strike hit a prison in Saada.",
                 id="it-names-a-doer"),
    pytest.param("KARSEN, Jan 21 - Terrorists staged attacks on a prison in Saada, the ministry said.",
                 id="a-doer-on-no-known-side-is-still-named"),
    pytest.param("KARSEN, Jan 21 - An air strike hit a market in Hodeidah early on Friday, the aid agency said.",
                 id="another-place"),
    pytest.param("KARSEN, Jan 21 - Israeli jets struck a prison in Saada early on Friday, the aid agency said.",
                 id="a-doer-the-parser-sets-beside-the-dateline"),
    pytest.param("The army said it struck a prison in Saada on Friday.", id="the-doer-speaks"),
    pytest.param("Hezbollah said it shelled a prison in Saada on Friday.", id="an-armed-group-speaks"),
    pytest.param("A suspected coalition air strike hit a prison in Saada on Friday.", id="a-word-for-a-force"),
    pytest.param("An air strike hit a prison in Saada on Friday. The Saudi-led coalition denied carrying out the "
                 "strike.", id="a-denial-names-the-accused"),
    pytest.param("An air strike killed five fishermen off the coast on Friday, the aid agency said.",
                 id="no-place-in-common"),
    pytest.param("KARSEN, Jan 21 - Air strikes may hit the prison in Saada again, the aid agency warned.",
                 id="an-act-only-feared"),
    pytest.param("KARSEN, Jan 21 - No air strike hit the prison in Saada on Friday, the aid agency said.",
                 id="an-act-said-not-to-have-happened"),
    pytest.param("KARSEN, Jan 21 - Last year an air strike hit the prison in Saada, the aid agency recalled.",
                 id="an-earlier-act"),
])
def test_guard_an_article_naming_a_doer_or_telling_another_act_leaves_out_nothing(other: str) -> None:
    assert not _who_omissions(NAMING, other)
