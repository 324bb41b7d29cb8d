"""Means: the kind of weapon the accounts say was used ("a helicopter", "ballistic missiles",
"a drone"), as opposed to the named model (align/weapons.py).

Several articles that say the attack was carried out with the same kind agree; an article that
never names a kind that two or more others name leaves it out. Kinds are categories of
``categories.json`` listed in ``weapons.json`` ``kinds``; only words inside claims that tell the
incident count (a war's history of drone strikes is background), and a claim that denies the
attack names no means of it.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..nlp.lexicons import categories, lineage, weapon_named, weapons
from .candidates import REJECTING, Corpus, family
from .findings import MAX_EVIDENCE, Draft, listing, verb_for
from .revisions import told_within_days

ATTACKS = ("attack",)  # the event families whose claims tell how the incident was carried out
MIN_ARTICLES = 2  # a kind named by fewer articles is no shared account


@dataclass(frozen=True, slots=True)
class KindMention:
    kind: str
    article: str
    start: int
    end: int
    claim: str


@functools.cache
def _kind_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per kind: its category's terms, longest first, with a plural ending; a term
    that is a named model ("Iskander") is left to align/weapons.py."""
    terms_of, out = {c.key: c.terms for c in categories().categories}, []
    excluded = set(weapons().kind_terms_excluded)
    for kind in weapons().kinds:
        terms = [t for t in terms_of[kind] if _not_a_model(t) and t not in excluded]
        body = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
        out.append((kind, re.compile(rf"(?<![\w-])(?:{body})(?:s|es)?\b", re.IGNORECASE)))
    return tuple(out)


# what the attack destroyed, not what it was carried out with: "destroyed two helicopters", "shot
# down a drone", "two helicopters were destroyed"; "hit by a drone", "a drone struck" are the means
DESTROYED = (r"(?:destroy\w*|down(?:ed|ing)?|shot\s+down|shoot\w*\s+down|damag\w*|intercept\w*|captur\w*|"
             r"seiz\w*|burn\w*|wreck\w*)")
STRUCK = re.compile(rf"\b{DESTROYED}\s+(?:(?!by\b|with\b|from\b)[\w’'-]+\s+){{0,3}}$", re.IGNORECASE)
STRUCK_AFTER = re.compile(rf"(?:es|s)?\s+(?:were|was|have been|had been|being)\s+(?:\w+\s+)?{DESTROYED}\b",
                          re.IGNORECASE)
NEXT_WORD = re.compile(r"[\s-]+([\w’'-]+)")
BEFORE = 40  # characters before a kind's word looked at for what sets it apart


def _means_word(text: str, start: int, end: int) -> bool:
    """Does the kind's word at ``start`` name the means, not a target ("destroyed two helicopters"),
    a defence against it ("anti-aircraft") or a person ("suicide bomber")?"""
    before = text[max(0, start - BEFORE):start]
    words = re.findall(r"[\w’'-]+", before.lower())
    if words and words[-1] in weapons().kind_not_after or before.lower().endswith(
            tuple(f"{w}-" for w in weapons().kind_not_after)):
        return False
    after = NEXT_WORD.match(text, end)
    if after and after.group(1).lower() in weapons().kind_not_before:
        return False  # "drone footage", "a helicopter base": the word qualifies another thing
    return not STRUCK.search(before) and not STRUCK_AFTER.match(text, end)


def kind_mentions(cx: Corpus) -> list[KindMention]:
    """Each kind named in a claim that tells the attack (not one that rejects it), in text order."""
    cached = cx.__dict__.get("_kind_mentions")
    if cached is not None:
        return cached
    out: list[KindMention] = []
    for c in cx.claims:
        if c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated:
            continue
        if family(c.event.type if c.event else None) not in ATTACKS:
            continue
        text = cx.article[c.article].text
        found = [(m.start(), m.end(), kind) for kind, pattern in _kind_patterns()
                 for m in pattern.finditer(text, c.start, c.end) if _means_word(text, m.start(), m.end())]
        # overlapping words of two kinds ("mortar shells", "unmanned aircraft"): the longest names it
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        last_end = -1
        for start, end, kind in found:
            if start >= last_end:
                out.append(KindMention(kind, c.article, start, end, c.id))
                last_end = end
    out.sort(key=lambda m: (cx.order[m.article], m.start))
    cx.__dict__["_kind_mentions"] = out
    return out


def _by_kind(cx: Corpus) -> dict[tuple[int, str], dict[str, KindMention]]:
    """Per incident and kind, each article's fullest mention of it ("ballistic missiles" before
    "missile"), the first in the body (a headline's only when the body has none: a headline
    compresses)."""
    found: dict[tuple[int, str], dict[str, KindMention]] = defaultdict(dict)
    text = {a.id: a.text for a in cx.articles}
    for m in sorted(kind_mentions(cx), key=lambda m: (m.start < cx.headline_end(m.article),
                                                       -len(text[m.article][m.start:m.end].split()), m.start)):
        found[(cx.component_of[m.article], m.kind)].setdefault(m.article, m)
    for key, firsts in found.items():
        found[key] = dict(sorted(firsts.items(), key=lambda item: cx.order[item[0]]))
    return found


