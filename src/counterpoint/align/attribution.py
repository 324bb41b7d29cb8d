"""Framing by the verb of saying, per party: one side's account of the incident told at a distance
by one article ("Tehran claimed that it had launched the missiles", "in what Kyiv said was a
missile strike") and plainly by another ("State media in Iran said its missiles struck"), whoever
of that side speaks. align/saying.py compares how articles report one voice; this compares the
voices of one party (a side the lexicon knows, else a state by the country its organs name, else
an armed group), which different outlets quote through different people."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..nlp.lexicons import cue_regex, cues
from ..records import Claim
from ..resolve.actors import countries_named, national_side
from .accounts import sentence_bounds
from .candidates import REJECTING, Corpus, family
from .findings import MAX_EVIDENCE, Draft, listing
from .saying import DISTANCING, PLAIN, VOICES, verb_class, owns_an_act

FAMILIES = ("attack",)  # accounts of the act itself


@functools.cache
def _in_what() -> re.Pattern[str]:
    """"in what Kyiv said was a Russian missile strike", "struck what it described as a spy centre":
    the account set off as someone's (cues.json ``told_as_words``), inside a sentence the article
    tells in its own voice."""
    verbs = "|".join(r"\s+".join(map(re.escape, c.cue.split()))
                     for c in sorted(cues().told_as_words, key=lambda c: len(c.cue), reverse=True))
    return re.compile(rf"\b(?:in\s+)?what\s+(?P<who>(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)\s+(?:{verbs})\b",
                      re.IGNORECASE)


LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
PER_ARTICLE = 2
NAMED = 3  # voices named in the explanation; the rest are counted
CLAUSE_CHARS = 120  # an account shown to the end of its clause, or this many characters


def attribution_framing_drafts(cx: Corpus) -> list[Draft]:
    """One finding per incident and party whose account some articles only hold off and others
    only pass on, showing each article's words; one voice's reports are align/saying.py's."""
    told: dict[tuple[int, str], dict[str, list[tuple[str, int, int, str, str]]]] = \
        defaultdict(lambda: defaultdict(list))
    for c in cx.claims:
        if c.scope != "incident" or c.stance in REJECTING or c.event is None or family(c.event.type) not in FAMILIES:
            continue
        for party, voice, span, way in _tellings(cx, c):
            told[(cx.component_of[c.article], party)][c.article].append((*span, way, voice))
    out = []
    for by_article in told.values():
        ways = {a: {t[3] for t in ts} for a, ts in by_article.items()}
        distant = [a for a, w in ways.items() if w == {DISTANCING}]
        plain = [a for a, w in ways.items() if w == {PLAIN}]  # an article doing both takes no side
        voices = list(dict.fromkeys(t[4] for a in sorted(distant, key=cx.order.get) + sorted(plain, key=cx.order.get)
                                    for t in by_article[a]))  # those held off first
        if not distant or not plain or (len(voices) == 1 and _saying_reads(cx, by_article)):
            continue  # one voice saying.py compares already
        spans: list[tuple[str, int, int]] = []
        parts = []
        for a in sorted(distant, key=cx.order.get) + sorted(plain, key=cx.order.get):
            mine = sorted({t[:3] for t in by_article[a]}, key=lambda t: t[1])[:PER_ARTICLE]
            mine = mine[:max(0, MAX_EVIDENCE - len(spans))]
            if not mine:
                continue
            spans += mine
            quoted = listing([f"“{_opening(cx, s)}”" for s in mine])
            parts.append(f"{cx.source(a)} {'holds it off' if a in distant else 'passes it on'} ({quoted})")
        names = listing(voices[:NAMED] + ([f"{len(voices) - NAMED} more"] if len(voices) > NAMED else []))
        out.append(Draft("framing", spans, f"How the account of {names} is reported: " + "; ".join(parts) + ".",
                         0.5, 0.4))
    return out


