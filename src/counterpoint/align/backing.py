"""Backing: the charge that a state or an armed group stands behind the fighters ("the rebels had
been backed by Rwandan troops", "an attack by the M23, supported by the Rwanda Defence Force") and
its rejection, by the backer or by those it is said to back ("said the accusation was "baseless".
"Rwanda is not involved in this fighting."", "rejects the accusations that our movement is
supported by Rwanda"). Such a rejection answers the claims of that backing, here and in the
articles compared, and not the incident's acts: align/disputes.py leaves it to this module.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from ..nlp.lexicons import category_of, cue_regex, lineage
from ..records import Claim
from ..resolve.actors import countries_named
from .candidates import REJECTING, Corpus
from .findings import Draft
from .rejected import DENIAL_AFTER, names_its_event, speaker_countries

BACKER_REACH = 80  # characters after "backed by" where the backer is named
# the backer's words end at the clause's end or where the sentence goes on to the act
BACKER_END = re.compile(r"[,.;:()\n]|\s(?:against|in|on|at|to|after|before|while|when|during|"
                        r"had|has|have|was|were|is|are|will|would)\s", re.IGNORECASE)
NEGATED = r"\b(?:not|never|no|n['’]t)\s+(?:\w+\s+){0,2}?"  # "is not involved", "has never backed", "no involvement"
PER_ARTICLE = 2
MAX_TARGETS = 5
SHOWN_WHOLE = 90  # characters: a backing claim up to this long is shown whole


@dataclass(frozen=True)
class Backing:
    """A claim that names who backs the fighters: the words naming the backer and who they are."""

    claim: Claim
    span: tuple[str, int, int]
    backer: str
    countries: frozenset[str]
    sides: frozenset[str]
    backed: frozenset[str]  # the sides of the armed actors said to be backed


def _backer(cx: Corpus, c: Claim, start: int) -> tuple[int, str, frozenset[str], frozenset[str]]:
    """The backer named from ``start``: where its words end, the words, the countries and the sides
    of the armed actors they name."""
    text = cx.article[c.article].text
    window = text[start:start + BACKER_REACH]
    stop = BACKER_END.search(window)
    end = start + len(window[:stop.start() if stop else len(window)].rstrip())
    words = text[start:end].strip()
    if _equipment(words):
        return end, words, frozenset(), frozenset()  # "backed by Russian-made tanks", "supported by artillery"
    countries = countries_named(words)
    if countries:
        return end, words, countries, frozenset()  # "Eritrean troops" may be read as the army the article names
    return end, words, countries, _sides(cx, _named_between(cx, c, start, end, ("actor", "organization")))


def _equipment(words: str) -> bool:
    """Are the backer's words a weapon or a vehicle ("Russian-made tanks", "heavy artillery")?"""
    head = category_of(words.split()[-1]) if words.split() else None
    return "-made" in words.lower() or (head is not None and "equipment" in lineage(head))


def _named_between(cx: Corpus, c: Claim, start: int, end: int, kinds: tuple[str, ...] = ("actor",)) -> list[str]:
    """The claim's entities of ``kinds`` with a mention from ``start`` to ``end``: before a backing
    phrase, who is said to be backed ("the rebels had been backed by", "an attack by the M23,
    supported by"); after it, the backer."""
    return [e for e in cx.claim_entities.get(c.id, ()) if cx.entity[e].kind in kinds
            and any(m.article == c.article and start <= m.start < end for m in cx.entity[e].mentions)]


def _sides(cx: Corpus, eids: list[str]) -> frozenset[str]:
    return frozenset(s for e in eids if (s := cx.side(e)) is not None)


def backing_claims(cx: Corpus) -> list[Backing]:
    """Every claim, not itself a rejection nor negated, that names a backer by "backed by",
    "supported by" and the like (cues.json ``backing_phrases``): a country, or an armed actor of a
    side. "A hospital supported by Doctors Without Borders" names neither."""
    cache = cx.__dict__.setdefault("_backing_claims", None)
    if cache is not None:
        return cache
    phrases = cue_regex("backing_phrases")
    out = []
    for c in cx.claims:
        if c.stance in REJECTING or c.id in cx.res.negated or c.scope == "background":
            continue
        for m in phrases.finditer(c.text):
            if re.search(NEGATED + r"$", c.text[:m.start()], re.IGNORECASE):
                continue  # "is not backed by": no charge made
            backed = _named_between(cx, c, c.start, c.start + m.start())
            if not backed:
                continue  # "a resolution supported by the United States": no fighters said to be backed
            end, words, countries, sides = _backer(cx, c, c.start + m.end())
            if countries or sides:
                at = c.start if c.end - c.start <= SHOWN_WHOLE else c.start + m.start()
                out.append(Backing(c, (c.article, at, max(end, c.end) if at == c.start else end),
                                   words, countries, sides, _sides(cx, backed)))
                break
    cx.__dict__["_backing_claims"] = out
    return out


