"""Framing by the verb of saying, per party (align/attribution.py): one side's account held off in
one article and passed on in another, whoever of that side speaks (texts written for these tests;
real countries, fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.align.attribution import attribution_framing_drafts
from counterpoint.align.candidates import Corpus
from counterpoint.pipeline import analyze, extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def _party_framings(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-01-17") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("How the account of")]
    return arts, found


def _shown(arts, f) -> set[tuple[str, str]]:
    return {(e.article, arts[int(e.article[1]) - 1].text[e.start:e.end]) for e in f.evidence}


def test_one_partys_account_claimed_in_one_article_and_said_in_another_through_other_voices() -> None:
    arts, found = _party_framings(
        "Missiles hit the village of Koh Dara on Tuesday, killing two children. Tehran claimed that it had launched "
        "the missiles at militant hideouts.",
        "Missiles hit Koh Dara on Tuesday. Iran's foreign minister said the missiles struck militant hideouts.")
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings if f.relation == "framing"]
    f = found[0]
    assert f.relation == "framing"
    shown = _shown(arts, f)
    assert any(a == "a1" and t.startswith("claimed that it had launched") for a, t in shown), shown
    assert any(a == "a2" and t.startswith("said the missiles struck") for a, t in shown), shown
    assert "Outlet 1 holds it off" in f.explanation and "Outlet 2 passes it on" in f.explanation, f.explanation


def test_an_account_set_off_with_in_what_it_said_was_is_held_off() -> None:
    arts, found = _party_framings(
        "Missiles hit the Koh Dara market on Tuesday, in what Pakistan said was a strike on militant hideouts.",
        "A missile hit the Koh Dara market on Tuesday. Islamabad said Iran had struck civilians.")
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings if f.relation == "framing"]
    a1 = [t for a, t in _shown(arts, found[0]) if a == "a1"]
    assert len(a1) == 1 and a1[0].startswith("in what Pakistan said was"), a1  # one span, not two overlapping


def test_one_voice_saying_py_leaves_out_is_reported_here() -> None:
    """"Tehran claimed" / "Tehran said": a capital is no voice align/saying.py compares."""
    _, found = _party_framings(
        "Missiles hit Koh Dara on Tuesday. Tehran claimed that it had launched the missiles at militant hideouts.",
        "Missiles hit Koh Dara on Tuesday. Tehran said it had launched the missiles at militant hideouts.")
    assert len(found) == 1, found


def test_guard_another_speakers_verb_is_not_the_outlets() -> None:
    _, found = _party_framings(
        "Missiles hit Koh Dara on Tuesday. A Pakistani official said Tehran claimed the missiles hit militant "
        "hideouts.",
        "Missiles hit Koh Dara on Tuesday. Iran's foreign minister said the missiles struck militant hideouts.")
    assert found == [], [f.explanation for f in found]


def test_guard_a_rebel_army_speaks_for_its_side_not_its_country() -> None:
    _, found = _party_framings(
        "Jets hit the Dar Salim market on Tuesday. The Free Syrian Army claimed that government jets had struck the "
        "market.",
        "Jets hit Dar Salim on Tuesday. Damascus said government jets struck rebel positions in Dar Salim.")
    assert found == [], [f.explanation for f in found]


def test_guard_one_voice_saying_py_compares_is_left_to_it() -> None:
    arts, found = _party_framings(
        "Rockets hit Metula on Tuesday. Hezbollah claimed that it had fired the rockets at an army post.",
        "Rockets hit Metula on Tuesday. Hezbollah said it had fired the rockets at an army post.")
    assert found == [], [f.explanation for f in found]
    assert any(f.explanation.startswith("How Hezbollah is reported") for f in analyze(arts).findings), \
        [f.explanation for f in analyze(arts).findings if f.relation == "framing"]


@pytest.mark.parametrize("second", [
    pytest.param("Missiles hit Koh Dara on Tuesday. Iran's foreign ministry said it had launched the missiles at "
                 "militant hideouts.", id="one-voice-is-saying-py-s"),
    pytest.param("Missiles hit Koh Dara on Tuesday. Iran's foreign minister said the missiles struck militant "
                 "hideouts, and Tehran claimed it had hit only militants.", id="an-article-doing-both-takes-no-side"),
])
def test_guard_no_party_framing(second: str) -> None:
    _, found = _party_framings(
        "Missiles hit the village of Koh Dara on Tuesday, killing two children. Tehran claimed that it had launched "
        "the missiles at militant hideouts.", second)
    assert found == [], [f.explanation for f in found]


def _drafts(*texts: str):
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-01-17") for i, t in enumerate(texts, 1)]
    return attribution_framing_drafts(Corpus(arts, resolve(arts, extract_only(arts), "")))


@pytest.mark.parametrize(("first", "second", "framed"), [
    pytest.param("A bomb hit a bus in Koh Dara on Tuesday. Tehran claimed the attack on the bus in a statement.",
                 "A bomb hit Koh Dara on Tuesday. Iran's foreign minister said Iran had struck the bus.", False,
                 id="claiming-the-attack-owns-it"),
    pytest.param("Shells hit the Koh Dara market on Tuesday, in what Kyiv said was Russian troops shelling the town "
                 "deliberately.", "Shells hit Koh Dara on Tuesday. Ukraine's army said Russian troops had shelled the "
                 "town.", True, id="the-said-of-in-what-holds-it-off"),
])
def test_the_verb_before_an_account_and_what_follows_it(first: str, second: str, framed: bool) -> None:
    """"Tehran claimed the attack" owns the act and tells no account of it; in "in what Kyiv said
    was ...", "said" is part of holding the account off, not a plain report beside it."""
    found = _drafts(first, second)
    assert bool(found) is framed, [d.explanation for d in found]


def test_guard_a_nationality_is_no_party() -> None:
    """"Syrian rescue workers" and "Syrian state media" are both Syrian, and on opposite sides."""
    _, found = _party_framings(
        "Jets hit the Dar Salim market on Tuesday. Syrian rescue workers claimed that government jets had struck the "
        "market.",
        "Jets hit Dar Salim on Tuesday. Syrian state media said government jets struck rebel positions in Dar Salim.")
    assert found == [], [f.explanation for f in found]



def test_state_media_opening_a_sentence_is_a_voice_not_a_verb_of_saying() -> None:
    """"State media in Iran said ...": the capitalised "State" is no verb "state" governing "said"."""
    _, found = _party_framings(
        "Missiles hit Koh Dara on Tuesday. Tehran claimed that it had launched the missiles at militant hideouts.",
        "Missiles hit Koh Dara on Tuesday. State media in Iran said its missiles struck militant hideouts.")
    assert len(found) == 1, found
