"""Who did it: each side's words, and an article's second telling when there is room (texts
written for these tests; real sides, since who fights whom is data)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from counterpoint.align.perpetrators import asserted_account
from counterpoint.align.selection import more_of_each
from counterpoint.pipeline import analyze
from counterpoint.records import Article


@dataclass(frozen=True)
class _Item:
    article: str
    start: int
    end: int


def test_more_of_each_adds_second_items_of_each_article_in_turn_up_to_the_room() -> None:
    side_a = [_Item("a1", 0, 20), _Item("a1", 50, 60), _Item("a1", 90, 99), _Item("a2", 0, 9)]
    side_b = [_Item("a3", 0, 9), _Item("a3", 40, 49)]
    chosen = [side_a[0], side_a[3], side_b[0]]
    assert more_of_each(chosen, [side_a, side_b], 2) == [_Item("a1", 50, 60), _Item("a3", 40, 49)]
    assert more_of_each(chosen, [side_a, side_b], 5) == [_Item("a1", 50, 60), _Item("a3", 40, 49),
                                                         _Item("a1", 90, 99)]
    assert more_of_each(chosen, [side_a, side_b], 0) == []


def test_more_of_each_skips_an_item_overlapping_one_already_shown() -> None:
    side = [_Item("a1", 0, 20), _Item("a1", 4, 60), _Item("a1", 70, 80)]
    assert more_of_each([side[0]], [side], 3) == [_Item("a1", 70, 80)]


@pytest.mark.model
def test_an_article_telling_who_did_it_twice_in_other_words_is_shown_both_times() -> None:
    first = ("The Ukrainian military fired a rocket at the railway station in Kramatorsk on Friday, the Russian "
             "defence ministry said. It added that Ukrainian forces had fired from the west of the city.")
    second = "Russian invaders attacked the railway station in Kramatorsk on Friday, Ukrainian officials said."
    arts = [Article("a1", first, source="One", date="2022-04-08"),
            Article("a2", second, source="Two", date="2022-04-08")]
    found = [f for f in analyze(arts).findings
             if f.relation == "contradict" and f.explanation.startswith("Who did it")]
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings]
    shown = [(e.article, (first if e.article == "a1" else second)[e.start:e.end]) for e in found[0].evidence]
    assert [w.split(" fired")[0] for a, w in shown if a == "a1"] == ["Ukrainian military", "Ukrainian forces had"], \
        shown
    assert "Ukrainian forces" not in found[0].explanation  # the sentence names each article's first words


@pytest.mark.model
@pytest.mark.parametrize(("blame", "account"), [
    pytest.param("The ministry claimed that Russia was behind the attack on the station in Kramatorsk on Friday.",
                 True, id="behind-the-attack"),
    pytest.param("Officials blamed Russia for the strike on the station in Kramatorsk on Friday.", True,
                 id="blamed-for"),
    pytest.param("After the missiles hit the station in Kramatorsk on Friday, officials blamed the strike on "
                 "Russia.", True, id="blamed-on"),
    pytest.param("An adviser said all signs pointed to Russia's responsibility for the strike on the station in "
                 "Kramatorsk on Friday.", True, id="responsibility"),
    pytest.param("The ministry said Russia is responsible for this tragedy at the station in Kramatorsk on Friday.",
                 False, id="a-moral-responsibility-for-a-tragedy"),
    pytest.param("An adviser spoke of Russia's responsibility as the occupying power after the strike on the station "
                 "in Kramatorsk on Friday.", False, id="a-responsibility-that-is-no-act"),
])
def test_a_voice_holding_a_side_responsible_for_the_act_is_an_account_of_who_did_it(blame: str,
                                                                                  account: bool) -> None:
    other = "The Ukrainian military fired a rocket at the railway station in Kramatorsk on Friday, the ministry said."
    arts = [Article("a1", blame, source="One", date="2022-04-08"), Article("a2", other, source="Two",
                                                                            date="2022-04-08")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and f.explanation.startswith("Who did")]
    assert bool(found) is account, [f.explanation for f in found]
    if account:
        assert any(e.article == "a1" and "Russia" in blame[e.start:e.end] for e in found[0].evidence), found[0]


def test_the_place_struck_before_on_is_not_who_is_blamed() -> None:
    from counterpoint.align.perpetrators import _BLAME

    found = [m.group("who4") for m in _BLAME.finditer("Hamas blamed the strike on Gaza City on Israel.")]
    assert found == ["Israel"], found
    assert [m.group("who4") for m in _BLAME.finditer("Officials blamed the attack on Russia, the agency said.")] \
        == ["Russia"]


@pytest.mark.model
@pytest.mark.parametrize(("other", "clash"), [
    pytest.param("Turkish forces shelled the resort near Zakho on Wednesday, killing nine tourists, officials said.",
                 True, id="the-state-s-forces-against-a-group-of-the-same-country"),
    pytest.param("Rebel fighters had gathered at the resort near Zakho on Wednesday when they were attacked.",
                 False, id="a-group-attacked-is-no-doer"),
    pytest.param("Those PKK members at the resort near Zakho died on Wednesday, the group said.", False,
                 id="a-group-whose-members-died-is-no-doer"),
    pytest.param("The resort near Zakho burned on Wednesday as Turkish forces had started a big offensive nearby.",
                 False, id="a-campaign-is-not-the-incident-s-act"),
    pytest.param("Officials said Turkish forces were planning more attacks on resorts near Zakho on Wednesday.",
                 False, id="a-planned-act-is-not-done"),
    pytest.param("Turkish forces shelled the resort near Zakho on Wednesday, killing a man attempting to flee, "
                 "officials said.", True, id="a-victim-attempting-to-flee"),
    pytest.param("Turkish forces, attempting to hit PKK fighters, shelled the resort near Zakho on Wednesday, "
                 "officials said.", True, id="a-doer-attempting-something-else"),
    pytest.param("Turkish artillery strikes hit the resort near Zakho on Wednesday, killing nine tourists, officials "
                 "said.", True, id="plural-strikes-that-hit-the-place"),
    pytest.param("Turkish bombardments against the resort near Zakho on Wednesday killed nine tourists, officials "
                 "said.", True, id="plural-bombardments-against-the-place"),
    pytest.param("Turkish forces regularly shell the resort near Zakho, officials said on Wednesday.", False,
                 id="a-run-of-acts-is-not-the-incident"),
    pytest.param("On Wednesday officials condemned the Turkish attacks against the resort near Zakho days earlier.",
                 False, id="guard-plural-acts-dated-earlier"),
    pytest.param("On Wednesday officials condemned the Turkish attack on the resort near Zakho the previous day.",
                 False, id="an-act-dated-the-day-before"),
    pytest.param("Turkish forces shelled the resort near Zakho on Wednesday, killing nine tourists, amid ongoing "
                 "clashes, officials said.", True, id="ongoing-clashes-around-the-act"),
    pytest.param("Iraqi officials condemned the Turkish attack on the resort near Zakho last week, which killed "
                 "nine tourists.", True, id="guard-last-week-said-of-the-incident"),
    pytest.param("Two Turkish artillery strikes hit the resort near Zakho on Wednesday, killing nine tourists, "
                 "officials said.", True, id="the-incident-s-own-few-strikes"),
    pytest.param("Turkish airstrikes killed nine tourists on Wednesday at a popular resort near Zakho, officials "
                 "said.", True, id="plural-strikes-that-killed-a-count"),
    pytest.param("Turkish forces often shell the resort near Zakho, officials said on Wednesday.", False,
                 id="often-a-run-of-acts"),
    pytest.param("Turkish airstrikes killed 300 PKK militants near Zakho this year, officials said on Wednesday.",
                 False, id="plural-strikes-that-killed-a-tally"),
    pytest.param("Officials near Zakho said on Wednesday that Turkish strikes hit a new high this year.", False,
                 id="plural-strikes-hitting-no-place-or-thing"),
    pytest.param("Officials said on Wednesday that Turkish forces have conducted 50 artillery strikes on the resort "
                 "near Zakho this year.", False, id="a-count-of-acts"),
])
def test_accounts_of_one_country_s_state_and_an_armed_group_fighting_it_are_rival_accounts(other: str,
                                                                                           clash: bool) -> None:
    first = "The attack on the resort near Zakho on Wednesday was carried out by PKK terrorists, security sources said."
    arts = [Article("a1", first, source="One", date="2022-07-20"),
            Article("a2", other, source="Two", date="2022-07-20")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and f.explanation.startswith("Who did")]
    assert bool(found) is clash, [f.explanation for f in analyze(arts).findings]
    agree = [f for f in analyze(arts).findings if f.relation == "agree" and "same side" in f.explanation]
    assert not agree, [f.explanation for f in agree]


@pytest.mark.model
def test_a_rejection_of_false_news_that_one_side_did_it_answers_that_account_not_the_rival_one() -> None:
    first = "Turkish forces shelled the resort near Zakho on Wednesday, killing nine tourists, officials said."
    second = ("Security sources said pro-PKK media outlets started spreading false news claiming that the attack "
              "on the resort near Zakho on Wednesday was carried out by the Turkish military.")
    third = ("The deadly attack on the resort near Zakho on Wednesday was carried out by PKK terrorists, the "
             "governor of the province said.")
    texts = (first, second, third)
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-07-20") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.relation == "dispute" and "false news" in f.explanation]
    assert found, [f.explanation for f in analyze(arts).findings]
    shown = [(e.article, texts[int(e.article[1]) - 1][e.start:e.end]) for e in found[0].evidence]
    assert any(a == "a1" for a, _ in shown), shown
    assert not any("PKK terrorists" in t for _, t in shown), shown


@pytest.mark.model
def test_a_word_naming_two_fighting_sides_joins_no_account() -> None:
    """"Yemeni shelling" may be the government's or the Houthis': it neither agrees with one
    account nor merges the two into one."""
    texts = ("Houthi rebels shelled the market in Taiz on Monday, killing ten people, officials said.",
             "Yemeni government forces shelled the market in Taiz on Monday, killing ten people, the rebels said.",
             "Ten people were killed in Yemeni shelling of the market in Taiz on Monday.")
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2019-01-07") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("Who did")]
    assert [f.relation for f in found] == ["contradict"], [f.explanation for f in found]
    assert not any(e.article == "a3" for e in found[0].evidence), found[0].evidence


@pytest.mark.model
def test_a_rejection_saying_what_really_happened_still_disputes_the_account_it_rejects() -> None:
    first = "Israeli jets struck the hospital in Tel Amra on Tuesday, killing 300 people, the health ministry said."
    second = ("A government spokesman dismissed the reports as false news, saying that the strike on the hospital in "
              "Tel Amra on Tuesday was carried out by Palestinian Islamic Jihad.")
    arts = [Article("a1", first, source="One", date="2023-10-17"), Article("a2", second, source="Two",
                                                                            date="2023-10-17")]
    found = [f for f in analyze(arts).findings if f.relation == "dispute"]
    assert any(any(e.article == "a1" for e in f.evidence) for f in found), [f.explanation for f in found]


@pytest.mark.model
def test_a_group_taking_credit_for_the_attack_is_its_doer() -> None:
    texts = ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) has taken credit for the attack on the town of Dar Salim on "
             "Saturday, which killed 200 people.",
             "JNIM fighters attacked the town of Dar Salim on Saturday, killing 200 people, a witness said.")
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-08-26") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.explanation.startswith("Who did")]
    assert [f.relation for f in found] == ["agree"], [f.explanation for f in found]
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}


@pytest.mark.model
@pytest.mark.parametrize("first, clash", [
    pytest.param("The resort near Zakho was hit by a drone operated by the PKK on Wednesday, killing nine tourists.",
                 True, id="hit-by-a-drone-operated-by-a-group"),
    pytest.param("Nine tourists died at the resort near Zakho on Wednesday. Turkish forces later shot down a drone "
                 "belonging to the PKK.", False, id="a-drone-that-did-not-strike"),
    pytest.param("The bombing of a house belonging to the PKK near Zakho on Wednesday killed nine tourists.", False,
                 id="the-owner-of-what-was-struck"),
])
def test_whose_carrier_struck_is_who_did_it(first: str, clash: bool) -> None:
    second = "Turkish forces shelled the resort near Zakho on Wednesday, killing nine tourists, officials said."
    arts = [Article("a1", first, source="One", date="2022-07-20"), Article("a2", second, source="Two", date="2022-07-20")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and f.explanation.startswith("Who did")]
    assert bool(found) is clash, [f.explanation for f in analyze(arts).findings]


@pytest.mark.model
@pytest.mark.parametrize("first, clash", [
    pytest.param("A drone belonging to the Rapid Support Forces struck the mosque in Dar Salim on Friday, killing 40 "
                 "worshippers.", True, id="a-drone-belonging-to-a-group"),
    pytest.param("A drone struck the mosque in Dar Salim on Friday, killing 40 worshippers, and the Rapid Support Forces "
                 "were blamed by residents.", False, id="guard-a-carrier-with-no-owner-named-beside-it"),
])
def test_whose_drone_it_was_is_who_did_it(first: str, clash: bool) -> None:
    second = ("A Sudanese army drone strike hit the mosque in Dar Salim on Friday, killing 40 worshippers, the "
              "paramilitary group said.")
    arts = [Article("a1", first, source="One", date="2025-09-19"), Article("a2", second, source="Two", date="2025-09-19")]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and f.explanation.startswith("Who did")]
    assert bool(found) is clash, [f.explanation for f in analyze(arts).findings]


@pytest.mark.model
@pytest.mark.parametrize("doer, clash", [
    pytest.param("Ukraine", True, id="a-country-that-struck-is-its-state-s-forces"),
    pytest.param("Syria", False, id="a-country-allied-with-the-other-account-s-doer"),
])
def test_a_country_named_as_the_doer_of_the_act_is_an_account_of_who_did_it(doer: str, clash: bool) -> None:
    texts = (f"{doer} struck the detention centre in Olenivka overnight, killing 50 prisoners, the ministry said.",
             "Russian forces shelled the detention centre in Olenivka overnight, killing 50 prisoners, officials said.")
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-07-29") for i, t in enumerate(texts, 1)]
    found = [f for f in analyze(arts).findings if f.relation == "contradict" and f.explanation.startswith("Who did")]
    assert bool(found) is clash, [f.explanation for f in analyze(arts).findings]


def test_blame_on_a_group_named_with_its_acronym_and_a_group_noun() -> None:
    from counterpoint.align.perpetrators import _BLAME
    text = "The army on Sunday blamed the Islamic State (IS) militant group for the killing of dozens of civilians."
    found = [next(g for g in m.groups() if g) for m in _BLAME.finditer(text)]
    assert found == ["Islamic State"], found


def test_the_country_leading_the_ones_who_struck_is_named_before_the_act() -> None:
    from counterpoint.align.perpetrators import _front_countries
    assert _front_countries("a reported US-led ") == {"US"}
    assert _front_countries("a US-backed ") == set()  # a backer is not who struck


def _who_did_it_clashes(texts: tuple[str, ...], date: str) -> list:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date=date) for i, t in enumerate(texts, 1)]
    return [f for f in analyze(arts).findings if f.relation == "contradict" and f.explanation.startswith("Who did")]


@pytest.mark.model
def test_a_munition_whose_country_is_named_before_the_verb_that_struck_names_the_doer() -> None:
    found = _who_did_it_clashes(
        ("A Russian missile hit the railway station in Tel Amra on Friday, killing 50 people.",
         "The Ukrainian military fired a rocket at the railway station in Tel Amra on Friday, killing 50 people, "
         "the ministry said."), "2022-04-08")
    assert found and any(e.article == "a1" for e in found[0].evidence), [f.explanation for f in found]


@pytest.mark.model
@pytest.mark.parametrize("texts, date", [
    pytest.param(("Army Wipes Out 60 Ukrainian Troops With Precise Iskander Missile Strike On Tel Amra\n\n"
                  "Russian forces hit a meeting of commanders in Tel Amra on Sunday, the ministry said.",
                  "A Russian missile strike hit Tel Amra on Sunday, killing 35 people, officials said."),
                 "2025-04-13", id="the-victims-before-a-capitalised-with-did-not-fire"),
    pytest.param(("Ukraine suffered its deadliest strike of the month when the detention centre in Olenivka was hit "
                  "overnight, killing 50 prisoners.",
                  "Russian forces shelled the detention centre in Olenivka overnight, killing 50 prisoners, officials "
                  "said."), "2022-07-29", id="a-country-that-suffered-the-strike-did-not-strike"),
])
def test_guard_words_that_name_who_bore_the_strike_are_no_account_of_who_did_it(texts: tuple[str, ...],
                                                                                date: str) -> None:
    found = _who_did_it_clashes(texts, date)
    assert not found, [f.explanation for f in found]


@pytest.mark.model
@pytest.mark.parametrize("killing", ["killing all 33 attackers", "killing all of the attackers",
                                     "killing the four armed attackers"])
def test_forces_killing_the_attackers_answer_the_act_and_are_not_who_did_it(killing: str) -> None:
    first = ("Baloch Liberation Army militants killed 21 hostages on the hijacked train near Tel Amra on Tuesday, "
             "officials said.")
    second = (f"Pakistani security forces stormed the hijacked train near Tel Amra on Wednesday, {killing}, the "
              "army said.")
    arts = [Article("a1", first, source="One", date="2025-03-12"), Article("a2", second, source="Two",
                                                                            date="2025-03-12")]
    found = [f.explanation for f in analyze(arts).findings if f.explanation.startswith("Who did it")
             and f.relation == "contradict"]
    assert not found, found


@pytest.mark.model
@pytest.mark.parametrize("first", [
    "Russian invaders attacked the railway station in Kramatorsk on Friday, before police killed the attackers, "
    "Ukrainian officials said.",  # the attackers killed in a clause of its own
    "Russian invaders attacked the railway station in Kramatorsk on Friday, killing two armed men, Ukrainian "
    "officials said.",  # armed men may be anyone's
])
def test_guard_an_account_of_who_did_it_stays_beside_a_killing_of_attackers_or_armed_men(first: str) -> None:
    other = "The Ukrainian military fired a rocket at the railway station in Kramatorsk on Friday, the ministry said."
    arts = [Article("a1", first, source="One", date="2022-04-08"), Article("a2", other, source="Two",
                                                                            date="2022-04-08")]
    assert [f for f in analyze(arts).findings if f.explanation.startswith("Who did it") and f.relation == "contradict"]


@pytest.mark.parametrize(("text", "name", "asserted"), [
    pytest.param("Later, they opened fire on a fast-approaching convoy, mistaking it for a Hamas operation.", "Hamas",
                 False, id="mistaking-it-for"),
    pytest.param("Troops lying in ambush mistook a vehicle with red markings for a Hamas vehicle.", "Hamas", False,
                 id="mistook-for"),
    pytest.param("The first shots hit a car wrongly identified as a Hamas police car.", "Hamas", False,
                 id="wrongly-identified-as"),
    pytest.param("Later, Hamas gunmen opened fire on a fast-approaching convoy near the crossing.", "Hamas", True,
                 id="the-shooters-named"),
    pytest.param("Mistaking the bus for a threat, Israeli troops opened fire on it near the crossing.", "Israeli", True,
                 id="the-shooters-after-what-they-mistook"),
    pytest.param("The car was mistaken for a Hamas vehicle by Israeli troops.", "Israeli", True,
                 id="the-shooters-after-the-mistaken-name"),
    pytest.param("The car was misidentified as a Hamas vehicle.", "Hamas", False, id="misidentified-as"),
])
def test_what_the_shooters_took_their_target_for_is_no_account_of_who_did_it(text: str, name: str,
                                                                             asserted: bool) -> None:
    assert asserted_account(text, text.index(name)) is asserted


@pytest.mark.parametrize(("text", "name", "asserted"), [
    pytest.param("The blast was caused by an errant air defence missile, not a Russian attack.", "a Russian", False,
                 id="not-a-with-its-article"),
    pytest.param("Witnesses said a Russian missile struck the market.", "a Russian", True, id="plain"),
])
def test_a_lead_in_before_the_names_own_article_keeps_it_from_being_an_account(text: str, name: str,
                                                                              asserted: bool) -> None:
    assert asserted_account(text, text.index(name)) is asserted


VIOLATED = ("Two soldiers were killed near Avdiivka on Sunday after Russian forces violated the ceasefire, the "
            "Ukrainian defence ministry said.")


def _who_did_it(*texts: str) -> list[str]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2020-07-12") for i, t in enumerate(texts, 1)]
    return [f.relation for f in analyze(arts).findings if f.explanation.startswith("Who did")]


@pytest.mark.model
@pytest.mark.parametrize("other", [
    pytest.param("Two soldiers were killed near Avdiivka on Sunday after Ukrainian forces violated the ceasefire, the "
                 "Russian defence ministry said.", id="by-the-verb"),
    pytest.param("Two soldiers were killed near Avdiivka on Sunday in ceasefire violations by Ukrainian forces, the "
                 "Russian defence ministry said.", id="by-the-noun"),
])
def test_who_broke_a_ceasefire_is_who_did_it(other: str) -> None:
    assert _who_did_it(VIOLATED, other) == ["contradict"]


@pytest.mark.model
@pytest.mark.parametrize("other", [
    pytest.param("Nine soldiers killed near Avdiivka as Russian Army responds to LoC ceasefire violations: ministry",
                 id="a-headline-whose-violations-the-model-makes-the-response-s-object"),
    pytest.param("Two soldiers were killed near Avdiivka on Sunday as Russian and Ukrainian troops shelled each "
                 "other's positions, officials said.", id="each-side-did-it-to-the-other"),
    pytest.param("Two soldiers were killed near Avdiivka on Sunday when Russian troops and Ukrainian forces shelled "
                 "each other, officials said.", id="each-side-named-and-the-act-done-to-the-other"),
])
def test_guard_a_responder_and_a_reciprocal_act_name_no_doer(other: str) -> None:
    assert _who_did_it(VIOLATED, other) == []


@pytest.mark.model
@pytest.mark.parametrize("other", [
    # a verb of responding on which the act hangs: its subject did the act
    pytest.param("Four civilians were killed near Avdiivka on Sunday when Russian troops retaliated, shelling the "
                 "village, Ukrainian officials said.", id="who-retaliated-by-shelling-shelled"),
    pytest.param("Four civilians were killed near Avdiivka on Sunday when Russian troops shelled the village as the "
                 "two armies fired at each other, Ukrainian officials said.", id="a-reciprocal-in-another-clause"),
])
def test_guard_a_doer_of_the_act_stays_beside_a_response_or_a_reciprocal_elsewhere(other: str) -> None:
    blamed = ("Four civilians were killed near Avdiivka on Sunday when Ukrainian troops shelled the village, the "
              "Russian defence ministry said.")
    assert _who_did_it(blamed, other) == ["contradict"]


def _doers_told_apart(*texts: str) -> list[str]:
    from counterpoint.pipeline import analyze
    from counterpoint.records import Article

    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-06-30") for i, t in enumerate(texts, 1)]
    found = analyze(arts).findings
    return [f.explanation for f in found if f.relation == "contradict" and "Who did it" in f.explanation]


def test_a_country_before_one_of_its_towns_says_where_not_who() -> None:
    """"Nigeria's Maiduguri market bombing": Maiduguri is in Nigeria; the possessive names where."""
    assert _doers_told_apart(
        "Nigeria's Maiduguri market bombing kills 12\n\nA bomb blast tore through a crowded market in Maiduguri on "
        "Sunday, killing 12 people, police said.",
        "Boko Haram militants bombed a market in Maiduguri on Sunday, killing 12 people, residents said.") == []


def test_a_country_before_a_town_the_gazetteer_puts_elsewhere_still_says_where() -> None:
    """"Mozambique's Palma assault", Palma read as Palma de Mallorca: no country the article tells of
    holds it, so the possessive still names where, not who."""
    assert _doers_told_apart(
        "Mozambique's Palma assault kills dozens\n\nInsurgents stormed the town of Palma in Cabo Delgado province "
        "on Wednesday, killing dozens of people, officials said. Residents fled Palma by boat.",
        "Islamic State fighters stormed the town of Palma on Wednesday, killing dozens, residents said.") == []


@pytest.mark.parametrize(("front", "where", "sides"), [
    ("Nigeria's Maiduguri ", frozenset({"NG"}), frozenset()),
    ("Russia's Kharkiv ", frozenset({"UA"}), frozenset({"ru_gov"})),  # Kharkiv is in Ukraine: Russia struck
])
def test_guard_only_the_country_of_the_town_named_is_where(front: str, where: frozenset, sides: frozenset) -> None:
    from counterpoint.align.perpetrators import _sides

    assert _sides(front, "", where)[1] == sides


@pytest.mark.model
@pytest.mark.parametrize("killed", ["troops had killed about 20 of the attackers",
                                    "the army killed all 33 assailants"])
def test_a_claim_whose_act_is_killing_the_attackers_is_no_account_of_who_did_it(killed: str) -> None:
    """"Troops had killed about 20 of the attackers": the act told is the answer to the attack, so the
    troops are no rival doer to the fighters who attacked."""
    arts = [Article("a1", f"Al Shabaab fighters attacked an army base in Tel Amra, Somalia, on Tuesday. Hassan Nur, a "
                          f"Somali army officer, said {killed}.", source="One", date="2022-06-15"),
            Article("a2", "Al Shabaab fighters stormed the base near Tel Amra on Tuesday, residents said.",
                    source="Two", date="2022-06-15")]
    found = [f.explanation for f in analyze(arts).findings if f.explanation.startswith("Who did it")
             and f.relation == "contradict"]
    assert not found, found
