"""Counts of one told without a numeral: "a police officer was killed", "killing a soldier", "an
aid worker was wounded", "a child died". Each is one person harmed, as "one soldier was killed"
is, so "a policeman was shot dead" agrees with "one police officer was killed". Read only where
the words tell a past harm to that one person: not its doer ("a gunman killed four"), not one of
more ("a child was among the dead", "a second soldier died"), not none ("not a single soldier"),
not what may happen ("each time a soldier is killed", "threatened to kill a hostage")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.lexicons import ancestors as category_ancestors
from ..nlp.lexicons import category_of
from .count_roles import PEOPLE
from .numparse import NumberMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ARTICLES = frozenset({"a", "an"})
ANOTHER = "another"  # one more person harmed, of another harm than the count before it ("and another was wounded")
# "a second soldier", "a further civilian", "a single soldier", "a lone gunman": one of more, or none
NOT_ONE_ALONE = frozenset({"second", "third", "fourth", "fifth", "further", "additional", "another", "single",
                           "lone", "only", "last", "first"})
PAST_PASSIVE = frozenset({"was", "were", "been"})
HABITUAL = frozenset({"repeatedly", "routinely", "often", "regularly", "frequently", "usually", "sometimes"})
# what may happen, or happens again and again: "each time a soldier is killed", "if a hostage is harmed"
NOT_ONE_ACT = re.compile(r"\b(?:each|every)\s+(?:time|day|week|night|hour)\b|\bwhenever\b|\bif\b|\bunless\b",
                         re.IGNORECASE)


def single_numbers(doc: Doc) -> list[NumberMatch]:
    """The indefinite articles before a singular noun for a kind of person harmed, as counts of
    one ("a dozen soldiers" is a number's, and its noun plural)."""
    out = []
    for t in doc:
        if t.lower_ == ANOTHER and _another_harmed(t):
            out.append(NumberMatch(t.idx, t.idx + len(t.text), t.text, 1.0, 1.0, 1.0, False, None, "count"))
            continue
        if t.lower_ not in ARTICLES or t.dep_ != "det" or t.head.tag_ != "NN" or t.head.i < t.i:
            continue
        head = t.head
        category = category_of(doc[t.i + 1:head.i + 1].text) or category_of(head.lemma_)
        if category is None or PEOPLE not in (category, *category_ancestors(category)):
            continue
        if t.i > 0 and doc[t.i - 1].lower_ in ("not", "only", "neither", "nor", "without"):
            continue  # "not a soldier", "only a soldier", "neither a soldier nor a civilian"
        if not _harmed_alone(head) or NOT_ONE_ACT.search(head.sent.text):
            continue
        out.append(NumberMatch(t.idx, t.idx + len(t.text), t.text, 1.0, 1.0, 1.0, False, None, "count"))
    return out


def _another_harmed(t: Token) -> bool:
    """"Another" of one person harmed: before a singular noun for a kind of person ("another
    officer was injured") or standing for one ("a policeman was killed and another was wounded").
    Whether it adds to a count of the same harm ("a second soldier died") is decided where the
    counts are read in order (extract/quantities.py)."""
    if t.dep_ == "det" and t.head.tag_ == "NN" and t.head.i > t.i:
        category = category_of(t.doc[t.i + 1:t.head.i + 1].text) or category_of(t.head.lemma_)
        return category is not None and PEOPLE in (category, *category_ancestors(category)) \
            and _harmed_alone(t.head, allowed=t) and not NOT_ONE_ACT.search(t.sent.text)
    return t.dep_ in ("nsubj", "nsubjpass") and _harmed_alone(t) and not NOT_ONE_ACT.search(t.sent.text)


def _harmed_alone(noun: Token, allowed: Token | None = None) -> bool:
    """Do the words tell one past harm done to this one person: the subject of "was killed" or
    "died", the object of "killed" or "killing"; with no word of none or of more (``allowed``: the
    one such word already weighed, "another")?"""
    if any((c.dep_ in ("neg", "preconj") or c.lower_ in NOT_ONE_ALONE) and (allowed is None or c.i != allowed.i)
           for c in noun.children):
        return False
    node = noun
    while node.dep_ in ("conj", "appos") and node.head is not node:
        node = node.head  # "two civilians and a soldier were killed", "Sgt Idris, a police officer, was killed"
    verb = node.head
    if any(c.dep_ == "neg" or c.lower_ in HABITUAL for c in verb.children):
        return False  # "a soldier was not killed", "have repeatedly killed a civilian"
    if node.dep_ == "nsubjpass":
        return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in PAST_PASSIVE for c in verb.children)
    if node.dep_ == "dobj":
        return verb.tag_ in ("VBD", "VBG", "VBN")
    return node.dep_ == "nsubj" and verb.lemma_.lower() == "die" and verb.tag_ == "VBD"
