"""Paraphrase: two articles stating the same thing in other words ("the Ukrainian army did not
launch missile and artillery strikes on the area of Olenivka" / "the Ukrainian military denied
making any rocket or artillery strikes in Olenivka"), found by the distinctive words the claims
share (align/anchors.py). Agree, when enough of the shorter claim's words are shared and both say
it the same way round (both affirm it, or both deny it).

Words most of an incident's claims use (the town, "strike") tell nothing about which claims match,
so a word counts only when few claims of its coverage use it. Figures are compared in
align/figures.py and the same speaker's claims in align/assertions.py; neither is repeated here.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..records import Claim
from .anchors import anchors, stems
from .assertions import _short, _who
from .candidates import REJECTING, Corpus
from .findings import Draft

MIN_SHARED = 3  # distinctive words two claims must share
MIN_OVERLAP = 0.5  # ... and this share of the shorter claim's distinctive words
COMMON_SHARE = 0.2  # a word in more than this share of a coverage's claims is its vocabulary
MAX_COMMON = 40  # ... and one in more claims than this, whatever the share
MAX_CHARS = 300  # a longer claim says too many things to match as one
PER_COVERAGE = 6  # findings per incident's coverage, the best first


def paraphrase_drafts(cx: Corpus) -> list[Draft]:
    claims = [c for c in cx.claims if _comparable_claim(cx, c)]
    comp = {c.id: cx.component_of[c.article] for c in claims}
    size: Counter[int] = Counter(comp.values())
    df: Counter[tuple[int, str]] = Counter((comp[c.id], w) for c in claims for w in anchors(c.text))

    def rare(c: Claim) -> frozenset[str]:
        k = comp[c.id]
        cap = min(MAX_COMMON, max(2, COMMON_SHARE * size[k]))
        return frozenset(w for w in anchors(c.text) if df[(k, w)] <= cap)

    words = {c.id: rare(c) for c in claims}
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
    scored = []
    for (x, y), n in shared.items():
        a, b = by_id[x], by_id[y]
        plain = words[x] & words[y] & stems(a.text) & stems(b.text)  # words, not the kinds or countries named
        if len(plain) < MIN_SHARED or n < MIN_OVERLAP * min(len(words[x]), len(words[y])):
            continue
        if _denies(cx, a) != _denies(cx, b) or (a.speaker is not None and a.speaker == b.speaker):
            continue  # one denies what the other says: a dispute; one speaker twice: align/assertions.py
        if _rival_actors(cx, a, b):
            continue  # "Russian forces fired at the prison" / "Ukraine's military struck the prison"
        scored.append((-n, comp[x], cx.order[a.article], a.start, a, b))
    scored.sort(key=lambda t: t[:4])
    out: list[Draft] = []
    used: set[str] = set()
    per: Counter[int] = Counter()
    for _, k, _, _, a, b in scored:
        if a.id in used or b.id in used or per[k] >= PER_COVERAGE:
            continue
        used |= {a.id, b.id}
        per[k] += 1
        common = sorted(words[a.id] & words[b.id] & stems(a.text) & stems(b.text))[:5]
        out.append(Draft(
            "agree", [cx.claim_span(a), cx.claim_span(b)],
            f"{_who(cx, a)} and {_who(cx, b)} say the same in other words ({', '.join(common)}): "
            f"“{_short(a)}” / “{_short(b)}”.",
            0.5, 0.3, claims=[a.id, b.id]))
    return out


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
