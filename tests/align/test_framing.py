"""How articles name the incident itself: one framing finding per incident, with each article's
words ("the alleged massacre", "the operation", "an explosion"), read from labels.json frames.

The articles are written for these tests (fictional places and people).
"""

from __future__ import annotations

import pytest

from counterpoint.pipeline import analyze, extract_only
from counterpoint.records import Article

pytestmark = pytest.mark.model

ARMY = Article(
    "a1",
    "The army said on Monday that its operation in Dar Salim had killed 40 fighters. The operation "
    "was carried out after a meeting of armed group leaders in the village, the army said.",
    source="State Radio", date="2023-04-04")
MONITOR = Article(
    "a2",
    "Witnesses described the alleged massacre in Dar Salim as the worst in years. At least 40 "
    "villagers were shot dead on Monday, residents said.",
    source="Valley Monitor", date="2023-04-04")
WIRE = Article(
    "a3",
    "An explosion at the market in Dar Salim killed 40 people on Monday, residents said. The cause "
    "of the blast was not known.",
    source="Karsen Wire", date="2023-04-04")


def _names(article: Article) -> dict[str, object]:
    (x,) = extract_only([article])
    return {article.text[u.start if u.phrase_start is None else u.phrase_start:u.end]: u for u in x.label_uses if u.frame}


def _naming(articles: list[Article]):
    found = [f for f in analyze(articles).findings
             if f.relation == "framing" and f.explanation.startswith("The incident is named")]
    return found


def test_a_noun_names_the_incident_with_its_phrase_and_hedge() -> None:
    names = _names(MONITOR)
    use = names["the alleged massacre"]
    assert use.frame == "atrocity" and use.hedged and use.specific  # "... in Dar Salim"


def test_a_name_a_claim_noun_reports_is_hedged() -> None:
    article = Article("a4", "The government refutes allegations of any massacre in Dar Salim. The massacre "
                            "shocked the town, residents said.", source="Valley Monitor", date="2023-04-04")
    uses = [u for u in extract_only([article])[0].label_uses if u.frame == "atrocity"]
    assert [u.hedged for u in uses] == [True, False], uses
    assert article.text[uses[0].phrase_start:uses[0].end] == "allegations of any massacre"
    report = Article("a5", "Initial reports of the massacre in Dar Salim said 40 people died.", source="Wire",
                     date="2023-04-04")
    assert [u.hedged for u in extract_only([report])[0].label_uses if u.frame == "atrocity"] == [False]
    # a name of several words is hedged by the claim noun its head noun hangs on
    longer = Article("a6", "The ministry rejects the allegations of a massacre of civilians in Dar Salim.",
                     source="Agency", date="2023-04-04")
    uses = [u for u in extract_only([longer])[0].label_uses if u.frame == "atrocity"]
    assert [u.hedged for u in uses] == [True], uses
    assert longer.text[uses[0].phrase_start:uses[0].end] == "allegations of a massacre of civilians"


def test_a_verb_and_a_modifier_are_not_names_of_the_incident() -> None:
    art = Article("x", "Rebels said they would strike again. Attack helicopters flew over the town of "
                       "Dar Salim on Monday.", source="Karsen Wire", date="2023-04-04")
    assert _names(art) == {}


def test_a_counted_kind_of_strike_still_names_the_act() -> None:
    """"artillery strikes" is also a counted thing ("50 artillery strikes"), but in front of a verb
    it names the act; "attack helicopters" (above) stays a modifier."""
    art = Article("x", "Eight people died after Turkish artillery strikes hit a resort near Dar Salim on Monday.",
                  source="Karsen Wire", date="2023-04-04")
    names = _names(art)
    assert names["Turkish artillery strikes"].frame == "attack", names


def test_another_activitys_operations_and_a_split_hedge() -> None:
    art = Article("x", "Rescue operations continued in Dar Salim on Monday. Residents called it the so-called "
                       "massacre of Dar Salim.", source="Karsen Wire", date="2023-04-04")
    names = _names(art)
    assert not any("operations" in k for k in names), names
    assert names["the so-called massacre"].hedged


def test_an_earlier_date_elsewhere_in_the_sentence_leaves_the_incident_in_scope() -> None:
    art = Article("x", "Monday's air strike on the market in Dar Salim was the deadliest since the massacre in "
                       "Tell Amra in 2015, residents said.", source="Karsen Wire", date="2023-04-04")
    names = _names(art)
    assert names["Monday's air strike"].scope == "incident", names
    assert names["the massacre"].scope == "background", names


@pytest.mark.parametrize(("text", "name", "frame"), [
    ("Rights groups called the mass killing in Dar Salim on Monday a deliberate act.", "the mass killing",
     "atrocity"),
    ("The ministry said it would not leave this heinous act in Dar Salim unanswered.", "this heinous act",
     "atrocity"),
    ("Jets carried out a brutal attack on Dar Salim on Monday, the ministry said.", "a brutal attack", "atrocity"),
])
def test_a_mass_killing_names_the_incident(text: str, name: str, frame: str) -> None:
    names = _names(Article("x", text, source="Karsen Wire", date="2023-04-04"))
    assert names[name].frame == frame, names


@pytest.mark.parametrize("text", [
    "Police have long struggled with crime in the camp near Dar Salim, residents said.",
    "The army said it was responding to Hamas crimes against Israelis in Dar Salim.",
    "The shelling of Dar Salim caused heavy collateral damage to nearby homes.",
])
def test_guard_crime_in_general_and_damage_to_buildings_name_no_incident(text: str) -> None:
    names = _names(Article("x", text, source="Karsen Wire", date="2023-04-04"))
    assert not any("crime" in k or "collateral" in k for k in names), names


def test_an_earlier_events_name_is_background() -> None:
    art = Article("x", "An air strike hit the market in Dar Salim on Monday. It came on the anniversary "
                       "of the massacre in Tell Amra in 1998, residents said.",
                  source="Karsen Wire", date="2023-04-04")
    names = _names(art)
    assert names["An air strike"].scope == "incident"
    assert names["the massacre"].scope == "background"


