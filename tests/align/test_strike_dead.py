"""The dead of one strike told two ways: fighters by one voice, civilians by another (texts
written here)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model

FIGHTERS = Article(
    "a1", "Air force jets bombed three camps in the hills of Ranvale district on Tuesday night, killing several "
          "suspected militants, security officials said.", source="Capital Daily", date="2024-06-12")
CIVILIANS = Article(
    "a2", "At least 40 civilians, most of them women and children, were killed when jets bombed houses in Ranvale "
          "district on Tuesday night, local elders said.", source="Border Voice", date="2024-06-12")
VERDICT = "two accounts of whom one strike killed"


def _strike_dead(articles: list[Article]):
    return [f for f in analyze(articles).findings if VERDICT in f.explanation]


def _shown(f, articles: list[Article]) -> set[tuple[str, str]]:
    text = {a.id: a.text for a in articles}
    return {(e.article, text[e.article][e.start:e.end]) for e in f.evidence}


def test_a_strike_said_to_kill_militants_and_said_to_kill_civilians_is_a_contradiction() -> None:
    (f,) = _strike_dead([FIGHTERS, CIVILIANS])
    assert f.relation == "contradict"
    shown = _shown(f, [FIGHTERS, CIVILIANS])
    assert ("a1", "killing several suspected militants") in shown, shown
    assert any(a == "a2" and "40 civilians" in words for a, words in shown), shown
    assert "security officials (“killing several suspected militants”) says the strike killed fighters" in f.explanation
    assert "local elders" in f.explanation


def test_civilians_told_in_words_with_no_count_and_members_of_a_group_killed() -> None:
    """"martyred innocent villagers" has no count; "members of the armed group were killed"
    names the group's kind only through the group."""
    group = Article("a1", "Jets struck a compound near Ranvale on Tuesday night. The army said that members of the "
                          "armed group were killed in the air strike.", source="Capital Daily", date="2024-06-12")
    villagers = Article("a2", "The air strike on Ranvale on Tuesday night martyred innocent villagers, the district "
                              "council said.", source="Border Voice", date="2024-06-12")
    (f,) = _strike_dead([group, villagers])
    shown = _shown(f, [group, villagers])
    assert ("a1", "members of the armed group") in shown, shown
    assert ("a2", "martyred innocent villagers") in shown, shown


def test_one_finding_for_each_article_telling_of_civilian_dead() -> None:
    """Two articles' civilian counts (40 and more than 60) may both be right: they are never set
    against each other inside one contradiction."""
    more = Article("a3", "More than 60 people, including 25 children, were killed in the air strike on Ranvale on "
                         "Tuesday night, a rescue worker said.", source="Hill Times", date="2024-06-13")
    found = _strike_dead([FIGHTERS, CIVILIANS, more])
    assert len(found) == 2
    assert [sorted({e.article for e in f.evidence}) for f in found] == [["a1", "a2"], ["a1", "a3"]]


def test_guard_a_voice_telling_both_kinds_of_dead_takes_no_side() -> None:
    both = Article("a1", "Air force jets bombed three camps in Ranvale district on Tuesday night, killing 12 militants "
                         "and two civilians, security officials said.", source="Capital Daily", date="2024-06-12")
    assert _strike_dead([both, CIVILIANS]) == []


def test_guard_a_battle_kills_fighters_and_bystanders_alike() -> None:
    """The fighters' dead are told with no act of their own, in an article telling of fighting
    more than of the one air strike in it."""
    battle = Article("a1", "Troops clashed with militants in Ranvale on Tuesday and the fighting went on for hours. "
                           "An air strike was called in. Twenty militants were killed, the army said.",
                     source="Capital Daily", date="2024-06-12")
    crossfire = Article("a2", "Five civilians were killed in the crossfire in Ranvale on Tuesday, local elders said.",
                        source="Border Voice", date="2024-06-12")
    assert _strike_dead([battle, crossfire]) == []


def test_guard_an_army_counting_its_own_soldiers_does_not_say_whom_its_strike_killed() -> None:
    own = Article("a1", "A missile strike on the Ranvale base on Tuesday night killed five soldiers, the army said.",
                  source="Capital Daily", date="2024-06-12")
    homes = Article("a2", "The missile strike on Ranvale on Tuesday night killed two civilians in nearby homes, "
                          "the mayor said.", source="Border Voice", date="2024-06-12")
    assert _strike_dead([own, homes]) == []


