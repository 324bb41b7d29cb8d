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


def test_a_negated_subject_is_nobody_s_voice() -> None:
    found = _voices(LEAD, LEAD + " No independent monitor has confirmed the toll, which officials put at 12.")
    assert not found, found


def test_a_voice_s_short_claim_is_shown_with_its_sentence() -> None:
    found = _voices(LEAD, LEAD + " Turkey, a backer of the government, called the attack a “crime against humanity”.")
    assert any("called the attack a “crime against humanity”" in f for f in found), found