def test_articles_naming_the_incident_in_different_frames_are_one_finding() -> None:
    found = _naming([ARMY, MONITOR, WIRE])
    assert len(found) == 1, found
    f = found[0]
    shown = {(e.article, f_text) for e in f.evidence
             for f_text in [{"a1": ARMY, "a2": MONITOR, "a3": WIRE}[e.article].text[e.start:e.end]]}
    assert ("a2", "the alleged massacre") in shown
    assert any(a == "a1" and "operation" in t for a, t in shown)
    assert any(a == "a3" and t.lower() in ("an explosion", "the blast") for a, t in shown)
    assert "atrocity, hedged" in f.explanation and "(operation)" in f.explanation
    assert "(agentless)" in f.explanation


def test_a_stampede_names_the_incident_without_a_doer_against_a_massacre() -> None:
    first = Article("a1", "Dozens of people were killed in a stampede for aid in Tel Amra on Thursday, the army said.",
                    source="Army Wire", date="2024-02-29")
    second = Article("a2", "Troops opened fire on people waiting for aid in Tel Amra on Thursday in a massacre that "
                           "killed 100, the ministry said.", source="Ministry News", date="2024-02-29")
    found = _naming([first, second])
    assert len(found) == 1 and "“a stampede” (agentless)" in found[0].explanation, found


def test_articles_naming_it_alike_give_no_naming_finding() -> None:
    other = Article("a4", "An explosion hit the market in Dar Salim on Monday, killing 40 people, the "
                          "civil defence said.", source="Northern Herald", date="2023-04-04")
    assert _naming([WIRE, other]) == []


def test_a_name_set_in_quotes_is_shown_first() -> None:
    """"what he called “the regrettable incident”." keeps the article at a distance from the name:
    with room for two names per article it is one of them, ahead of the article's own frames."""
    quoting = Article(
        "a4", "An air strike hit the market in Dar Salim on Monday, killing 40 people. Residents called it a "
              "massacre. The general expressed regret for what he called “the regrettable incident”.",
        source="Northern Herald", date="2023-04-04")
    assert _names(quoting)["the regrettable incident"].scare_quoted
    (f,) = _naming([ARMY, MONITOR, WIRE, quoting])
    shown = [quoting.text[e.start:e.end] for e in f.evidence if e.article == "a4"]
    assert "the regrettable incident" in shown, shown
    assert "in quotes" in f.explanation, f.explanation


def test_a_proper_name_ending_in_the_event_word_names_the_event_and_another_places_is_shown_last() -> None:
    """"the Dar Salim Massacre" is a name of the incident (the model reads it as an organisation);
    "the Hawzen Massacre", a place the other article never names, is another event: shown after."""
    activist = Article(
        "a4", "The strike fell on the anniversary of the Hawzen Massacre, residents said. Activists in Dar Salim "
              "now call Monday's killings the Dar Salim Massacre.", source="Valley Monitor", date="2023-04-04")
    names = _names(activist)
    assert names["the Dar Salim Massacre"].frame == "atrocity", names
    (f,) = _naming([ARMY, activist])
    shown = [activist.text[e.start:e.end] for e in f.evidence if e.article == "a4"]
    assert "the Dar Salim Massacre" in shown and "the Hawzen Massacre" not in shown, shown


def test_a_loaded_name_leads_its_frame_and_a_capitalised_word_of_the_label_is_no_other_events_name() -> None:
    """"a military operation" and later "the counter-terrorism operation": one frame, and the
    loaded name shows it. "the 2022 anti-Jihadist operation" capitalises a word of the label itself,
    which names no other event."""
    army = Article(
        "a4", "The army said on Monday that a military operation in Dar Salim had killed 40 fighters. The "
              "counter-terrorism operation also led to 51 arrests, it said.", source="State Radio",
        date="2023-04-04")
    later = Article(
        "a5", "The government rejected a report on the killing of 40 people in Dar Salim during the 2023 "
              "anti-Jihadist operation.", source="Sahel Wire", date="2023-04-04")
    (f,) = _naming([ARMY, MONITOR, WIRE, army, later])  # five articles: room for one name each
    assert [army.text[e.start:e.end] for e in f.evidence if e.article == "a4"] == ["The counter-terrorism operation"]
    assert [later.text[e.start:e.end] for e in f.evidence if e.article == "a5"] == \
        ["the 2023 anti-Jihadist operation"], f.explanation


@pytest.mark.parametrize("text", [
    "An air strike hit the market in Dar Salim on Monday, killing 50 people, the Joint Forces Operation said.",
    "An air strike hit the market in Dar Salim on Monday. Residents compared it to the Halabja Massacre.",
])
def test_a_speaking_body_or_an_event_compared_with_is_no_name_of_the_incident(text: str) -> None:
    names = _names(Article("x", text, source="Karsen Wire", date="2023-04-04"))
    assert not any("Operation" in k or "Halabja" in k for k in names), names


def test_a_nationality_in_a_name_does_not_make_it_another_events() -> None:
    """"An Israeli air strike" carries a capitalised word the other article never uses, but a
    nationality is no place: the name is still this incident's and is shown."""
    first = Article("a1", "An Israeli air strike hit the hospital in Dar Salim on Tuesday, killing 30 people. The "
                          "strike destroyed the main ward, officials said.", source="Wire", date="2023-10-17")
    second = Article("a2", "A blast at the hospital in Dar Salim on Tuesday killed 30 people, medics said. The cause "
                           "of the explosion was not known.", source="Post", date="2023-10-17")
    third = Article("a3", "The Dar Salim massacre at the hospital on Tuesday left 30 dead, residents said.",
                    source="Monitor", date="2023-10-17")
    fourth = Article("a4", "The explosion at the hospital in Dar Salim on Tuesday killed 30 people, the agency said.",
                     source="Agency", date="2023-10-17")
    (f,) = _naming([first, second, third, fourth])  # two names per article at most
    shown = [first.text[e.start:e.end] for e in f.evidence if e.article == "a1"]
    assert "An Israeli air strike" in shown, shown


def _shown(f, article: Article) -> list[str]:
    return [article.text[e.start:e.end] for e in f.evidence if e.article == article.id]


