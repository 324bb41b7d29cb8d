"""Counts of none: "not a single employee was injured", "no civilians were killed", "none of the
staff were hurt", "without civilian casualties", "officials denied there had been casualties" (0,
which "eight employees were injured" contradicts). A part of extract/quantities.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.lexicons import ancestors as category_ancestors
from ..nlp.lexicons import category_of
from ..nlp.lexicons.loaders import events
from .count_roles import HARM_ROLES, NOUN_POS, PEOPLE, role_of_token
from .cuesets import CueSets, cue_sets
from .numparse import NumberMatch
from .raw_quantities import RawQuantity
from .spans import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


OWN_LOSS_VERBS = frozenset({"suffer", "sustain", "incur", "take"})
OWN_SIDE = re.compile(r"\s+(?:on|among|in)\s+(?:our|its|their|his|her)\s+(?:own\s+)?(?:side|ranks|forces|troops|men|"
                      r"soldiers|personnel|fighters|members)\b",
                      re.IGNORECASE)


def _force_suffered(noun: Token) -> bool:
    """"Its forces suffered no casualties", "we sustained no losses": the losses are the subject's
    own, a force's or the speaker's side; "the village suffered no casualties" is a count of none."""
    verb = noun.head
    if verb.lemma_.lower() not in OWN_LOSS_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in ("we", "they", "it") or any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their")
                                                      for c in subject.children):
        return True  # "we", "its forces", "our troops": the speaker's side
    category = category_of(" ".join(t.text for t in subject.subtree))
    return category is not None and "combatants" in (category, *category_ancestors(category))


def zero_counts(doc: Doc, cues: CueSets) -> list[RawQuantity]:
    """Counts of none: "not a single employee was injured", "no civilians were killed", "none of
    the staff were hurt", "without civilian casualties" (0, which "eight employees were injured"
    contradicts). Only people, and only with a casualty verb or noun."""
    out = []
    text = text_of(doc)
    for t in doc:
        head, start = None, t.idx
        if t.lower_ == "no" and t.dep_ == "det" and t.head.pos_ in NOUN_POS:
            head = t.head
        elif t.lower_ == "single" and t.i >= 2 and doc[t.i - 2].lower_ == "not" and t.head.pos_ in NOUN_POS:
            head, start = t.head, doc[t.i - 2].idx
        elif t.lower_ == "none" and t.dep_ in ("nsubj", "nsubjpass"):
            head = next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), None)
        elif t.lower_ == "without" and t.dep_ == "prep":
            head = next((g for g in t.children if g.dep_ == "pobj"), None)
            if head is None or cues.role_nouns.get(head.lemma_.lower()) not in HARM_ROLES:
                continue
        elif _existence_denied(t, cues):  # "officials denied there had been casualties"
            head, start = t, t.head.head.idx
        if head is None:
            continue
        first = min([start] + [c.idx for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i])
        noun_start = min([head.idx] + [c.idx for c in head.children
                                       if c.dep_ in ("compound", "amod") and c.i < head.i and c.lower_ != "single"])
        end = head.idx + len(head.text)
        noun = text[noun_start:end] if head.lower_ != "one" else None  # "no one": a toll of people
        category = category_of(noun) if noun else PEOPLE
        # "without casualties", "caused no casualties", "no deaths": the noun is the harm itself
        harm_noun = t.lower_ == "without" or (t.lower_ == "no" and head.lemma_.lower() in cues.zero_harm_nouns) \
            or head is t
        if harm_noun and t.lower_ == "no" and (_force_suffered(head) or OWN_SIDE.match(text, head.idx + len(head.text))):
            continue  # "its forces suffered no casualties", "no casualties on our side": one side's own losses
        role = cues.role_nouns.get(head.lemma_.lower()) if harm_noun else None
        role = role if role in HARM_ROLES else None
        among = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "among"
                      for g in p.children if g.dep_ == "pobj"), None) if role else None
        if among is not None:  # "no casualties among civilians": that group's harm
            category = category_of(among.lemma_) or category_of(among.text)
            if category is None or "people" not in (category, *category_ancestors(category)):
                continue
            end, noun = among.idx + len(among.text), text[noun_start:among.idx + len(among.text)]
        if role is None:
            verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else (
                head.head.head.head if head.dep_ == "pobj" and head.head.head.dep_ in ("nsubj", "nsubjpass") else None)
            role = role_of_token(verb, cues) if verb is not None else None
            if verb is not None and verb.lemma_.lower() in cues.unharmed_lemmas:
                role = "casualties"  # "no one was hurt": neither killed nor wounded
            if role is None and category is not None and "civilians" in (category, *category_ancestors(category)) \
                    and _said_absent(head, cues):
                role = "casualties"  # "no civilians were present" at a strike: none there to be harmed
            if category is not None and "people" not in (category, *category_ancestors(category)):
                continue
            category = category or PEOPLE
        if role not in HARM_ROLES:
            continue
        if harm_noun and among is None and role is not None:
            category = category or PEOPLE
            if noun and noun.lower().startswith("civilian"):
                category = "civilians"
        span_text = text[first:end]
        number = NumberMatch(first, end, span_text, 0.0, 0.0, 0.0, False, None, "count")
        out.append(RawQuantity(first, end, number, noun, category, role, head.i, False, False, False))
        out.extend(_coordinated_zeros(doc, head, role))
    return out


def equipment_lost_none(doc: Doc) -> list[RawQuantity]:
    """"The army did not lose any vehicle or weapon", "lost no tanks": none of a force's equipment
    destroyed or taken (0, which "six military vehicles were destroyed" contradicts)."""
    text = text_of(doc)
    out = []
    for t in doc:
        head = t.head
        if t.dep_ != "det" or head.pos_ not in NOUN_POS or head.dep_ != "dobj" \
                or head.head.lemma_.lower() not in events().loss_lemmas:
            continue
        negated = any(c.dep_ == "neg" for c in head.head.children)
        if not (t.lower_ == "no" or (t.lower_ == "any" and negated)):
            continue
        for noun in (head, *head.conjuncts):
            category = category_of(noun.lemma_) or category_of(noun.text)
            if category is None or "equipment" not in (category, *category_ancestors(category)):
                continue
            start = t.idx if noun is head else noun.idx
            end = noun.idx + len(noun.text)
            number = NumberMatch(start, end, text[start:end], 0.0, 0.0, 0.0, False, None, "count")
            out.append(RawQuantity(start, end, number, noun.text, category, "destroyed", noun.i, False, False, False))
    return out


# where a group was not: "no civilians were in the building", "there were no civilians at the site"
ABSENT_FROM = frozenset({"in", "at", "inside", "near", "around"})


def _said_absent(head: Token, cues: CueSets) -> bool:
    """Was none of the group at the struck place, in the past ("no civilians were present" beside the
    strike, "no civilians were in the building", "there were no civilians at the site", "no
    children had been inside")? None there was none harmed. Not what ought to be ("ensure that no
    civilians are present"), not a number ("40 were present"), not what the dead were, not a group
    narrowed ("no foreign civilians"), not elsewhere ("at the funeral", "at the negotiating table"),
    and not a statement called false ("it is false that no civilians were present")."""
    be = head.head
    past = be.tag_ == "VBD" or (be.tag_ == "VBN" and any(c.lower_ == "had" for c in be.children))
    if be.lemma_ != "be" or not past or head.dep_ not in ("nsubj", "attr"):
        return False
    if head.dep_ == "attr" and not any(c.dep_ == "expl" for c in be.children):
        return False  # "the victims were no civilians": what they were, not where
    if any(c.dep_ in ("amod", "compound") for c in head.children):
        return False  # "no foreign civilians": some of them
    if _called_false(be, cues):
        return False
    there = [c for c in be.children if c.dep_ in ("acomp", "advmod") and c.lemma_.lower() in cues.absence_words]
    places = [g for c in (*be.children, *head.children, *(x for t in there for x in t.children))
              if c.dep_ == "prep" and c.lower_ in ABSENT_FROM for g in c.children if g.dep_ == "pobj"]
    if places:
        return any(_a_struck_place(g, cues) for g in places)
    # "... was bombed and no civilians were present": the strike told beside it
    return bool(there) and any(cues.event_lemmas.get(t.lemma_.lower()) in STRUCK_TYPES
                               or t.lemma_.lower() in cues.target_verbs for t in be.sent)


STRUCK_TYPES = ("air_strike", "shelling", "attack", "suicide_bomb", "chemical_attack", "attack_on_health_care")


def _a_struck_place(noun: Token, cues: CueSets) -> bool:
    """A place a strike falls on: a facility or a town ("the building", "the camp"), a named place,
    or a word for where it fell ("the site", "the area")."""
    if noun.lemma_.lower() in cues.absence_sites or noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    kind = category_of(noun.lemma_.lower())
    return kind is not None and bool({"facilities", "settlements"} & {kind, *category_ancestors(kind)})


def _called_false(verb: Token, cues: CueSets) -> bool:
    """Is the clause inside a denial or a word calling it false ("it is false that ...", "denied
    that ...")?"""
    for a in verb.ancestors:
        if a.lemma_.lower() in cues.deny_verbs or any(c.dep_ in ("acomp", "attr") and c.lower_ in FALSE_WORDS
                                                     for c in a.children):
            return True
    return False


FALSE_WORDS = frozenset({"false", "untrue", "wrong", "baseless", "lie", "lies"})


def _existence_denied(t: Token, cues: CueSets) -> bool:
    """A harm noun whose very existence a denial rejects ("denied there had been casualties",
    "denied that there were any deaths"): a count of none, as "caused no casualties" is."""
    be = t.head
    if not (t.dep_ == "attr" and t.lemma_.lower() in cues.zero_harm_nouns and be.lemma_ == "be"
            and be.dep_ == "ccomp" and any(c.dep_ == "expl" for c in be.children)
            and be.head.lemma_.lower() in cues.deny_verbs):
        return False
    deny = be.head
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in deny.children):
        return False  # "did not deny there had been casualties"
    for c in t.children:
        if c.dep_ in ("nummod", "poss") or c.lower_ in ("the", "these", "those"):
            return False
        if c.dep_ == "amod" and not c.lower_.startswith(("civilian", "human", "fatal")):
            return False  # "heavy casualties", "further casualties": some harm is not denied
    after = text_of(t.doc)[t.idx + len(t.text):t.idx + len(t.text) + 40]
    return not (OWN_SIDE.match(after) or NOT_ALL.match(after))


# "any casualties other than soldiers", "apart from the gunmen": not all harm is denied
NOT_ALL = re.compile(r"\s+(?:other\s+than|apart\s+from|except|besides|aside\s+from)\b", re.IGNORECASE)


def _coordinated_zeros(doc: Doc, head: Token, role: str) -> list[RawQuantity]:
    """"No doctors of the hospital or patients and civilians were hurt": each group of people
    coordinated with the first is a count of none too. The parser may hang the later groups on
    the first one's "of" phrase, so its conjuncts are read as well when they count people."""
    text = text_of(doc)
    tails = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    out = []
    for conj in [*head.conjuncts, *(c for g in tails for c in g.conjuncts)]:
        if conj.pos_ not in NOUN_POS or conj.i < head.i:
            continue
        start = min([conj.idx] + [c.idx for c in conj.children if c.dep_ in ("compound", "amod") and c.i < conj.i])
        end = conj.idx + len(conj.text)
        noun = text[start:end]
        category = category_of(noun)
        if category is None or PEOPLE not in (category, *category_ancestors(category)):
            continue
        number = NumberMatch(start, end, noun, 0.0, 0.0, 0.0, False, None, "count")
        own = cue_sets().role_nouns.get(conj.lemma_.lower()) if conj.lemma_.lower() in cue_sets().zero_harm_nouns \
            else None  # "no casualties and no deaths": the second names its own harm
        out.append(RawQuantity(start, end, number, noun, category, own or role, conj.i, False, False, False))
    return out
