"""Omitted voices: a source one article quotes that no other article mentions (texts written for
these tests; fictional places and people)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

LEAD = "Shells hit the market in Dar Salim on Monday, killing 12 people."


def _voices(*texts: str) -> list[str]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-08-27") for i, t in enumerate(texts, 1)]
    return [f.explanation for f in analyze(arts).findings if f.relation == "omission" and " quotes " in f.explanation]


def test_a_source_only_one_article_quotes_is_an_omitted_voice() -> None:
    found = _voices(LEAD, LEAD + " Residents said army units were combing farmland around the town.")
    assert any("quotes Residents" in f for f in found), found


@pytest.mark.parametrize("sentence", [
    pytest.param(" No independent body has confirmed that chemical weapons were used in the area.", id="guard-a-negated-subject"),
    pytest.param(" The government has yet to condemn the attack.", id="two-words-after-a-verb"),
])
def test_no_voice(sentence: str) -> None:
    found = _voices(LEAD, LEAD + sentence)
    assert not found, found
