"""Mentions: a wire dateline's city (texts written for these tests)."""

from __future__ import annotations

import pytest

from counterpoint.extract.datelines import dateline_span, is_dateline
from counterpoint.pipeline import extract_only
from counterpoint.records import Article


@pytest.mark.parametrize("text", [
    "SANAA, Aug 9 (Reuters) - The army said",
    "Kabul, Oct. 3 (IANS) - The army said",
    "Sana'a (AsiaNews) - Saudi Arabia denies",
    "Gaza City (AP) \u2014 Israeli strikes hit",
])
def test_a_wire_dateline_opens_with_its_city(text: str) -> None:
    assert is_dateline(text, 0)


@pytest.mark.parametrize(("text", "story"), [
    ("SANAA, Aug 9 (Reuters) - The army said", "The army said"),
    ("TEL AMRA, March 4 - A local official said", "A local official said"),
    ("MOSCOW, July 29. /TASS/. The head of the centre said", "The head of the centre said"),
    ("PESHAWAR: Pakistani jets struck", "Pakistani jets struck"),
    ("Gaza City (AP) \u2014 Israeli strikes hit", "Israeli strikes hit"),
    ("Maputo, 29 Mar (AIM) - The army said", "The army said"),
    ("KARSEN, 4 March (Lusa) - The army said", "The army said"),
    ("(Nairobi, February 21, 2020) \u2013 Government forces killed", "Government forces killed"),
])
def test_a_datelines_span_ends_where_the_story_starts(text: str, story: str) -> None:
    span = dateline_span(text, 2)
    assert span is not None and text[span[1]:] == story, span


@pytest.mark.parametrize("text", [
    "Rebels said on Monday - in a statement - that",
    "Kabul, Oct. 3 (IANS) The provincial governor said: the town was calm",  # no separator: the story's colon
])
def test_guard_a_line_with_no_dateline_ending_has_no_span(text: str) -> None:
    assert dateline_span(text, 3) is None


@pytest.mark.parametrize("text", [
    "Hamas (the group) - said it",
    "Monday (local time) - the army said",
    "Friday, Aug 9 (Reuters) - The army said",
    "Palma, 29 residents said - in a statement",
    "Yesterday, 3 March (local time) - the army shelled the town",
    "Update, March 5, 2024 - the toll rose",
    "(Corrected, March 4, 2024) - the toll rose",
    "KABUL, 12 Marines were killed - officials said",
    "Nairobi, February 21, 2020) - the group said",
])
def test_guard_a_bracket_after_another_word_is_no_dateline(text: str) -> None:
    assert not is_dateline(text, 0)


@pytest.mark.model
def test_a_title_case_dateline_before_an_agency_is_a_place() -> None:
    article = Article("a1", "Tel Amra (Karsen Wire) - The army said an air strike hit the market.",
                      source="Karsen Wire", date="2021-03-05")
    mentions = extract_only([article])[0].mentions
    assert [(m.text, m.kind) for m in mentions if m.text == "Tel Amra"] == [("Tel Amra", "place")], \
        [(m.text, m.kind) for m in mentions]


@pytest.mark.parametrize(("sentence", "kept"), [
    pytest.param("Residents told Ahmed Bashir Kunar Province police about the strike.", "Ahmed Bashir",
                 id="a-person-before-a-province"),
    pytest.param("The KNU Hpapun District office said the strike hit a school.", "KNU", id="a-group-before-a-district"),
])
def test_guard_a_name_before_another_place_s_name_is_not_joined_to_it(sentence: str, kept: str) -> None:
    """Only a one-word "person" the model cut short before a lowercase place noun ("Pazi | Gyi
    village") is joined up to it; a person's or a group's name stays its own."""
    x = extract_only([Article("a1", sentence, source="Wire", date="2024-01-01")])[0]
    assert any(m.text == kept for m in x.mentions), [(m.text, m.kind) for m in x.mentions]


