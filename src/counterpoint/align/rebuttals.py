"""Rebuttals set after a claim: "Russia blamed Ukraine, saying it doesn't use the kind of missile
that hit the station — a contention experts dismissed", "..., a claim Kyiv rejected". The claim
noun points back to the clause before it, so that clause is what is rejected, wherever else its
speaker's side says the same."""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract.cuesets import cue_sets
from ..records import Claim
from .candidates import REJECTING, Corpus, family
from .findings import MAX_EVIDENCE, Draft

# ", a claim that", "— a contention", "; this assertion": a claim noun after a break, then at most
# a few words (who rejects it) before the rejection itself
POINTER = re.compile(r"[,;—–-]\s*(?:a|an|the|this|that|these|those)\s+([a-z]+)\s+(?:that\s+|which\s+)?"
                     r"(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?]\s")  # not the "S." of "U.S. military"
PER_ARTICLE = 2


def antecedent(cx: Corpus, c: Claim) -> tuple[Claim, int] | None:
    """The claim a rejection points back to with a claim noun, in its own sentence, by another
    voice, and where its words end (at the claim noun); None when the rejection does not point
    back, or is a longer reading of another claim's rejection."""
    found = _pointer(cx, c)
    if found is None or misread_rebuttal(cx, c):
        return None
    pointer, at = found
    text = cx.article[c.article].text
    sentence_start = max((s.end() for s in SENTENCE_END.finditer(text, 0, pointer)), default=0)
    # a clause of the sentence before the claim noun, by another voice, a denial too ("saying its
    # forces do not use that missile — a contention experts dismissed"); its span may run on
    before = [o for o in cx.claims_by_article.get(c.article, ())
              if sentence_start <= o.start < pointer and o.id != c.id and o.speaker != c.speaker
              and o.event is not None]
    if not before:
        return _own_clause(cx, c, pointer)
    # the clause that ends nearest the claim noun, the shortest of those
    best = min(before, key=lambda o: (pointer - min(o.end, pointer), o.end - o.start))
    end = min(best.end, pointer)
    while end > best.start and not text[end - 1].isalnum():
        end -= 1
    return best, end


def _own_clause(cx: Corpus, c: Claim, pointer: int) -> tuple[Claim, int] | None:
    """"Pakistan accuses the Taliban of harbouring fighters, a claim denied by the Taliban" read as
    one claim: the words before the claim noun are the accusation, in its speaker's voice."""
    text = cx.article[c.article].text
    end = pointer
    while end > c.start and not text[end - 1].isalnum():
        end -= 1
    if c.start >= end or len(text[c.start:end].split()) < 4 or c.event is None:
        return None
    _, _, cue_end = cx.focus_span(c)
    stop = SENTENCE_END.search(text, cue_end)
    rebuttal = text[pointer:stop.start() if stop else len(text)]
    if c.speaker_text and re.search(rf"\b{re.escape(c.speaker_text)}\b", rebuttal):
        return None  # "a claim the Front dismissed": its speaker rejects; the accusation is another's
    # the same claim read in part: its id stays, so the finding points at the claim the report lists
    return replace(c, end=end, text=text[c.start:end], stance="attributed", cue=None), end


# who rejects a claim the sentence's speaker made: "a claim Kyiv officials rejected", "denied by the
# Afghan Taliban" (a few words up to a break)
REJECTER_AFTER = re.compile(r"\s+by\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?=\s*(?:[,.;:\n—–]|$)|\s+(?:while|and|as|who|which|because|in|on|at)\b)")
REJECTER_BEFORE = re.compile(r"^\s*((?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+(?:[a-z]+ly\s+)?$")


def rejecter(cx: Corpus, c: Claim) -> str | None:
    """The named voice of a rebuttal whose claim also holds the clause it answers (its speaker is
    the accuser there), from its own words: "a claim Kyiv rejected", "a claim denied by the
    Afghan Taliban"."""
    found = _pointer(cx, c)
    if found is None:
        return None
    text = cx.article[c.article].text
    _, at, cue_end = cx.focus_span(c)
    after = REJECTER_AFTER.match(text, cue_end)
    if after:
        return after.group(1)
    noun = re.match(r"[,;—–-]\s*\w+\s+\w+", text[found[0]:at])
    before = REJECTER_BEFORE.search(text[found[0] + (noun.end() if noun else 0):at])
    return before.group(1) if before else None


def _pointer(cx: Corpus, c: Claim) -> tuple[int, int] | None:
    """(where the claim noun's phrase starts, where the rejection's words start) for a rejection
    set after a clause ("..., a claim Kyiv rejected")."""
    if c.stance not in REJECTING:
        return None
    text = cx.article[c.article].text
    _, at, _ = cx.focus_span(c)  # the rejection's own words ("dismissed", "rejected")
    m = POINTER.search(text, max(0, at - 60), at)
    if m is None or m.group(1).lower() not in cue_sets().claim_nouns:
        return None
    return m.start(), at


def misread_rebuttal(cx: Corpus, c: Claim) -> bool:
    """A rejection after a claim noun also read into a longer claim than its own ("Russia said
    ..., saying ... — a contention experts dismissed" read as Russia dismissing): the shortest
    claim carrying the same rejection words is the rejection."""
    found = _pointer(cx, c)
    if found is None:
        return False
    return any(o.id != c.id and o.stance in REJECTING and cx.focus_span(o)[1] == found[1]
               and o.end - o.start < c.end - c.start for o in cx.claims_by_article.get(c.article, ()))


def rebuttal_drafts(cx: Corpus) -> list[Draft]:
    """One dispute per rebuttal: the clause it points back to, then where the same side says the
    same elsewhere (the same event family, the same speaker or a speaker on its side)."""
    out = []
    for c in cx.claims:
        found = antecedent(cx, c)
        if found is None:
            continue
        claim, end = found
        targets = [claim, *_echoes(cx, claim)][:MAX_EVIDENCE - 1]
        spans = [(claim.article, claim.start, end)] + [cx.statement_span(t) for t in targets[1:]]
        who = rejecter(cx, c) or cx.speaker_name(c.id)
        said = cx.speaker_name(claim.id) or "another source"
        words = cx.article[claim.article].text[claim.start:end]
        out.append(Draft(
            "dispute", [cx.focus_span(c), *spans],
            f"{cx.source(c.article)}: {who + ' ' if who else ''}“{c.cue or c.stance}” what {said} said: "
            f"“{_short(words)}”.",
            0.75, 0.85, claims=list(dict.fromkeys([c.id, *(t.id for t in targets)]))))
    return out


def _echoes(cx: Corpus, claim: Claim) -> list[Claim]:
    """The same speaker's, or the same side's, statements of the same kind in the articles
    compared with this one (the defence ministry saying it there too)."""
    fam = family(claim.event.type if claim.event else None)
    if fam is None or claim.speaker is None:
        return []
    side = cx.side(claim.speaker)
    out: list[Claim] = []
    per: dict[str, int] = {}
    for o in (o for a in cx.peers[claim.article] for o in cx.claims_by_article_family.get((a, fam), ())):
        if o.stance in REJECTING or o.speaker is None or o.scope == "background" \
                or per.get(o.article, 0) >= PER_ARTICLE:
            continue  # what it said of an earlier attack ("In 2016, the group said it had killed ...") is no echo
        if o.speaker == claim.speaker or (side is not None and cx.side(o.speaker) == side):
            out.append(o)
            per[o.article] = per.get(o.article, 0) + 1
    return out


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
