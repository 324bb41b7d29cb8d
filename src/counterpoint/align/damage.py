"""Damage: a voice saying the strike did no damage ("no damages on the ground", "caused no
damage") against other voices saying a thing was destroyed or damaged in the same incident
("four or five houses were destroyed", "completely destroyed it"). A count of none of people is
compared in align/harm.py; this is the same contradiction for things, told in words.

The words are cues.json ``no_damage_phrases`` and ``damage_words``, inside claims about the
incident that no voice rejects. Damage counts when it is unnegated and not told as unproven
("claims of the alleged camp being destroyed"); when what was damaged (a passive's subject,
else the object) is a physical thing (categories.json facilities, vehicles, settlements or areas:
"houses", "a command post", or "it"), not hopes or a ceasefire, and no weapon ("destroyed two drones": air defences at work); when it is in another
voice, at a place that does not clash, and not another act's ("in response, the army struck ...
and destroyed", "during the 2005 earthquake"). Unlike a toll, damage does not grow as it is
counted: a later article's damage answers the statement too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.lexicons import category_of, cue_regex, lineage
from ..records import Claim
from .candidates import REJECTING, Corpus
from .selection import more_of_each
from .elsewhere import told_of_another_act
from .findings import MAX_EVIDENCE, Draft
from .legality import NEGATION, sentence_bounds
from .text import clause_start, word_start
from .weapons import weapon_pattern

SPAN_REACH = 70  # characters before a damage word shown with it ("four or five houses were destroyed")
THING_REACH = 6  # words after a damage word where what was damaged is named ("destroyed a command post")
PHYSICAL = ("facilities", "vehicle", "settlements", "areas")  # things a strike damages (not its munitions)
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
PRONOUNS = {"it", "them", "everything"}  # "completely destroyed it": the thing named before
UNPROVEN = re.compile(r"\b(?:alleged(?:ly)?|claims?|claimed|purported(?:ly)?|reportedly|evidence)\b", re.IGNORECASE)
INTERCEPTED = re.compile(r"\b(?:intercept\w*|shot\s+down|air\s+defen[cs]es?)\b", re.IGNORECASE)
RESPONSE = re.compile(r"\b(?:in\s+response|in\s+retaliation|retaliat\w*)\b", re.IGNORECASE)
# a year as a time ("during the 2005 earthquake", "in 2014"), not a model ("Mirage 2000 jets")
YEAR = re.compile(r"\b(?:in|during|since|from|until|of)\s+(?:the\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][\w'-]*")


@dataclass(frozen=True)
class Told:
    claim: Claim
    article: str
    start: int
    end: int


def _incident_claims(cx: Corpus, article: str) -> list[Claim]:
    return [c for c in cx.claims_by_article.get(article, ())
            if c.scope == "incident" and c.stance not in REJECTING and c.id not in cx.res.negated]


def _denials(cx: Corpus) -> list[Told]:
    """Each voice's first statement of no damage, with its words."""
    out, seen = [], set()
    for article in cx.claims_by_article:
        text = cx.article[article].text
        for c in _incident_claims(cx, article):
            m = cue_regex("no_damage_phrases").search(text, c.start, c.end)
            if m is not None and (article, c.speaker) not in seen:
                seen.add((article, c.speaker))
                out.append(Told(c, article, m.start(), m.end()))
    return out


# words that end the noun phrase a damage word is said of: prepositions ("hopes for talks") and,
# before a passive, its auxiliary ("houses were destroyed")
PHRASE_ENDS = {"of", "for", "in", "between", "to", "on", "at", "with", "from", "among", "across", "over", "by",
               "near", "during", "after", "before", "since", "were", "was", "are", "is", "been", "being"}


def _head_phrase(words: list[str]) -> list[str]:
    """The noun phrase a damage verb is said of, up to its first preposition, past a possessor
    ("hopes for talks" -> hopes; "the village's reputation" -> reputation)."""
    out: list[str] = []
    for w in words:
        if w.lower() in PHRASE_ENDS:
            break
        if w.endswith(("'s", "’s")):
            out = []  # the possessor owns the thing; what follows is the thing
            continue
        out.append(w)
    return out


def _subject_phrase(words: list[str]) -> list[str]:
    """The noun phrase a passive damage verb is said of: the last coordinated part before its
    auxiliary, from its start to its first preposition ("a huge crater and four or five houses
    were" -> four or five houses; "Hopes for peace in the region were" -> Hopes)."""
    last = len(words) - 1 - words[::-1].index("and") if "and" in words else -1
    return _head_phrase(words[last + 1:])


