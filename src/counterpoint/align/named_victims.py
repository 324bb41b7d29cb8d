"""Named victims: two articles telling the same fate of one named person ("Among those killed was
Maj-Gen. Karim Haddad" / "Mayor Karim Haddad was killed"; "the police officer Arben Krasniqi was
killed" / "He named the dead police officer as Arben Krasniqi"). A coder records a named victim
once: the articles that name them with one fate corroborate it.

The fate is read from the words next to a mention of the person (cues.json ``fate_words``):
after the name with a form of "be" ("X was killed", "X is reported to be in critical
condition", "X and his daughter were killed", "X, who died", "X, wounding him"), or before it
("among those killed was X", "killing X", "the dead police officer as X"). A name that only
speaks or acts is no victim, nor is one whose fate its article denies, doubts or negates
("claims that X was killed were false"), nor a relative's ("the son of X").
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import ancestors, category_of, cues
from ..records import Claim
from .candidates import REJECTING, Corpus
from .findings import Draft, listing

# a sentence's end: a full stop after a word of three small letters or more ("council.", not
# "Maj-Gen." or "Mr."), or a line break
SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+|\n")
REACH = 80  # characters between a name and its fate word, at most
BE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|is\s+(?:reported|said|believed)\s+to\s+be|" \
     r"was\s+(?:reported|said|believed)\s+to\s+be|remains|remained)"
# the words between a name and a fate that may stand for more people fated with it: another name,
# or a determiner, a possessive or a count and a few small words ("X and his 11-month-old daughter
# were killed", "X and four bodyguards"); never a quotation, a second verb or a sentence of its own
# ("killing the driver and wounding X"). Before the name they must end in "and" ("killing three
# soldiers and X"), or be an apposition ("killing him, his daughter X"), never a count's own words
# ("killing 12 people hours before X arrived", "killing four guards escorting X")
SMALL_WORD = r"(?!and\b|or\b|but\b|of\b|to\b|for\b|killing\b|wounding\b|injuring\b)[a-z0-9-]+"
COUNT_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|dozens)"
KIN = (rf"(?:(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
       rf"|(?:his|her|their|the|a|an|{COUNT_WORD}(?:\s+of\s+(?:his|her|their|the))?)\s+"
       rf"(?-i:(?:{SMALL_WORD}\s+){{0,3}}{SMALL_WORD}(?:\s+[A-Z][\w'’-]+)?))")  # "his wife Ana"
# the one word between "the slain" and a name that names the person ("the slain journalist X"), not
# a verb ("the dead were buried by X", "the injured soldiers told X") or a function word
TITLE_WORD = (r"(?!were\b|was\b|are\b|is\b|by\b|with\b|from\b|at\b|on\b|in\b|and\b|of\b|to\b|for\b|before\b|"
              r"after\b|near\b|while\b|as\b)[a-z0-9-]+(?<!ed)(?<!ing)")
# how a fate may be told ("seriously wounded", "later died"), not one that did not befall ("nearly killed")
ADVERB = r"(?:(?!nearly\b|almost\b|narrowly\b)\w+ly\s+|also\s+|later\s+)*"
HIS_OR_HER = r"(?:him|her)(?=\s*(?:[,.;]|and\b|$))"  # the object, not a possessive ("killing her neighbour")
# English words of kinship, not knowledge of conflicts: "killing him, his daughter X" names X
KINSHIP = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child",
                     "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
                     "grandmother"})
# endings of English words for a person ("activist", "leader", "politician", "lawyer"), not of a
# verb ("told", "saw")
PERSON_SUFFIX = re.compile(r"(?:ist|er|or|ian|ant|ent|man|woman|priest|boy|girl)$")
ACTIVE_FATE = {"killing": "killed", "wounding": "wounded", "injuring": "wounded", "died": "killed",
               "perished": "killed"}


@functools.cache
def _fate_words() -> str:
    return "|".join(r"\s+".join(map(re.escape, c.cue.split()))
                    for c in sorted(cues().fate_words, key=lambda c: len(c.cue), reverse=True))


@functools.cache
def _fate_of() -> dict[str, str]:
    return {" ".join(c.cue.lower().split()): str(c.kind) for c in cues().fate_words} | ACTIVE_FATE


@functools.cache
def _after_name() -> re.Pattern[str]:
    """The fate told after the name: "X was killed", "X and his daughter were killed", "X, who
    died", "X has died"."""
    return re.compile(rf"^(?:,\s+[^,.;]{{0,50}},)?(?:\s+and\s+{KIN})?,?\s+(?:who\s+)?"
                      rf"(?:{BE}\s+{ADVERB}(?P<a>{_fate_words()})|(?:has\s+|had\s+)?{ADVERB}(?P<b>died|perished))\b",
                      re.IGNORECASE)


# right after the name: a possessive ("X's husband") or a verb of saying ("X said"): the fate told
# near it is another's
NOT_THE_ONE = re.compile(r"^(?:['’]s\b|\s+(?:said|says|told|added|reported|confirmed)\b)", re.IGNORECASE)
# "the home of X was struck by missiles, killing him", "gunmen fired at X, wounding him"
KILLING_HIM = re.compile(rf"^[^.;]{{0,50}}?,\s+(?P<a>killing|wounding|injuring)\s+{HIS_OR_HER}", re.IGNORECASE)


