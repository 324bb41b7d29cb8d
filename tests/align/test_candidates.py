"""Which articles are compared: blocking on the places they name (texts written here)."""

from __future__ import annotations

import pytest

from counterpoint.align.candidates import Corpus
from counterpoint.align.corpus_spans import headline_end
from counterpoint.pipeline import extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def _peers(*texts: str) -> dict[str, tuple[str, ...]]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-07-29") for i, t in enumerate(texts, 1)]
    return Corpus(arts, resolve(arts, extract_only(arts), "")).peers


def test_articles_naming_different_located_towns_are_not_compared() -> None:
    peers = _peers("Rockets hit the railway station in Kramatorsk on Friday, officials said.",
                   "A blast hit the prison in Olenivka in Donetsk region on Friday, officials said.")
    assert peers["a1"] == () and peers["a2"] == (), peers


def test_an_article_whose_only_town_the_gazetteer_cannot_place_is_compared_with_all() -> None:
    """'Yelenovka' (the Russian form of Olenivka) is unknown to the gazetteer: no evidence of
    another place, so the article is compared like one naming no town."""
    peers = _peers("A blast hit the prison in Yelenovka on Friday, Russian officials said.",
                   "A blast hit the prison in Olenivka in Donetsk region on Friday, Ukrainian officials said.")
    assert peers["a1"] == ("a2",) and peers["a2"] == ("a1",), peers


def test_two_articles_naming_only_towns_the_gazetteer_cannot_place_meet_only_on_a_shared_name() -> None:
    peers = _peers("Jets struck the market in Togoga on Tuesday, residents said.",
                   "Jets struck the market in Hawzien on Tuesday, residents said.",
                   "Jets struck the market in Togoga on Tuesday, the army said.")
    assert peers["a1"] == ("a3",) and peers["a2"] == (), peers


def _dated_peers(first: tuple[str, str], second: tuple[str, str]) -> tuple[str, ...]:
    arts = [Article("a1", first[0], source="One", date=first[1]), Article("a2", second[0], source="Two", date=second[1])]
    return Corpus(arts, resolve(arts, extract_only(arts), "")).peers["a1"]


@pytest.mark.parametrize(("later", "compared"), [
    pytest.param(("New details emerged about the incident in Kramatorsk on April 8, witnesses said.", "2022-06-20"),
                 True, id="a-follow-up-naming-the-day"),
    pytest.param(("The 2022 strike on the station in Kramatorsk was a war crime, a report said.", "2023-05-15"),
                 True, id="a-look-back-naming-the-year"),
    pytest.param(("Shelling hit the station in Kramatorsk again, officials said.", "2022-06-20"),
                 False, id="weeks-later-naming-neither"),
])
def test_a_later_article_is_compared_when_it_names_the_incidents_day_or_year(
        later: tuple[str, str], compared: bool) -> None:
    first = ("A missile hit the railway station in Kramatorsk on Friday, killing 50 people, officials said.", "2022-04-08")
    assert (_dated_peers(first, later) == ("a2",)) is compared


@pytest.mark.parametrize(("text", "headline"), [
    ("Strike hits Dar Salim market\nThe army denies it\n\nForty people died.",
     "Strike hits Dar Salim market\nThe army denies it"),
    ("Strike hits Dar Salim market\n\nForty people died.", "Strike hits Dar Salim market"),
    ("Strike hits Dar Salim market\nForty people died on Monday, medics said.\nThe army denied it.",
     "Strike hits Dar Salim market"),
    ("Forty people died in Dar Salim.\nThe army denied it", ""),
    ("Strike on Dar Salim\nA missile killed 34 people in Dar Salim on Sunday, in what the mayor called ‘a war crime’"
     "\nMore.", "Strike on Dar Salim"),
    ("Strike on Dar Salim\nWho fired the missile?\nMore.", "Strike on Dar Salim"),
    ("Strike hits Dar Salim market", ""),
])
def test_a_headline_is_its_first_short_line_and_the_subheading_under_it(text: str, headline: str) -> None:
    assert text[:headline_end(text)] == headline


def test_a_capital_abroad_where_a_statement_was_made_does_not_keep_an_article_from_the_incident() -> None:
    """The third article names only Washington, where the Pentagon spoke: it is still compared
    with the two reports from Kabul."""
    peers = _peers(
        "A drone strike hit a car in Kabul on Sunday, killing 10 people, relatives said.",
        "Relatives in Kabul said the drone strike on Sunday killed 10 members of one family.",
        "The Pentagon said in Washington that Sunday's drone strike had killed a suicide bomber.",
    )
    assert set(peers["a3"]) == {"a1", "a2"}, peers


@pytest.mark.parametrize("text, name", [
    ("Rwanda said on Saturday that its army had not fired on the camp.", "Rwanda"),
    ("Kigali said on Saturday that its army had not fired on the camp.", "Kigali"),
])
def test_a_country_or_its_capital_speaking_speaks_for_its_government(text: str, name: str) -> None:
    arts = [Article("a1", text + " The Rwandan army said the camp was shelled by the FDLR.", source="Wire",
                    date="2024-05-04")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    country = next(e for e in cx.res.entities if e.name == name)
    army = next(e for e in cx.res.entities if e.kind == "actor" and e.side)  # "the Rwandan army"
    assert cx.voice_sides(country.id) and cx.voice_sides(country.id) == cx.voice_sides(army.id)


def _spokesman_of_delu(text: str) -> set[str]:
    arts = [Article("a1", text, source="Agency", date="2021-03-03")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    delu = next(e for e in cx.entity.values() if e.name.endswith("Omar Delu"))
    return {cx.entity[g].name for g in cx.spokesman_of.get(delu.id, ())}


@pytest.mark.parametrize("text", [
    "Speaking in Tel Amra, the Ministry of Defence spokesperson, Colonel Omar Delu, said the attack had failed.",
    "Speaking in Tel Amra, the Ministry of Defence spokesperson, Brigadier General Omar Delu, said the attack failed.",
    "Ministry of Defence spokesperson Omar Delu said the attack had failed.",
    # ranks written short or joined
    "Speaking in Tel Amra, the Ministry of Defence spokesperson, Lt. Col. Omar Delu, said the attack had failed.",
    "Speaking in Tel Amra, the Ministry of Defence spokesperson, Brigadier-General Omar Delu, said the attack failed.",
])
def test_a_post_before_a_comma_and_a_rank_names_whom_the_spokesman_speaks_for(text: str) -> None:
    assert _spokesman_of_delu(text) == {"Ministry of Defence"}


@pytest.mark.parametrize("text", [
    # a list, not a title
    "The Ministry of Defence spokesperson, residents and Omar Delu said the attack had failed.",
    # a capitalised post that is no rank: he is not the ministry's
    "In a rebuttal to the Ministry of Defence spokesman, Opposition Leader Omar Delu said the attack failed.",
])
def test_guard_a_post_before_a_comma_and_words_that_are_no_ranks_names_no_group(text: str) -> None:
    assert _spokesman_of_delu(text) == set()
