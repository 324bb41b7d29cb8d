"""The day a claim dates its event to: a date in the event's own clause first, else one in the
claim that dates neither the statement ("said Thursday"), another act named after "after" or
"before", nor an earlier act in a relative clause on what the act hit ("tanks that the rebels had
seized last year"). Split from extract/__init__.py, which would otherwise pass 500 lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cuesets import cue_sets
from .dates import resolve_date
from .scope import dates_within, day_part_words

if TYPE_CHECKING:
    from ..nlp import Annotated
    from .claims import RawClaim


def claim_date(ann: Annotated, rc: RawClaim, trigger_start: int | None = None) -> str | None:
    """The day the claim dates its event to: a date in the event's own clause first ("Barzani on
    Tuesday attended the burial of those killed in Monday's attack": Monday), else any date in it
    but one that dates a statement."""
    doc = ann.doc
    found = []
    for ent in dates_within(doc, rc.start, rc.end):
        if _dates_the_saying(ent):
            continue  # "the spokesman said Thursday that an airstrike ...": when it was said
        if _dates_another_act(ent):
            continue  # "came hours after a rebel ambush on Monday night": the ambush's day
        resolved = resolve_date(ent.text, ann.article.date)
        if resolved:
            found.append((ent, resolved))
    trigger = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand") \
        if trigger_start is not None else None
    if trigger is not None:
        own = _clause_verb(trigger.root)
        for ent, resolved in found:
            if _clause_verb(ent.root) in (own, trigger.root.i):
                return resolved
        # "destroyed four tanks that the rebels had seized last year": a relative clause on what the act
        # hit, dated to an earlier year or month, dates its own act ("civilians who had gathered at the
        # market on Friday" dates the strike; "the assault, which began on March 3" is on the act itself)
        found = [(ent, r) for ent, r in found if not (_on_the_object(doc[_clause_verb(ent.root)], own)
                                                      and _an_earlier_period(r, ann.article.date))]
    return found[0][1] if found else None


def _dates_another_act(ent) -> bool:
    """A date hung under "after", "before", "since" or "following" and the act it names ("hours
    after a rebel ambush on an army convoy on Monday night"): another act's day."""
    node = ent.root
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "pobj" and node.head.lower_ in ("after", "before", "since", "following", "until") \
                and node.i != ent.root.i and node.lower_ not in day_part_words() and not _an_hour(node):
            return True  # not "shortly after dawn on Monday", "after 2 a.m. on Monday": the day's own hours
        node = node.head
    return False


def _an_hour(tok) -> bool:
    """A clock time ("2 a.m.", "10 pm", "02:00")."""
    return tok.ent_type_ == "TIME" or tok.like_num or tok.lower_.replace(".", "") in ("am", "pm")


def _an_earlier_period(resolved: str, article_date: str | None) -> bool:
    """A year or a month ("2023", "2023-11") before the paper's own."""
    return article_date is not None and len(resolved) < 10 and resolved < article_date[:len(resolved)]


def _on_the_object(verb, own: int) -> bool:
    """Is ``verb`` a relative clause's, on the object of the verb ``own``?"""
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "four tanks and two carriers that ..."
        noun = noun.head
    return verb.dep_ in ("relcl", "acl") and noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == own


def _clause_verb(tok) -> int:
    """The token index of the verb whose clause holds the word (the word itself when none)."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.i


def _dates_the_saying(ent) -> bool:
    """A date that modifies a reporting verb ("said Thursday", "told reporters on Monday") with
    the reported clause after it, or right after the verb that ends the sentence ("..., the agency
    reported on January 16"): it dates the statement, not the event told."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in cue_sets().reporting_verbs:
        return False
    # "said Thursday that ...": a complementizer, not the relative "an airstrike on Tuesday that flattened"
    follows = ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "that" and ent.doc[ent.end].dep_ == "mark"
    if follows or any(t.dep_ in ("ccomp", "xcomp", "mark") and t.i >= ent.end for t in head.children):
        return True
    # "..., Mehr news agency reported on January 16.": the date right after the verb ending the
    # sentence, when someone does the reporting (not "Heavy shelling was reported on Monday")
    return head.i < ent.start <= head.i + 2 and all(t.is_punct for t in ent.doc[ent.end:ent.sent.end]) \
        and any(c.dep_ == "nsubj" or (c.dep_ == "mark" and c.lower_ == "as") for c in head.children)