def test_an_articles_most_telling_frame_leads_and_its_other_wordings_follow() -> None:
    """The atrocity frame is the article's most telling: its headline's and its body's words for
    it are shown, ahead of a milder frame the article also uses ("an act of aggression")."""
    rights = Article(
        "a4", "Army Massacre In Dar Salim\n\nThe massacre of 40 villagers in Dar Salim on Monday was an act of "
              "aggression against the valley, residents said.", source="Valley Rights", date="2023-04-04")
    (f,) = _naming([ARMY, WIRE, rights])  # room for two names each
    shown = _shown(f, rights)
    assert len(shown) == 2 and all("assacre" in s for s in shown), shown
    assert shown[0].endswith("Massacre"), shown  # the headline's, whose title-case words name no other event


def _four_others(fifth: str) -> list[Article]:
    """The monitor, the wire, a post with ``fifth`` and a herald's raid: with the article under
    test, five, so room for one name each."""
    return [MONITOR, WIRE, Article("a5", fifth, source="Post", date="2023-04-04"),
            Article("a6", "The raid on Dar Salim on Monday killed 40 people, residents said.", source="Herald",
                    date="2023-04-04")]


def test_a_name_casting_doubt_on_the_act_tells_more_than_a_plain_operation() -> None:
    ministry = Article(
        "a4", "The ministry said a military operation in Dar Salim on Monday had killed 40 fighters. The alleged "
              "air strike on the market never happened, it said.", source="State Radio", date="2023-04-04")
    others = _four_others("A strike hit Dar Salim on Monday, killing 40 people, medics said.")
    (f,) = _naming([ministry, *others])  # five articles: room for one name each
    assert _shown(f, ministry) == ["The alleged air strike"], f.explanation


def test_a_weekday_in_the_possessive_is_no_name_of_another_event() -> None:
    """"Monday’s operation" (a curly apostrophe) is this incident's name, shown before "this
    operation": a capitalised word fewer articles use than "Dar Salim" of "the Dar Salim massacre"
    would have made it another event's."""
    army = Article(
        "a4", "Forty fighters were killed in Monday’s operation in Dar Salim, the army said. This operation "
              "was carried out after a meeting of armed group leaders.", source="State Radio", date="2023-04-04")
    others = _four_others("The Dar Salim massacre on Monday killed 40 people, medics said.")
    (f,) = _naming([army, *others])
    assert _shown(f, army) == ["Monday’s operation"], f.explanation


@pytest.mark.parametrize(("loaded", "neutral", "entity", "label"), [
    pytest.param("The Russian fascists hit the railway station in Tel Amra on Friday, officials said.",
                 "Russian forces fired on the railway station in Tel Amra on Friday, officials said.",
                 "Russian Armed Forces", "fascists", id="a-nations-soldiers-as-fascists"),
    pytest.param("The Zionist enemy bombed the hospital in Gaza City on Tuesday, the ministry said.",
                 "Israeli forces said a misfired rocket hit the hospital in Gaza City on Tuesday.",
                 "Israel Defense Forces", "zionist enemy", id="an-army-as-the-enemy"),
])
def test_a_loaded_name_for_a_nations_forces_is_framing_against_their_plain_name(
        loaded: str, neutral: str, entity: str, label: str) -> None:
    found = [f for f in analyze([Article("a1", loaded, source="One", date="2023-04-04"),
                                 Article("a2", neutral, source="Two", date="2023-04-04")]).findings
             if f.relation == "framing" and f.explanation.startswith(entity)]
    assert len(found) == 1 and label in found[0].explanation.lower(), found
    assert {e.article for e in found[0].evidence} == {"a1", "a2"}, found


def test_a_label_right_after_the_name_is_shown_with_the_name() -> None:
    from counterpoint.pipeline import analyze
    from counterpoint.records import Article

    first = "Daesh terrorists blew up the houses in west Mosul on Friday, the ministry said."
    second = "ISIS fighters had booby-trapped the houses in west Mosul before Friday's strike, officials said."
    articles = [Article("a1", first, source="Outlet 1", date="2017-03-26"),
                Article("a2", second, source="Outlet 2", date="2017-03-26")]
    found = [f for f in analyze(articles).findings if f.relation == "framing" and "terrorists" in f.explanation]
    shown = {articles[int(e.article[1:]) - 1].text[e.start:e.end] for f in found for e in f.evidence}
    assert {"Daesh terrorists", "ISIS fighters"} <= shown, shown


@pytest.mark.parametrize(("loaded", "entity", "label"), [
    pytest.param("The Afghan Taliban regime said Pakistani jets bombed the camp in Barmal on Tuesday.",
                 "Taliban", "regime", id="a-regime-after-the-groups-name"),
    pytest.param("The Hamas terror group said Israeli troops fired on the convoy in Dar Salim on Tuesday.",
                 "Hamas", "terror group", id="a-terror-group-after-the-groups-name"),
    pytest.param("The Taliban regime spokesman said Pakistani jets bombed the camp in Barmal on Tuesday.",
                 "Taliban", "regime", id="a-regime-before-a-spokesman"),
])
def test_a_loaded_word_heading_a_groups_name_labels_that_group(loaded: str, entity: str, label: str) -> None:
    """"the Afghan Taliban regime": the word labels the group named before it, not the country's
    army or government, which the article names elsewhere."""
    neutral = Article("a2", f"{entity} officials said the strike hit the camp on Tuesday, killing 12 people.",
                      source="Two", date="2024-12-25")
    first = Article("a1", loaded, source="One", date="2024-12-25")
    found = [f for f in analyze([first, neutral]).findings if f.relation == "framing" and label in f.explanation]
    assert [f.explanation.split(":")[0] for f in found] == [entity], [f.explanation for f in found]
    shown = [first.text[e.start:e.end] for e in found[0].evidence if e.article == "a1"]
    assert any(label in s.lower() and entity in s for s in shown), shown


def test_guard_a_word_naming_something_the_group_has_is_no_label_of_it() -> None:
    """"the Hamas government media office" names an office; the group keeps no label from it."""
    from counterpoint.extract.mentions import extract_mentions
    from counterpoint.nlp import load_pipeline
    from counterpoint.config import Settings

    doc = load_pipeline(Settings().model)("The Hamas government media office said 20 people were killed.")
    hamas = [m for m in extract_mentions(doc)[0] if m.text.startswith("Hamas")]
    assert hamas and all(m.label is None for m in hamas), hamas


