"""Did the fire hit? One voice says its rockets or missiles hit their target ("achieving direct
hits", cues.json ``hit_claim_phrases``), another that they were intercepted or fell where they hit
nothing ("the remainder fell in open areas", ``miss_phrases``). The two cannot both be true of one
salvo: one contradiction, with each article's words of either account. A negated or hedged hit
("no direct hits were reported") is no claim of one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.lexicons import cue_regex
from .accounts import Told, claim_at, one_each, one_voice, quoted, sentence_bounds, who
from .candidates import Corpus
from .findings import Draft, listing

# "no direct hits", "not a single direct hit", "whether ... direct hits": the hit not claimed
NOT_CLAIMED = re.compile(r"\b(?:no|not|never|without|whether|if)\b(?:\s+[\w’'-]+){0,3}\s*[\"“]?$", re.IGNORECASE)
PER_SIDE = 3  # articles shown on each side


@dataclass(frozen=True, slots=True)
class Shot(Told):
    """Words of one account of where the fire fell: a hit (``hit``) or a miss."""

    hit: bool = False


def _accounts(cx: Corpus) -> list[Shot]:
    out = []
    for hit, section in ((True, "hit_claim_phrases"), (False, "miss_phrases")):
        pattern = cue_regex(section)
        for article, art in cx.article.items():
            text = art.text
            for m in pattern.finditer(text):
                c = claim_at(cx, article, m.start())  # none in a rejection or a negated claim
                if c is None:
                    continue
                first, _ = sentence_bounds(text, m.start(), m.end())
                if hit and NOT_CLAIMED.search(text, max(first, m.start() - 40), m.start()):
                    continue  # "no direct hits were reported"
                out.append(Shot(c, m.start(), m.end(), None, "", hit))
    return out


def hit_drafts(cx: Corpus) -> list[Draft]:
    """One contradiction per story: the articles' words of a hit against those of a miss, by other
    voices; an article's first words of each account, up to three articles a side."""
    told = _accounts(cx)
    hits = [t for t in told if t.hit]
    misses = [t for t in told if not t.hit]
    out = []
    for component in dict.fromkeys(cx.component_of[t.claim.article] for t in hits):
        mine = [t for t in hits if cx.component_of[t.claim.article] == component]
        against = [t for t in misses if cx.component_of[t.claim.article] == component
                   and not any(one_voice(cx, t.claim, h.claim) for h in mine)]
        if not against:
            continue
        shown_hits, shown_misses = one_each(cx, mine)[:PER_SIDE], one_each(cx, against)[:PER_SIDE]
        spans = [*shown_hits, *shown_misses]
        out.append(Draft(
            "contradict", [(t.claim.article, t.start, t.end) for t in spans],
            f"Did the fire hit? {listing([who(cx, t) for t in shown_hits])}: it hit ({quoted(cx, shown_hits)}); "
            f"but {listing([who(cx, t) for t in shown_misses])}: it was stopped or fell where it hit nothing "
            f"({quoted(cx, shown_misses)}).",
            0.7, 0.7, claims=list(dict.fromkeys(t.claim.id for t in spans))))
    return out

