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


def _articles(*articles: tuple[str, str], date: str) -> list[Article]:
    """Articles given as (text, source), numbered a1, a2, ... in order, all of one date."""
    return [Article(f"a{i}", text, source=source, date=date) for i, (text, source) in enumerate(articles, 1)]


def _disputes_of(*articles: tuple[str, str], date: str) -> list:
    """The dispute findings of articles given as (text, source)."""
    from counterpoint.pipeline import analyze

    return [f for f in analyze(_articles(*articles, date=date)).findings if f.relation == "dispute"]


def _corpus_of(*articles: tuple[str, str], date: str) -> Corpus:
    arts = _articles(*articles, date=date)
    return Corpus(arts, resolve(arts, extract_only(arts), ""))


# one attack on a garrison told by the state's agency, the attackers' statement and a wire; written for these tests
GARRISON_STATE = (
    "Army repels terrorist attack on Bol garrison\n\nN'DJAMENA, March 4 (ATP) - The defence and security forces "
    "repelled an attack by Boko Haram terrorists on the Bol garrison on Sunday, the army general staff said in a "
    "statement. The general staff said the garrison remains fully operational and that calm has returned to the "
    "town.\n\nSeven soldiers were killed and 12 wounded in the fighting, the statement said. The general staff "
    "called on the population not to believe the fake news circulating on social networks.\n")
GARRISON_CLAIM = (
    "Soldiers of the caliphate storm the Bol barracks\n\nThe soldiers of the caliphate attacked the barracks of "
    "the Chadian army in Bol on Sunday, killing 40 apostate soldiers, and took full control of the barracks "
    "before withdrawing with weapons and vehicles, the group said in a statement.\n")
GARRISON_WIRE = (
    "Jihadists attack army garrison in western Chad\n\nMarch 4 (Global Wire) - Islamist militants attacked an "
    "army garrison in Bol, on the shores of Lake Chad, on Sunday, security sources said. The army said it had "
    "repelled the attack. A security source said at least 20 soldiers were killed and that the militants held "
    "part of the garrison for several hours.\n")


def test_a_state_outlets_rejection_answers_the_enemys_account_not_its_own_nor_its_armys() -> None:
    """The agency's "fake news" is not its own lead ("the forces repelled an attack", told by the
    general staff, a voice of no known side in a state's outlet), nor the army's "repelled the attack"
    as the wire tells it: it is what the attackers claim. Its own lead is shown as what it tells
    instead (align/own_accounts.py)."""
    from counterpoint.pipeline import analyze

    arts = [Article("a1", GARRISON_STATE, source="ATP (Chadian state news agency)", date="2025-03-04"),
            Article("a2", GARRISON_CLAIM, source="Islamic State West Africa Province statement", date="2025-03-04"),
            Article("a3", GARRISON_WIRE, source="Global Wire", date="2025-03-04")]
    texts = {a.id: a.text for a in arts}
    (dispute,) = [f for f in analyze(arts).findings if f.relation == "dispute"]
    assert "rejects (“fake news”) what Islamic State West Africa Province statement" in dispute.explanation
    shown = [(e.article, texts[e.article][e.start:e.end]) for e in dispute.evidence]
    assert ("a1", "the fake news") in shown, shown
    rejected_part, _, instead = dispute.explanation.partition(" tells instead: ")
    assert "repelled" not in rejected_part and "repelled an attack by Boko Haram" in instead, dispute.explanation
    assert not [s for a, s in shown if a == "a3" and "repelled" in s], shown  # its army's, as the wire tells it


def test_an_outlet_does_not_reject_what_it_tells_in_its_own_voice() -> None:
    """A rights group's headline "the army's denials not credible" is not answered by the group's own
    finding right after it ("killed at least 31 civilians, Rights Monitor said today") but by what
    the army says."""
    from counterpoint.pipeline import analyze

    report = ("Kelda: Air Strike on Market Killed Dozens\nEvidence Points to Air Force; Army's Denials Not Credible\n\n"
              "(Nairobi, May 10, 2025) - The air strike on the market in Kelda on May 3 killed at least 31 civilians, "
              "including nine children, Rights Monitor said today. Rights Monitor interviewed 14 witnesses and "
              "analysed photographs of the aftermath.\n")
    wire = ("Air strike on Kelda market kills 30\n\nMay 4 (Global Wire) - An air strike hit a crowded market in Kelda "
            "on Saturday, killing 30 people, residents said. The army denied that its jets had struck the market and "
            "said rebels had shelled it.\n")
    arts = [Article("a1", report, source="Rights Monitor press release", date="2025-05-10"),
            Article("a2", wire, source="Global Wire", date="2025-05-04")]
    (doubt,) = [f for f in analyze(arts).findings if f.relation == "dispute" and "Not Credible" in f.explanation]
    shown = [(e.article, arts[int(e.article[1]) - 1].text[e.start:e.end]) for e in doubt.evidence]
    assert ("a2", "rebels had shelled it") in shown, shown
    rejected_part = doubt.explanation.partition(" tells instead: ")[0]
    assert "what Global Wire" in rejected_part and "Rights Monitor press release (Rights Monitor)" not in rejected_part
    assert not [s for a, s in shown if "31 civilians" in s], shown


