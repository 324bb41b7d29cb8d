"""Mutual blame: articles reporting that two sides each blame the other for the incident ("Russia
and Ukraine have accused each other of the attack", "both sides traded accusations", "each side
blamed the other") agree on it. An event coder records such an incident's perpetrator as disputed
rather than known; a reader sees at once which outlets leave the blame open that way.

A phrase counts where cues.json ``mutual_blame_phrases`` finds it in an article about the incident,
in a sentence about the incident and followed in its clause by the act or its harm ("of the
attack", "over the bombing", "for the deaths"; not "of violating the ceasefire"), outside the
article's background claims (an earlier strike both sides blamed on each other is another
matter), and not negated just before it ("did not blame each other")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..extract.cuesets import cue_sets
from ..extract.scope import ACT_FAMILIES
from ..nlp.lexicons import cue_regex
from .candidates import Corpus
from .selection import first_then_more
from .findings import MAX_EVIDENCE, Draft, listing
from .legality import sentence_bounds
from .text import clause_start, word_start

NEGATED = re.compile(r"\b(?:not|never|no\s+longer|refused\s+to|declined\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
SPAN_REACH = 90  # characters before the phrase shown as evidence ("Russia and Ukraine have")


@dataclass(frozen=True)
class Blame:
    article: str
    start: int
    end: int
    claim: str | None  # the incident claim the sentence holds, if any


def mutual_blames(cx: Corpus, article: str) -> list[Blame]:
    """The article's statements that two sides blame each other, in text order."""
    text = cx.article[article].text
    incident = [c for c in cx.claims_by_article.get(article, ()) if c.scope == "incident"]
    if not incident:
        return []
    out = []
    for lo, hi in sentence_bounds(text):
        if not any(lo <= c.start < hi for c in incident):
            continue  # a sentence about something else ("accused each other of violating the truce")
        for m in cue_regex("mutual_blame_phrases").finditer(text, lo, hi):
            if cx.in_background(article, m.start()) or NEGATED.search(text, lo, m.start()):
                continue
            if not (_of_an_act(text[m.end():hi])
                    or (_ends_clause(text[m.end():hi]) and _of_an_act(text[lo:m.start()], before=True))):
                continue  # "accused each other of failing to respect the ceasefire": blame for another matter
            clause = clause_start(text, lo, m.start())
            held = next((c.id for c in incident if c.start <= m.start() < c.end), None)
            out.append(Blame(article, word_start(text, max(clause, m.start() - SPAN_REACH)), m.end(), held))
    return out


def _of_an_act(words: str, before: bool = False) -> bool:
    """Do the words (those right after the phrase, in its clause; or its sentence before it when
    the phrase ends its clause) name an attack or its harm ("of the attack", "of having killed the
    prisoners", "over the bombing of a camp", "for the deaths"), and no truce or talks ("of
    violating the ceasefire with attacks")?"""
    clause = words.lower() if before else re.split(r"[,;:]", words, maxsplit=1)[0][:REACH].lower()
    found = re.findall(r"[a-z-]+", clause)
    if any(w in OTHER_MATTERS for w in found):
        return False
    kinds = cue_sets().event_lemma_types
    return any(w in HARM_NOUNS or any(k in ACT_FAMILIES for s in _stems(w) for k in kinds.get(s, ())) for w in found)


def _stems(word: str) -> tuple[str, ...]:
    """The word and the lemmas its plural or past may stand for ("attacks", "killed", "shelling")."""
    return (word, word[:-1], word[:-2], word[:-3], word[:-1] + "e" if word.endswith("ed") else word)


def _ends_clause(after: str) -> bool:
    return not re.sub(r"[\s.,;:!?\"”’)]+", "", re.split(r"[,;:.]", after, maxsplit=1)[0])


OTHER_MATTERS = frozenset({"ceasefire", "truce", "talks", "agreement", "deal", "negotiations"})


REACH = 70  # characters after the phrase that say what the blame is for
HARM_NOUNS = frozenset({"death", "deaths", "dead", "killing", "killings", "killed", "casualties", "massacre"})


def mutual_blame_drafts(cx: Corpus) -> list[Draft]:
    """Per incident, one agreement among the articles reporting mutual blame; each article shown
    first where it first says so."""
    found: dict[int, dict[str, list[Blame]]] = defaultdict(dict)
    for article in cx.claims_by_article:
        mine = mutual_blames(cx, article)
        if mine:
            found[cx.component_of[article]][article] = mine
    out = []
    for per_article in found.values():
        if len(per_article) < 2:
            continue
        chosen, shown = first_then_more(cx, per_article, MAX_EVIDENCE)
        sources = list(dict.fromkeys(cx.source(b.article) for b in chosen))
        verb = "reports" if len(sources) == 1 else "report"
        quoted = ", ".join(f"“{_words(cx, b)}”" for b in chosen)
        out.append(Draft("agree", [(b.article, b.start, b.end) for b in shown],
                         f"{listing(sources)} {verb} that the sides blame each other for the incident ({quoted}).",
                         0.55, 0.4, claims=list(dict.fromkeys(b.claim for b in shown if b.claim))))
    return out


def _words(cx: Corpus, b: Blame) -> str:
    return " ".join(cx.article[b.article].text[b.start:b.end].split())
