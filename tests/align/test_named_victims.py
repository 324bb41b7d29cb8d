"""Named victims: articles telling the same fate of one named person agree. The articles and
names are written for these tests."""

from __future__ import annotations

import pytest

from counterpoint.align.named_victims import fate_at
from counterpoint.pipeline import analyze
from counterpoint.records import Article


@pytest.mark.parametrize(("text", "name", "fate"), [
    pytest.param("Among those killed was Maj-Gen. Karim Haddad, head of the council.", "Karim Haddad", "killed",
                 id="among-those-killed-past-an-abbreviation"),
    pytest.param("The minister was seriously injured while the mayor, Karim Haddad, was killed.", "Karim Haddad",
                 "killed", id="the-fate-after-the-name-not-the-one-before"),
    pytest.param("He named the dead police officer as Arben Krasniqi.", "Arben Krasniqi", "killed",
                 id="the-dead-officer-as"),
    pytest.param("Haddad and his two-year-old son were killed in the strike.", "Haddad", "killed",
                 id="and-a-relative-were-killed"),
    pytest.param("The house of businessman Omar Sabri was hit by missiles, killing him and his son.", "Omar Sabri",
                 "killed", id="killing-him"),
    pytest.param("Lina Petrova is reported to be in critical condition.", "Lina Petrova", "wounded",
                 id="in-critical-condition"),
    pytest.param("Haddad, who died on Sunday, was the town's mayor.", "Haddad", "killed", id="who-died"),
    pytest.param("Arben Krasniqi said two attackers were killed.", "Arben Krasniqi", None, id="a-speaker"),
    pytest.param("Haddad ordered the killing of the prisoners.", "Haddad", None, id="a-doer"),
    pytest.param("The gunmen opened fire, killing two guards. Haddad said it was a crime.", "Haddad", None,
                 id="a-fate-in-another-sentence"),
    pytest.param("Relatives of the dead thanked Governor Karim Haddad for his help.", "Karim Haddad", None,
                 id="the-dead-then-a-verb"),
    pytest.param("The dead were buried by Karim Haddad and other villagers.", "Karim Haddad", None,
                 id="the-dead-were-buried-by"),
    pytest.param("Troops shot at the car, killing the driver and wounding Karim Haddad.", "Karim Haddad", "wounded",
                 id="the-verb-nearest-the-name"),
    pytest.param("Among the dead was the son of Karim Haddad.", "Karim Haddad", None, id="a-relative-of"),
    pytest.param("The gunmen fired at Karim Haddad, but missed, killing her neighbour instead.", "Karim Haddad",
                 None, id="her-as-a-possessive"),
    pytest.param("The gunmen fired at Karim Haddad, wounding him.", "Karim Haddad", "wounded", id="wounding-him"),
    pytest.param("Karim Haddad was nearly killed.", "Karim Haddad", None, id="nearly-killed"),
    pytest.param("Karim Haddad has died.", "Karim Haddad", "killed", id="has-died"),
    pytest.param("Lena Marek and Tomas Brandt were killed.", "Lena Marek", "killed", id="a-list-of-names"),
    pytest.param("Lena Marek and four bodyguards were killed.", "Lena Marek", "killed", id="and-a-count"),
    pytest.param("Lena Marek and three of her bodyguards were killed.", "Lena Marek", "killed", id="and-some-of-hers"),
    pytest.param("Lena Marek and his wife Ana were killed.", "Lena Marek", "killed", id="and-a-relative-named"),
    pytest.param("Gunmen attacked, killing three soldiers and Lena Marek.", "Lena Marek", "killed",
                 id="killing-others-and-the-name"),
    pytest.param("The slain journalist Lena Marek was buried.", "Lena Marek", "killed", id="the-slain-journalist"),
    pytest.param("The wounded commander Lena Marek was flown out.", "Lena Marek", "wounded",
                 id="the-wounded-commander"),
    pytest.param("Gunmen shot Lena Marek's husband, killing him.", "Lena Marek", None, id="a-possessive-after"),
    pytest.param("Among those killed was Lena Marek's brother.", "Lena Marek", None, id="among-a-possessive"),
    pytest.param("Among those wounded was an aide to Lena Marek.", "Lena Marek", None, id="an-aide-to"),
    pytest.param("Among those killed was a nephew, Lena Marek said.", "Lena Marek", None, id="a-speaker-after"),
    pytest.param("Gunmen attacked the convoy, killing Lena Marek's bodyguard.", "Lena Marek", None,
                 id="killing-a-possessive"),
    pytest.param("Troops shot at Haddad's car, killing his brother.", "Haddad", None, id="killing-someone-else"),
    pytest.param('The shelling went on, killing at least 22 civilians" said monitor chief Karim Haddad.',
                 "Karim Haddad", None, id="guard-a-count-and-a-quote-between"),
    pytest.param("Karim Haddad and Agencies) At least 15 civilians were killed.", "Karim Haddad", None,
                 id="guard-no-kin-after-and"),
    pytest.param("Gunmen fired, killing 12 people hours before Lena Marek arrived.", "Lena Marek", None,
                 id="a-count-s-own-words-before-the-name"),
    pytest.param("Gunmen fired, killing four guards escorting Lena Marek, the governor.", "Lena Marek", None,
                 id="the-ones-escorting-the-name"),
    pytest.param("The injured soldiers told Lena Marek they were fine.", "Lena Marek", None,
                 id="the-injured-then-a-verb"),
    pytest.param("Lena Marek, said to be a commander, was killed.", "Lena Marek", "killed",
                 id="an-aside-is-no-speaker"),
    pytest.param("Gunmen fired on the convoy, killing the journalist Lena Marek.", "Lena Marek", "killed",
                 id="killing-the-journalist"),
    pytest.param("Mourners gathered for the slain police officer Lena Marek.", "Lena Marek", "killed",
                 id="the-slain-two-word-title"),
    pytest.param("Gunmen fired, killing their driver hours before Lena Marek arrived.", "Lena Marek", None,
                 id="a-possessive-then-no-title"),
    pytest.param("Gunmen fired, killing his driver Lena Marek.", "Lena Marek", "killed", id="killing-his-driver"),
    pytest.param("Gunmen fired, killing his 12-year-old son Lena Marek.", "Lena Marek", "killed",
                 id="killing-his-12-year-old-son"),
    pytest.param("Mourners gathered for the slain activist Lena Marek.", "Lena Marek", "killed",
                 id="the-slain-activist"),
    pytest.param("Among the dead the Tel Amra-based Karim Haddad was named.", "Karim Haddad", None,
                 id="the-dead-then-a-name-of-another-kind"),
])
def test_fate_at(text: str, name: str, fate: str | None) -> None:
    start = text.index(name)
    found = fate_at(text, start, start + len(name))
    assert (found[0] if found else None) == fate, found


