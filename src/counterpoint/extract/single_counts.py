"""Counts of one told without a numeral: "a police officer was killed", "killing a soldier", "an
aid worker was wounded", "the police officer Afrim Bunjaku was killed". Each is one person harmed, as "one soldier was killed" is, so "a
policeman was shot dead" agrees with "one police officer was killed" and fits "a police officer
and two civilians were killed"; read as counts only for people, and only when harmed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.lexicons import ancestors as category_ancestors
from ..nlp.lexicons import category_of
from .count_roles import PEOPLE
from .numparse import NumberMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc

ARTICLES = frozenset({"a", "an"})


def single_numbers(doc: Doc, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """The indefinite articles before a singular noun for a kind of person, and the definite one
    before such a noun with the person's name ("the police officer Afrim Bunjaku"), as counts of
    one; not one inside a number already found ("a dozen"), nor "a number of", "a group of"."""
    taken = [(n.start, n.end) for n in numbers]
    out = []
    for t in doc:
        if t.dep_ != "det" or t.head.tag_ != "NN" or t.head.i < t.i:
            continue
        if t.lower_ not in ARTICLES and not (t.lower_ == "the" and _named(t.head)):
            continue
        if any(s <= t.idx < e for s, e in taken):
            continue
        head = t.head
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            continue  # "a group of soldiers", "a member of the family": not one of that kind
        category = category_of(doc[t.i + 1:head.i + 1].text) or category_of(head.lemma_)
        if category is None or PEOPLE not in (category, *category_ancestors(category)):
            continue
        out.append(NumberMatch(t.idx, t.idx + len(t.text), t.text, 1.0, 1.0, 1.0, False, None, "count"))
    return out


def _named(noun) -> bool:
    """"the police officer Afrim Bunjaku": the name set beside the noun says who the one is."""
    return any(c.dep_ == "appos" and c.tag_ == "NNP" for c in noun.children)