def _noun(kind: str) -> str:
    return kind.replace("_", " ")


def means_drafts(cx: Corpus) -> list[Draft]:
    """Articles that say the attack was carried out with the same kind of weapon agree (one
    finding per kind and incident); when two or more do and another never names it, that one
    leaves it out."""
    out = []
    for (component, kind), firsts in _by_kind(cx).items():
        if len(firsts) < MIN_ARTICLES:
            continue
        shown = list(firsts.values())[:MAX_EVIDENCE]
        names = listing([cx.source(m.article) for m in shown])
        words = ", ".join(f"“{cx.article[m.article].text[m.start:m.end]}”" for m in shown)
        out.append(Draft(
            "agree", [(m.article, m.start, m.end) for m in shown],
            f"Weapon used, {_noun(kind)}: {names} {'both' if len(shown) == 2 else 'all'} name it ({words}).",
            0.6, 0.5, claims=list(dict.fromkeys(m.claim for m in shown))))
        pattern = dict(_kind_patterns())[kind]
        implied = weapons().kind_implied_by.get(kind, ())
        silent = [a for a in cx.components[component]
                  if a not in firsts and not pattern.search(cx.article[a].text)
                  and not any(c.event and c.event.type in implied for c in cx.claims_by_article.get(a, ()))]
        if silent:
            silent.sort(key=cx.order.get)
            out.append(Draft(
                "omission", [(m.article, m.start, m.end) for m in shown],
                f"Weapon used, {_noun(kind)}: {names} {verb_for([cx.source(m.article) for m in shown], 'names', 'name')} "
                f"it; {listing([cx.source(a) for a in silent])} "
                f"{verb_for([cx.source(a) for a in silent], 'does', 'do')} not.",
                0.55, 0.55, claims=list(dict.fromkeys(m.claim for m in shown)), missing_from=silent))
    return out


def rival_means_drafts(cx: Corpus) -> list[Draft]:
    """Articles that each name one kind of a group one strike is carried out by only one of
    (weapons.json ``rival_kinds``: a drone or a helicopter), and different ones, contradict: one
    finding per incident and group. An article naming two kinds of the group is left out (a raid
    may use both), and so is one told of another place, or of a day more than ``SAME_STRIKE_DAYS``
    apart (an article on another strike of the war)."""
    out = []
    by_kind = _by_kind(cx)
    for component, members in enumerate(cx.components):
        for group in weapons().rival_kinds:
            single = []  # each article's mention of the one kind of the group it names
            for a in sorted(members, key=cx.order.get):
                named = [by_kind[(component, k)][a] for k in group if a in by_kind.get((component, k), {})]
                if len(named) == 1:
                    single.append(named[0])
            rivals = {m.article for m in single for o in single if m.kind != o.kind and _same_strike(cx, m, o)}
            told: dict[str, list[KindMention]] = defaultdict(list)  # kind -> each article's mention of it
            for m in single:
                if m.article in rivals:
                    told[m.kind].append(m)
            if len(told) < 2:
                continue
            room = max(1, MAX_EVIDENCE // len(told))
            shown = [m for mentions in told.values() for m in mentions[:room]]
            parts = [f"{listing([cx.source(m.article) for m in mentions])} "
                     f"{verb_for([cx.source(m.article) for m in mentions], 'says', 'say')} a {_noun(kind)} ("
                     + ", ".join(f"“{cx.article[m.article].text[m.start:m.end]}”" for m in mentions[:room]) + ")"
                     for kind, mentions in told.items()]
            out.append(Draft(
                "contradict", [(m.article, m.start, m.end) for m in shown],
                f"Carried out by what? {'; '.join(parts)}: one strike told as carried out by different "
                f"{'aircraft' if all('aircraft' in lineage(k) for k in told) else 'weapons'}.",
                0.6, 0.6, claims=list(dict.fromkeys(m.claim for m in shown))))
    return out


SAME_STRIKE_DAYS = 3  # a strike's day as told, or the day an article reports it


def _same_strike(cx: Corpus, m: KindMention, o: KindMention) -> bool:
    if not cx.comparable(m.article, o.article) or cx.places_clash(m.claim, o.claim):
        return False
    return told_within_days(cx, (m.article, m.claim), (o.article, o.claim), SAME_STRIKE_DAYS)


def _not_a_model(term: str) -> bool:
    """A kind's word that names no model ("missile"), or a class that is a kind too ("ballistic
    missile"): a model ("Iskander") is left to align/weapons.py."""
    w = weapon_named(term)
    return w is None or weapons().slots[w.slot].kind_words
