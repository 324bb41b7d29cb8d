"""Investigations: articles that report the incident is being investigated (an inquiry opened,
ordered, promised or under way: "has ordered an investigation", "is still investigating", "This
incident is under investigation") agree on it, and so do articles reporting calls for one ("called
for an urgent investigation"). Coders of accountability record both; a reader sees at once who
says an inquiry exists and who only that one is wanted.

An inquiry word counts in a sentence that holds a claim about the incident. The words just before
it in its clause decide its kind: cues.json ``investigation_calls`` make it a call,
``investigation_halts`` (a negation, "disbanded", "refused to") leave it out, since an inquiry
stopped or refused is no inquiry under way. "investigators" names people, and a capitalised word
inside a sentence a body ("Russia's Investigative Committee"), not an inquiry."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..nlp.lexicons import cues
from .candidates import Corpus, more_of_each
from .findings import MAX_EVIDENCE, Draft, listing
from .legality import sentence_bounds

INQUIRY = re.compile(r"\b(?:investigat(?:e|es|ed|ing|ion|ions|ive)|probe[sd]?|probing|inquir(?:y|ies)|enquir(?:y|ies))\b",
                     re.IGNORECASE)
KIND_REACH = 45  # characters before the inquiry word that say whether it is asked for or stopped
SPAN_REACH = 90  # characters before it shown as evidence ("The U.S. government promised a full investigation")
CLAUSE_BREAK = re.compile(r"[;:()]|,\s*(?:and|but|while|as|which|who)\b|\b(?:but|while|although|after|before)\b",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Inquiry:
    article: str
    start: int
    end: int
    called: bool  # asked for ("called for an investigation"), not said to be under way


@functools.cache
def _cue_pattern(section: str) -> re.Pattern[str]:
    phrases = sorted((c.cue for c in getattr(cues(), section)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b",
                      re.IGNORECASE)


def inquiries(cx: Corpus, article: str) -> list[Inquiry]:
    """The article's inquiry words about the incident, in text order, with their kind."""
    text = cx.article[article].text
    incident_starts = [c.start for c in cx.claims_by_article.get(article, ()) if c.scope == "incident"]
    out = []
    for lo, hi in sentence_bounds(text):
        if not any(lo <= s < hi for s in incident_starts):
            continue
        for m in INQUIRY.finditer(text, lo, hi):
            if m.group()[0].isupper() and text[lo:m.start()].strip(' "“‘\'\n'):
                continue  # "Russia's Investigative Committee": a body's name inside the sentence
            clause = clause_start(text, lo, m.start())
            before = text[max(clause, m.start() - KIND_REACH):m.start()]
            if _cue_pattern("investigation_halts").search(before):
                continue  # "refused to investigate", "no investigation", "disbanded a mission investigating"
            called = _cue_pattern("investigation_calls").search(before) is not None
            out.append(Inquiry(article, word_start(text, max(clause, m.start() - SPAN_REACH)), m.end(), called))
    return out


def clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last clause break since the sentence's start."""
    breaks = list(CLAUSE_BREAK.finditer(text, sentence_start, at))
    start = breaks[-1].end() if breaks else sentence_start
    while start < at and (text[start].isspace() or text[start] in ",\"“”'‘’"):
        start += 1
    return start


def word_start(text: str, at: int) -> int:
    """``at``, or the start of the next word when ``at`` falls inside one."""
    if at > 0 and text[at - 1].isalnum() and text[at].isalnum():
        nxt = re.compile(r"\W+").search(text, at)
        return nxt.end() if nxt else at
    return at


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
        arts = sorted(per_article, key=cx.order.get)[:MAX_EVIDENCE]
        chosen = [per_article[a][0] for a in arts]
        shown = chosen + more_of_each(chosen, [per_article[a] for a in arts], MAX_EVIDENCE - len(chosen))
        shown.sort(key=lambda q: (cx.order[q.article], q.start))
        sources = list(dict.fromkeys(cx.source(a) for a in arts))
        verb = "reports" if len(sources) == 1 else "report"
        what = "calls for an inquiry into the incident" if called else "that the incident is under investigation"
        quoted = ", ".join(f"“{_words(cx, q)}”" for q in chosen)
        out.append(Draft("agree", [(q.article, q.start, q.end) for q in shown],
                         f"{listing(sources)} {verb} {what} ({quoted}).", 0.55, 0.4))
    return out


def _words(cx: Corpus, q: Inquiry) -> str:
    return " ".join(cx.article[q.article].text[q.start:q.end].split())
