"""Who the victims were: "mostly women and children", "including older people and children",
"women and children were among those killed". Articles that say so, in words or with a count of
children or women among the dead and wounded, agree with each other; against articles that never
name either group they make an omission a fact-checker marks, since it tells whether the dead
were civilians.

The groups are the ``children`` and ``women`` categories of ``categories.json``.
"""

from __future__ import annotations

import functools
import re

from ..nlp.lexicons import categories
from .candidates import REJECTING, Corpus
from .findings import MAX_EVIDENCE, Draft, listing, verb_for

GROUPS = ("children", "women")
HARM_ROLES = ("killed", "wounded", "casualties")
HARM = re.compile(r"\b(?:kill(?:ed|ing)|dead|died|deaths?|victims?|wound(?:ed|ing)|injur(?:ed|ing|ies)|casualt\w+|lives|slain)\b",
                  re.IGNORECASE)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a group word, a statement that the group was among the harmed)."""
    # plural forms only: "minor" (injuries), "kid" and "mother" name other things too often
    terms = sorted({_plural(t) for c in categories().categories if c.key in GROUPS for t in c.terms}, key=len,
                   reverse=True)
    words = "|".join(re.escape(t) for t in terms)
    # not a possessive ("Children's Hospital", "a girls' school"), unless of their bodies
    group = rf"(?:{words})(?![’']s?\s+(?!bodies|remains|corpses)\w)"
    # any word of the groups, singular too ("a woman and a boy were among the dead"), tells an
    # article is not silent on them
    named = sorted({w for c in categories().categories if c.key in GROUPS for t in c.terms
                    if t not in AMBIGUOUS for w in (t, _plural(t))}, key=len, reverse=True)
    word = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in named)})\b", re.IGNORECASE)
    among = re.compile(
        rf"\b(?:including|included|include|mostly|mainly|largely|predominantly|among them|many of them|most of them|"
        rf"most of whom|many of whom|among whom)\s+(?:[\w’'-]+\s+){{0,4}}?{group}(?:\s+and\s+{group})?\b"  # "mostly women and children"
        rf"|\b{group}(?:\s+and\s+[\w’'-]+)?\s+(?:were|are|was)\s+(?:also\s+)?among\s+(?:the|those)\b"
        rf"|\bamong\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured)"
        rf"(?:\s*[—–(][^—–()]{{0,60}}[—–)])?\s+(?:were|was)\s+(?:[\w’'-]+\s+){{0,3}}?{group}\b"
        rf"|\b(?:many|several|dozens of|scores of)\s+(?:[\w’'-]+\s+){{0,2}}?{group}\s+(?:were|have been|had been)\s+"
        rf"(?:killed|wounded|injured)\b", re.IGNORECASE)
    return word, among


def _plural(term: str) -> str:
    if term.endswith(("ren", "men", "ies", "s")):
        return term  # "children", "women", "babies"
    return term[:-1] + "ies" if term.endswith("y") and term[-2:-1] not in "aeiou" else term + "s"


# words of the groups that name other things too often to tell an article is silent on them
AMBIGUOUS = {"minor", "kid", "mother", "juvenile"}


SENTENCE_END = re.compile(r"[.!?\n]")
NEGATED = re.compile(r"\b(?:no|not(?!\s+(?:just|only|merely))|none|neither|nor|never|without)\b"
                     r"(?:\s+[\w’'-]+){0,3}\s*$", re.IGNORECASE)


def _stated(cx: Corpus, article: str) -> list[tuple[str, int, int]]:
    """The spans of an article that say women or children were among the harmed: in a sentence
    that tells of harm, outside any claim of the background, a rejection or a negation."""
    text = cx.article[article].text
    _, among = _patterns()
    claims = cx.claims_by_article.get(article, ())
    out = []
    for m in among.finditer(text):
        start = max((x.end() for x in SENTENCE_END.finditer(text, 0, m.start())), default=0)
        stop = SENTENCE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if not HARM.search(text, start, end) or NEGATED.search(text, max(start, m.start() - 40), m.start()):
            continue  # "no women or children were among those killed" says the opposite
        holders = [c for c in claims if c.start <= m.start() < c.end]
        if any(c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated for c in holders):
            continue
        out.append((article, m.start(), m.end()))
    return out


def composition_drafts(cx: Corpus) -> list[Draft]:
    """Per incident: one agreement among the articles that say women or children were among the
    victims (in words or with a count of them), and one omission against those that never name
    either group."""
    word, _ = _patterns()
    out = []
    for group in cx.components:
        counts = [q for q in cx.quantities if q.article in group and q.role in HARM_ROLES and q.category in GROUPS]
        said: dict[str, list[tuple[str, int, int]]] = {}
        for a in group:
            # words that hold a count ("among them five children") are a count: omissions.py compares it
            spans = [sp for sp in _stated(cx, a) if not any(q.article == a and sp[1] <= q.start < sp[2] for q in counts)]
            if spans:
                said[a] = spans
        if not said:
            continue  # only counts of children: align/omissions.py compares the figures
        counted = {q.article: (q.article, q.start, q.end) for q in counts if q.article not in said}
        tellers = sorted([*said, *counted], key=cx.order.get)
        shown = [said[a][0] if a in said else counted[a] for a in tellers][:MAX_EVIDENCE]
        words = ", ".join(f"“{cx.article[a].text[s:e]}”" for a, s, e in shown[:3])
        if len(tellers) >= 2:
            out.append(Draft(
                "agree", shown,
                f"Who the victims were: {listing([cx.source(a) for a in tellers])} "
                f"{_all_say(cx, tellers)} women or children were among them ({words}).", 0.6, 0.45))
        silent = [a for a in group if a not in said and a not in counted and not word.search(cx.article[a].text)]
        if not silent:
            continue
        silent.sort(key=cx.order.get)
        out.append(Draft(
            "omission", shown,
            f"Who the victims were: {listing([cx.source(a) for a in tellers])} "
            f"{verb_for([cx.source(a) for a in tellers], 'says', 'say')} women or children were among them ({words}); "
            f"{listing([cx.source(a) for a in silent])} {verb_for([cx.source(a) for a in silent], 'does', 'do')} not.",
            0.6, 0.75, missing_from=silent))
    return out


def _all_say(cx: Corpus, tellers: list[str]) -> str:
    """"says" (one outlet's articles), "both say", "all say"."""
    names = len({cx.source(a) for a in tellers})
    return "says" if names == 1 else "both say" if names == 2 else "all say"
