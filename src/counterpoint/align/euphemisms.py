"""Euphemisms as framing: one article's softened word for what another says plainly ("We have
neutralised 17" / "the army had killed 17 rebels"; "two martyrdom-seeking operations" / "two
suicide car bombs"). The pairs are data (labels.json ``euphemisms``); here they are found in the
text and set against each other when both words tell one thing: the claims they stand in give
the same figure, or the euphemism is a name of the whole war ("special military operation"),
which any plain name of it in the same coverage answers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..nlp.lexicons import labels
from ..nlp.lexicons.shapes import Euphemism
from ..records import Claim, Quantity
from .candidates import Corpus
from .findings import Draft

PER_EUPHEMISM = 3  # articles shown on each side of one euphemism


@dataclass(frozen=True, slots=True)
class _Use:
    article: str
    start: int
    end: int
    claim: Claim | None


def euphemism_drafts(cx: Corpus) -> list[Draft]:
    """One finding per euphemism and incident's coverage whose articles say it one way and
    another: the articles using the euphemism, then those using its plain word for the same thing."""
    out = []
    for e in labels().euphemisms:
        soft, plain = _pattern(e.forms), _pattern(e.plain)
        for group in cx.components:
            arts = sorted(group, key=cx.order.get)
            softened = {a: _uses(cx, a, soft) for a in arts}
            said = {a: _uses(cx, a, plain) for a in arts}
            pairs = [(u, p) for a in arts for u in softened[a] for b in arts if b != a and not softened[b]
                     for p in said[b] if _same_thing(cx, e, u, p)]
            if pairs:
                out.append(_draft(cx, e, pairs))
    return out


def _draft(cx: Corpus, e: Euphemism, pairs: list[tuple[_Use, _Use]]) -> Draft:
    soft = list({u.article: u for u, _ in reversed(pairs)}.values())[:PER_EUPHEMISM]
    soft.sort(key=lambda u: cx.order[u.article])
    plain = list({p.article: p for _, p in reversed(pairs)}.values())[:PER_EUPHEMISM]
    plain.sort(key=lambda p: cx.order[p.article])

    def said(u: _Use) -> str:
        return f"{cx.source(u.article)} (“{cx.article[u.article].text[u.start:u.end]}”)"

    text = (f"{' and '.join(said(u) for u in soft)} {'use' if len(soft) > 1 else 'uses'} a euphemism for "
            f"“{e.plain[0]}”, where {' and '.join(said(p) for p in plain)} {'say' if len(plain) > 1 else 'says'} "
            f"it plainly.")
    spans = [(u.article, u.start, u.end) for u in (*soft, *plain)]
    claims = [u.claim.id for u in (*soft, *plain) if u.claim is not None]
    return Draft("framing", spans, text, 0.6, 0.5, claims=list(dict.fromkeys(claims)))


def _same_thing(cx: Corpus, e: Euphemism, soft: _Use, plain: _Use) -> bool:
    """Both words tell one thing: their claims give one figure ("neutralised 17" / "killed 17
    rebels"), or the euphemism names the whole war, which needs no figure."""
    if _names_a_war(e):
        return True
    if soft.claim is None or plain.claim is None:
        return False
    people = KILLED in e.plain  # "neutralised", "destroyed": a word for killing only when people are its object
    return bool(_figures(cx, soft, people) & _figures(cx, plain, people))


KILLED = "killed"
REACH = 30  # characters between a word and the figure it tells of ("neutralised 17", "two martyrdom operations")


def _figures(cx: Corpus, u: _Use, people: bool) -> set[tuple]:
    """The stated figures right beside the word in its claim, only counts of people when
    ``people`` ("killed 12 volunteers and destroyed 18 trucks": "destroyed" tells of the trucks);
    "dozens" tells too little to say two claims are one."""
    text = cx.article[u.article].text

    def counts_people(q: Quantity) -> bool:  # a bare figure only as the verb's object: "neutralised 17"
        return "people" in (q.category, *cx.ancestors.get(q.category or "", ())) if q.noun else u.end <= q.start

    return {(q.low, q.high) for q in cx.quantities_by_claim.get(u.claim.id, ())
            if (q.low or q.high) and q.hedge != "vague" and _told_by(text, u, q) and (not people or counts_people(q))}


def _told_by(text: str, u: _Use, q: Quantity) -> bool:
    """The figure is what the word tells of: it holds the word ("two martyrdom operations"), or
    stands right after it ("neutralised 17") or before it ("17 terrorists were neutralised") with
    no other clause between (not "killed 12 volunteers and destroyed 18 trucks")."""
    if q.start <= u.start and u.end <= q.end:
        return True
    if u.end <= q.start:
        return q.start - u.end <= REACH and not ANOTHER_CLAUSE.search(text, u.end, q.start)
    return q.end <= u.start and u.start - q.end <= REACH and not ANOTHER_CLAUSE.search(text, q.end, u.start)


ANOTHER_CLAUSE = re.compile(r"[,;]|\band\b|\bor\b")


def _names_a_war(e: Euphemism) -> bool:
    """A euphemism whose plain words are names of a war ("war", "invasion")."""
    return any(p in WAR_WORDS for p in e.plain)


WAR_WORDS = frozenset({"war", "invasion"})


def _uses(cx: Corpus, article: str, pattern: re.Pattern[str] | None) -> list[_Use]:
    if pattern is None:
        return []
    text = cx.article[article].text
    claims = cx.claims_by_article.get(article, ())
    return [_Use(article, m.start(), m.end(), next((c for c in claims if c.start <= m.start() < c.end), None))
            for m in pattern.finditer(text)]


@functools.cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                            for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
