"""Sparing civilians (align/sparing.py with align/victims.py): a voice saying its side's strikes
spare civilians disputes the accounts of civilian harm, and articles telling one side's voice
saying so agree (texts written for these tests; fictional places)."""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze
from counterpoint.records import Article

pytestmark = pytest.mark.model


def _sparing_disputes(*texts: str):
    """Disputes raised by the last article's voice (a denial's may come from the claim-level
    disputes, which already link it to the accounts)."""
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2022-07-20") for i, t in enumerate(texts, 1)]
    last = arts[-1].id
    found = [f for f in analyze(arts).findings
             if f.relation == "dispute" and any(e.article == last for e in f.evidence)]
    return arts, found


@pytest.mark.parametrize("voice", [
    pytest.param("The Karsen defence ministry said its army hits only military and military-related targets.",
                 id="only-military-targets"),
    pytest.param("A statement by the Karsen foreign ministry said the Karsen military refrains from targeting "
                 "civilians.", id="refrains-from-targeting-civilians"),
    pytest.param("Karsenia denied carrying out any attack against civilians in Tel Amra.",
                 id="a-denial-of-any-attack-on-civilians"),
    pytest.param("The Karsen military insisted that only combatants were targeted in Tel Amra.",
                 id="only-combatants"),
    pytest.param("Karsen army officials said combatants, not civilians, were the target in Tel Amra.",
                 id="not-civilians"),
    pytest.param("The Karsen army said its airstrikes in Tel Amra were to neutralise members of a terrorist group, "
                 "but not on innocent people.", id="but-not-on-innocent-people"),
])
def test_a_voice_saying_its_strikes_spare_civilians_disputes_the_accounts_of_civilian_harm(voice: str) -> None:
    arts, found = _sparing_disputes(
        "Karsen artillery strikes hit a crowded tourist resort in Tel Amra on Wednesday, officials said.",
        "The shelling of the Tel Amra resort on Wednesday killed nine civilians, medics said.",
        voice)
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings if f.relation == "dispute"]
    shown = {(e.article, arts[int(e.article[1]) - 1].text[e.start:e.end]) for e in found[0].evidence}
    assert ("a1", "Karsen artillery strikes hit a crowded tourist resort in Tel Amra on Wednesday") in shown \
        or any(a == "a1" and "tourist resort" in t for a, t in shown), shown
    assert any(a == "a2" and "nine civilians" in t for a, t in shown), shown
    assert any(a == "a3" for a, _ in shown), shown


def test_saying_the_strikes_spare_civilians_is_answered_first_by_the_civilian_dead() -> None:
    arts, found = _sparing_disputes(
        "Karsen jets hit the crowded Tel Amra market on Wednesday, killing nine civilians, officials said.",
        "Karsen jets bombed the Tel Amra market on Wednesday, wounding a girl. Several civilians were killed there, "
        "residents said.",
        "The Karsen military insisted that only combatants were targeted in Tel Amra.")
    assert len(found) == 1, [f.explanation for f in found]
    shown = {(e.article, arts[int(e.article[1]) - 1].text[e.start:e.end]) for e in found[0].evidence}
    a1 = [t for a, t in shown if a == "a1"]
    a2 = [t for a, t in shown if a == "a2"]
    assert len(a1) == 1 and "nine civilians" in a1[0], shown
    assert len(a2) == 1 and "Several civilians were killed" in a2[0], shown
    # the count answers for the first article, not the market it says was hit
    assert "Outlet 1: 9 civilians killed" in found[0].explanation, found[0].explanation


def test_a_body_telling_the_civilian_harm_answers_before_a_headlines_count_which_follows_in_room_left() -> None:
    """The headline's "Dozens of civilians killed" only repeats what the body tells with its
    source: the body's words answer first, and the headline's count, which most readers see,
    follows in the room left."""
    arts, found = _sparing_disputes(
        "Dozens of civilians killed in Tel Amra market strike\n\nSeveral civilians were killed and injured in an "
        "aerial strike on the Tel Amra market on Wednesday, residents said.",
        "The Karsen military insisted that only combatants were targeted in Tel Amra on Wednesday.")
    assert len(found) == 1, [f.explanation for f in found]
    a1 = [arts[0].text[e.start:e.end] for e in found[0].evidence if e.article == "a1"]
    assert len(a1) == 2 and any("Several civilians were killed and injured" in t for t in a1), a1
    assert any(t.startswith("Dozens of civilians") for t in a1), a1
    assert "Outlet 1: “Several civilians were killed" in found[0].explanation, found[0].explanation


def test_two_articles_telling_one_side_says_its_strikes_spared_civilians_agree() -> None:
    arts = [Article("a1", "Turkish artillery hit a crowded resort in Tel Amra on Wednesday, officials said. The "
                          "Turkish foreign ministry said the Turkish military refrains from targeting civilians.",
                    source="One", date="2022-07-20"),
            Article("a2", "The shelling of Tel Amra killed nine tourists on Wednesday. Turkey denied carrying out any "
                          "attack against civilians in Tel Amra.", source="Two", date="2022-07-20")]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "spared civilians" in f.explanation]
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings]
    shown = [arts[int(e.article[1]) - 1].text[e.start:e.end] for e in found[0].evidence]
    assert any("refrains from targeting civilians" in t for t in shown), shown
    assert any("any attack against civilians" in t for t in shown), shown


