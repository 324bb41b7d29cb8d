"""Place names the model leaves untagged ("Rockets hit Donetsk", "shelling in Olenivka").

The small English model misses many towns of conflict zones. A run of capitalised proper nouns
where a place stands (after a locative preposition or a place noun, before a division noun, or as
the object of a verb)
is offered as a ``maybe_place`` mention: resolve keeps it as a place when the gazetteer places it
in the article's own countries or when it is another spelling of a place the articles name, as an
actor when the actor lexicon knows it, and drops it otherwise (a person in the same position).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..nlp.lexicons import events

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# words after which a capitalised name is where something happened
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "into", "toward", "towards", "from", "across"})
HELD_BY = frozenset({"controlled", "held", "occupied", "besieged", "run"})  # the end of "Kiev-controlled"
MAX_WORDS = 3
# event types whose verb takes the place it strikes or takes as object ("shelled Donetsk", "seized Moura")
PLACE_OBJECT_TYPES = ("shelling", "air_strike", "attack", "territory_taken", "territory_regained")
HIT_VERBS = frozenset({"hit", "reach", "evacuate", "flee"})  # no event verbs, but a place is their object


def untagged_places(doc: Doc, taken: Iterable[tuple[int, int]], before: tuple[tuple[str, ...], ...],
                    after: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of proper-noun runs outside ``taken`` that stand where a place stands."""
    covered = {i for s, e in taken for i in range(s, e)}
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if i in covered or not _name_word(doc[i]):
            i += 1
            continue
        e = i + 1
        # a capitalised place noun ends the name ("Pa Zi Gyi Village"), whatever its length
        while e < len(doc) and e not in covered and _name_word(doc[e]) and e - i < MAX_WORDS \
                and doc[e].lower_ not in after:
            e += 1
        s, e = hyphen_joined(doc, i, e, covered)
        if (e >= len(doc) or not _name_word(doc[e]) or doc[e].lower_ in after) \
                and _where_a_place_stands(doc, s, e, before, after):
            out.append((s, e))
        i = max(e, i + 1)
    return out


def hyphen_joined(doc: Doc, s: int, e: int, covered: set[int]) -> tuple[int, int]:
    """Widen a name over the parts hyphens join to it with no space ("Dasht-e-Archi",
    "Kafr-Nabudah"), lowercase particles between them included: the tokenizer splits them, and the
    model tags one part or none. The joined name must open and end with a capital, so
    "pro-Russian" and "Kunduz-based" stay as they are."""
    def joined(h: int) -> bool:  # the hyphen at h touches the words on both sides
        return doc[h].text == "-" and not doc[h - 1].whitespace_ and not doc[h].whitespace_ \
            and doc[h - 1].is_alpha and doc[h + 1].is_alpha and h - 1 not in covered and h + 1 not in covered
    start = s
    while start >= 2 and joined(start - 1) and not doc[start - 2].is_sent_start:
        start -= 2
    while start < s and not doc[start].text[:1].isupper():
        start += 2
    end = e
    while end + 1 < len(doc) and joined(end):
        end += 2
    while end > e and not doc[end - 1].text[:1].isupper():
        end -= 2
    return start, end


def _name_word(t: Token) -> bool:
    # a word the model tagged as a time or a number ("in March": a DATE) names no place
    if t.is_sent_start or t.ent_type_ in NOT_NAMES:
        return False
    if APOSTROPHE_NAME.fullmatch(t.text):
        return True  # "in Sana'a": an ayn or hamza written as an apostrophe, which the tagger misreads
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.replace("-", "").isalpha()


APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]+['’ʼ][a-z]+")  # ʼ: the working copy's letter apostrophe


NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _where_a_place_stands(doc: Doc, s: int, e: int, before: tuple[tuple[str, ...], ...],
                          after: frozenset[str] = frozenset()) -> bool:
    if e < len(doc) and doc[e].lower_ in after:
        return True  # "the Barmal district of Paktika", "Pazigyi village"
    if doc[s - 1].lower_ in LOCATIVE or doc[s - 1].lower_ in HELD_BY:
        return True  # "in Olenivka", "Kiev-controlled Kramatorsk"
    if any(s - len(w) >= 0 and tuple(t.lower_ for t in doc[s - len(w):s]) == w for w in before):
        return True
    head = doc[e - 1]
    return head.dep_ == "dobj" and head.head.i == s - 1 and head.head.lemma_.lower() in _place_verbs()


@functools.cache
def _place_verbs() -> frozenset[str]:
    lex = events()
    return HIT_VERBS | frozenset(lemma for name in PLACE_OBJECT_TYPES for lemma in lex.type(name).lemmas)

