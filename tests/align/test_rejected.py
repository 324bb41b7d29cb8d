"""Whose account a rejection answers (align/rejected.py), on texts written here."""

from __future__ import annotations

import pytest

from counterpoint.align import rejected
from counterpoint.align.candidates import Corpus
from counterpoint.pipeline import extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def _doers(text: str) -> list[str]:
    arts = [Article("a1", text, source="Outlet 1", date="2024-03-11")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    rejecting = next(c for c in cx.claims if "misinformation" in c.text)
    return [cx.entity[e].name for e in rejected._rejected_doers(cx, rejecting)]


def test_the_same_voices_denial_right_after_its_rejection_names_whose_act_is_rejected() -> None:
    """"This is absolute misinformation. The forces of the Houthi militia have not opened fire":
    the rejected account blames the Houthis, so accounts naming them as the doers are what it
    answers."""
    assert _doers('"This is absolute misinformation. The forces of the Houthi militia have not opened fire on '
                  'Tell Amra and its living quarters," the Houthi defence ministry said on Monday.') == ["Houthis"]


def test_guard_another_voices_denial_after_a_rejection_names_no_doer() -> None:
    assert _doers('"This is absolute misinformation," the Houthi defence ministry said on Monday. "Houthi forces '
                  'have not opened fire on Tell Amra," a resident told reporters.') == []


def test_guard_what_the_denial_did_not_hit_is_not_whose_act_is_rejected() -> None:
    assert _doers('"This is absolute misinformation. We have not shelled Houthi positions near Tell Amra," the '
                  'Yemeni defence ministry said on Monday.') == []


def test_a_bare_rejection_rejects_what_its_voices_denial_just_before_it_says() -> None:
    """"We have not been overrun. It's false": what is called false is the account of the base
    overrun, not the car bombs told in the same report."""
    from counterpoint.pipeline import analyze

    first = ("Militants detonated two car bombs at the gate and stormed the army base in Tel Amra on Friday, "
             "residents said. A local resident said the base and the town had been overrun by the militants.")
    second = ("“We repulsed the enemy. We have not been overrun. It's false,” army spokesman Paul Kemei said of the "
              "base in Tel Amra.")
    an = analyze([Article("a1", first, source="Wire", date="2017-01-27"),
                  Article("a2", second, source="Post", date="2017-01-27")])
    disputes_found = [f for f in an.findings if f.relation == "dispute"]
    assert len(disputes_found) == 1, [f.explanation for f in disputes_found]
    assert "reports: “the base and the town had been overrun" in disputes_found[0].explanation, \
        disputes_found[0].explanation


# three accounts of one raid on an army camp, written for these tests
ARMY = ("Army repels terrorist attack on Kelda camp\n\nBAMAKO, Oct. 14 (National Press Agency) - The armed "
        "forces repelled a large-scale terrorist attack on the military camp at Kelda on Sunday, "
        "neutralising about 40 terrorists, the army general staff said in a statement.\n\nFive soldiers "
        "were killed and 11 wounded in the fighting, the statement said. The attackers, who arrived on "
        "motorcycles at dawn, were pushed back after three hours of combat, and air force helicopters "
        "pursued them towards the forest of Tarsa.\n\nThe general staff called on the population to remain "
        "calm and not to relay false information spread on social media by the terrorists.\n")
CLAIM = ("Jihadists claim capture of Kelda army camp\n\nOct. 15 (Sahel Monitor) - Al-Qaeda's Sahel branch "
         "JNIM said on Monday its fighters had overrun the army camp at Kelda on Sunday, killing 32 "
         "soldiers and seizing weapons and vehicles, according to a statement carried by its propaganda "
         "outlet.\n\nThe group said it lost three of its fighters. The claim could not be independently "
         "verified.\n\nLocal officials and residents said at least 20 soldiers were killed and that the "
         "camp was briefly held by the militants before they withdrew with stolen vehicles. About 2,000 "
         "people have fled Kelda for the regional capital, a humanitarian official said.\n")
WIRE = ("Deadly attack on Mali army base in Kelda\n\nOct. 14 (Global Wire) - Suspected jihadists attacked "
        "an army base in the central Malian town of Kelda on Sunday, killing at least 20 soldiers, "
        "security sources said, in one of the deadliest attacks on the army this year.\n\nThe army said it "
        "had lost five soldiers and killed around 40 attackers. A security source said the base had been "
        "partly burned and the militants had taken several pick-up trucks.\n")


def _disputes() -> list[str]:
    from counterpoint.pipeline import analyze

    arts = [Article("a1", ARMY, source="State Agency", date="2024-10-14"),
            Article("a2", CLAIM, source="Sahel Monitor", date="2024-10-15"),
            Article("a3", WIRE, source="Global Wire", date="2024-10-14")]
    return [f.explanation for f in analyze(arts).findings if f.relation == "dispute"]


def test_a_rejection_naming_who_spread_the_falsehood_rejects_that_voices_account() -> None:
    found = _disputes()
    assert len(found) == 1 and "rejects (“false information”) what Sahel Monitor" in found[0], found
    assert "what State Agency" not in found[0], found


def test_guard_a_propaganda_outlet_names_a_body_and_rejects_nothing() -> None:
    from counterpoint.pipeline import extract_only as extract

    (x,) = extract([Article("a2", CLAIM, source="Sahel Monitor", date="2024-10-14")])
    assert not [c for c in x.claims if c.stance in ("denied", "disputed")], [(c.text, c.stance) for c in x.claims]


# one strike on a school shelter told by a wire, the army's paper and a bulletin that doubts the army, written
# for these tests
SHELTER_WIRE = ("Israeli strike on school shelter kills 30 in Gaza\n\nGAZA, July 10 (Levant Wire) - An Israeli air "
                "strike hit a school sheltering displaced families in the Tel Amra refugee camp in central Gaza on "
                "Wednesday, killing at least 30 people, most of them women and children, the health ministry "
                "said.\n\nCivil defence spokesman Mahmoud Basal said rescuers pulled bodies from the rubble of the "
                "UN-run school, where thousands of people had taken refuge. The Israeli military said it had "
                "targeted Hamas militants operating from inside the school and had taken steps to reduce the risk "
                "to civilians.\n\nThe United Nations agency for Palestinian refugees said it was the fifth of its "
                "schools hit in eight days.\n")
SHELTER_ARMY = ("IDF eliminates Hamas terrorists operating from Tel Amra compound\n\nTEL AVIV, July 10 (Israel "
                "Daily) - The IDF carried out a precise strike on Hamas terrorists who were operating from within "
                "a compound in the Tel Amra area that had previously served as a school, the military said on "
                "Wednesday.\n\nAccording to the IDF, the terrorists used the compound to plan and carry out "
                "attacks against troops. Before the strike, steps were taken to mitigate the risk of harming "
                "civilians, including the use of precise munitions and aerial surveillance.\n\nThe military said "
                "Hamas systematically violates international law by operating from civilian structures and using "
                "the population as human shields.\n")
SHELTER_BULLETIN = ("Dozens killed as strike hits UN school in central Gaza\n\nJuly 11 (World Bulletin) - An Israeli "
                    "strike on a UN school housing displaced Palestinians in Tel Amra killed 33 people on Wednesday, "
                    "according to medics, in what aid groups called a massacre.\n\nThe Israeli army claimed the "
                    "building was used by Hamas fighters, without providing evidence. Hamas denied the accusation, "
                    "calling it a pretext for killing civilians.\n")


def test_the_writers_doubt_disputes_the_speakers_claim_where_another_article_states_it() -> None:
    """"The army claimed ..., without providing evidence": the bulletin doubts the army's claim,
    which the army's paper states; the group's denial of "the accusation" answers that claim."""
    from counterpoint.pipeline import analyze

    arts = [Article("a1", SHELTER_WIRE, source="Levant Wire", date="2024-07-10"),
            Article("a2", SHELTER_ARMY, source="Israel Daily", date="2024-07-10"),
            Article("a3", SHELTER_BULLETIN, source="World Bulletin", date="2024-07-11")]
    disputes = [f for f in analyze(arts).findings if f.relation == "dispute"]
    found = [f.explanation for f in disputes]
    doubt = [f for f in disputes if f.explanation.startswith(
        "World Bulletin says Israel Defense Forces gave no evidence (“without providing evidence”) for what Israel "
        "Daily (Israel Defense Forces) reports")]
    assert doubt, found
    shown = {SHELTER_BULLETIN[e.start:e.end] for e in doubt[0].evidence if e.article == "a3"}
    assert shown == {"the building was used by Hamas fighters", "without providing evidence"}, shown
    assert any(f.startswith("World Bulletin (Hamas) rejects (“denied”) what World Bulletin (Israel Defense Forces) "
                            "reports") for f in found), found


def test_guard_the_writers_doubt_of_one_voice_is_no_dispute_of_another_voices_report() -> None:
    from counterpoint.pipeline import analyze

    arts = [Article("a1", "Jets struck a school in Tel Amra on Tuesday, killing 15 people. The army claimed the "
                          "building was used by rebel fighters, without providing evidence.", source="Outlet 1",
                    date="2024-07-10"),
            Article("a2", "An air strike on a school in Tel Amra killed 15 people on Tuesday, medics said.",
                    source="Outlet 2", date="2024-07-10")]
    assert not [f for f in analyze(arts).findings if f.relation == "dispute" and "gave no evidence" in f.explanation]


@pytest.mark.parametrize(("before", "spreader"), [
    ("not to relay false information spread on social media by the ", True),
    ("calling them false, in a statement published by the ", False),
    ("denied claims that the fire spread after a secondary explosion set off by ", False),
])
def test_only_a_falsehood_spread_by_someone_names_a_spreader(before: str, spreader: bool) -> None:
    assert (rejected.SPREAD_BY.search(before) is not None) is spreader


@pytest.mark.parametrize("text, countries", [
    # the doers told after "the claims" are those of the claim called lies, not the denier
    ("The group said the claims of the government that the Mozambican army has regained control of Palma are "
     "lies.", set()),
    ("The Russian army denied reports that it had struck the station in Kramatorsk.", {"RU"}),
])
def test_the_countries_a_rejection_speaks_for(text: str, countries: set[str]) -> None:
    arts = [Article("a1", text, source="Outlet 1", date="2021-03-29")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    rejecting = next(c for c in cx.claims if c.stance == "denied")
    assert rejected._countries_of_denier(cx, rejecting) == countries
