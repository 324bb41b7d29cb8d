"""Place names as framing: one place named by the name one party uses and by another. The
articles are written for these tests; the place names are real, the events invented."""

from __future__ import annotations

import pytest

from counterpoint.align.toponyms import name_uses
from counterpoint.pipeline import analyze
from counterpoint.records import Article, Finding

pytestmark = pytest.mark.model

ARMENIAN = Article(
    "a1",
    "Shelling hit the old church in Shushi, the second town of Artsakh, on Thursday, wounding two reporters, "
    "the local emergency service said.",
    source="Yerevan Wire", date="2020-10-08")
AZERBAIJANI = Article(
    "a2",
    "The church in Shusha, in the Nagorno-Karabakh region, was damaged on Thursday, but the defence ministry "
    "said its army had not fired at the town.",
    source="Baku Daily", date="2020-10-08")
WIRE = Article(
    "a3",
    "A church in the town of Shusha in Nagorno-Karabakh was shelled on Thursday and two reporters were "
    "wounded, officials said.",
    source="Karsen Wire", date="2020-10-08")


def _place_findings(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.relation == "framing" and "named differently:" in f.explanation]


ARTICLES = {a.id: a for a in (ARMENIAN, AZERBAIJANI, WIRE)}


def _texts(f: Finding) -> set[tuple[str, str]]:
    return {(e.article, ARTICLES[e.article].text[e.start:e.end]) for e in f.evidence}


def test_a_party_s_name_for_a_place_against_the_name_in_international_use() -> None:
    found = _place_findings(analyze([ARMENIAN, AZERBAIJANI, WIRE]).findings)
    territory = [f for f in found if f.explanation.startswith("Nagorno-Karabakh")]
    town = [f for f in found if f.explanation.startswith("Shusha")]
    assert len(territory) == 1 and len(town) == 1, [f.explanation for f in found]
    assert _texts(territory[0]) == {("a1", "Artsakh"), ("a2", "Nagorno-Karabakh"), ("a3", "Nagorno-Karabakh")}
    assert "Yerevan Wire calls it “Artsakh” (the name its Armenian authorities use)" in territory[0].explanation
    assert "Baku Daily and Karsen Wire call it “Nagorno-Karabakh”" in territory[0].explanation
    assert _texts(town[0]) == {("a1", "Shushi"), ("a2", "Shusha"), ("a3", "Shusha")}


def test_no_finding_when_every_article_uses_the_same_name() -> None:
    assert not _place_findings(analyze([AZERBAIJANI, WIRE]).findings)


def test_no_finding_when_the_marked_name_is_only_held_at_a_distance() -> None:
    distanced = Article("a1", "Shelling hit Yasinuvata in the self-proclaimed DPR on Monday, killing three people, "
                              "local officials said.", source="One", date="2022-05-02")
    plain = Article("a2", "Shelling hit Yasinuvata in the Donetsk region on Monday, killing three people, officials "
                          "said.", source="Two", date="2022-05-02")
    assert not _place_findings(analyze([distanced, plain]).findings)


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("Serbs from Kosovo and Metohija met police in northern Kosovo.",
                 [("Kosovo and Metohija", True), ("Kosovo", False)], id="the-longest-form-first"),
    pytest.param("Officials of the Donetsk People’s Republic (DPR) said.",
                 [("Donetsk People’s Republic", True), ("DPR", True)], id="a-curly-apostrophe-and-an-acronym"),
    pytest.param("The pdr and the dpr are not acronyms in this case.", [], id="acronyms-in-their-own-case"),
    pytest.param("The Coordination of Movements of Azawad said the Burma Campaign UK was wrong.", [],
                 id="not-inside-an-organisation-s-name"),
    pytest.param("Rebels said they now hold most of Azawad.", [("Azawad", True)], id="the-name-alone"),
    pytest.param("The President of Artsakh spoke.", [("Artsakh", True)], id="a-title-of-the-place"),
    pytest.param("Rebels attacked the southern provinces of Tel Amra.", [], id="common-words-in-their-own-case"),
    pytest.param("Northern Mali was calm.", [("Northern Mali", False)], id="a-capital-opening-a-sentence"),
    pytest.param("Shelling hit the Donetsk Region.", [("Donetsk Region", False)], id="every-word-capitalised"),
    pytest.param("Troops in Jammu and Kashmir fired at posts in Azad Jammu and Kashmir.",
                 [("Jammu and Kashmir", False), ("Azad Jammu and Kashmir", True)], id="a-name-inside-a-longer-one"),
])
def test_name_uses(text: str, names: list[tuple[str, bool]]) -> None:
    assert [(text[u.start:u.end], u.name.marked) for u in name_uses("a1", text)] == names


@pytest.mark.parametrize(("text", "distanced"), [
    pytest.param("The region, which Armenians call Artsakh, was shelled.", True, id="a-name-others-give"),
    pytest.param("The region known to Armenians as Artsakh was shelled.", True, id="known-as"),
    pytest.param("Officials of the so called DPR spoke.", True, id="so-called-without-a-hyphen"),
    pytest.param("Officials of the breakaway Republic of Artsakh spoke.", True, id="breakaway"),
    pytest.param("Officials of the self-proclaimed “DPR” spoke.", True, id="an-opening-quote"),
    pytest.param("The rebels' Artsakh army fought on.", False, id="a-plural-possessive-is-no-quote"),
    pytest.param("Armenians call the region “Artsakh,” a name the ministry rejects.", True,
                 id="scare-quotes-with-a-comma-inside"),
    pytest.param("The army named Artsakh's defence minister.", False, id="a-possessive-after-named-is-no-gloss"),
    pytest.param("Officials of the self-proclaimed Artsakh's government spoke.", True,
                 id="a-possessive-after-a-distancing-word"),
    pytest.param("The 12\" guns fired on Artsakh.", False, id="an-inch-mark-is-no-quote"),
    pytest.param("Officials of the “DPR” said two people died.", True, id="scare-quotes-before-said"),
    pytest.param("'Artsakh' troops then shelled the town.", True, id="single-scare-quotes-opening-a-sentence"),
    pytest.param("The ministry told “Artsakh” officials to leave.", True, id="scare-quotes-after-told"),
    pytest.param("Armenians call it “Artsakh,” officials said.", True, id="a-gloss-in-quotes-before-said"),
    pytest.param("Officials of the DPR spoke.", False, id="plain"),
])
def test_a_name_held_at_a_distance(text: str, distanced: bool) -> None:
    (use,) = name_uses("a1", text)
    assert (use.how == "distanced") is distanced


