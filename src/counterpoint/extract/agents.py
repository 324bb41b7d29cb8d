"""Who acted and what was hit: the actor and target tokens of an event's trigger, read off the
parse ("Russian forces shelled the town", "an air strike by the coalition", "the attack was
repelled by the army"), and the doer of an act named as the setting of a harm ("paramilitary forces
have killed 75 people in a drone strike"). Kept apart from extract/events.py, which finds the
trigger and the event's type, negation and outcome.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..nlp.lexicons.loaders import events
from .cuesets import cue_sets
from .datelines import dateline_span
from .spans import text_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def agents_of(trigger: Token, typ: str = "") -> tuple[tuple[int, ...], tuple[int, ...]]:
    if typ == "attack_repelled":
        return _repelled_agents(trigger)
    actors, targets = [], []
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    # "the UN condemned the strike": who reacts to an act did not do it
    reacting = verb is not trigger and verb.pos_ in ("VERB", "AUX") and _reacts(verb)
    undergoes = verb.lemma_.lower() in cue_sets().undergoer_lemmas  # "those fighters died": a victim
    for child in (() if reacting else verb.children):
        if child.dep_ == "nsubj" and child.lemma_.lower() in cue_sets().claim_nouns:
            continue  # "Houthi allegations of Coalition targeted ...": a headline's claim, not a doer
        if child.dep_ == "nsubj" and undergoes:
            targets.append(child.i)
        elif child.dep_ == "nsubj":
            actors.append(child.i)
            if child is not trigger:
                actors.extend(_acl_agents(child))  # "The raid, carried out by the army, killed 12"
        elif child.dep_ == "agent":
            actors.extend(g.i for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("dobj", "nsubjpass"):
            targets.append(child.i)
        elif child.dep_ == "prep" and child.lower_ == "from" and typ not in events().taken_from_types:
            # "came under fire from Armenia"; not "seized from the army", whom it was taken from
            actors.extend(t.i for t in child.subtree if t.dep_ == "pobj")
    # a passive clause under another ("had gathered ... when they were attacked") says who was attacked
    # "will remain in defensive positions unless attacked": a reduced passive too ("having captured" is active)
    attacked_then = verb.dep_ == "advcl" and (any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" or c.lower_ == "having" for c in verb.children)))
    if not actors and not reacting and not attacked_then and not undergoes:
        # the parse put the subject higher up: "The forces, ..., continue to ... bombard ..."
        node = verb
        for _ in range(4):
            if node.dep_ not in ("conj", "xcomp", "nmod", "advcl") or node.head is node:
                break
            node = node.head
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
                actors.append(subj.i)
                break
    if trigger.pos_ == "NOUN":
        actors.extend(_acl_agents(trigger))  # "the massacre committed by the regime forces"
        for child in trigger.children:
            if child.dep_ == "poss":
                actors.append(child.i)
            elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
                actors.extend(t.i for t in child.subtree if t.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ in ("on", "against", "of"):
                targets.extend(g.i for g in child.children if g.dep_ == "pobj")
    doc = trigger.doc
    # "KARSEN, Jan 21 - Israeli jets struck ...": the parser makes the dateline's city the subject and the
    # doer its apposition
    actors = [j for i in actors for j in ([c.i for c in doc[i].children if c.dep_ == "appos" and not _in_dateline(c)]
                                          if _in_dateline(doc[i]) else [i])]
    return tuple(dict.fromkeys(actors)), tuple(targets)


def _in_dateline(tok: Token) -> bool:
    """Is the token the wire dateline's city ("KARSEN, Jan 21 - An air strike hit ..."), which the
    parser may make the act's subject?"""
    span = dateline_span(text_of(tok.doc), tok.idx)
    return span is not None and span[0] <= tok.idx < span[1]


def doer_in_act(noun: Token) -> bool:
    """Is the noun an act's phrase hangs on ("the army in a brutal attack") the active subject of
    a verb of striking or harming ("targeted", "shelled", "killed"; events.json lemmas of the
    one-sided acts)? Not of a verb one suffers or answers an attack with ("the army in the attack
    on its post lost four soldiers", "fought back", "repelled")."""
    verb = noun.head
    return noun.dep_ == "nsubj" and noun.pos_ in ("NOUN", "PROPN") and verb.pos_ == "VERB" \
        and verb.lemma_.lower() not in cue_sets().undergoer_lemmas \
        and (bool(set(cue_sets().event_lemma_types.get(verb.lemma_.lower(), ())) & STRIKING)
             or verb.lemma_.lower() in cue_sets().target_verbs)  # "the army in a brutal attack hit the houses"


def _reacts(verb: Token) -> bool:
    """Does the verb whose object or passive subject names an act only react to it ("the UN
    condemned the strike", events.json reaction_lemmas)? Then its subject did not do it."""
    return verb.lemma_.lower() in cue_sets().reaction_lemmas


