"""How was the site hit? One voice says a blast of weapons stored nearby set the site afire or
wrecked it ("the detonation of stored ammunition caused a fire in a non-functioning shopping
centre"; cues.json ``blast_nouns`` of ``stock_nouns``, or "secondary explosions", told as the cause
with ``blast_cause_words``), another that the
strike hit the site itself ("the shopping centre was hit directly by Russian missiles"). The blast
account answers the accounts of the site struck: per incident and kind of site, one dispute for
each article telling of the strike on it, with every article's words of the blast account."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..nlp.lexicons import category_of, cue_regex
from .candidates import Corpus
from .accounts import GENERIC_SITES, Told, claim_at, each_against, one_each, phrases, sentence_bounds, site_names
from .findings import Draft
from .targets import stated_objects, target_kind

PER_SIDE = 6  # articles shown for the blast account; the last span is the strike on the site


@functools.cache
def _blast() -> re.Pattern[str]:
    """"the detonation of the ammunition stockpiles", "explosions from weapons and ammunition",
    "secondary explosions", "the ammunition stored in the hangar exploded"."""
    blast, stock = phrases("blast_nouns"), phrases("stock_nouns")
    return re.compile(rf"\bsecondary\s+{blast}\b|\b{blast}\s+(?:of|from)\s+(?:[\w’'-]+\s+){{0,3}}?{stock}\b"
                      rf"|\b{stock}\s+(?:[\w’'-]+\s+){{0,5}}?(?:exploded|detonated)\b", re.IGNORECASE)


def _blast_accounts(cx: Corpus) -> list[Told]:
    """Each blast account with the civilian site its sentence says the blast struck: a kind of
    site, not a generic "building", which any account of the strike may name. The weapons are
    stored ones (cues.json ``storage_words``), and the claim does not also say the strike hit that
    kind of site."""
    struck = {c.id: {category for _, category, _, _ in objects} for c, objects in stated_objects(cx)}
    out = []
    for article, art in cx.article.items():
        text = art.text
        for m in _blast().finditer(text):
            c = claim_at(cx, article, m.start())
            if c is None:
                continue
            first, last = sentence_bounds(text, m.start(), m.end())
            if not cue_regex("blast_cause_words").search(text, first, last):
                continue  # "secondary explosions indicated explosives": what followed the strike, not its cause
            if not cue_regex("storage_words").search(text, first, last):
                continue  # "a drone laden with explosives detonated", "munitions fired by the army": the strike's own
            for s in re.finditer(rf"\b{site_names('s')}\b", text[first:last], re.IGNORECASE):
                name = " ".join(s.group("s").split())
                if first + s.start() < m.end() and m.start() < first + s.end():
                    continue  # "the explosion of ammunition warehouses": where the weapons were, not what they hit
                kind = category_of(name.lower())
                if kind in struck.get(c.id, ()):
                    break  # "its missile hit the hospital and triggered secondary explosions": the hit told too
                if target_kind(name) == "civilian" and kind is not None and kind not in GENERIC_SITES:
                    start, end = min(m.start(), first + s.start()), max(m.end(), first + s.end())
                    out.append(Told(c, start, end, kind, name))
                    break
    return out


def secondary_blast_drafts(cx: Corpus) -> list[Draft]:
    """Per incident and kind of site: the blast account against each article telling of the
    strike on the site itself, from another voice."""
    blasts: dict[tuple[int, str], list[Told]] = defaultdict(list)
    for t in _blast_accounts(cx):
        blasts[(cx.component_of[t.claim.article], t.kind)].append(t)
    if not blasts:
        return []
    out = []
    for (component, kind), said in blasts.items():
        shown = one_each(cx, said)[:PER_SIDE]
        voices = {cx.voice(t.claim.speaker) for t in said} - {None}
        claims = {t.claim.id for t in said}
        struck = [Told(c, s, e, kind) for c, objects in stated_objects(cx) for _, category, s, e in objects
                  if category == kind and cx.component_of[c.article] == component and c.id not in claims
                  and cue_regex("strike_account_words").search(cx.article[c.article].text, s, e)
                  and not any(cx.same_voice(c.speaker, v) for v in voices)]
        site = said[0].site.lower()
        # an article's plainest words of the hit first: a verb of striking ("the shopping centre was
        # hit directly") before a noun ("an attack on the mall")
        hit = cue_regex("direct_hit_verbs")
        out += each_against(cx, f"How was the {site} hit?", shown, struck, "a blast of stored weapons nearby",
                            "the strike hit it",
                            lambda t: hit.search(cx.article[t.claim.article].text, t.start, t.end) is None)
    return out