def test_an_article_using_only_plain_words_is_shown_by_the_name_it_uses() -> None:
    """One outlet says "the occupation forces", the other "the IDF" and "troops": the second's
    usage is shown by the name, not only by the plain words beside it."""
    first = Article("a1", "The IDF said troops fired warning shots near the convoy in Dar Salim on Thursday. The "
                          "troops then withdrew.", source="Wire One", date="2024-02-29")
    second = Article("a2", "The occupation forces opened fire on the crowd near the convoy in Dar Salim on Thursday, "
                           "witnesses said.", source="Wire Two", date="2024-02-29")
    found = [f for f in analyze([first, second]).findings
             if f.relation == "framing" and f.explanation.startswith("Israel Defense Forces")]
    assert found, [f.explanation for f in analyze([first, second]).findings]
    shown = [first.text[e.start:e.end] for e in found[0].evidence if e.article == "a1"]
    assert shown and shown[0] == "IDF", (shown, found[0].explanation)


def test_a_plain_name_used_before_the_plain_words_shows_the_articles_plain_usage() -> None:
    """One outlet says "junta" in its headline, then "Myanmar's military", then "the army": its
    plain usage is shown by the name it uses first, beside the loaded word."""
    first = Article("a1", "Junta jets bomb village in Sagaing\n\nAirstrikes by Myanmar's military on Tuesday killed 40 "
                          "people at a village gathering in Sagaing, witnesses said. The army said it had targeted a "
                          "rebel office.", source="Wire One", date="2023-04-12")
    second = Article("a2", "The Myanmar regime bombed a village gathering in Sagaing on Tuesday, killing 40 people. "
                           "The regime said it had hit rebels.", source="Wire Two", date="2023-04-12")
    found = [f for f in analyze([first, second]).findings
             if f.relation == "framing" and f.explanation.startswith("Myanmar military")]
    assert found, [f.explanation for f in analyze([first, second]).findings]
    shown = [first.text[e.start:e.end] for e in found[0].evidence if e.article == "a1"]
    assert "Myanmar's military" in shown, (shown, found[0].explanation)


def test_a_paramilitary_group_is_the_plain_word_set_against_a_loaded_one() -> None:
    first = Article("a1", "A Sudanese paramilitary group killed 43 worshippers in a drone strike on a mosque in Tel "
                          "Amra on Friday, medics said. The Rapid Support Forces did not comment.",
                    source="Wire One", date="2025-09-19")
    second = Article("a2", "Targeting civilians is the motto of this rebel militia, the army said after the Rapid "
                           "Support Forces struck the mosque in Tel Amra on Friday.", source="Wire Two",
                     date="2025-09-19")
    found = [f for f in analyze([first, second]).findings
             if f.relation == "framing" and f.explanation.startswith("Rapid Support Forces")]
    assert len(found) == 1, [f.explanation for f in analyze([first, second]).findings]
    assert "“paramilitary group”" in found[0].explanation and "(neutral)" in found[0].explanation, found[0]
    assert "militia" in found[0].explanation, found[0]


def test_room_left_in_a_label_finding_shows_each_article_s_other_uses_and_its_plain_name() -> None:
    first = Article("a1", "Daesh terrorists attacked the village of Dar Salim on Monday, killing 12 people. Later "
                          "the terrorists set fire to the market.", source="State Radio", date="2023-04-04")
    second = Article("a2", "Islamic State fighters attacked Dar Salim on Monday, killing 12 people, residents said. "
                           "The fighters fled before dawn. Islamic State later claimed the attack.",
                     source="Valley Monitor", date="2023-04-04")
    found = [f for f in analyze([first, second]).findings if f.relation == "framing" and "calls them" in f.explanation]
    assert found, [f.explanation for f in analyze([first, second]).findings]
    texts = {(e.article, (first, second)[int(e.article[1]) - 1].text[e.start:e.end]) for e in found[0].evidence}
    assert ("a1", "terrorists") in texts, texts  # the second "terrorists", after "Daesh terrorists"
    assert ("a2", "fighters") in texts, texts
    assert ("a2", "Islamic State") in texts, texts  # its plain name, in the body


def test_room_left_in_a_label_finding_shows_a_word_the_articles_share_had_no_place_for() -> None:
    """Three articles leave two words each; the third's "terrorist group" and the name it uses
    first fill its share, and its plain "the fighters" is shown in the room left, and told."""
    arts = [Article("a1", "Army jets struck M23 terrorists in Dar Salim on Monday, killing 12 people, the army said.",
                    source="State Radio", date="2023-04-04"),
            Article("a2", "Army jets struck M23 rebels in Dar Salim on Monday, killing 12 people, residents said.",
                    source="Valley Monitor", date="2023-04-04"),
            Article("a3", "Army jets struck a gathering of the M23 in Dar Salim on Monday, killing 12 people. The army "
                          "called M23 a terrorist group. Residents said the fighters had gathered for a funeral.",
                    source="Wire Three", date="2023-04-04")]
    (f,) = [f for f in analyze(arts).findings if f.relation == "framing" and f.explanation.startswith("M23:")]
    shown = [arts[2].text[e.start:e.end] for e in f.evidence if e.article == "a3"]
    assert "terrorist group" in shown and "fighters" in shown, (shown, f.explanation)
    assert "Wire Three calls them “terrorist group”, “M23”, “fighters”" in f.explanation, f.explanation