def test_a_straight_quotation_closed_before_the_name_leaves_it_the_articles() -> None:
    text = 'The army put the toll at "at least 40" in Artsakh.'
    assert [u.how for u in name_uses("a1", text)] == ["plain"]


@pytest.mark.parametrize("text", [
    pytest.param("“Artsakh,” the mayor said, “will not fall.”", id="opening-a-sentence"),
    pytest.param("The mayor said “Artsakh.”", id="after-a-verb-of-saying"),
])
def test_a_quotation_the_name_opens_is_the_speakers(text: str) -> None:
    assert [u.how for u in name_uses("a1", text)] == ["quoted"]


def test_a_name_in_a_quotation_is_the_speakers() -> None:
    text = "“This is an attack on the people of Artsakh,” the ombudsman said. Officials in Artsakh agreed."
    assert [(text[u.start:u.end], u.how) for u in name_uses("a1", text)] == [("Artsakh", "quoted"), ("Artsakh", "plain")]


def test_a_body_use_that_sets_the_place_as_a_place_is_shown_before_the_headline_s() -> None:
    serbian = Article("a1", "Clashes in the north\n\nPolice fought Serb gunmen in Kosovo and Metohija on Sunday, "
                            "the Serbian government said.", source="Belgrade Online", date="2023-09-24")
    wire = Article("a2", "Kosovo police surround gunmen\n\nKosovo's prime minister said police surrounded 30 gunmen "
                         "on Sunday. The village lies in northern Kosovo, near the border.",
                   source="Karsen Wire", date="2023-09-24")
    (f,) = [f for f in _place_findings(analyze([serbian, wire]).findings) if f.explanation.startswith("Kosovo")]
    text = wire.text
    shown = sorted(e.start for e in f.evidence if e.article == "a2")
    assert text.index("northern Kosovo") + len("northern ") in shown, shown
    assert 0 not in shown


def test_a_marked_name_in_a_quotation_is_told_as_quoted() -> None:
    quoting = Article("a1", "Shelling hit the old church in Shusha on Thursday. “This is an attack on the people of "
                            "Artsakh,” the region's ombudsman said.", source="Yerevan Wire", date="2020-10-08")
    found = [f for f in _place_findings(analyze([quoting, AZERBAIJANI]).findings)
             if f.explanation.startswith("Nagorno-Karabakh")]
    assert len(found) == 1 and "“Artsakh” in a quotation" in found[0].explanation, [f.explanation for f in found]


def test_guard_quoting_the_name_another_article_uses_is_no_other_name() -> None:
    quoting = Article("a1", "“Artsakh will not fall,” the mayor of Stepanakert said on Thursday.", source="One",
                      date="2020-10-08")
    plain = Article("a2", "Shelling hit Stepanakert in Artsakh on Thursday, the local emergency service said.",
                    source="Two", date="2020-10-08")
    found = [f for f in _place_findings(analyze([quoting, plain]).findings) if "Artsakh" in f.explanation]
    assert not found, [f.explanation for f in found]


def test_one_article_owning_a_name_another_holds_at_a_distance_is_framing() -> None:
    plain = Article("a1", "Shelling hit Stepanakert in Artsakh on Thursday, Nagorno-Karabakh officials said.",
                    source="One", date="2020-10-08")
    gloss = Article("a2", "Shelling hit Stepanakert in Nagorno-Karabakh, which Armenians call Artsakh, on Thursday.",
                    source="Two", date="2020-10-08")
    found = [f for f in _place_findings(analyze([plain, gloss]).findings) if f.explanation.startswith("Nagorno")]
    assert len(found) == 1, [f.explanation for f in found]


def test_quoting_a_speaker_does_not_make_a_name_the_articles_own() -> None:
    plain = Article("a1", "Shelling hit Stepanakert in Artsakh on Thursday, officials said.", source="One",
                    date="2020-10-08")
    held = Article("a2", "Shelling hit Stepanakert, in the self-proclaimed Artsakh, on Thursday. “Artsakh will not "
                         "fall,” the mayor said.", source="Two", date="2020-10-08")
    found = [f for f in _place_findings(analyze([plain, held]).findings) if "Artsakh" in f.explanation]
    assert len(found) == 1, [f.explanation for f in found]


def test_guard_one_article_using_a_name_both_plainly_and_at_a_distance_is_no_other_name() -> None:
    both = Article("a1", "Shelling hit Stepanakert in Artsakh on Thursday. Officials of the self-proclaimed Artsakh "
                         "government said two died.", source="One", date="2020-10-08")
    plain = Article("a2", "Shelling hit Stepanakert in Artsakh on Thursday, officials said.", source="Two",
                    date="2020-10-08")
    found = [f for f in _place_findings(analyze([both, plain]).findings) if "Artsakh" in f.explanation]
    assert not found, [f.explanation for f in found]
