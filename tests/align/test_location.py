"""Where it happened, told alike: one agreement per incident place, spelling variants named."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _placed(*texts: str) -> list[str]:
    articles = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-03-13") for i, t in enumerate(texts, 1)]
    return [f.explanation for f in analyze(articles).findings if f.relation == "agree" and "place it in" in f.explanation]


def test_three_spellings_of_the_struck_town_agree_and_the_finding_names_them() -> None:
    found = _placed("Rebels captured the town of Tel Haroun on Wednesday after heavy clashes, commanders said.",
                    "Government troops repelled a rebel assault on the town of Tell Harun on Wednesday.",
                    "The army repelled an attack by terrorist groups on Tal Haroun on Wednesday.")
    assert len(found) == 1, found
    assert "Outlet 1, Outlet 2 and Outlet 3" in found[0] and "Tell Harun" in found[0], found


@pytest.mark.parametrize(("first", "second", "said"), [
    pytest.param("The Islamic Revolutionary Guard Corps (IRGC) launched 10 ballistic missiles towards the Kurdistan "
                 "Region’s capital Erbil, killing at least four and wounding 17 others.",
                 "Four people were killed when missiles hit a house in Erbil, the capital of Iraq's Kurdistan region, "
                 "on Monday, officials said.",
                 "Outlet 1 and Outlet 2 place it in Erbil", id="towards-a-capital-named-after-its-region"),
    pytest.param("Two mortar shells fell in the Mugunga camp, west of Goma city, on Friday, killing nine people, the "
                 "army said.",
                 "Mortars hit a camp for displaced people in Goma on Friday, killing nine people, officials said.",
                 "Outlet 1 and Outlet 2 place it in or near Goma", id="beside-the-town-is-in-or-near-it"),
])
def test_an_act_aimed_at_or_beside_a_town_places_it_there(first: str, second: str, said: str) -> None:
    found = _placed(first, second)
    assert len(found) == 1 and said in found[0], found


def test_guard_a_heading_towards_a_town_does_not_place_the_act_there() -> None:
    found = _placed("Russian air defences shot down drones flying towards Moscow over the Kaluga region on Monday in a "
                    "Ukrainian drone attack, the ministry said.",
                    "A Ukrainian drone attack on Monday was repelled: drones heading towards Moscow were shot down over "
                    "the Kaluga region, officials said.")
    assert not [f for f in found if "Moscow" in f], found


def test_where_the_wounded_were_taken_and_a_messaging_app_are_not_where_it_happened() -> None:
    found = _placed("Shells hit the market in Tel Haroun on Wednesday, killing nine people. The wounded were taken "
                    "to hospitals in Qasr Dimna, the governor wrote on Telegram.",
                    "Shelling of Tel Haroun on Wednesday killed nine people; the wounded were taken to Qasr Dimna, "
                    "the ministry said on Telegram.")
    assert not [f for f in found if "Qasr Dimna" in f or "Telegram" in f], found


def test_a_victims_home_town_and_the_hospital_town_are_not_where_it_happened() -> None:
    found = _placed("A missile hit the station in Kramatorsk on Monday, killing 12 people. The wounded were taken to "
                    "a hospital in Dnipro. One of those killed was a soldier from Kharkiv.",
                    "A missile struck the station in Kramatorsk on Monday and killed 12 people; the wounded were taken "
                    "to a hospital in Dnipro. One of those killed was a soldier from Kharkiv.")
    assert len(found) == 1 and "Kramatorsk" in found[0], found


def test_an_airstrike_on_a_village_places_it_there() -> None:
    found = _placed("The number of people killed in a junta airstrike on Pazigyi village rose to 171, sources said.",
                    "A fighter jet dropped bombs on a crowd in Pazigyi village on Tuesday, killing dozens, a "
                    "witness said.")
    assert len(found) == 1 and "Outlet 1 and Outlet 2" in found[0], found


def test_an_articles_later_words_placing_it_there_are_shown_when_there_is_room() -> None:
    first = ("A drone struck a mosque in Tel Amra on Friday, killing 43 worshippers, medics said. The strike in the "
             "besieged city of Tel Amra destroyed the building.")
    second = "Forty worshippers were killed when a drone hit a mosque in Tel Amra on Friday, officials said."
    arts = [Article("a1", first, source="One", date="2025-09-19"), Article("a2", second, source="Two",
                                                                             date="2025-09-19")]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "place it in" in f.explanation]
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings]
    assert [(e.article, e.start) for e in found[0].evidence] == [
        ("a1", first.index("Tel Amra")), ("a1", first.rindex("Tel Amra")), ("a2", second.index("Tel Amra"))]


@pytest.mark.parametrize("first", [
    pytest.param("The Kramatorsk Central Prison was hit by an air strike on Monday, killing 12 inmates.",
                 id="the-struck-facility-s-name-opens-with-the-town"),
    pytest.param("An air strike hit the market area of Kramatorsk on Monday, killing 12 people.",
                 id="the-area-of-the-town"),
])
def test_words_that_set_the_act_in_the_town(first: str) -> None:
    found = _placed(first, "An air strike hit a prison in Kramatorsk on Monday, killing 12 people.")
    assert len(found) == 1 and "Outlet 1 and Outlet 2" in found[0], found


def test_an_act_verb_s_object_opening_with_the_place_sets_it_there() -> None:
    found = _placed("A missile hit Kramatorsk railway station on Friday, killing 50 people.",
                    "A missile struck a crowded platform in Kramatorsk on Friday, killing 50 people.")
    assert len(found) == 1 and "Outlet 1 and Outlet 2" in found[0], found


@pytest.mark.parametrize("first", [
    pytest.param("Artillery shelled Tel Haroun on Wednesday, killing nine people, officials said.",
                 id="the-shelled-town"),
    pytest.param("Artillery shelled Tel Haroun twice on Wednesday, killing nine people, officials said.",
                 id="an-adverb-after-the-town"),
    pytest.param("Rebel artillery struck Tel Haroun on Wednesday, killing nine people, officials said.",
                 id="an-irregular-past"),
    pytest.param("Warplanes targeted Syria's Homs province's Tel Haroun district on Wednesday, killing nine people.",
                 id="after-the-places-it-lies-in"),
])
def test_the_place_an_act_verb_hits_is_where_it_happened(first: str) -> None:
    found = _placed(first, "Shells hit the market in Tel Haroun on Wednesday, killing nine people.")
    assert len(found) == 1 and "Outlet 1 and Outlet 2" in found[0], found


@pytest.mark.parametrize("first", [
    pytest.param("A drone killed Sloviansk's deputy mayor in Kramatorsk on Monday, officials said.",
                 id="whose-victim"),
    pytest.param("Troops abandoned Sloviansk after a drone strike in Kramatorsk on Monday killed two people.",
                 id="a-withdrawal-is-no-strike"),
    pytest.param("A drone strike in Kramatorsk on Monday killed two people; the death toll Sloviansk officials "
                 "gave was lower.", id="a-toll-is-no-strike"),
    pytest.param("A drone strike in Kramatorsk on Monday killed the militia's Sloviansk commander.",
                 id="a-lowercase-possessor-is-no-place"),
])
def test_guard_a_place_no_strike_hits_is_not_where_it_happened(first: str) -> None:
    found = _placed(first, "A drone strike in Sloviansk on Monday killed two people, officials said.")
    assert not [f for f in found if "Sloviansk" in f], found


@pytest.mark.parametrize("first", [
    pytest.param("A drone struck a civilian convoy on the Sloviansk road near Kramatorsk on Monday, killing 12 "
                 "people.", id="a-road-named-after-another-town"),
    pytest.param("Shells hit the market in Kramatorsk on Monday, killing 12 people. Dozens of wounded filled "
                 "Sloviansk hospital wards after the strike.", id="the-hospital-of-another-town"),
])
def test_guard_a_place_before_a_common_facility_noun_is_not_where_it_happened(first: str) -> None:
    found = _placed(first, "A drone hit a convoy of civilian cars in Sloviansk on Monday, killing 12 people.")
    assert not [f for f in found if "Sloviansk" in f], found


def _placing_spans(*texts: str) -> set[tuple[str, str]]:
    articles = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-03-13") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(articles).findings if f.relation == "agree" and "place it in" in f.explanation]
    assert len(found) == 1, [f.explanation for f in found]
    return {(e.article, texts[int(e.article[1:]) - 1][max(0, e.start - 25):e.end]) for e in found[0].evidence}


def test_room_left_shows_other_words_setting_the_incident_there_but_not_a_speaker_s_workplace() -> None:
    spans = _placing_spans(
        "Shells hit the market in Tel Haroun on Wednesday, killing nine people. Officials said that rescuers were "
        "still recovering bodies from the debris in Tel Haroun following the explosions.",
        "Shelling of the market in Tel Haroun on Wednesday killed nine people, said Samir Aboud, a civil defence "
        "team leader in Tel Haroun.")
    texts = {t for _, t in spans}
    assert any("from the debris in Tel Haroun" in t for t in texts), spans
    assert not any("team leader in Tel Haroun" in t for t in texts), spans


def test_the_province_it_happened_in_agrees_after_the_town() -> None:
    """"in Afghanistan's eastern Paktika province" / "in the eastern Afghan province of Paktika": the
    wider place agrees too, shown after the town both name."""
    found = _placed("Jets bombed Sharana in Afghanistan's eastern Paktika province on Tuesday, killing 46 people.",
                    "Jets carried out strikes on Sharana on Tuesday in the eastern Afghan province of Paktika.")
    assert len(found) == 2 and "Sharana" in found[0] and "Paktika" in found[1], found


def test_guard_a_country_is_too_wide_to_say_where_it_happened() -> None:
    found = _placed("Jets bombed a camp in Afghanistan on Tuesday, killing 46 people.",
                    "Jets struck a camp in Afghanistan on Tuesday.")
    assert not found, found


def test_a_statement_on_the_incident_in_a_village_places_it_there_without_an_act_verb() -> None:
    """"the following statement on the incident in Nyaungbingon Village": no verb tells the act,
    but "the incident in" sets it in the village the other report names in another spelling."""
    found = _placed("NAY PYI TAW, 12 April - The Information Team released the following statement on the incident "
                    "in Nyaungbingon Village, Kanbalu Township. The Tatmadaw conducted a limited air strike on the "
                    "terrorist gathering.",
                    "Statement on the airstrike massacre in Nyaung Bin Gone village, Kanbalu Township\n\nThe junta's "
                    "jets bombed the opening ceremony in Nyaung Bin Gone village on 11 April, killing more than 160 "
                    "civilians.")
    assert any("Outlet 1 and Outlet 2 place it in" in f and "Nyaungbingon Village" in f for f in found), found


@pytest.mark.parametrize("words", ["the campaign in", "the activity at", "elders from"])
def test_guard_a_place_named_without_a_word_for_the_incident_before_it_places_nothing(words: str) -> None:
    found = _placed(f"NAY PYI TAW, 12 April - The Information Team spoke of {words} Nyaungbingon Village, Kanbalu "
                    "Township. The Tatmadaw conducted a limited air strike on the terrorist gathering.",
                    "Statement on the airstrike massacre in Nyaung Bin Gone village, Kanbalu Township\n\nThe junta's "
                    "jets bombed the opening ceremony in Nyaung Bin Gone village on 11 April, killing more than 160 "
                    "civilians.")
    assert not any("Nyaungbingon Village" in f for f in found), found