@pytest.mark.parametrize(("own", "plain", "entity", "shown", "connotation"), [
    pytest.param("The strike targeted the popular Ansarullah movement, the ministry said.",
                 "The coalition said it targeted Houthi rebels.", "Houthis", "Ansarullah movement", "legitimising",
                 id="the-houthis-own-name"),
    pytest.param("The Coalition to Restore Legitimacy in Yemen said it targeted a rebel depot.",
                 "The Saudi-led coalition said it targeted a rebel depot.", "Saudi-led coalition",
                 "Coalition to Restore Legitimacy", "legitimising", id="a-coalitions-own-name"),
    pytest.param("Iranian officials said the strike hit Jaish al-Dhulm.", "Iran said the strike hit Jaish al-Adl.",
                 "Jaish al-Adl", "Jaish al-Dhulm", "delegitimising", id="its-enemies-name-for-it"),
])
def test_a_name_a_party_gives_itself_or_its_enemies_give_it_is_a_label(
        own: str, plain: str, entity: str, shown: str, connotation: str) -> None:
    """"Ansarullah" against "Houthi rebels": the movement's own name, which its allies' media use,
    frames it as the wires' name does not; shown as the article spells it."""
    arts = [Article("a1", f"Jets struck a market in Dahyan on Thursday, killing 40 people. {own}",
                    source="Wire One", date="2018-08-09"),
            Article("a2", f"An airstrike hit a market in Dahyan on Thursday, killing 40 people. {plain}",
                    source="Wire Two", date="2018-08-09")]
    found = [f for f in analyze(arts).findings if f.relation == "framing" and f.explanation.startswith(entity + ":")]
    assert found, [f.explanation for f in analyze(arts).findings if f.relation == "framing"]
    assert f"Wire One calls them “{shown}" in found[0].explanation and f"({connotation})" in found[0].explanation, \
        found[0].explanation


def test_with_room_for_one_name_each_a_frame_no_other_article_uses_leads() -> None:
    """Five articles call it a massacre; the army's article calls it that too but also a
    counter-terrorism operation, which is what tells it apart."""
    massacre = [Article(f"m{i}", f"The massacre in Dar Salim on Monday killed 40 villagers, witness {i} said.",
                        source=f"Outlet {i}", date="2023-04-04") for i in range(4)]
    army = Article("a9", "The massacre in Dar Salim on Monday was reported by residents. The army called it a "
                         "counter-terrorism operation against 40 fighters.", source="State Radio", date="2023-04-04")
    (f,) = _naming([*massacre, army])
    assert "operation" in " ".join(_shown(f, army)), f.explanation


COUNCIL = "Fighters of the {} attacked army posts near Dar Salim on Monday."


def _framings(*texts: str) -> list[str]:
    arts = [Article(f"a{i}", t, source=f"Outlet {i}", date="2024-08-27") for i, t in enumerate(texts, 1)]
    return [f.explanation for f in analyze(arts).findings if f.relation == "framing"]


@pytest.mark.parametrize("prefix", ["so-called", "so called", "self-styled", "self-proclaimed"])
def test_a_distancing_word_before_a_name_is_framing_as_scare_quotes_are(prefix: str) -> None:
    found = _framings(COUNCIL.format("Harran Liberation Council"), COUNCIL.format(f"{prefix} Harran Liberation Council"))
    assert f"Outlet 2 distances itself from Harran Liberation Council with “{prefix}” (“{prefix} Harran Liberation " \
           "Council”); Outlet 1 uses it plainly (“Harran Liberation Council”)." in found, found


def test_guard_a_distancing_word_before_another_noun_leaves_the_name_plain() -> None:
    found = _framings(COUNCIL.format("Harran Liberation Council"),
                      "The so-called reforms of the Harran Liberation Council came before fighters attacked army "
                      "posts near Dar Salim on Monday.")
    assert not any("distances itself" in f or "scare quotes" in f for f in found), found


def test_a_town_called_occupied_and_a_separatist_controlled_one_are_named_differently() -> None:
    found = _framings("Shelling hit a prison in occupied Tarsa on Friday, killing 50 prisoners.",
                      "Shelling hit a separatist-controlled prison in Tarsa on Friday, killing 50 prisoners.")
    assert "The territory is named differently — Outlet 1: “occupied” (delegitimising); Outlet 2: " \
           "“separatist-controlled” (neutral)." in found, found


def test_guard_a_hedge_before_a_name_hedges_what_is_said_of_it() -> None:
    found = _framings("An air strike hit a car in Dar Salim on Monday, killing an alleged Hamas commander.",
                      "An air strike hit a car in Dar Salim on Monday, killing a Hamas commander.")
    assert not any("distances itself" in f or "scare quotes" in f for f in found), found



def test_a_plain_word_ending_a_groups_name_is_shown_with_the_name() -> None:
    """"Yemen's Houthi rebels": the article's plain word for the group, shown with the name, not
    the bare name it uses elsewhere."""
    a = Article("a1", "The terrorist Iran-backed Houthi militia claimed the coalition struck the prison in Saada on "
                      "Friday.", source="Coalition Wire", date="2022-01-22")
    b = Article("a2", "Houthis say 80 killed in prison airstrike\n\nThe death toll from a coalition airstrike that hit "
                      "a prison run by Yemen’s Houthi rebels climbed to 80, the Houthis said on Saturday. The "
                      "coalition said the claims showed the militia’s “usual deceptive approach”.",
                source="Wire", date="2022-01-22")
    c = Article("a3", "An air raid hit a prison in Saada on Friday in an area controlled by the Houthi rebels, the "
                      "Houthis said.", source="Agency", date="2022-01-22")
    arts = [a, b, c]
    found = [f for f in analyze(arts).findings if f.relation == "framing" and f.explanation.startswith("Houthis")]
    assert len(found) == 1
    assert "Wire calls them “militia”, “rebels”" in found[0].explanation
    assert "Agency calls them “Houthis”, “rebels”" in found[0].explanation
    shown = [(e.article, arts[int(e.article[1:]) - 1].text[e.start:e.end]) for e in found[0].evidence]
    assert ("a2", "Houthi rebels") in shown and ("a3", "Houthi rebels") in shown, shown


@pytest.mark.parametrize("text", [
    "The strike deepened the political chaos in the capital, Tel Amra, on Thursday, killing 12, officials said.",
    "A crush of reporters gathered at the hospital in Tel Amra where 12 wounded were treated on Thursday.",
])
def test_guard_chaos_and_a_crush_of_reporters_name_no_incident(text: str) -> None:
    second = Article("a2", "Troops fired on the crowd in Tel Amra on Thursday in a massacre that killed 12, the ministry "
                           "said.", source="Ministry News", date="2024-02-29")
    found = _naming([Article("a1", text, source="Wire", date="2024-02-29"), second])
    assert not [f for f in found if "agentless" in f.explanation], found


