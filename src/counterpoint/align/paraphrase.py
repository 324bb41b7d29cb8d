"""Paraphrase: two articles stating the same thing in other words ("the Ukrainian army did not
launch missile and artillery strikes on the area of Olenivka" / "the Ukrainian military denied
making any rocket or artillery strikes in Olenivka"), found by the distinctive words the claims
share (align/anchors.py). Agree, when enough of the shorter claim's words are shared and both say
it the same way round (both affirm it, or both deny it).

Words most of an incident's claims use (the town, "strike") tell nothing about which claims match,
so a word counts only when few claims of its coverage use it. Figures are compared in
align/figures.py and the same speaker's accounts of the act in align/assertions.py; neither is repeated here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import category_of
from ..records import Claim
from .anchors import anchors, stem, stems
from .disputes import short_quote, who_says
from .candidates import REJECTING, Corpus
from .findings import Draft, listing

MIN_SHARED = 3  # distinctive words two claims must share
MIN_OVERLAP = 0.5  # ... and this share of the shorter claim's distinctive words
COMMON_SHARE = 0.2  # a word in more than this share of a coverage's claims is its vocabulary
MAX_COMMON = 40  # ... and one in more claims than this, whatever the share
NEGATION = re.compile(r"\b(?:not|no|never|nor|none|without)\b|n['’]t\b", re.IGNORECASE)
MAX_CHARS = 300  # a longer claim says too many things to match as one
PER_COVERAGE = 12  # findings per incident's coverage, the best first
MAX_GROUP = 6  # claims in one finding, one per article


def paraphrase_drafts(cx: Corpus) -> list[Draft]:
    claims = [c for c in cx.claims if _comparable_claim(cx, c)]
    comp = {c.id: cx.component_of[c.article] for c in claims}
    size: Counter[int] = Counter(comp.values())
    df: Counter[tuple[int, str]] = Counter((comp[c.id], w) for c in claims for w in anchors(c.text))

    figure_words = cue_sets().figure_words  # "the death toll": told through the figures (align/figures.py)
    place_words = _place_words(cx)

    def rare(c: Claim) -> frozenset[str]:
        k = comp[c.id]
        cap = min(MAX_COMMON, max(2, COMMON_SHARE * size[k]))
        return frozenset(w for w in anchors(c.text) if df[(k, w)] <= cap and w not in figure_words
                         and w not in place_words[c.article])

    words = {c.id: rare(c) for c in claims}
    lower_words = {c.id: stems(" ".join(re.findall(r"\b[a-z][\w'’-]*", c.text))) for c in claims}
    index: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for c in claims:
        for w in words[c.id]:
            index[(comp[c.id], w)].append(c)
    shared: Counter[tuple[str, str]] = Counter()
    by_id = {c.id: c for c in claims}
    for (k, _), members in index.items():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.article != b.article and cx.comparable(a.article, b.article):
                    shared[(a.id, b.id) if cx.order[a.article] < cx.order[b.article] else (b.id, a.id)] += 1
    linked: dict[str, list[tuple[int, Claim]]] = defaultdict(list)  # claim -> paraphrases, by words shared
    scored = []
    for (x, y), n in shared.items():
        a, b = by_id[x], by_id[y]
        plain = words[x] & words[y] & stems(a.text) & stems(b.text)  # words, not the kinds or countries named
        only_theirs = sum(1 for w in plain if df[(comp[x], w)] == 2 and w in lower_words[x] and w in lower_words[y])
        if len(plain) < MIN_SHARED or (n < MIN_OVERLAP * min(len(words[x]), len(words[y]))
                                       and (only_theirs < 2 or n < 0.2 * min(len(words[x]), len(words[y]))
                                            or _other_things(cx, words[x], words[y]))):
            continue
        if bool(NEGATION.search(a.text)) != bool(NEGATION.search(b.text)):
            continue  # "the wounds are life-threatening" / "are not life-threatening": opposites
        if _denies(cx, a) != _denies(cx, b) or (a.speaker is not None and a.speaker == b.speaker
                                                  and a.event and b.event and a.event.type == b.event.type):
            continue  # one denies what the other says: a dispute; one speaker's account of the act twice:
            # align/assertions.py (their words on anything else, "the Secretary-General condemns", are here)
        if _rival_actors(cx, a, b):
            continue  # "Russian forces fired at the prison" / "Ukraine's military struck the prison"
        scored.append((-n, comp[x], cx.order[a.article], a.start, a, b))
        linked[x].append((n, b))
        linked[y].append((n, a))
    scored.sort(key=lambda t: t[:4])
    out: list[Draft] = []
    used: set[str] = set()
    per: Counter[int] = Counter()
    for _, k, _, _, a, b in scored:
        if a.id in used or b.id in used or per[k] >= PER_COVERAGE:
            continue
        group = _grow(cx, [a, b], linked, used)
        used |= {c.id for c in group}
        per[k] += 1
        common = set.intersection(*(set(words[c.id] & stems(c.text)) for c in group))
        common = sorted(common or (words[a.id] & words[b.id] & stems(a.text) & stems(b.text)))[:5]
        out.append(Draft(
            "agree", [cx.claim_span(c) for c in group],
            f"{listing([who_says(cx, c) for c in group])} say the same in other words ({', '.join(common)}): "
            + " / ".join(f"“{short_quote(c)}”" for c in group[:3]) + ("…" if len(group) > 3 else "") + ".",
            0.5, 0.3, claims=[c.id for c in group]))
    return out


def _grow(cx: Corpus, group: list[Claim], linked: dict[str, list[tuple[int, Claim]]],
          used: set[str]) -> list[Claim]:
    """A found pair joined by the other articles' claims that paraphrase each member, one claim
    per article, best first: "four outlets say the same" is one finding, not six pairs."""
    while len(group) < MAX_GROUP:
        have = {c.article for c in group}
        ties: Counter[str] = Counter()  # a newcomer must paraphrase every member, not just one
        weight: Counter[str] = Counter()
        by_id: dict[str, Claim] = {}
        for g in group:
            for n, c in linked.get(g.id, ()):
                if c.article not in have and c.id not in used:
                    ties[c.id] += 1
                    weight[c.id] += n
                    by_id[c.id] = c
        options = [by_id[i] for i, t in ties.items() if t == len(group)]
        if not options:
            break
        group.append(max(options, key=lambda c: (weight[c.id], -cx.order[c.article], -c.start)))
    return sorted(group, key=lambda c: (cx.order[c.article], c.start))


def _other_things(cx: Corpus, a: frozenset[str], b: frozenset[str]) -> bool:
    """Each claim names a kind of thing the other does not ("a rebel command centre and an
    ammunition depot" / "a bakery and a pharmacy"): two accounts of what was hit, not one."""
    things = [{w for w in ws if "facilities" in cx.ancestors.get(w, ())} for ws in (a, b)]
    return bool(things[0] - things[1]) and bool(things[1] - things[0])


def _place_words(cx: Corpus) -> dict[str, frozenset[str]]:
    """The proper names of the places each article names, as places or after a preposition of
    place ("between Ardan and ... at Birkat Salim", whatever the model took them for): where a thing
    happened is compared in align/location.py, and two claims that name the same town and road say
    nothing alike for that. A word the taxonomy knows stays content ("Tel Amra Central Prison": prison)."""
    names: dict[str, set[str]] = defaultdict(set)
    for e in cx.res.entities:
        if e.kind == "place":
            for m in e.mentions:
                names[m.article].add(m.text)
    for a in cx.articles:
        names[a.id] |= {m.group(1) for m in PLACE_NAMED.finditer(a.text)}
    return defaultdict(frozenset, {a: frozenset(stem(w.lower()) for n in ns for w in re.findall(r"[A-Z][\w'’-]+", n)
                                                if category_of(w.lower()) is None)
                                   for a, ns in names.items()})


# a run of capitalised words after a preposition of place: "between Ardan", "at Birkat Salim"
PLACE_NAMED = re.compile(r"\b(?:in|at|near|from|between|toward|towards|outside|around|into)\s+"
                         r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})")


def _comparable_claim(cx: Corpus, c: Claim) -> bool:
    if c.scope != "incident" or c.stance == "speculative" or len(c.text) > MAX_CHARS:
        return False
    return not any(q.role for q in cx.quantities_by_claim.get(c.id, ()))  # figures: align/figures.py


def _denies(cx: Corpus, c: Claim) -> bool:
    return c.stance in REJECTING or c.id in cx.res.negated


def _rival_actors(cx: Corpus, a: Claim, b: Claim) -> bool:
    """Both name who acted, and no actor of one is, or is allied with, an actor of the other."""
    xa, xb = set(a.event.actors if a.event else ()), set(b.event.actors if b.event else ())
    if not xa or not xb or xa & xb:
        return False
    sides_b = {cx.side(x) for x in xb} - {None}
    return not any(cx.aligned_sides(x) & sides_b for x in xa)