def _involvement_denied(cx: Corpus, c: Claim) -> frozenset[str] | None:
    """The countries a claim says are not involved ("Rwanda is not involved in this fighting",
    "Kigali is not backing the rebels"): those it names before the negation, and its
    speaker's; None when it denies no involvement."""
    m = re.search(NEGATED + r"(?:" + cue_regex("involvement_words").pattern + r")", c.text, re.IGNORECASE)
    if m is None:
        return None
    return countries_named(c.text[:m.start()]) | speaker_countries(cx, c)


Rejected = tuple[frozenset[str], frozenset[str], frozenset[str], list[Claim]]  # backer countries, sides, backed


def _rejected_backers(cx: Corpus, c: Claim) -> Rejected | None:
    """Whose backing a rejection rejects (countries, sides), the sides of those it says are backed,
    and the claims that say so: a backer its own words name ("the accusations that our movement is
    supported by Rwanda"), else, for a bare rejection ("said the accusation was "baseless""), the
    same voice's denial of involvement right after it. Not a rejection that tells of an act of its
    own ("denied that its troops, supported by Wagner fighters, had shelled the town"): that act
    is what it answers."""
    if names_its_event(cx, c):
        return None
    m = cue_regex("backing_phrases").search(c.text)
    if m is not None:
        _, _, countries, sides = _backer(cx, c, c.start + m.end())
        if countries or sides:
            return countries, sides, _sides(cx, _named_between(cx, c, c.start, c.start + m.start())), [c]
    for d in cx.claims_by_article.get(c.article, ()):
        if c.end <= d.start <= c.end + DENIAL_AFTER and cx.same_voice(d.speaker, c.speaker):
            countries = _involvement_denied(cx, d)
            if countries:
                return countries, frozenset(), frozenset(), [c, d]
    return None


def backing_rejections(cx: Corpus) -> dict[str, tuple[list[Claim], list[Backing]]]:
    """Each rejection of a backing charge (by claim id) with the claims it shows and the backing
    claims it answers: those of another voice naming the same backer, in its article or one
    compared with it, none of the rejecting voice's own; the rejection's own article first."""
    cache = cx.__dict__.setdefault("_backing_rejections", None)
    if cache is not None:
        return cache
    out: dict[str, tuple[list[Claim], list[Backing]]] = {}
    claims = backing_claims(cx)
    for c in cx.claims:
        if c.stance not in REJECTING or c.scope != "incident":
            continue
        found = _rejected_backers(cx, c)
        if found is None:
            continue
        countries, sides, backed, shown = found
        arts = (c.article, *cx.peers[c.article])
        targets = [b for b in claims if b.claim.article in arts and b.claim.id not in {s.id for s in shown}
                   and (b.countries & countries or b.sides & sides)
                   and not (backed and b.backed and not backed & b.backed)  # the army's backing is not the rebels'
                   and not (b.claim.speaker is not None and cx.same_voice(b.claim.speaker, c.speaker))]
        targets.sort(key=lambda b: (b.claim.article != c.article, arts.index(b.claim.article), b.claim.start))
        per_article: dict[str, int] = defaultdict(int)
        kept = []
        for b in targets:
            if per_article[b.claim.article] < PER_ARTICLE:
                per_article[b.claim.article] += 1
                kept.append(b)
        if kept:
            out[c.id] = (shown, kept[:MAX_TARGETS])
    cx.__dict__["_backing_rejections"] = out
    return out


def backing_dispute_drafts(cx: Corpus) -> list[Draft]:
    """One dispute per rejection of a backing charge, with the claims of that backing."""
    from .disputes import who_says  # here: align/disputes.py imports this module

    out = []
    for cid, (shown, targets) in backing_rejections(cx).items():
        c = cx.claim[cid]
        said = partial(_said, cx)
        t0 = targets[0]
        text = (f"{who_says(cx, c)} rejects (“{c.cue or c.stance}”) the charge of backing by {t0.backer}, "
                f"which {who_says(cx, t0.claim)} reports: “{said(t0)}”.")
        if len(targets) > 1:
            text += " Also told by " + "; ".join(f"{who_says(cx, b.claim)}: “{said(b)}”" for b in targets[1:3]) + "."
        out.append(Draft("dispute", [cx.focus_span(s) if s is c else (s.article, s.start, s.end) for s in shown]
                         + [b.span for b in targets], text, 0.7, 0.8,
                         claims=[*(s.id for s in shown), *(b.claim.id for b in targets)]))
    return out


def _said(cx: Corpus, b: Backing) -> str:
    return cx.article[b.span[0]].text[b.span[1]:b.span[2]].strip()
