"""Place names the model leaves untagged are offered to the gazetteer by their position (texts
written here; real town names so the packaged gazetteer can place them)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _places(*texts: str) -> dict[str, set[str]]:
    an = analyze([Article(f"a{i}", t, source=f"Outlet {i}", date="2022-04-08") for i, t in enumerate(texts, 1)])
    return {e.name: {m.article for m in e.mentions} for e in an.entities if e.kind == "place" and e.geo is not None}


@pytest.mark.parametrize("sentence", [
    "Ukrainian officials said rockets hit Donetsk on Monday, killing five civilians.",
    "The missile hit the station in Kiev-controlled Donetsk on Monday, the ministry said.",
])
def test_a_town_struck_or_named_where_a_place_stands_is_a_place_the_model_missed(sentence: str) -> None:
    assert "Donetsk" in _places(sentence), _places(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    ("There were also air strikes in Sana’a last night, including at the airport.", "Sanaa"),
    ("Shelling hit the market in Ta'izz on Sunday, residents said.", "Ta'izz"),
])
def test_a_name_written_with_an_apostrophe_where_a_place_stands_is_a_place(sentence: str, name: str) -> None:
    places = _places(sentence)
    assert any(name.lower().replace("'", "") in p.lower().replace("'", "").replace("’", "") for p in places), places


@pytest.mark.parametrize("sentence", [
    "Ukrainian officials said they met Donetsk Shakhtar fans on Monday.",  # not where a place stands
    "Donetsk fans cheered, Ukrainian officials said.",  # sentence start: no context to go on
])
def test_a_name_out_of_a_places_position_is_left_alone(sentence: str) -> None:
    assert "Donetsk" not in _places(sentence)


def test_one_name_the_articles_share_is_the_town_the_article_naming_its_province_places() -> None:
    """Three Olenivkas in Ukraine: only one article names Donetsk region, and it settles all."""
    an = analyze([
        Article("a1", "Russian officials said the blast at the prison in Olenivka in Donetsk region killed 50 "
                      "prisoners.", source="Outlet 1", date="2022-07-29"),
        Article("a2", "Ukrainian officials said the prison in Olenivka was blown up by Russian forces.",
                source="Outlet 2", date="2022-07-29"),
    ])
    olenivka = [e for e in an.entities if e.kind == "place" and e.name == "Olenivka"]
    assert len(olenivka) == 1 and olenivka[0].geo is not None and olenivka[0].geo.admin1 == "Donetsk", olenivka
    assert {m.article for m in olenivka[0].mentions} == {"a1", "a2"}, olenivka


def test_a_month_after_in_is_no_place() -> None:
    assert "March" not in _places("Skirmishes followed deadly air strikes in March by the army near the border.")


def test_a_name_before_a_division_noun_joins_its_other_spelling_with_the_division_word() -> None:
    """'the Barmal district' (untagged) and 'Bermal district': one district the gazetteer does not know."""
    an = analyze([
        Article("a1", "Pakistan bombarded four areas in the Barmal district of eastern Paktika province, the "
                      "Taliban said.", source="Outlet 1", date="2024-12-25"),
        Article("a2", "The strikes hit targets in the Bermal district of Afghanistan's Paktika province.",
                source="Outlet 2", date="2024-12-25"),
    ])
    district = [e for e in an.entities if e.kind == "place" and any(m.text.startswith("B") and "rmal" in m.text
                                                                      for m in e.mentions)]
    assert len(district) == 1 and {m.article for m in district[0].mentions} == {"a1", "a2"}, district


def test_a_name_beside_alias_is_a_person_not_a_town() -> None:
    an = analyze([Article("a1", "The strikes killed commanders Akhtar Muhammad alias Khalil and Izhar alias Hamza "
                                "in Paktika, officials said.", source="Outlet 1", date="2024-12-25")])
    kinds = {m.text: e.kind for e in an.entities for m in e.mentions}
    assert kinds.get("Khalil") == "person" and kinds.get("Izhar") == "person", kinds


def test_a_village_s_name_spelled_three_ways_before_a_place_noun_is_one_place() -> None:
    """"Pa Zi Gyi Village" (three words, then a capitalised place noun), "Pazi Gyi village" (the
    model tags "Pazi" a person) and "Bazigyi Village" name one unlocated village."""
    an = analyze([
        Article("a1", "A huge explosion occurred in Bazigyi Village located in Kanbalu on Tuesday.", source="Outlet 1",
                date="2023-04-11"),
        Article("a2", "A regime jet fighter bombed Pa Zi Gyi Village in Kanbalu Township on Tuesday.", source="Outlet 2",
                date="2023-04-11"),
        Article("a3", "Military aircraft strafed Pazi Gyi village in central Myanmar on Tuesday.", source="Outlet 3",
                date="2023-04-11")])
    village = [e for e in an.entities if e.kind == "place" and any("zi" in m.text.lower() for m in e.mentions)]
    assert len(village) == 1 and {m.article for m in village[0].mentions} == {"a1", "a2", "a3"}, \
        [(e.name, [(m.article, m.text) for m in e.mentions]) for e in village]


@pytest.mark.parametrize(("sentence", "name"), [
    ("The airstrike in the Dasht-e-Archi district of Kunduz province killed more than 30 people.", "Dasht-e-Archi"),
    ("Government helicopters attacked a madrassa in Dasht-e-Archi on Monday, officials said.", "Dasht-e-Archi"),
    ("Fighting continued in Mazar-i-Sharif on Monday, officials said.", "Mazar-i-Sharif"),
])
def test_a_name_of_parts_joined_by_hyphens_is_one_place(sentence: str, name: str) -> None:
    """The tokenizer splits "Dasht-e-Archi" at its hyphens, and the last part alone ("Archi") is
    another village: the whole name is the place."""
    an = analyze([Article("a1", sentence, source="Outlet 1", date="2018-04-02")])
    texts = {m.text for e in an.entities if e.kind == "place" for m in e.mentions}
    assert name in texts and name.split("-")[-1] not in texts and name.split("-")[0] not in texts, texts


@pytest.mark.parametrize("sentence", [
    "A pro-Russian militia shelled Donetsk on Monday, officials said.",
    "Officials said the Kunduz-based unit was hit in Kunduz on Monday.",
    "Refugees who fled the fighting in ex-Yugoslavia arrived on Monday.",
])
def test_guard_a_hyphen_joined_word_that_is_no_name_stays_out(sentence: str) -> None:
    an = analyze([Article("a1", sentence, source="Outlet 1", date="2018-04-02")])
    texts = {m.text for e in an.entities for m in e.mentions}
    assert not any("-" in t for t in texts), texts


@pytest.mark.parametrize("noun", ["area", "neighbourhood"])
def test_a_name_before_area_or_neighbourhood_is_a_place_another_spelling_joins(noun: str) -> None:
    """"in the Dasht-e-Archi area": the model tags nothing; the word after it marks a place, which
    joins the other article's "Dasht-i-Archi" (the Persian ezafe written two ways)."""
    an = analyze([Article("a1", f"Jets struck two bases in the Dasht-e-Archi {noun} of the province on Tuesday.",
                          source="Outlet 1", date="2024-01-17"),
                  Article("a2", "Missiles hit Dasht-i-Archi on Tuesday, officials said.", source="Outlet 2",
                          date="2024-01-17")])
    places = [{m.text for m in e.mentions} for e in an.entities if e.kind == "place"]
    assert any({"Dasht-i-Archi"} < p and any(t.startswith("Dasht-e-Archi") for t in p) for p in places), places