def _label_finding(arts: list[Article], name: str):
    found = [f for f in analyze(arts).findings if f.relation == "framing" and f.explanation.startswith(name)]
    assert len(found) == 1, [f.explanation for f in analyze(arts).findings if f.relation == "framing"]
    return found[0], [(e.article, arts[int(e.article[1:]) - 1].text[e.start:e.end]) for e in found[0].evidence]


def test_a_label_is_shown_where_it_is_given_with_the_name_not_at_its_first_bare_use() -> None:
    """"the rebels" first, "the M23 rebels" later: with room for one span a word (four
    articles), the later one shows whom the label is for; a label before the name ("the
    terrorist M23") is shown with the name after it."""
    a = Article("a1", "Shells hit the Lac Sud camp on Friday, killing 12 people. Rebels denied any role. Officials "
                      "in Goma blamed the M23 rebels for the attack, and said the fighters fled. M23 fighters "
                      "were seen near Sake.", source="Wire", date="2024-05-03")
    b = Article("a2", "The army said the terrorist M23 shelled the Lac Sud camp on Friday, killing 12 people. The "
                      "M23 militia fled, it said.", source="State Radio", date="2024-05-03")
    c = Article("a3", "Shells fired by M23 insurgents hit the Lac Sud camp on Friday, killing 12 people. The "
                      "insurgents have held the hills since May, and their fighters moved south.", source="Agency",
                date="2024-05-03")
    d = Article("a4", "Shelling killed 12 people at the Lac Sud camp on Friday. The rebels of the M23 rebel group "
                      "deny it, and their fighters stayed in the hills.", source="Daily", date="2024-05-03")
    arts = [a, b, c, d]
    f, shown = _label_finding(arts, "M23")
    assert ("a1", "M23 rebels") in shown and ("a1", "Rebels") not in shown, shown  # a label's own word is no name
    assert ("a2", "terrorist M23") in shown, shown


def test_a_label_the_article_uses_plainly_is_shown_where_so_called_falls_on_the_name() -> None:
    a = Article("a1", "The strike was aimed at the so-called al-Shabaab terrorist group, the ministry said. Members "
                      "of the terrorist group had crossed the border, it said.", source="State Radio",
                date="2024-01-17")
    b = Article("a2", "The strike hit two bases of the rebel group al Shabaab on Tuesday, officials said.",
                source="Wire", date="2024-01-17")
    arts = [a, b]
    f, shown = _label_finding(arts, "al-Shabaab")
    assert ("a1", "al-Shabaab terrorist group") in shown, shown
    assert ("a2", "rebel group al Shabaab") in shown, shown  # the article written apart


def test_a_self_proclaimed_republic_is_the_territory_named_against_occupied_and_disputed_land() -> None:
    found = _framings("Troops retook villages previously occupied by the rebels near Lachin on Sunday.",
                      "Shells hit a school in the self-proclaimed Luhansk People's Republic on Sunday.",
                      "Fighting raged on Sunday in the disputed region near Lachin.")
    assert "The territory is named differently — Outlet 1: “occupied” (delegitimising); Outlet 2: " \
           "“self-proclaimed” (delegitimising); Outlet 3: “disputed” (neutral)." in found, found


def test_each_word_an_article_gives_the_territory_is_shown_before_a_second_use_of_one() -> None:
    found = _framings("Troops retook villages previously occupied by the rebels near Lachin on Sunday.",
                      "Shelling hit the unrecognized republic on Sunday. The unrecognized republic's leader said "
                      "the disputed region would resist.",
                      "Shells hit a school in the rebel-held town of Lachin on Sunday.")
    assert "Outlet 2: “unrecognized” (delegitimising), “disputed” (neutral)" in " ".join(found), found


def test_a_third_word_of_one_connotation_is_shown_before_a_repeat() -> None:
    found = _framings("Troops retook villages previously occupied by the rebels near Lachin on Sunday.",
                      "Shelling hit the unrecognized republic on Sunday. The unrecognized republic's leader said the "
                      "breakaway region would resist.",
                      "Fighting raged on Sunday in the disputed region near Lachin.")
    assert "“unrecognized” (delegitimising), “breakaway” (delegitimising)" in " ".join(found), found


def test_a_jihadist_word_for_the_states_forces_frames_the_army_not_the_group() -> None:
    """"the apostate militia" of a jihadist statement names the government's forces, though the
    noun alone ("militia") would name a non-state group."""
    wire = Article("a1", "Al-Shabaab militants attacked an army base in Mahaday on Tuesday, the Somali army said. "
                         "Soldiers repelled the assault.", source="Wire", date="2022-11-15")
    claim = Article("a2", "The mujahideen stormed a base of the apostate militia in Mahaday on Tuesday and killed "
                          "dozens of its soldiers, the group said.", source="Group outlet", date="2022-11-15")
    findings = [f for f in analyze([wire, claim]).findings if f.relation == "framing"]
    army = [f for f in findings if "apostate militia" in _shown(f, claim)]
    assert army and all(f.explanation.split(":")[0] != "al-Shabaab" for f in army), \
        [f.explanation for f in findings]


@pytest.mark.parametrize("text, word", [
    ("Gunmen shot dead a prominent anti-corruption crusader in Peshawar on Monday.", "crusader"),
    ("Militants killed a Christian convert they called an apostate in Mogadishu on Monday.", "apostate"),
])
def test_guard_a_jihadist_word_without_a_force_noun_names_no_party(text: str, word: str) -> None:
    an = analyze([Article("a1", text, source="Wire", date="2022-06-13")])
    assert not [e for e in an.entities if word in e.name.lower()], [(e.kind, e.name) for e in an.entities]


def test_a_label_is_shown_in_the_body_not_in_the_headline_that_repeats_it() -> None:
    """The headline "Terrorist M23 militia shells camp" and the lede "The terrorist M23 militia on
    Friday shelled ...": a reader checks the word in the sentence that tells what happened."""
    state = Article("a1", "Terrorist M23 militia shells Lac Sud camp\n\nThe terrorist M23 militia on Friday shelled "
                          "the Lac Sud camp, killing 12 people, the army said.", source="State Radio",
                    date="2024-05-03")
    # seven more reports leave room for one use of each article's word, so the one shown must be the body's
    wires = [Article(f"a{i}", "M23 rebels shelled the Lac Sud camp on Friday, killing 12 people, officials said.",
                     source=f"Wire {i}", date="2024-05-03") for i in range(2, 9)]
    f, shown = _label_finding([state, *wires], "M23")
    assert ("a1", "terrorist") in shown and ("a1", "Terrorist M23") not in shown, shown