def test_guard_civilian_dead_of_another_days_strike_are_not_shown() -> None:
    two_days = Article(
        "a2", "At least 40 civilians were killed when jets bombed houses in Ranvale district on Tuesday night, local "
              "elders said. Bombs dropped in air strikes on Korlam on Sunday killed at least nine civilians.",
        source="Border Voice", date="2024-06-12")
    (f,) = _strike_dead([FIGHTERS, two_days])
    assert not any("nine civilians" in words for _, words in _shown(f, [FIGHTERS, two_days]))


def test_guard_civilian_dead_told_only_as_a_rejected_claim_are_no_account() -> None:
    rejected = Article("a2", "The military dismissed as disinformation reports that villagers were killed in the air "
                             "strike on Ranvale on Tuesday night.", source="Border Voice", date="2024-06-12")
    assert _strike_dead([FIGHTERS, rejected]) == []


def test_guard_one_man_killed_is_no_account_of_whom_a_strike_killed() -> None:
    """"killing the pilot" of a downed jet names one man, not the group a strike's account says it
    killed."""
    pilot = Article("a1", "Rebels shot down a jet over Ranvale on Tuesday night during air strikes on the district, "
                          "killing the pilot, a rebel spokesman said.", source="Capital Daily", date="2024-06-12")
    assert _strike_dead([pilot, CIVILIANS]) == []


def test_guard_civilians_also_killed_are_dead_besides_the_fighters() -> None:
    """"One civilian was also killed": the voice counts civilians in addition to other dead, not
    instead of the fighters another voice counts."""
    also = Article("a2", "The air strike on Ranvale district on Tuesday night hit a compound. One civilian was also "
                         "killed in the strike, local elders said.", source="Border Voice", date="2024-06-12")
    assert _strike_dead([FIGHTERS, also]) == []


def test_guard_strikes_on_other_towns_in_a_war_s_coverage_are_other_strikes() -> None:
    """Two articles of a war's coverage naming no town in common tell of two strikes."""
    elsewhere = Article("a2", "At least 40 civilians, most of them women and children, were killed when jets bombed "
                              "houses in Korlam on Tuesday night, local elders said.", source="Border Voice",
                        date="2024-06-12")
    assert _strike_dead([FIGHTERS, elsewhere]) == []


def test_guard_a_voice_telling_of_one_fighter_and_of_civilians_killed_tells_both() -> None:
    """One militant commander and civilians among the dead, in one voice: that voice takes no side
    against an account of militants killed."""
    both = Article("a2", "The air strike on Ranvale district on Tuesday night killed a militant commander and at "
                         "least 40 civilians, most of them women and children, local elders said.",
                   source="Border Voice", date="2024-06-12")
    assert _strike_dead([FIGHTERS, both]) == []


@pytest.mark.parametrize("fighters", [
    pytest.param("No militants were killed in the air strike on Ranvale on Tuesday night, a rebel spokesman said.",
                 id="no-militants"),
    pytest.param("Jets bombed Ranvale on Tuesday night. None of the dead were militants, the mayor said.", id="none-of"),
    pytest.param("Jets bombed Ranvale on Tuesday night. The dead were not militants, the mayor said.", id="were-not"),
    pytest.param("Jets bombed Ranvale on Tuesday night. Reports that dozens of militants were killed are false, the "
                 "village council said.", id="reports-that"),
    pytest.param("Jets bombed Ranvale on Tuesday night. It was not known whether any militants were killed in the air "
                 "strike.", id="whether"),
    pytest.param("Rebels shot down a jet over Ranvale on Tuesday night during air strikes on the district, killing both "
                 "pilots, a rebel spokesman said.", id="a-downed-jet-s-crew"),
    pytest.param("A government air strike on Ranvale on Tuesday night killed five of our fighters, a rebel spokesman "
                 "said.", id="a-side-s-own-losses"),
    pytest.param("Jets bombed Ranvale on Tuesday night. Victims of militants were avenged, the army said.",
                 id="victims-of"),
])
def test_guard_words_that_do_not_say_the_strike_killed_fighters(fighters: str) -> None:
    arts = [Article("a1", fighters, source="Capital Daily", date="2024-06-12"), CIVILIANS]
    assert _strike_dead(arts) == [], [f.explanation for f in _strike_dead(arts)]


