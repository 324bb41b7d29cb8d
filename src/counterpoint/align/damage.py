"""Damage: a voice saying the strike did no damage ("no damages on the ground", "caused no
damage") against other voices saying something was destroyed or damaged in the same incident
("four or five houses were destroyed", "completely destroyed it"). A count of none of people is
compared in align/harm.py; this is the same contradiction for things, told in words.

The words are cues.json ``no_damage_phrases`` and ``damage_words``, inside claims about the
incident that no voice rejects. Damage counts when it is unnegated and not told as unproven
("claims of the alleged camp being destroyed"), in another voice, at a place that does not
clash, and is not done to a weapon ("destroyed two drones": air defences at work). Unlike a toll,
damage does not grow as it is counted: a later article's damage answers the statement too."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..nlp.lexicons import cues
from ..records import Claim
from .candidates import REJECTING, Corpus, more_of_each
from .findings import MAX_EVIDENCE, Draft
from .investigation import clause_start, word_start
from .legality import NEGATION, sentence_bounds
from .weapons import weapon_pattern

SPAN_REACH = 70  # characters before a damage word shown with it ("four or five houses were destroyed")
WEAPON_REACH = 40  # characters after a damage word where a weapon named is what was destroyed
UNPROVEN = re.compile(r"\b(?:alleged(?:ly)?|claims?|claimed|purported(?:ly)?|reportedly|evidence)\b", re.IGNORECASE)
INTERCEPTED = re.compile(r"\b(?:intercept\w*|shot\s+down|air\s+defen[cs]es?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Told:
    claim: Claim
    article: str
    start: int
    end: int


@functools.cache
def _pattern(section: str) -> re.Pattern[str]:
    phrases = sorted((c.cue for c in getattr(cues(), section)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b",
                      re.IGNORECASE)


def _incident_claims(cx: Corpus, article: str) -> list[Claim]:
    return [c for c in cx.claims_by_article.get(article, ())
            if c.scope == "incident" and c.stance not in REJECTING and c.id not in cx.res.negated]


def _denials(cx: Corpus) -> list[Told]:
    """Each voice's first statement of no damage, with its words."""
    out, seen = [], set()
    for article in cx.claims_by_article:
        text = cx.article[article].text
        for c in _incident_claims(cx, article):
            m = _pattern("no_damage_phrases").search(text, c.start, c.end)
            if m is not None and (article, c.speaker) not in seen:
                seen.add((article, c.speaker))
                out.append(Told(c, article, m.start(), m.end()))
    return out


def _damage_told(cx: Corpus, article: str) -> list[Told]:
    """The article's unnegated words of damage done in the incident, each from its clause's start."""
    text = cx.article[article].text
    sentences = sentence_bounds(text)
    out = []
    for c in _incident_claims(cx, article):
        for m in _pattern("damage_words").finditer(text, c.start, c.end):
            lo = next((a for a, b in sentences if a <= m.start() < b), c.start)
            clause = clause_start(text, max(lo, c.start), m.start())
            before = text[clause:m.start()]
            if NEGATION.search(before[-25:]) or _pattern("no_damage_phrases").search(text, clause, m.end() + 5):
                continue  # "was not damaged", "no houses were destroyed"
            if UNPROVEN.search(before):
                continue  # "claims of the alleged camp being destroyed": damage told as unproven
            if _other_year(cx, article, text[lo:next((b for a, b in sentences if a <= m.start() < b), c.end)]):
                continue  # "was destroyed during the 2005 earthquake": another time's damage
            if weapon_pattern().search(text, m.end(), m.end() + WEAPON_REACH) or INTERCEPTED.search(text, clause, m.end()):
                continue  # "destroyed two drones", "intercepted and destroyed": a weapon stopped
            out.append(Told(c, article, word_start(text, max(clause, m.start() - SPAN_REACH)), m.end()))
    return out


# a year as a time ("during the 2005 earthquake", "in 2014"), not a model ("Mirage 2000 jets")
YEAR = re.compile(r"\b(?:in|during|since|from|until|of)\s+(?:the\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


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

