"""The toll may rise: articles that say the incident's count of the dead is not final ("the
death toll is expected to rise", "would likely go higher", "the death toll is rising") agree on
it; a coder reads their figures as counts so far. The words are cues.json
``rising_toll_phrases``, said of a toll just before them ("the figure was expected to rise",
not "the number of displaced is expected to rise"), or holding it ("expected the death toll to
rise"), unnegated, in a sentence that holds an incident claim."""

from __future__ import annotations

import re
from collections import defaultdict

from ..nlp.lexicons import cue_regex
from .candidates import Corpus
from .findings import MAX_EVIDENCE, Draft, listing
from .legality import NEGATION, sentence_bounds

# a toll named as the subject of the rising words, at most a few words before them
TOLL = re.compile(r"\b(?:(?:death|casualty)\s+)?(?:toll|tally|figure)\b|\bcasualty\s+figures\b"
                  r"|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|killed|casualties|victims|fatalities)\b",
                  re.IGNORECASE)
SUBJECT_REACH = 40  # characters between the toll and the rising words
# a clause break, or a conjunction that opens a clause with a subject of its own ("and the truce is")
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\s+(?:the|a|an|its|their|this|that)\b", re.IGNORECASE)
# "the death toll, which is not final": the toll's own relative clause, no break
RELATIVE = re.compile(r",\s+which\s+(?:is|was|remains|remained)\s+(?:still\s+)?$")
# "the tally of destroyed homes", "the figure for displaced families": a count of something else
OF_OTHER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?!dead\b|deaths\b|killed\b|casualties\b|victims\b|"
                      r"fatalities\b|people\b|those\b)\w+", re.IGNORECASE)


def _rising() -> re.Pattern[str]:
    return cue_regex("rising_toll_phrases")


def rising_tolls(cx: Corpus) -> dict[str, tuple[str, int, int]]:
    """Per article, where it first says the incident's toll may rise (read once per corpus: the
    agreement and align/figures.py ask)."""
    memo = cx.__dict__.get("_rising_tolls")
    if memo is not None:
        return memo
    memo = cx.__dict__["_rising_tolls"] = {}
    for article, claims in cx.claims_by_article.items():
        text = cx.article[article].text
        sentences = sentence_bounds(text)
        for m in _rising().finditer(text):
            begin = _toll_start(text, m)
            if begin is None or NEGATION.search(text[max(0, m.start() - 25):m.start()]):
                continue  # "the number of displaced", "tensions"; "the toll is not expected to rise"
            lo, hi = next(((a, b) for a, b in sentences if a <= m.start() < b), (0, len(text)))
            if any(c.scope == "incident" and lo <= c.start < hi for c in claims):
                memo.setdefault(article, (article, begin, m.end()))
    return memo


def provisional_drafts(cx: Corpus) -> list[Draft]:
    """One agreement per incident among the articles saying its toll may rise."""
    said: dict[int, dict[str, tuple[str, int, int]]] = defaultdict(dict)
    for article, span in rising_tolls(cx).items():
        said[cx.component_of[article]][article] = span
    out = []
    for tellers in said.values():
        if len(tellers) < 2:
            continue
        shown = sorted(tellers.values(), key=lambda s: cx.order[s[0]])[:MAX_EVIDENCE]
        out.append(Draft(
            "agree", shown,
            f"The toll may rise: {listing([cx.source(a) for a, _, _ in shown])} "
            f"{'says' if len({cx.source(a) for a, _, _ in shown}) == 1 else 'say'} the count is not final.",
            0.55, 0.4))
    return out


def _toll_start(text: str, m: re.Match[str]) -> int | None:
    """Where the toll the rising words are said of begins: inside them ("expected the death toll
    to rise") or just before, with no clause break between ("the death toll would likely go
    higher"); None when no toll is named there."""
    if TOLL.search(m.group()):
        return m.start()
    window_start = max(0, m.start() - SUBJECT_REACH)
    tolls = [t for t in TOLL.finditer(text, window_start, m.start())
             if (not CLAUSE_BREAK.search(text, t.end(), m.start()) or RELATIVE.match(text[t.end():m.start()]))
             and not OF_OTHER.match(text, t.end(), m.start())]
    return tolls[0].start() if tolls else None