@pytest.mark.model
def test_two_articles_naming_one_victim_agree() -> None:
    one = Article("a1", "An air strike hit a funeral hall in Tel Amra on Saturday. Among those killed was "
                        "Maj-Gen. Karim Haddad, head of the town council, officials said.",
                  source="Karsen Wire", date="2016-10-08")
    two = Article("a2", "The town's mayor, Major General Karim Haddad, was killed when jets bombed the funeral "
                        "hall in Tel Amra on Saturday, the health ministry said.", source="Valley Monitor",
                  date="2016-10-08")
    found = [f for f in analyze([one, two]).findings if f.relation == "agree" and "Karim Haddad killed" in f.explanation]
    assert len(found) == 1, [f.explanation for f in analyze([one, two]).findings]
    texts = {(e.article, (one if e.article == "a1" else two).text[e.start:e.end]) for e in found[0].evidence}
    assert any(a == "a1" and "Karim Haddad" in t and "killed" in t for a, t in texts), texts
    assert any(a == "a2" and "Karim Haddad" in t and "killed" in t for a, t in texts), texts


@pytest.mark.model
def test_guard_a_fate_its_article_denies_is_no_agreement() -> None:
    one = Article("a1", "The army said rebel commander Karim Haddad was killed in the strike on Tel Amra.",
                  source="Karsen Wire", date="2023-05-02")
    two = Article("a2", "The rebels said claims that Karim Haddad was killed in Tel Amra were false and that he was "
                        "unharmed.", source="Valley Monitor", date="2023-05-02")
    found = [f for f in analyze([one, two]).findings if "among the killed" in f.explanation]
    assert not found, [f.explanation for f in found]



@pytest.mark.parametrize(("name", "common"), [
    pytest.param("Front", True, id="a-word-written-small-too"),
    pytest.param("Haddad", False, id="a-surname"),
    pytest.param("Karim Haddad", False, id="two-words"),
])
def test_a_one_word_name_the_articles_also_write_small_is_a_common_word(name: str, common: bool) -> None:
    from types import SimpleNamespace

    from counterpoint.align.named_victims import _common_word

    cx = SimpleNamespace(articles=[Article("a1", "Haddad said the front line moved east of Tel Amra.", source="X")])
    assert _common_word(cx, name) is common