def _physical(words: list[str]) -> bool:
    """Do the words name a thing a strike can damage (a building, a site, a vehicle), or stand for one?"""
    if any(w.lower() in PRONOUNS for w in words[:2]):
        return True
    return any(any(root in lineage(c) for root in PHYSICAL)
               for n in range(len(words)) for k in (2, 1)
               if (c := category_of(" ".join(words[n:n + k]))) is not None)


def _damage_told(cx: Corpus, article: str) -> list[Told]:
    """The article's unnegated words of damage done to things in the incident, each from its clause's start."""
    text = cx.article[article].text
    sentences = sentence_bounds(text)
    out = []
    for c in _incident_claims(cx, article):
        for m in cue_regex("damage_words").finditer(text, c.start, c.end):
            lo, hi = next(((a, b) for a, b in sentences if a <= m.start() < b), (c.start, c.end))
            clause = clause_start(text, max(lo, c.start), m.start())
            before = text[clause:m.start()]
            if NEGATION.search(before[-25:]) or cue_regex("no_damage_phrases").search(text, clause, m.end() + 5):
                continue  # "was not damaged", "no houses were destroyed"
            if UNPROVEN.search(before):
                continue  # "claims of the alleged camp being destroyed": damage told as unproven
            after = WORD.findall(text[m.end():hi])[:THING_REACH]
            # what was damaged: the subject of a passive ("houses were destroyed"), else the object
            thing = _subject_phrase(WORD.findall(before)) if PASSIVE.search(before) else _head_phrase(after)
            if not _physical(thing):
                continue  # "damaged hopes for peace talks": no thing damaged
            if weapon_pattern().search(" ".join(after[:4])) or INTERCEPTED.search(text, clause, m.end()):
                continue  # "destroyed two drones", "intercepted and destroyed": a weapon stopped
            if RESPONSE.search(text, lo, m.start()) or told_of_another_act(text, m.start()) \
                    or _other_year(cx, article, text[lo:hi]):
                continue  # "in response, the army struck ... and destroyed", "during the 2005 earthquake"
            out.append(Told(c, article, word_start(text, max(clause, m.start() - SPAN_REACH)), m.end()))
    return out


def _other_year(cx: Corpus, article: str, sentence: str) -> bool:
    """The sentence names a year, and none of the incident's articles is dated in it."""
    years = set(YEAR.findall(sentence))
    if not years:
        return False
    dated = {a.date[:4] for a in cx.articles if a.date and cx.component_of.get(a.id) == cx.component_of[article]}
    return bool(dated) and not years & dated


def damage_denial_drafts(cx: Corpus) -> list[Draft]:
    """One contradiction per statement of no damage and the damage other voices tell."""
    denials = _denials(cx)
    if not denials:
        return []
    told_by_article = {a: _damage_told(cx, a) for a in cx.claims_by_article}
    out = []
    for d in denials:
        answers: dict[str, list[Told]] = {}
        for article, told in told_by_article.items():
            if cx.component_of[article] != cx.component_of[d.article]:
                continue
            mine = [t for t in told if (t.article, t.claim.speaker) != (d.article, d.claim.speaker)
                    and not cx.places_clash(d.claim.id, t.claim.id)]
            if mine:
                answers[article] = mine
        if not answers:
            continue
        firsts = [ts[0] for ts in answers.values()][:MAX_EVIDENCE - 1]
        shown = firsts + more_of_each(firsts, list(answers.values()), MAX_EVIDENCE - 1 - len(firsts))
        shown.sort(key=lambda t: (cx.order[t.article], t.start))
        who = cx.speaker_name(d.claim.id)
        words = "; ".join(f"{cx.source(t.article)}: “{_words(cx, t)}”" for t in firsts[:3])
        out.append(Draft(
            "contradict", [(d.article, d.start, d.end)] + [(t.article, t.start, t.end) for t in shown],
            f"{who + ' (' + cx.source(d.article) + ')' if who else cx.source(d.article)}: “{_words(cx, d)}”; "
            f"but {words}: both cannot be true.", 0.7, 0.8,
            claims=list(dict.fromkeys([d.claim.id, *(t.claim.id for t in shown)]))))
    return out


def _words(cx: Corpus, t: Told) -> str:
    return " ".join(cx.article[t.article].text[t.start:t.end].split())
