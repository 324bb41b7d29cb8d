"""Euphemisms as framing: one article's softened word for what another says plainly ("We have
neutralised 17" / "the army had killed 17 rebels"; "two martyrdom-seeking operations" / "two
suicide car bombs"). The pairs are data (labels.json ``euphemisms``, those marked ``compare``);
here they are found in the text and set against each other when both words tell of one stated
figure of one kind of thing; an article that also says it plainly of the same figure ("killed 17
rebels", beside a spokesman's quoted "we neutralised 17") softens nothing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..nlp.lexicons import labels
from ..records import Claim, Quantity
from .candidates import Corpus
from .figures import counts_people
from .findings import Draft

PER_EUPHEMISM = 3  # articles shown on each side of one euphemism
REACH = 30  # characters between a word and the figure it tells of ("neutralised 17", "two martyrdom operations")
KILLED = "killed"  # a euphemism for it tells of people only ("destroyed 12 trucks" is no killing)


@dataclass(frozen=True, slots=True)
class _Use:
    article: str
    start: int
    end: int
    claim: Claim | None


def euphemism_drafts(cx: Corpus) -> list[Draft]:
    """One finding per euphemism and incident's coverage whose articles say one thing one way and
    the other: the articles using the euphemism, then those saying it plainly."""
    out = []
    for e in (e for e in labels().euphemisms if e.compare):
        soft, plain = _pattern(e.forms), _pattern(e.plain)
        people = KILLED in e.plain
        for group in cx.components:
            arts = sorted(group, key=cx.order.get)
            softened = {a: _uses(cx, a, soft) for a in arts}
            said = {a: _uses(cx, a, plain) for a in arts}
            # an article that also says it plainly of the same figure softens nothing
            softened = {a: [u for u in us if not any(_same_thing(cx, u, p, people) for p in said[a])]
                        for a, us in softened.items()}
            pairs = [(u, p) for a in arts for u in softened[a] for b in arts if b != a and not softened[b]
                     for p in said[b] if _same_thing(cx, u, p, people)]
            if pairs:
                out.append(_draft(cx, pairs))
    return out


def _draft(cx: Corpus, pairs: list[tuple[_Use, _Use]]) -> Draft:
    soft = sorted({u.article: u for u, _ in reversed(pairs)}.values(), key=lambda u: cx.order[u.article])
    plain = sorted({p.article: p for _, p in reversed(pairs)}.values(), key=lambda p: cx.order[p.article])
    soft, plain = soft[:PER_EUPHEMISM], plain[:PER_EUPHEMISM]

    def words(u: _Use) -> str:
        return cx.article[u.article].text[u.start:u.end]

    def said(u: _Use) -> str:
        return f"{cx.source(u.article)} (“{words(u)}”)"

    text = (f"{' and '.join(said(u) for u in soft)} {'use' if len(soft) > 1 else 'uses'} a euphemism for "
            f"“{words(plain[0]).lower()}”, where {' and '.join(said(p) for p in plain)} "
            f"{'say' if len(plain) > 1 else 'says'} it plainly.")
    spans = [(u.article, u.start, u.end) for u in (*soft, *plain)]
    claims = [u.claim.id for u in (*soft, *plain) if u.claim is not None]
    return Draft("framing", spans, text, 0.6, 0.5, claims=list(dict.fromkeys(claims)))


def _same_thing(cx: Corpus, soft: _Use, plain: _Use, people: bool) -> bool:
    """Both words tell of one stated figure of one kind of thing ("neutralised 17 rebels" /
    "killed 17 rebels", not "killed 12 soldiers")."""
    if soft.claim is None or plain.claim is None:
        return False
    return any(a.low == b.low and a.high == b.high and _same_kind(cx, a, b)
               for a in _figures(cx, soft, people) for b in _figures(cx, plain, people))


def _same_kind(cx: Corpus, a: Quantity, b: Quantity) -> bool:
    """Counts of people count one kind of people, or one a kind of the other ("12 militants" are
    not "12 soldiers"); a figure with no counted noun, or of things, fits any."""
    if not (counts_people(cx, a) and counts_people(cx, b)):
        return True
    return a.category == b.category or a.category in cx.ancestors.get(b.category or "", ()) \
        or b.category in cx.ancestors.get(a.category or "", ())


def _figures(cx: Corpus, u: _Use, people: bool) -> list[Quantity]:
    """The stated figures right beside the word in its claim, only counts of people when
    ``people`` ("killed 12 volunteers and destroyed 18 trucks": "destroyed" tells of the trucks);
    "dozens" tells too little to say two claims are one."""
    text = cx.article[u.article].text

    def of_people(q: Quantity) -> bool:  # a bare figure only as the verb's object: "neutralised 17"
        return counts_people(cx, q) if q.noun else u.end <= q.start

    return [q for q in cx.quantities_by_claim.get(u.claim.id, ()) if (q.low or q.high) and q.hedge != "vague"
            and _told_by(text, u, q) and (not people or of_people(q))]


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


def _uses(cx: Corpus, article: str, pattern: re.Pattern[str]) -> list[_Use]:
    text = cx.article[article].text
    claims = cx.claims_by_article.get(article, ())
    return [_Use(article, m.start(), m.end(), next((c for c in claims if c.start <= m.start() < c.end), None))
            for m in pattern.finditer(text)]


@functools.cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                            for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