def _acl_agents(noun: Token) -> list[int]:
    """Who a participle after a noun says acted: "the massacre committed by the regime forces",
    "the raid, carried out by coalition forces"."""
    return [g.i for verb in noun.children if verb.dep_ == "acl" and verb.pos_ == "VERB"
            for agent in verb.children if agent.dep_ == "agent"
            for g in agent.children if g.dep_ == "pobj"]


CONTROL_NOUNS = ("control", "hands")  # "under the control of X", "in the hands of X"


def holders_of(doc, first: int, last: int) -> tuple[int, ...]:
    """Who holds a place, in "under the control of the loyalist forces", "in the hands of the
    army", "under SNA control" or "under our control": the words that own the control noun (its
    "of" phrase, its possessor or its compound), with those coordinated to them ("the armed forces
    and the joint force"); in "the rebels are in control of the town", the subject."""
    noun = next((t for t in doc[first:last + 2] if t.lower_ in CONTROL_NOUNS), None)
    if noun is None:
        return ()
    out: list[int] = []
    if noun.lower_ == "control" and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        # "the mujahideen remain in control of the town": the subject holds, the "of" phrase is the place
        owner = noun.head.head
        # "put local militias in control of the town": the object the verb puts there holds it
        holder = owner if owner.pos_ in ("NOUN", "PROPN") else next(
            (c for c in owner.children if c.dep_ == "dobj"), None) or next(
            (c for c in owner.children if c.dep_ == "nsubj"), None)
        return () if holder is None else tuple(dict.fromkeys([holder.i, *(c.i for c in holder.conjuncts)]))
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            heads = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("poss", "compound") and child.pos_ in ("PROPN", "NOUN"):
            heads = [child]
        else:
            continue
        for h in heads:
            out.append(h.i)
            out.extend(c.i for c in h.conjuncts)
    return tuple(dict.fromkeys(out))


def _repelled_agents(trigger: Token) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """For "X repelled attacks by Y": the actor is Y, whose attack failed; X is the target."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ == "amod":  # the model reads "repelled attacks" as an adjective and a noun
        objects.append(trigger.head)
    if trigger.pos_ == "NOUN":  # the phrase "repelled attacks" has the noun as its head
        objects.append(trigger)
        verb = next((c for c in trigger.children if c.dep_ == "amod" and c.pos_ == "VERB"), verb)
    attackers, defenders = [], []
    for obj in objects:
        for t in obj.subtree:
            if (t.dep_ == "pobj" and t.head.lower_ == "by") or (
                    t.dep_ in ("poss", "compound", "amod") and t.head.i == obj.i and t.pos_ != "VERB"):
                attackers.append(t.i)  # "attacks by X", "X's attack", "a rebel assault"
    for child in verb.children:
        if child.dep_ == "nsubj":
            defenders.append(child.i)
        elif child.dep_ == "agent":
            defenders.extend(g.i for g in child.children if g.dep_ == "pobj")
    return tuple(attackers), tuple(defenders)


HARMING = {"killing", "injury", "casualties"}  # event types of a verb that harms in an act ("killed ... in a strike")
STRIKING = {"attack", "air_strike", "shelling", "chemical_attack", "suicide_bomb", "attack_on_health_care",
            "killing", "injury"}  # the acts of a verb whose subject struck or harmed
ONE_SIDED = {"air_strike", "shelling", "chemical_attack", "suicide_bomb"}  # one side's acts, not a clash or raid


def harmer(verb: Token) -> tuple[int, ...]:
    """The subject of "killed ... in the strike" as the strike's doer: not in a passive ("many were
    killed in the shelling"), a denial ("has not killed anyone"), nor when those killed are the
    attackers ("soldiers killed two gunmen in the attack") or the killer himself."""
    kids = list(verb.children)
    if any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in kids):
        return ()
    attackers = attacker_words()
    for o in (c for c in kids if c.dep_ == "dobj"):
        if o.lemma_.lower() in attackers or o.lower_ in attackers or o.lower_.endswith("self") \
                or o.lower_ in ("anyone", "anybody", "nobody") or any(d.lower_ == "no" for d in o.children):
            return ()
    return tuple(c.i for c in kids if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN"))


@functools.cache
def attacker_words() -> frozenset[str]:
    """Words for the ones who carry out an attack (actors.json anonymous and non-state terms)."""
    from ..nlp.lexicons import actors

    lex = actors()
    words = {t.lower() for g in lex.generic if g.role == "non_state_armed" for t in g.terms}
    return frozenset(words | {t.lower() for t in lex.anonymous_terms}
                     | {w[:-1] for w in words if w.endswith("s")})
