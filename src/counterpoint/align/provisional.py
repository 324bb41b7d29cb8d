"""The toll may rise: articles that say the incident's count of the dead is not final ("the
death toll is expected to rise", "would likely go higher", "the death toll is rising") agree on
it; a coder reads their figures as counts so far. The words are cues.json
``rising_toll_phrases``, in a sentence that names a toll and holds an incident claim."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..nlp.lexicons import cues
from .candidates import Corpus
from .findings import MAX_EVIDENCE, Draft, listing

TOLL_WORDS = re.compile(r"\b(?:toll|figure|number|death|deaths|dead|casualt\w*|victims)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+|\n")


@functools.cache
def _rising() -> re.Pattern[str]:
    phrases = sorted((c.cue for c in cues().rising_toll_phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b",
                      re.IGNORECASE)


def provisional_drafts(cx: Corpus) -> list[Draft]:
    """One agreement per incident among the articles saying its toll may rise."""
    said: dict[int, dict[str, tuple[str, int, int]]] = defaultdict(dict)
    for article, claims in cx.claims_by_article.items():
        text = cx.article[article].text
        for m in _rising().finditer(text):
            start = max((x.end() for x in SENTENCE_END.finditer(text, 0, m.start())), default=0)
            stop = SENTENCE_END.search(text, m.end())
            end = stop.start() if stop else len(text)
            tolls = list(TOLL_WORDS.finditer(text, start, m.start()))
            if not tolls and not TOLL_WORDS.search(text, m.start(), end):
                continue  # "tensions are expected to rise"
            if not any(c.scope == "incident" and start <= c.start < end for c in claims):
                continue
            # the words a reader checks: from the toll named last before the cue to the cue's end
            # ("the death toll would likely go higher", "the figure was expected to rise")
            named_in_cue = TOLL_WORDS.search(m.group()) is not None  # "expected the death toll to rise"
            begin = tolls[-1].start() if tolls and not named_in_cue and m.start() - tolls[-1].start() <= 60 \
                else m.start()
            said[cx.component_of[article]].setdefault(article, (article, begin, m.end()))
    out = []
    for tellers in said.values():
        if len(tellers) < 2:
            continue
        shown = sorted(tellers.values(), key=lambda s: cx.order[s[0]])[:MAX_EVIDENCE]
        out.append(Draft(
            "agree", shown,
            f"The toll may rise: {listing([cx.source(a) for a, _, _ in shown])} say the count is not final.",
            0.55, 0.4))
    return out