@pytest.mark.model
def test_a_person_s_name_the_model_cut_short_goes_on_over_the_names_after_it() -> None:
    sentence = ("Iraqi media reported that Iraqi Kurdish businessman Soran Majid Agha Zebari, CEO of Empire and "
                "Falcon Group companies, was killed in the strikes.")
    x = extract_only([Article("a1", sentence, source="Wire", date="2024-01-01")])[0]
    persons = [m.text for m in x.mentions if m.kind == "person"]
    assert persons == ["Soran Majid Agha Zebari"], [(m.text, m.kind) for m in x.mentions]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "person"), [
    pytest.param("Commander Soran Majid Peshmerga Ministry officials said the strike hit the base.", "Soran Majid",
                 id="a-body-after-the-name"),
    pytest.param("Drone Strike Kills Commander Soran Majid Near Tel Amra Base\nA drone strike killed a commander on "
                 "Monday, officials said.", "Soran Majid", id="a-title-case-headline"),
    pytest.param("Iraqi media reported that Kurdish official Soran Majid Regional Security Council chief was killed in "
                 "the strikes.", "Soran Majid", id="a-longer-run-of-capitals"),
    pytest.param("Iraqi media reported that Iraqi Kurdish businessman Soran Majid Agha Zebari Kawa Hadi, CEO of Empire, "
                 "was killed in the strikes.", "Soran Majid", id="more-than-two-names-after-it"),
])
def test_guard_a_person_s_name_goes_on_over_no_body_s_name_nor_a_headline_s_words(sentence: str, person: str) -> None:
    x = extract_only([Article("a1", sentence, source="Wire", date="2024-01-01")])[0]
    assert person in [m.text for m in x.mentions if m.kind == "person"], [(m.text, m.kind) for m in x.mentions]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    pytest.param("The Sarvan Liberation Front gave a different account. Its spokesman, Yusuf Karam, said rebel units "
                 "had entered the town.", id="an-office-before-the-name"),
    pytest.param("Ilan Dovas, commander of the Sarvan Liberation Front, said rebel units had entered the town.",
                 id="an-office-after-the-name"),
    pytest.param("Nadia Farouk, a nurse at the clinic, said 12 wounded were brought in.", id="one-person-described"),
])
def test_a_name_the_model_took_for_an_organisation_beside_an_office_or_a_person_is_a_person(text: str) -> None:
    mentions = extract_only([Article("a1", text, source="Karsen Wire", date="2024-01-01")])[0].mentions
    name = next(n for n in ("Yusuf Karam", "Ilan Dovas", "Nadia Farouk") if n in text)
    assert [m.kind for m in mentions if m.text == name] == ["person"], [(m.text, m.kind) for m in mentions]


def _uses_and_names(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    (x,) = extract_only([Article("a1", text)])
    return [(text[u.start:u.end], u.referent) for u in x.label_uses], [m.text for m in x.mentions]


@pytest.mark.parametrize("sentence, word", [
    ("Shelling hit the self-proclaimed Luhansk People's Republic on Friday.", "self-proclaimed"),
    ("Rockets fell on villages in the so-called Donetsk People's Republic overnight.", "so-called"),
    ("Missiles struck populated areas in the self-declared Artsakh on Saturday.", "self-declared"),
    ("Shells hit a school in the self-declared Kelda People's Republic on Sunday.", "self-declared"),  # an ORG
])
def test_a_loaded_modifier_before_a_places_name_labels_the_territory(sentence: str, word: str) -> None:
    uses, names = _uses_and_names(sentence)
    assert (word, "territory") in uses, uses
    assert word not in names, names  # not a name of its own, which resolve would make an entity


@pytest.mark.parametrize("sentence, word", [
    ("Fighters of the so-called Islamic State attacked the town of Tarsa.", "so-called"),
    ("Fighters of the so-called Ambazonia Defence Forces attacked the town of Tarsa.", "so-called"),
    ("Units of the so-called DPR forces shelled the town of Tarsa.", "so-called"),
    ("The self-declared Moscow-backed leader of the region said the town was calm.", "self-declared"),
    ("The self-declared commander of the militia said the town was taken.", "self-declared"),
    ("The self-proclaimed Chechnyan commander said the town was calm.", "self-proclaimed"),  # a place's name is no prefix
])
def test_guard_a_loaded_modifier_before_a_group_or_a_person_labels_no_territory(sentence: str, word: str) -> None:
    uses, names = _uses_and_names(sentence)
    assert (word, "territory") not in uses, uses
    assert word not in names, names