def test_what_a_side_rejects_is_first_its_enemys_account() -> None:
    """The state agency's "fake news about the fall of the garrison" shares more words with a wire's
    report of the fall than with the attackers' statement; the enemy's own account still ranks first."""
    state = GARRISON_STATE.replace("the fake news circulating", "the fake news about the fall of the Bol garrison "
                                   "circulating")
    wire = ("Jihadists overrun army garrison in western Chad\n\nMarch 4 (Global Wire) - The army garrison in Bol fell "
            "to Islamist militants on Sunday, who held the garrison for several hours, residents said.\n")
    cx = _corpus_of((state, "ATP (Chadian state news agency)"),
                    (GARRISON_CLAIM, "Islamic State West Africa Province statement"), (wire, "Global Wire"),
                    date="2025-03-04")
    fake_news = next(c for c in cx.claims if "fake news" in c.text)
    enemys = next(c for c in cx.claims if c.text.startswith("The soldiers of the caliphate attacked"))
    wires = next(c for c in cx.claims if c.text.startswith("The army garrison in Bol fell"))
    assert rejected._score_target(cx, fake_news, enemys) > rejected._score_target(cx, fake_news, wires)


def test_a_voice_named_by_its_country_is_of_that_countrys_side() -> None:
    """"Ukrainian authorities" in a wire speak for Ukraine, the side of the Ukrainian state agency that
    calls the claims "propaganda": its dispute answers Russia's account, not theirs."""
    agency = ("Occupiers strike market in Kostiantynivka\n\nRussian occupiers struck the market in Kostiantynivka with "
              "a guided bomb on Monday, killing 12 civilians, the regional administration said. The administration "
              "called the claims circulating on Telegram channels propaganda.\n")
    wire = ("Strike on market kills 12 in eastern Ukraine\n\nMay 5 (Global Wire) - A guided bomb hit a market in "
            "Kostiantynivka on Monday, killing 12 people. Ukrainian authorities blamed Russian forces for the strike. "
            "Russia's defence ministry said Ukrainian forces had shelled the town.\n")
    (dispute,) = _disputes_of((agency, "Ukrinform (Ukrainian state news agency)"), (wire, "Global Wire"),
                              date="2025-05-05")
    shown = [wire[e.start:e.end] for e in dispute.evidence if e.article == "a2"]
    assert "Ukrainian forces had shelled the town" in shown, shown
    assert "blamed Russian forces for the strike" not in shown, shown


@pytest.mark.parametrize(("name", "sides"), [
    ("Ukrainian authorities", {"ua_gov"}),
    ("Syria's army", {"sy_gov"}),
    ("Syrian Observatory for Human Rights", set()),
    ("Syria Civil Defence", set()),
    ("Residents of Daraya near Damascus", set()),
    ("authorities", set()),
])
def test_a_state_organ_of_a_named_country_speaks_for_that_state(name: str, sides: set[str]) -> None:
    assert rejected.state_organ_sides(name) == sides


def test_a_voice_a_party_names_as_its_enemy_is_not_the_partys_own() -> None:
    """In a jihadist group's statement, "the media of the junta" is the enemy's voice: its claim is
    what the group's spokesman calls lies, not what the group tells instead."""
    statement = ("Statement on the battle of Tarsa\n\nThe media of the junta claimed that the army killed 60 "
                 "mujahideen in Tarsa on Friday. The spokesman of the group said these claims are lies. Only three of "
                 "our brothers were martyred in Tarsa, and the mujahideen took 12 soldiers captive.\n")
    wire = ("Mali army says 60 jihadists killed near Tarsa\n\nMarch 8 (Global Wire) - Malian soldiers killed 60 "
            "jihadists during clashes near the central town of Tarsa on Friday, the army said in a statement.\n")
    (dispute,) = _disputes_of((statement, "JNIM statement (az-Zallaqa)"), (wire, "Global Wire"), date="2025-03-08")
    assert "rejects (“lies”) what JNIM statement (az-Zallaqa) (media of the junta) reports" in dispute.explanation
    assert "tells instead" not in dispute.explanation, dispute.explanation


