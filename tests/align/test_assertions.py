"""What a rejection is about (align/disputes.py), on claims built from texts written here."""

from __future__ import annotations

from dataclasses import replace

import pytest

from counterpoint.align.disputes import _denies_the_act, _disputing_voice
from counterpoint.align.rejected import _countries_of_denier
from counterpoint.records import Claim
from counterpoint.align.candidates import Corpus
from counterpoint.pipeline import extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def _rejection(text: str, words: str):
    arts = [Article("a1", text, source="Wire", date="2022-01-22")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    claim = next(c for c in cx.claims if words in c.text)
    start = text.index(words)
    return cx, replace(claim, start=start, text=text[start:claim.end])  # the span the parser may give


@pytest.mark.parametrize(("text", "denies"), [
    pytest.param("The allegations were confirmed to be incorrect after a comprehensive review of the procedures "
                 "was conducted, Haddad said.", True, id="claim-noun-subject-before-the-span"),
    pytest.param("The ministry said the shelling of the market in Dar Salim was confirmed to be incorrect after a "
                 "comprehensive review of the procedures, Haddad said.", False, id="no-claim-noun-before"),
    pytest.param("The rebels, in their statement, were confirmed to be incorrect about the market in Dar Salim, "
                 "Haddad said.", False, id="a-claim-noun-in-an-aside"),
])
def test_a_rejection_whose_subject_is_the_allegations_denies_the_accusation(text: str, denies: bool) -> None:
    words = next(w for w in ("were confirmed to be incorrect", "was confirmed to be incorrect") if w in text)
    cx, claim = _rejection(text, words)
    assert _denies_the_act(cx, claim) is denies


@pytest.mark.parametrize(("text", "words", "countries"), [
    pytest.param("India launches air strike in Pakistan, Islamabad denies\n\nIndian jets struck a camp near "
                 "Balakot on Tuesday, officials said.", "Islamabad denies", {"PK"}, id="the-accused-is-not-the-denier"),
    pytest.param("Russia denied striking the railway station in Kramatorsk on Friday.", "denied striking",
                 {"RU"}, id="the-speaker-denies"),
])
def test_the_countries_a_rejection_speaks_for(text: str, words: str, countries: set[str]) -> None:
    arts = [Article("a1", text, source="Wire", date="2019-02-26")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    claim = next(c for c in cx.claims if words in c.text and c.stance in ("denied", "disputed"))
    assert _countries_of_denier(cx, claim) == countries


@pytest.mark.parametrize(("text", "words", "disputes"), [
    pytest.param("Karsen warplanes bombed the market in Dar Salim on Monday, residents said. The Karsen defence "
                 "ministry challenged that version of events.", "challenged", True, id="the-speaker-challenges"),
    pytest.param("State television repeated the ministry's baseless claim that rebels shelled the market in Dar "
                 "Salim.", "rebels shelled", False, id="the-speaker-puts-the-claim-forward"),
])
def test_whose_voice_a_disputed_claim_is(text: str, words: str, disputes: bool) -> None:
    arts = [Article("a1", text, source="Wire", date="2019-02-26")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    claim = next(c for c in cx.claims if words in c.text and c.stance == "disputed")
    assert _disputing_voice(claim) is disputes, claim


@pytest.mark.parametrize(("cue", "disputes"), [
    ("challenged", True), ("Contradicting", True), ("questions", True), ("disputing", True),
    ("questionable", False), ("challenger", False), ("cast doubt on", False), ("denied", False),
])
def test_a_disputing_voice_is_a_form_of_a_dispute_verb(cue: str, disputes: bool) -> None:
    claim = Claim("c1", "a1", 0, 10, "that claim", speaker="e1", stance="disputed", cue=cue)
    assert _disputing_voice(claim) is disputes


def test_a_voice_with_more_rejections_than_one_finding_shows_loses_none() -> None:
    """Three rejections a finding; the fourth is shown too, in a second finding or, when what it
    answers is already shown, beside the first three."""
    from counterpoint.pipeline import analyze

    text = ("Rebel commanders said their fighters captured the town of Selka on Friday. Residents said jets bombed "
            "the market in Dorva on Friday, killing 12 people. Villagers said troops withdrew from the town of Marsa "
            "on Friday. Army spokesman Idris Malane denied that rebels had "
            "captured the town of Selka. Malane denied that jets bombed the market in Dorva. Malane denied that "
            "troops shelled the village of Kessa. Malane also denied that the army had withdrawn from the town of "
            "Marsa.")
    art = Article("a1", text, source="Wire", date="2023-05-02")
    disputes = [f for f in analyze([art]).findings if f.relation == "dispute"]
    shown = {text[e.start:e.end] for f in disputes for e in f.evidence}
    assert disputes, [f.explanation for f in disputes]
    for denial in ("captured the town of Selka", "bombed the market in Dorva", "shelled the village of Kessa",
                   "withdrawn from the town of Marsa"):
        assert any(s.startswith("denied") and denial in s for s in shown), (denial, shown)


def test_a_voice_repeating_its_rejection_of_one_claim_gets_one_finding() -> None:
    from counterpoint.pipeline import analyze

    text = ("Residents said jets bombed the market in Dorva on Friday, killing 12 people. Army spokesman Idris "
            "Malane denied that jets bombed the market in Dorva. Malane denied any strike on the Dorva market. "
            "Malane again denied that the army bombed the market in Dorva. Malane denied that its jets hit the "
            "Dorva market.")
    disputes = [f for f in analyze([Article("a1", text, source="Wire", date="2023-05-02")]).findings
                if f.relation == "dispute"]
    assert len(disputes) == 1, [f.explanation for f in disputes]
    shown = [text[e.start:e.end] for e in disputes[0].evidence]
    assert any("its jets hit" in s for s in shown), shown  # the fourth denial is shown beside the first three