def test_a_loaded_word_after_an_organisations_name_labels_that_organisation() -> None:
    """"members of the Unity Council terrorist group": the model's organisation carries the word,
    which no longer goes to the armed group the article names beside it."""
    from counterpoint.extract.mentions import extract_mentions
    from counterpoint.nlp import load_pipeline
    from counterpoint.config import Settings

    doc = load_pipeline(Settings().model)("On Monday, members of the NUG terrorist group and the PDF held a "
                                          "ceremony in the village.")
    council = [m for m in extract_mentions(doc)[0] if m.text.startswith("NUG")]
    assert [(m.text, m.label) for m in council] == [("NUG terrorist group", "terrorist group")], council


def test_a_description_in_loaded_words_names_the_group_the_article_names() -> None:
    """"the New People's Army (NPA), an armed resistance movement": the description is one more
    name of the group, shown as the wire's word against the agency's "terrorists"."""
    wire = Article("a1", "The army said it struck a gathering held by the New People's Army (NPA), an armed "
                         "resistance movement that has fought the army since the coup, killing 30 people on Tuesday.",
                   source="Wire", date="2023-04-12")
    agency = Article("a2", "Security forces struck a gathering of NPA terrorists on Tuesday. The terrorists had "
                           "planned attacks, the agency said.", source="Agency", date="2023-04-12")
    from counterpoint.pipeline import analyze
    report = analyze([wire, agency])
    front = [e for e in report.entities if any(m.text == "resistance movement" for m in e.mentions)]
    assert len(front) == 1 and front[0].name == "New People's Army", \
        [(e.name, [m.text for m in e.mentions]) for e in front]
    found = [f for f in report.findings if f.relation == "framing" and front[0].id in f.entities]
    shown = {wire.text[e.start:e.end] for f in found for e in f.evidence if e.article == "a1"}
    assert "resistance movement" in shown, shown


def test_an_articles_share_shows_its_loaded_words_most_used_first_and_varied() -> None:
    """Loaded words before plain ones, the most used first, and no word twice while another word
    waits: "terrorists" (used three times) and "illegal armed groups", not "terrorist organization"
    beside "terrorists"."""
    from counterpoint.align.label_share import loaded_first as _loaded_first

    by_conn = {"delegitimising": ["terrorist organization", "terrorists", "illegal armed groups"],
               "neutral": ["militants"]}
    uses = {"terrorist organization": [1], "terrorists": [1, 2, 3], "illegal armed groups": [1], "militants": [1]}
    assert _loaded_first(by_conn, ["delegitimising", "neutral"], uses)[:3] == \
        ["terrorists", "illegal armed groups", "terrorist organization"]
    plain_first = {"neutral": ["People's Army", "fighters"], "legitimising": ["resistance movement"]}
    assert _loaded_first(plain_first, ["neutral", "legitimising"], {})[0] == "resistance movement"


def test_a_name_like_label_is_shown_by_its_fullest_form() -> None:
    """"Khawarij" (a label written as a name) and "Khawarij terrorists": the fuller form shows
    both words; a plain word's longer phrase ("terrorist group" after "terrorists") does not
    displace it."""
    from counterpoint.align.label_share import _varied

    assert _varied(["khawarij", "terrorists", "khawarij terrorists"])[0] == "khawarij terrorists"
    assert _varied(["terrorists", "terrorist group"]) == ["terrorists", "terrorist group"]


@pytest.mark.parametrize(("text", "name", "frame"), [
    ("At least 40 displaced people were massacred in Dar Salim on Monday, the spokesman said.", "were massacred",
     "atrocity"),
    ("Gunmen slaughtered 12 villagers in Dar Salim on Monday.", "slaughtered", "atrocity"),
    ("More than 230 Muslims were massacred in Dar Salim, the statement said.", "were massacred", "atrocity"),
    ("The coalition carried out precision air strikes against military targets in Dar Salim.",
     "precision air strikes", "operation"),
    ("The army said its surgical strike on Dar Salim hit only fighters.", "its surgical strike", "operation"),
    ("State media said a limited air strike on Dar Salim hit a gathering.", "a limited air strike", "operation"),
    # labels 1.21.0: a jihadist group's word for its own attack
    ("The mujahideen carried out a blessed attack on the Crusader army in Dar Salim.", "a blessed attack", "operation"),
    ("Allah granted victory in the blessed raid on the barracks in Dar Salim.", "the blessed raid", "operation"),
])
def test_a_verb_of_atrocity_and_an_attack_in_the_doers_words_name_the_incident(text: str, name: str,
                                                                              frame: str) -> None:
    names = _names(Article("x", text, source="Karsen Wire", date="2023-04-04"))
    assert names[name].frame == frame, names
    if frame == "operation":
        assert names[name].connotation == "legitimising"


def test_an_articles_body_wording_comes_before_its_headlines() -> None:
    """The agency's headline says "massacres", its body "were massacred": with room for two names,
    the body's verb is shown beside its other words, not the headline's."""
    wire = Article("a1", "Drone strike kills 40 in Dar Salim\n\nA drone strike on a school in Dar Salim killed 40 "
                         "people on Monday, officials said.", source="Wire", date="2023-04-04")
    agency = Article("a2", "Regime drone massacres 40 in Dar Salim\n\nAt least 40 displaced people were massacred in "
                           "Dar Salim on Monday when a drone struck the school, in what the spokesman called ethnic "
                           "cleansing against the people of the valley.", source="Agency", date="2023-04-04")
    army = Article("a3", "The army said its operation in Dar Salim on Monday hit a militant base.", source="Army",
                   date="2023-04-04")
    monitor = Article("a4", "An explosion in Dar Salim on Monday killed 40 people, the monitor said.",
                      source="Monitor", date="2023-04-04")
    found = _naming([wire, agency, army, monitor])  # room for two names each
    assert len(found) == 1, found
    shown = [agency.text[e.start:e.end] for e in found[0].evidence if e.article == "a2"]
    assert any("were massacred" in s for s in shown), shown