@pytest.mark.parametrize("civilians", [
    pytest.param("Jets bombed hideouts near Ranvale on Tuesday night, hours after militants executed 12 villagers in "
                 "the town, the mayor said.", id="militants-executed"),
    pytest.param("Militants retaliated for the air strike near Ranvale on Tuesday night by killing 12 villagers.",
                 id="by-killing"),
    pytest.param("Eight civilians were wounded in the air strike on Ranvale on Tuesday night, villagers said.",
                 id="wounded-not-dead"),
    pytest.param("The air strike on Ranvale on Tuesday night killed 15 people, including nine civilians, villagers "
                 "said.", id="civilians-a-part-of-the-dead"),
])
def test_guard_civilian_dead_of_another_act_or_besides_the_fighters_are_no_other_account(civilians: str) -> None:
    arts = [FIGHTERS, Article("a2", civilians, source="Border Voice", date="2024-06-12")]
    assert _strike_dead(arts) == [], [f.explanation for f in _strike_dead(arts)]


def test_guard_a_voice_denying_civilian_dead_in_words_leaves_it_to_the_dispute() -> None:
    denying = Article("a1", FIGHTERS.text + " The army denied that civilians were killed in the air strike.",
                      source="Capital Daily", date="2024-06-12")
    assert _strike_dead([denying, CIVILIANS]) == []


def test_guard_two_towns_struck_the_same_night_are_two_strikes() -> None:
    """Rafah and Khan Younis lie about ten kilometres apart: each strike's dead are its own."""
    rafah = Article("a1", "Jets struck Rafah and Khan Younis on Tuesday night. The strikes in Rafah killed 20 militants, "
                          "the army said.", source="Capital Daily", date="2024-06-12")
    khan_younis = Article("a2", "The air strike on Khan Younis on Tuesday night killed eight civilians, a doctor said.",
                          source="Border Voice", date="2024-06-12")
    assert _strike_dead([rafah, khan_younis]) == []


@pytest.mark.parametrize(("fighters", "shown"), [
    pytest.param("Air force jets bombed four hideouts near Ranvale on Tuesday night, killing several militant "
                 "commanders, security officials said.", "killing several militant commanders", id="commanders"),
])
def test_fighters_named_by_a_longer_phrase_are_shown_whole(fighters: str, shown: str) -> None:
    arts = [Article("a1", fighters, source="Capital Daily", date="2024-06-12"), CIVILIANS]
    (f,) = _strike_dead(arts)
    assert ("a1", shown) in _shown(f, arts)


def test_also_elsewhere_in_the_sentence_does_not_make_civilians_dead_besides() -> None:
    """"which also destroyed a mosque, killed eight civilians": "also" is of the mosque."""
    mosque = Article("a2", "The air strike on Ranvale on Tuesday night, which also destroyed a mosque, killed eight "
                           "civilians, villagers said.", source="Border Voice", date="2024-06-12")
    assert len(_strike_dead([FIGHTERS, mosque])) == 1


@pytest.mark.parametrize("fighters", [
    pytest.param("Jets bombed Ranvale district on Tuesday night, killing militants and civilians without distinction, "
                 "local elders said.", id="both-in-one-list-with-a-negation-after"),
    pytest.param("Jets bombed Ranvale district on Tuesday night and killed a senior Hamas commander, the army said.",
                 id="one-commander-of-a-named-group"),
    pytest.param("Air force jets bombed four hideouts near Ranvale on Tuesday night, killing 20 militants, the army "
                 "said. The army said in its report that three civilians were also killed.", id="its-own-report"),
    pytest.param("Air force jets bombed four hideouts near Ranvale on Tuesday night, killing 20 militants, the army "
                 "said. The army said a bomb dropped on fleeing militants killed three civilians.",
                 id="militants-the-object-of-a-preposition"),
])
def test_guard_a_voice_telling_both_kinds_however_worded_takes_no_side(fighters: str) -> None:
    arts = [Article("a1", fighters, source="Capital Daily", date="2024-06-12"), CIVILIANS]
    assert _strike_dead(arts) == [], [f.explanation for f in _strike_dead(arts)]


@pytest.mark.parametrize("civilians", [
    pytest.param("The air strike on Ranvale on Tuesday night, which targeted militants, killed 12 villagers, local "
                 "elders said.", id="militants-in-a-clause-of-their-own"),
    pytest.param("The air strike on Ranvale on Tuesday night killed 12 villagers. A school was also destroyed, local "
                 "elders said.", id="also-in-the-next-sentence"),
])
def test_civilians_killed_by_the_strike_are_its_dead_whatever_else_the_sentence_names(civilians: str) -> None:
    arts = [FIGHTERS, Article("a2", civilians, source="Border Voice", date="2024-06-12")]
    assert len(_strike_dead(arts)) == 1, [f.explanation for f in analyze(arts).findings]


