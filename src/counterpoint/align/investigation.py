"""Investigations: articles that report the incident is being investigated (an inquiry opened,
ordered, promised or under way: "has ordered an investigation", "is still investigating", "This
incident is under investigation") agree on it, and so do articles reporting calls for one ("called
for an urgent investigation"). Coders of accountability record both; a reader sees at once who
says an inquiry exists and who only that one is wanted.

An inquiry word counts in a sentence that holds a claim about the incident. The words just before
it in its clause decide its kind: cues.json ``investigation_calls`` make it a call,
``investigation_halts`` (a negation, "disbanded", "refused to") leave it out, since an inquiry
stopped or refused is no inquiry under way. Not an inquiry into the incident: "investigators"
(people), a capitalised word inside a sentence ("Russia's Investigative Committee", a body), a
press query ("in response to an inquiry from Reuters"), a team or trade ("the investigation
team"), another matter ("investigating a separate robbery", "Separately, police ...")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..nlp.lexicons import cue_regex
from .candidates import Corpus
from .selection import first_then_more
from .findings import MAX_EVIDENCE, Draft, listing, verb_for
from .legality import sentence_bounds
from .text import clause_start, word_start

INQUIRY = re.compile(r"\b(?:investigat(?:e|es|ed|ing|ion|ions)|probe[sd]?|probing|inquir(?:y|ies)|enquir(?:y|ies))\b",
                     re.IGNORECASE)
# an inquiry word that is no inquiry into the incident: a press query ("in response to an inquiry
# from Reuters"), a body or a trade ("the investigation team", "investigation journalists"), or
# another matter ("investigating a separate robbery")
PRESS_QUERY = re.compile(r"\b(?:response\s+to|responding\s+to|answer\s+to|reply\s+to)\s+(?:an?\s+|the\s+)?$",
                         re.IGNORECASE)
NOT_THE_ACT_AFTER = re.compile(r"\s+(?:from|team|unit|journalists?|reporters?|desk)\b"
                               r"|(?:\s+\w+){0,3}?\s+(?:a\s+separate|an\s+unrelated|another)\b",
                               re.IGNORECASE)
NOT_THE_ACT_BEFORE = re.compile(r"\b(?:separately|unrelated)\b", re.IGNORECASE)
KIND_REACH = 45  # characters before the inquiry word that say whether it is asked for or stopped
SPAN_REACH = 90  # characters before it shown as evidence ("The U.S. government promised a full investigation")


@dataclass(frozen=True)
class Inquiry:
    article: str
    start: int
    end: int
    called: bool  # asked for ("called for an investigation"), not said to be under way
    claim: str | None  # the incident claim the sentence holds


def inquiries(cx: Corpus, article: str) -> list[Inquiry]:
    """The article's inquiry words about the incident, in text order, with their kind (read once
    per corpus: agreements and both omission paths ask)."""
    memo = cx.__dict__.setdefault("_inquiries", {})
    if article not in memo:
        memo[article] = _read_inquiries(cx, article)
    return memo[article]


def _read_inquiries(cx: Corpus, article: str) -> list[Inquiry]:
    text = cx.article[article].text
    incident = [c for c in cx.claims_by_article.get(article, ()) if c.scope == "incident"]
    out = []
    for lo, hi in sentence_bounds(text):
        held = [c for c in incident if lo <= c.start < hi]
        if not held:
            continue
        for m in INQUIRY.finditer(text, lo, hi):
            if m.group()[0].isupper() and text[lo:m.start()].strip(' "“‘\'\n'):
                continue  # "Russia's Investigative Committee": a body's name inside the sentence
            clause = clause_start(text, lo, m.start())
            before = text[max(clause, m.start() - KIND_REACH):m.start()]
            if cue_regex("investigation_halts").search(before):
                continue  # "refused to investigate", "no investigation", "disbanded a mission investigating"
            if PRESS_QUERY.search(before) or NOT_THE_ACT_AFTER.match(text, m.end(), hi) \
                    or NOT_THE_ACT_BEFORE.search(text, lo, m.start()):
                continue  # "an inquiry from Reuters", "the investigation team", "investigating a separate robbery"
            called = cue_regex("investigation_calls").search(before) is not None
            claim = next((c.id for c in held if c.start <= m.start() < c.end), held[0].id)
            out.append(Inquiry(article, word_start(text, max(clause, m.start() - SPAN_REACH)), m.end(), called, claim))
    return out


def investigation_drafts(cx: Corpus) -> list[Draft]:
    """Per incident, one agreement among the articles reporting an inquiry under way and one among
    those reporting calls for one; each article shown first where it first says so."""
    found: dict[tuple[int, bool], dict[str, list[Inquiry]]] = defaultdict(lambda: defaultdict(list))
    for article in cx.claims_by_article:
        for q in inquiries(cx, article):
            found[(cx.component_of[article], q.called)][article].append(q)
    out = []
    for (_, called), per_article in found.items():
        if len(per_article) < 2:
            continue
        chosen, shown = first_then_more(cx, per_article, MAX_EVIDENCE)
        sources = list(dict.fromkeys(cx.source(q.article) for q in chosen))
        verb = "reports" if len(sources) == 1 else "report"
        what = "calls for an inquiry into the incident" if called else "that the incident is under investigation"
        quoted = ", ".join(f"“{_words(cx, q)}”" for q in chosen)
        out.append(Draft("agree", [(q.article, q.start, q.end) for q in shown],
                         f"{listing(sources)} {verb} {what} ({quoted}).", 0.55, 0.4,
                         claims=list(dict.fromkeys(q.claim for q in shown if q.claim))))
    return out


def _words(cx: Corpus, q: Inquiry) -> str:
    return " ".join(cx.article[q.article].text[q.start:q.end].split())


def investigation_omissions(cx: Corpus) -> dict[str, list[Draft]]:
    """Per incident, an inquiry under way, or a call for one, that comparable articles do not report
    at all: one omission per kind, filed under the first article reporting it and missing from the
    peers of its reporters that report none of that kind."""
    found = {a: inquiries(cx, a) for a in sorted(cx.claims_by_article, key=cx.order.get)}
    told: dict[tuple[int, bool], list[Inquiry]] = defaultdict(list)
    for article, mine in found.items():
        for called in dict.fromkeys(q.called for q in mine):
            told[(cx.component_of[article], called)].append(next(q for q in mine if q.called == called))
    out: dict[str, list[Draft]] = defaultdict(list)
    for (_, called), shown in told.items():
        arts = [q.article for q in shown]
        peers = dict.fromkeys(a for t in arts for a in cx.peers[t])
        missing = [a for a in peers if a not in arts]
        if not missing:
            continue
        only = "Only " if len(arts) == 1 and len(missing) >= len(cx.peers[arts[0]]) else ""
        what = "a call for an inquiry into the incident" if called else "that the incident is under investigation"
        verb = "reports" if len(set(cx.source(a) for a in arts)) == 1 else "report"
        out[arts[0]].append(Draft(
            "omission", [(q.article, q.start, q.end) for q in shown[:PER_OMISSION]],
            f"{only}{listing(list(dict.fromkeys(cx.source(a) for a in arts)))} {verb} {what} (“{_words(cx, shown[0])}”); "
            f"{listing([cx.source(a) for a in missing])} "
            f"{verb_for([cx.source(a) for a in missing], 'does', 'do')} not mention it.",
            0.55, RESPONSE_SALIENCE, claims=[q.claim for q in shown if q.claim], missing_from=missing))
    return out


PER_OMISSION = 3  # articles shown reporting an inquiry the others leave out
RESPONSE_SALIENCE = 0.6  # about as salient as an omitted air strike or shelling claim (align/reactions.py)