@functools.cache
def _before_name() -> re.Pattern[str]:
    """The fate told before the name: "among those killed was X", "killing X", "the dead police
    officer as X"; never across "of" ("among the dead was the son of X")."""
    fates = _fate_words()
    return re.compile(rf"(?:\bamong\s+(?:those|the)\s+(?P<a>{fates})\s+(?:was|were|is|are)\s+"
                      rf"(?:(?!\b(?:of|to|for)\b)[^;]){{0,50}}?"
                      rf"|\b(?P<b>killing|wounding|injuring)\s+(?:(?:him|her|them),\s+)?"
                      rf"(?:{KIN}\s+and\s+|(?:his|her|their|the|a|an)\s+(?P<gap>(?-i:(?:{TITLE_WORD}\s+){{1,3}})))?"
                      rf"|\bthe\s+(?P<c>dead|slain|injured|wounded)\s+(?:(?-i:(?:{SMALL_WORD}\s+){{0,3}})as\s+"
                      rf"|(?P<gap2>(?-i:(?:{TITLE_WORD}\s+){{1,3}}))))$",
                      re.IGNORECASE)


def fate_at(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(fate, span start, span end) for the person named at [start, end), the span covering the
    name and its fate word; None when no fate word sits next to the name in its sentence."""
    after = SENTENCE_END.split(text[end:end + REACH], maxsplit=1)[0]
    if NOT_THE_ONE.match(after):
        return None  # "X's husband was killed", "a nephew, X said": the fate is another's
    if m := (_after_name().match(after) or KILLING_HIM.match(after)):
        word = next(g for g in m.groups() if g)
        return _fate_of()[" ".join(word.lower().split())], start, end + m.end()
    before = SENTENCE_END.split(text[max(0, start - REACH):start])[-1]
    offset = start - len(before)
    if m := _before_name().search(before):
        if m.group("gap2") and not _names_a_person(m.group("gap2").split()[-1]):
            return None  # "the injured soldiers told X": a verb, not a title, before the name
        word = next(g for g in (m.group("a"), m.group("b"), m.group("c")) if g)
        return _fate_of()[" ".join(word.lower().split())], offset + m.start(), end
    return None


def _names_a_person(word: str) -> bool:
    """A title ("mayor", cues.json ``title_nouns``), a word of kinship, a word for one kind of person
    ("journalist", "officer") or one with a person's ending ("activist", "leader"), so that "the
    slain police officer X" names X and "the injured soldiers told X" does not."""
    if word in cue_sets().title_nouns or word in KINSHIP or PERSON_SUFFIX.search(word):
        return True
    kind = category_of(word)
    return kind is not None and kind != "people" and "people" in ancestors(kind)


def named_victim_drafts(cx: Corpus) -> list[Draft]:
    """One agree finding per named person and fate that two or more articles of one incident tell."""
    out = []
    for e in cx.res.entities:
        if e.kind != "person" or _common_word(cx, e.name):
            continue
        told: dict[tuple[int, str], dict[str, tuple[int, int]]] = defaultdict(dict)  # (incident, fate) -> spans
        for m in sorted(e.mentions, key=lambda m: (cx.order[m.article], m.start)):
            found = fate_at(cx.article[m.article].text, m.start, m.end)
            if found is not None and _told_as_fact(cx, m.article, found[1], found[2]):
                told[(cx.component_of[m.article], found[0])].setdefault(m.article, (found[1], found[2]))
        for (_, fate), spans in told.items():
            if len(spans) < 2:
                continue
            arts = sorted(spans, key=cx.order.get)
            quoted = " / ".join(f"“{' '.join(cx.article[a].text[s:t].split())}”" for a, (s, t) in
                                ((a, spans[a]) for a in arts[:3]))
            out.append(Draft(
                "agree", [(a, *spans[a]) for a in arts],
                f"{e.name} {fate}: {listing([cx.source(a) for a in arts])} "
                f"{'both' if len(arts) == 2 else 'all'} name {e.name} among the {fate}: {quoted}.",
                0.7, 0.5, entities=[e.id]))
    return out


def _common_word(cx: Corpus, name: str) -> bool:
    """A one-word "name" the articles also write in small letters ("Front", "Observatory") is a
    word the model took for a person."""
    return " " not in name.strip() and name.lower() in _small_words(cx)


def _small_words(cx: Corpus) -> frozenset[str]:
    """Every word the articles write in small letters, read once per corpus."""
    memo = cx.__dict__.setdefault("_small_words", [])
    if not memo:
        memo.append(frozenset(w for a in cx.articles for w in re.findall(r"\b[a-z][\w'’-]*\b", a.text)))
    return memo[0]


def _told_as_fact(cx: Corpus, article: str, start: int, end: int) -> bool:
    """The claim holding the words states them: not denied, disputed, doubted or negated, nor
    reported as a claim ("claims that X was killed were false")."""
    holding: list[Claim] = [c for c in cx.claims_by_article.get(article, ())
                            if c.start <= start < c.end or c.start < end <= c.end]
    if any(c.stance in REJECTING or c.stance == "speculative" or c.id in cx.res.negated for c in holding):
        return False
    before = cx.article[article].text[max(0, start - 30):start].lower()
    return not any(re.search(rf"\b{re.escape(n)}s?\s+that\s+$", before) for n in cue_sets().claim_nouns)