def test_guard_civilians_killed_by_militants_in_a_passive_are_not_the_strike_s_dead() -> None:
    """"were killed by militants": the act's doer is an armed group, read from the claim's event."""
    by_militants = Article("a2", "Twelve villagers were killed by militants in Ranvale on Tuesday night, hours after "
                                 "the air strike on the district, local elders said.", source="Border Voice",
                           date="2024-06-12")
    assert _strike_dead([FIGHTERS, by_militants]) == []


def test_guard_civilians_killed_in_a_bombing_of_a_market_are_not_the_strike_s_dead() -> None:
    """The civilians' claim names another kind of act (a car bomb), no strike."""
    market = Article("a2", "Jets bombed hideouts near Ranvale on Tuesday night. A car bomb exploded in the Ranvale "
                           "market on Tuesday night, killing 12 civilians, local elders said.", source="Border Voice",
                     date="2024-06-12")
    assert _strike_dead([FIGHTERS, market]) == []


def test_guard_civilians_killed_in_an_attack_by_militants_are_not_the_strike_s_dead() -> None:
    """The civilians' claim names militants as the doers of its act (the claim's event)."""
    attack = Article("a2", "Jets bombed hideouts near Ranvale on Tuesday night. The air strikes lasted for hours. "
                           "Militants attacked the town later that night, killing 12 villagers, local elders said.",
                     source="Border Voice", date="2024-06-12")
    assert _strike_dead([FIGHTERS, attack]) == []


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("Air force jets bombed Ranvale on Tuesday night, killing the top commander of the rebels, the army "
                 "said.", CIVILIANS.text, id="one-commander-of-a-group"),
    pytest.param("Air force jets bombed Ranvale on Tuesday night, killing the commander of several militant groups, "
                 "the army said.", CIVILIANS.text, id="one-commander-of-several-groups"),
    pytest.param(FIGHTERS.text, "Unconfirmed reports said 40 civilians were killed in the air strike on Ranvale on "
                                "Tuesday night.", id="unconfirmed-reports"),
    pytest.param(FIGHTERS.text, "After the air strike on Ranvale on Tuesday night, militants retaliated by killing 12 "
                                "villagers.", id="by-killing-after-an-opening-phrase"),
])
def test_guard_one_fighter_hearsay_and_militants_dead_make_no_contradiction(first: str, second: str) -> None:
    arts = [Article("a1", first, source="Capital Daily", date="2024-06-12"),
            Article("a2", second, source="Border Voice", date="2024-06-12")]
    assert _strike_dead(arts) == [], [f.explanation for f in _strike_dead(arts)]


@pytest.mark.parametrize(("first", "second"), [
    pytest.param(FIGHTERS.text, "Jets bombed Ranvale district on Tuesday night, killing 12 villagers. Two soldiers "
                                "were shot by militants later.", id="killed-by-militants-in-another-sentence"),
    pytest.param(FIGHTERS.text, "Jets struck a hideout of militants, killing 12 villagers in Ranvale on Tuesday night, "
                                "local elders said.", id="militants-before-a-comma-are-no-subject"),
    pytest.param("Reports of blasts came in. Jets bombed four hideouts near Ranvale on Tuesday night, killing several "
                 "suspected militants, officials said.", CIVILIANS.text, id="reports-in-the-sentence-before"),
])
def test_the_strike_s_two_accounts_are_read_past_words_of_other_sentences_and_clauses(first: str, second: str) -> None:
    arts = [Article("a1", first, source="Capital Daily", date="2024-06-12"),
            Article("a2", second, source="Border Voice", date="2024-06-12")]
    assert len(_strike_dead(arts)) == 1, [f.explanation for f in analyze(arts).findings]


@pytest.mark.parametrize("words", ["some of those killed were fighters in uniform",
                                   "a few of the dead were fighters in uniform"])
def test_guard_a_voice_saying_some_of_the_dead_were_fighters_leaves_room_for_civilians(words: str) -> None:
    some = Article("a1", f"Air force jets bombed a gathering in Ranvale district on Tuesday night. A military "
                         f"spokesman said {words} and that mines stored by the group had exploded.",
                   source="Capital Daily", date="2024-06-12")
    assert _strike_dead([some, CIVILIANS]) == []


def test_a_voice_saying_the_dead_were_fighters_still_contradicts_civilian_dead() -> None:
    most = Article("a1", "Air force jets bombed a gathering in Ranvale district on Tuesday night. A military "
                         "spokesman said those killed were fighters in uniform and that mines stored by the group had exploded.",
                   source="Capital Daily", date="2024-06-12")
    assert len(_strike_dead([most, CIVILIANS])) == 1