def _saying_reads(cx: Corpus, by_article: dict) -> bool:
    """Is the one voice of this party one align/saying.py compares (an organisation, a person, an
    armed group; not a place such as "Tehran")?"""
    voices = {t[4] for ts in by_article.values() for t in ts}
    return any(e.kind in VOICES for e in cx.res.entities if e.name in voices)


def _tellings(cx: Corpus, c: Claim) -> list[tuple[str, str, tuple[str, int, int], str]]:
    """(party, voice, span, way) for each way the claim is told as someone's account: by the verb
    of saying before it ("Tehran claimed that ..."), or by "in what X said was" inside it."""
    text = cx.article[c.article].text
    out = []
    start, _ = sentence_bounds(text, c.start, c.end)
    verb = LAST_WORD.search(text, start, c.start)
    if verb and c.speaker is not None and not _reported_before(text, start, verb.start(1)):
        way, party, at = verb_class(verb.group(1).lower()), _party(cx, c.speaker), verb.start(1)
        held = next((m for m in _in_what().finditer(text, start, c.start) if m.start() <= at < m.end()), None)
        if held is not None:  # "in what Pakistan said was ...": the verb is part of holding it off
            way, at = DISTANCING, held.start()
        elif owns_an_act(text[c.start:c.end]):
            way = None  # "claimed the attack": owning the act, no account of it
        if way is not None and party is not None:
            out.append((party, cx.entity[c.speaker].name, (c.article, at, _clause_end(text, c.start, c.end)), way))
    for m in _in_what().finditer(text, c.start, c.end):
        who = next((e for e in cx.res.entities for mn in e.mentions
                    if mn.article == c.article and m.start("who") <= mn.start < m.end("who")), None)
        party = _party(cx, who.id) if who is not None else None
        if party is not None:
            out.append((party, who.name, (c.article, m.start(), _clause_end(text, m.end(), c.end)), DISTANCING))
    return out


def _reported_before(text: str, start: int, at: int) -> bool:
    """Does another verb of saying govern this one ("A Pakistani official said Tehran claimed ..."),
    earlier in the sentence and in the same clause (not "X said ..., and Tehran claimed ...")? Then
    the verb is that speaker's word, not the outlet's."""
    for w in re.finditer(r"[a-z]+", text[start:at]):  # lowercase: "State media in Iran said" holds no verb "state"
        if verb_class(w.group()) is not None and not CLAUSE_BREAK.search(text, start + w.end(), at):
            return True
    return False


CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while)\b|;|\band\s+(?=[A-Z])")


def _party(cx: Corpus, eid: str) -> str | None:
    """Whose account a voice gives: an armed group's side where the lexicon knows it; else a
    state's, by the country it names, where the voice is the state itself or one of its organs
    ("Tehran", "Iran's foreign minister", "State media in Iran"); else its side; else itself if it
    is an armed group. None for a voice of no party ("officials", a witness, "Syrian rescue
    workers", a monitor): a nationality is no side."""
    e = cx.entity[eid]
    sides = cx.voice_sides(eid)
    if e.kind == "actor" and sides:  # an armed group's own side: "the Free Syrian Army" is no voice of Syria's state
        return "+".join(sorted(sides))
    countries = countries_named(e.name)
    if countries and (e.kind == "place" or cue_regex("state_organ_words").search(e.name)):
        return "+".join(sorted(national_side(c) or c for c in countries))  # "Kyiv" and "Ukraine's army": one side
    if sides:
        return "+".join(sorted(sides))
    return e.id if e.kind == "actor" else None


CLAUSE_MARK = re.compile(r"[;,.—–]")


def _clause_end(text: str, start: int, end: int) -> int:
    stop = CLAUSE_MARK.search(text, start + 1, end)
    return min(stop.start() if stop else end, start + CLAUSE_CHARS)


def _opening(cx: Corpus, span: tuple[str, int, int]) -> str:
    """The first words of a span: how it is told ("Tehran claimed that it had …")."""
    words = cx.article[span[0]].text[span[1]:span[2]].split()
    return " ".join(words[:6]) + (" …" if len(words) > 6 else "")