def test_what_a_side_tells_instead_is_an_account_not_another_of_its_rejections() -> None:
    """The minister's denial and the general staff's "fake news" are two rejections by one side: each
    shows the side's account ("the forces repelled an attack"), not the other's rejection."""
    from counterpoint.pipeline import analyze

    state = GARRISON_STATE.replace("The general staff called on the population", "Defence minister Daoud Yaya denied "
                                   "on Monday that the terrorists had taken control of the garrison. The general staff "
                                   "called on the population")
    arts = [Article("a1", state, source="ATP (Chadian state news agency)", date="2025-03-04"),
            Article("a2", GARRISON_CLAIM, source="Islamic State West Africa Province statement", date="2025-03-04")]
    instead = [f.explanation.partition(" tells instead: ")[2] for f in analyze(arts).findings
               if f.relation == "dispute"]
    assert len(instead) == 2 and all("repelled an attack" in x for x in instead), instead


def test_a_state_broadcasters_own_report_gains_nothing_as_another_sides_account() -> None:
    """Russia's denial of the strike: a monitor's account in the wire ranks no lower than a Turkish
    state broadcaster's own report of the same strike, which is journalism, not a party's claim."""
    broadcaster = ("Russian jets strike market in Idlib\n\nRussian jets struck a market in Maarat al-Numan in Idlib "
                   "province on Monday, killing 15 civilians.\n")
    wire = ("Air strike kills 15 in Idlib market\n\nMay 5 (Global Wire) - An air strike hit a market in Maarat "
            "al-Numan on Monday, killing 15 civilians. A war monitor said Russian jets carried out the strike on the "
            "market in Maarat al-Numan. Russia's defence ministry denied that its aircraft had struck the market.\n")
    cx = _corpus_of((broadcaster, "TRT (Turkish state broadcaster)"), (wire, "Global Wire"), date="2025-05-05")
    denial = next(c for c in cx.claims if "denied" in c.text)
    report = next(c for c in cx.claims if c.text.startswith("Russian jets struck a market"))
    monitor = next(c for c in cx.claims if c.text.startswith("Russian jets carried out the strike"))
    assert rejected._score_target(cx, denial, monitor) >= rejected._score_target(cx, denial, report)


@pytest.mark.parametrize(("name", "enemy"), [
    ("media of the junta", True),
    ("the aggression's spokesman", True),
    ("pro-regime military source", True),
    ("general staff", False),
    ("Ministry of Information", False),
])
def test_a_voice_named_with_a_delegitimising_label_is_an_enemys(name: str, enemy: bool) -> None:
    arts = [Article("a1", "Jets struck the market in Tel Amra on Monday.", source="Outlet 1", date="2025-05-05")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    assert rejected._named_as_an_enemy(cx, name) is enemy


@pytest.mark.parametrize("who", ["Residents", "Villagers", "Amadou Diallo, a farmer in Kelda,", "Reuters",
                                 "Jihadists", "Insurgents"])
def test_a_voice_a_state_agency_quotes_is_its_side_only_when_official(who: str) -> None:
    """In the state agency's report, only its organs and officials speak for it: the claim of
    villagers, a named farmer, a wire or the jihadists is what the ministry's rejection answers,
    never what the ministry tells instead."""
    agency = (f"Ministry rejects allegations over Kelda operation\n\nBAMAKO, March 9 (State Agency) - {who} told "
              "foreign media that soldiers killed 12 villagers in Kelda on Friday. The Ministry of Defence rejected "
              "these allegations as fabricated.\n")
    wire = ("Soldiers killed 12 villagers in Kelda, residents say\n\nMarch 9 (Global Wire) - Malian soldiers shot dead "
            "12 villagers in Kelda on Friday, residents said.\n")
    disputes = _disputes_of((agency, "AMAP (Malian state news agency)"), (wire, "Global Wire"), date="2025-03-09")
    shown = [agency[e.start:e.end] for f in disputes for e in f.evidence if e.article == "a1"]
    assert "that soldiers killed 12 villagers in Kelda on Friday" in shown, shown
    assert not [f for f in disputes if "12 villagers" in f.explanation.partition(" tells instead: ")[2]], disputes


def test_residents_a_state_agency_quotes_are_not_its_side() -> None:
    """The state agency tells what residents say and then the ministry's rejection of "these
    allegations": residents speak for no party, so their account in the agency's own report is what
    is rejected; the ministry's "killed 20 terrorists" is what it tells instead."""
    agency = ("Ministry rejects allegations over Kelda operation\n\nBAMAKO, March 9 (State Agency) - Residents told "
              "foreign media that soldiers killed 12 villagers in Kelda on Friday. The Ministry of Defence rejected "
              "these allegations as fabricated, saying troops killed 20 terrorists in the operation.\n")
    wire = ("Soldiers killed 12 villagers in Kelda, residents say\n\nMarch 9 (Global Wire) - Malian soldiers shot dead "
            "12 villagers in Kelda on Friday, residents said.\n")
    (dispute,) = _disputes_of((agency, "AMAP (Malian state news agency)"), (wire, "Global Wire"), date="2025-03-09")
    assert "what AMAP (Malian state news agency) (residents) reports" in dispute.explanation, dispute.explanation
    assert "tells instead: “troops killed 20 terrorists" in dispute.explanation, dispute.explanation