def test_guard_two_sides_each_saying_they_spare_civilians_do_not_agree() -> None:
    arts = [Article("a1", "The Russian army said it hits only military targets in Tel Amra.", source="One",
                    date="2022-07-20"),
            Article("a2", "The Ukrainian army said it hits only military targets in Tel Amra.", source="Two",
                    date="2022-07-20")]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "spared civilians" in f.explanation]
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize("second", [
    pytest.param("The UN secretary-general condemned any attack on civilians and called for an investigation into "
                 "the airstrike on the Tel Amra market.", id="a-condemnation"),
    pytest.param("Not only militants but also civilians were killed in the airstrike on the Tel Amra market, "
                 "residents said.", id="not-only"),
    pytest.param("The airstrike on the Tel Amra market came a day after rebels shelled the only military base in "
                 "the province.", id="the-only-military-base"),
    pytest.param("The UN urged both sides to ensure they do not target civilians after the airstrike on the Tel "
                 "Amra market.", id="an-appeal"),
    pytest.param("Residents said only armed men had stayed in Tel Amra when the market was struck.",
                 id="only-armed-men-stayed"),
    pytest.param("The mayor said any strikes on Tel Amra should focus on the fighters and not on innocent people.",
                 id="an-appeal-for-innocent-people"),
    pytest.param("The targets in Tel Amra were clearly not civilians' homes, residents of the market area said.",
                 id="not-civilians-homes"),
])
def test_guard_words_of_sparing_that_say_no_such_thing(second: str) -> None:
    arts = [Article("a1", "Market strike\nAn airstrike on the Tel Amra market killed 12 civilians on Tuesday, medics "
                          "said.", source="One", date="2024-03-13"),
            Article("a2", "Tel Amra strike\n" + second, source="Two", date="2024-03-13")]
    found = [f for f in analyze(arts).findings if "spare" in f.explanation]
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize("second", [
    pytest.param("Tel Amra officials rejected the Karsen army claim that its jets hit only military targets.",
                 id="a-rejection-of-the-words"),
    pytest.param("The Russian army denied that rebels had been targeting civilians in Tel Amra.",
                 id="a-denial-of-anothers-acts"),
    pytest.param("Any attack on civilians in Tel Amra was a war crime, the UN said.", id="a-general-statement"),
    pytest.param("The jets also hit Tel Amra's only military hospital, medics said.", id="a-possessive-only"),
    pytest.param("Amran rebel commanders said their fighters hit only military targets in Tel Amra.",
                 id="no-side-known"),
])
def test_guard_no_agreement_that_a_side_spared_civilians(second: str) -> None:
    base = "Jets bombed a market in Tel Amra on Monday, killing 12 people, medics said. "
    arts = [Article("a1", base + "The Russian army said its jets hit only military targets in Tel Amra.",
                    source="One", date="2024-03-12"),
            Article("a2", base + second, source="Two", date="2024-03-12")]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "spared" in f.explanation]
    assert not found, [f.explanation for f in found]


def test_a_group_denying_its_own_fighters_targeted_civilians_spares_them() -> None:
    arts = [Article("a1", "Hamas said its fighters hit only military targets in Tel Amra.", source="One",
                    date="2024-03-12"),
            Article("a2", "Hamas denied that its fighters had targeted civilians in Tel Amra.", source="Two",
                    date="2024-03-12")]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "spared" in f.explanation]
    assert found, [f.explanation for f in analyze(arts).findings]


def test_guard_a_country_a_strike_was_in_is_no_voices_side() -> None:
    arts = [Article("a1", "The Ukrainian army said its drones hit only military targets.", source="One",
                    date="2024-03-12"),
            Article("a2", "A military spokesman said the strikes did not target civilians in Ukraine.", source="Two",
                    date="2024-03-12")]
    found = [f for f in analyze(arts).findings if f.relation == "agree" and "spared" in f.explanation]
    assert not found, [f.explanation for f in found]


def test_guard_a_voice_naming_its_military_target_without_saying_civilians_were_spared() -> None:
    _, found = _sparing_disputes(
        "The shelling of the Tel Amra resort on Wednesday killed nine civilians, medics said.",
        "The Karsen defence ministry said its army hit a weapons depot in Tel Amra on Wednesday.")
    assert not found, [f.explanation for f in found]



SPARING_CAMP = ("The Karsen Front affirms that our forces did not target civilians in Tel Amra camp or anywhere "
                "else, and that what the army media circulated about a \"massacre\" is fabricated propaganda.")


@pytest.mark.parametrize("concession, sparing", [
    ("", True),
    # the same voice tells of civilians killed by another's hand: it denies the blame, not the harm
    (" The civilians who fell in the camp were killed by the bombardment of the army's warplanes on Wednesday.",
     False),
])
def test_guard_a_voice_sparing_civilians_that_tells_of_their_deaths_by_another_hand_disputes_no_count(
        concession: str, sparing: bool) -> None:
    arts, found = _sparing_disputes(
        "Shelling hit the Tel Amra camp on Wednesday, killing nine civilians and wounding 20, medics said.",
        "The Front committed a new massacre in Tel Amra camp on Wednesday, killing 31 civilians, the army said.",
        SPARING_CAMP + concession)
    assert bool([f for f in found if "spare civilians" in f.explanation]) is sparing, [f.explanation for f in found]


def test_guard_an_outlet_narrating_civilian_deaths_concedes_nothing_for_the_voice_it_reports() -> None:
    arts, found = _sparing_disputes(
        "Shelling hit the Tel Amra camp on Wednesday, killing nine civilians and wounding 20, medics said.",
        "The Front committed a new massacre in Tel Amra camp on Wednesday, killing 31 civilians, the army said.",
        "The Karsen Front said in a statement that its forces did not target civilians in Tel Amra camp or anywhere "
        "else. Front shelling killed civilians in the camp on Wednesday.")
    assert [f for f in found if "spare civilians" in f.explanation], [f.explanation for f in found]