def test_a_wording_that_says_where_comes_before_the_others_of_its_frame() -> None:
    """The statement's headline names "the airstrike massacre in Dar Salim", its body "This
    massacre" and "a war crime": with room for two names, the one that says where is shown."""
    wire = Article("a1", "An air strike hit a ceremony in Dar Salim on Monday, killing 40 people, officials said.",
                   source="Wire", date="2023-04-04")
    statement = Article("a2", "Statement on the airstrike massacre in Dar Salim village\n\nThe ministry condemns the "
                              "killing of 40 villagers on Monday. This massacre is a war crime.", source="Ministry",
                        date="2023-04-04")
    army = Article("a3", "The army said its operation in Dar Salim on Monday hit a militant base.", source="Army",
                   date="2023-04-04")
    monitor = Article("a4", "An explosion in Dar Salim on Monday killed 40 people, the monitor said.",
                      source="Monitor", date="2023-04-04")
    found = _naming([wire, statement, army, monitor])
    assert len(found) == 1, found
    shown = [statement.text[e.start:e.end] for e in found[0].evidence if e.article == "a2"]
    assert any("airstrike massacre" in s for s in shown), shown


def test_a_verb_of_atrocity_names_the_incident_only_when_done_to_people() -> None:
    names = _names(Article("x", "Gunmen attacked Dar Salim on Monday. The attackers also slaughtered livestock. "
                                "Residents said 12 villagers were allegedly massacred.", source="Karsen Wire",
                           date="2023-04-04"))
    assert "slaughtered" not in names, names
    assert names["were allegedly massacred"].hedged, names


def test_guard_a_doers_word_reframes_only_an_attack() -> None:
    """("A limited explosion" stays an explosion with no doer: only an attack named in the doer's
    words is its operation.)"""
    names = _names(Article("x", "The ministry said a limited explosion hit the depot in Dar Salim on Monday.",
                           source="Karsen Wire", date="2023-04-04"))
    assert names["a limited explosion"].frame == "agentless", names


def test_a_labels_singular_and_plural_are_one_word_shown_at_its_first_use_in_the_body() -> None:
    """"Jihadist fighters stormed ..." then "the jihadists": one word, shown where the body first uses it."""
    first = ("Jihadists storm army post in Harran\n\nJihadist fighters stormed an army post in Harran on Sunday, "
             "killing 12 soldiers, security sources said. The army said the jihadists withdrew before dawn.")
    second = "Rebels attacked an army post in Harran on Sunday and killed 12 soldiers, a monitor said."
    articles = [Article("a1", first, source="Outlet 1", date="2023-10-01"),
                Article("a2", second, source="Outlet 2", date="2023-10-01")]
    found = [f for f in analyze(articles).findings if f.relation == "framing" and "jihadist" in f.explanation]
    assert found, [f.explanation for f in analyze(articles).findings if f.relation == "framing"]
    shown = [(e.start, first[e.start:e.end]) for f in found for e in f.evidence if e.article == "a1"]
    assert first.index("Jihadist fighters") in {start for start, _ in shown}, shown
    assert "“jihadists”" not in found[0].explanation, found[0].explanation  # one word, not two in its share


@pytest.mark.parametrize(("one", "other"), [("terrorist", "terrorists"), ("mercenary", "mercenaries"),
                                            ("gunman", "gunmen"), ("hero", "heroes")])
def test_a_labels_singular_and_plural_are_one_word(one: str, other: str) -> None:
    from counterpoint.align.framing import _one_number

    assert _one_number(one) == _one_number(other)
    assert _one_number("militant") != _one_number("militia")


def test_the_militarys_own_name_and_its_enemies_name_for_it_frame_it_differently() -> None:
    """"the Tatmadaw" (its own name, legitimising) in state media; "the terrorist military council"
    in an opposition statement: one force, framed two ways."""
    state = Article("a1", "NAY PYI TAW, April 12 - The Tatmadaw conducted a limited air strike on a gathering of PDF "
                          "terrorists in Pazigyi village on Tuesday.", source="State media", date="2023-04-12")
    opposition = Article("a2", "A fighter jet of the terrorist military council bombed a crowd in Pazigyi village on "
                               "Tuesday, killing more than 160 civilians.", source="Opposition", date="2023-04-12")
    found, shown = _label_finding([state, opposition], "Myanmar military")
    assert "calls them “Tatmadaw” (legitimising)" in found.explanation, found.explanation
    assert "“terrorist”" in found.explanation, found.explanation
    assert ("a2", "terrorist military council") in shown and ("a1", "Tatmadaw") in shown, shown


def test_guard_a_label_word_before_a_groups_name_is_not_shown_with_the_name() -> None:
    """Only a force word ("military council") is shown with the label word before it; before a
    name the word may close the words before it ("the Assad regime Hezbollah allies"), so the
    name is shown as written."""
    a1 = Article("a1", "Rockets were fired on Friday by the regime Hezbollah, the army said, and no one was hurt.",
                 source="One", date="2024-01-01")
    a2 = Article("a2", "Hezbollah fighters fired rockets at Kiryat Shmona on Friday, the group said.", source="Two",
                 date="2024-01-01")
    _, shown = _label_finding([a1, a2], "Hezbollah")
    assert ("a1", "Hezbollah") in shown, shown


@pytest.mark.parametrize("text, name, kind, label, shown", [
    # a force word: the label word before it is shown with it
    ("On Friday the terrorist military council bombed Pazigyi.", "military council", "actor", "terrorist",
     "terrorist military council"),
    # a person's name: only the name, whatever word the label was read from
    ("The council called it a war crime Rycroft said on Friday.", "Rycroft", "person", "war crime", "Rycroft"),
])
def test_a_label_word_before_a_force_word_is_shown_with_it(text: str, name: str, kind: str, label: str,
                                                           shown: str) -> None:
    from types import SimpleNamespace

    from counterpoint.align.framing import _with_name
    from counterpoint.records import Entity, Mention

    at = text.index(name)
    m = Mention("a1", at, at + len(name), name, kind, label=label)
    cx = SimpleNamespace(article={"a1": SimpleNamespace(text=text)})
    _, start, stop = _with_name(cx, Entity("e1", kind, name, (m,)), m)
    assert text[start:stop] == shown
