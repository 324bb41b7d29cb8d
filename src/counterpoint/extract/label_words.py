"""Loaded words in a mention: the label a name carries ("the Afghan Taliban regime", "Houthi
rebels"), scare quotes and distancing words around it, and how an event word names the incident
("the massacre in Tajoura"), for the framing comparison."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..nlp.lexicons import ancestors, category_of, labels
from .cuesets import CueSets
from .raw_mentions import LabelUse, RawMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


QUOTE_CHARS = "\"'"
MEMBER_REFERENTS = {"non_state_armed", "state_forces", "government"}  # labels for a group's members


def scare_quoted(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before in QUOTE_CHARS and after in QUOTE_CHARS:
        return True
    inner = text[start:end]
    return inner.count('"') >= 2


def distancing_word(text: str, start: int) -> tuple[int, str] | None:
    """(offset, word) of a distancing word before a name ("the so-called Islamic State", "the
    self-styled council"; labels.json scare_quote_policy equivalents): quotation marks in other
    words."""
    m = _distancing_words().search(text, max(0, start - DISTANCING_REACH), start)
    return (m.start(), m.group("word")) if m else None


DISTANCING_REACH = 30  # characters before a name a distancing word may stand ("so-called “terrorist”")


@functools.cache
def _distancing_words() -> re.Pattern[str]:
    words = sorted(labels().scare_quote_policy.equivalents, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\-", "[- ]") for w in words)
    # only quote marks, or "the"/"a", may stand between the word and the name
    return re.compile(rf"\b(?P<word>{alternatives})\s*(?:(?:the|a|an)\s+)?[\"'“‘«]?$", re.IGNORECASE)


def quoted_phrase(text: str, start: int, end: int) -> bool:
    """A name set in quotes as a whole: what he called “the tragic incident”. (the closing mark
    may follow the sentence's full stop or comma)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end:end + 2]
    return before in QUOTE_MARKS and (after[:1] in QUOTE_MARKS or (after[:1] in ".," and after[1:2] in QUOTE_MARKS))


QUOTE_MARKS = "\"'“”‘’«»"


def label_word_after_name(doc: Doc, text: str, kept: list[tuple[int, int, RawMention]],
                           cues: CueSets) -> list[tuple[int, int, RawMention]]:
    """"the Afghan Taliban regime", "the Hamas terror group": a word for armed or ruling groups
    right after a group's name, heading the phrase the name modifies, is the label the article gives
    that group, not a mention of another group (the country's regime or army): one mention, name and
    word, as if the lexicon knew the phrase."""
    by_start = {s: (e, m) for s, e, m in kept}
    absorbed: dict[int, int] = {}  # the name's end -> the label word's end
    for s, e, m in kept:
        if m.kind not in ("actor", "organization") or m.label is not None or e not in by_start:
            continue
        word_end, word = by_start[e]
        head = doc[word_end - 1]
        titled = head.dep_ == "compound" and head.head.lower_ in cues.title_nouns
        if word.source not in ("lexicon:generic", "lexicon:label") or word.text.lower() not in cues.label_terms \
                or not (doc[e - 1].head.i == head.i or (titled and doc[e - 1].head.i == head.head.i)) \
                or (head.dep_ == "compound" and not titled):
            continue  # "Hamas government media office": the word names something else the group has; "the
            # Taliban regime spokesman" (either parse) is still the regime's
        m.end, m.text, m.label = word.end, text[m.start:word.end], word.text.lower()
        absorbed[e] = word_end
    return [(s, absorbed.get(e, e), m) for s, e, m in kept if s not in absorbed]


def loaded_word_inside(name: str, terms: dict[str, str]) -> str | None:
    """A loaded (not neutral) label that a group's own name carries: "aggression", "regime"."""
    words = re.findall(r"[\w'’-]+", name.lower())
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if terms.get(phrase) in ("delegitimising", "legitimising"):
                return phrase
    return None


def group_word_last(name: str, terms: dict[str, str], referents: dict[str, str]) -> str | None:
    """A plain word for armed groups ending a group's name as the lexicon knows it ("Houthi
    rebels", "M23 rebels", "Taliban fighters"): the word the article chose, against another's
    "militia" or "terrorists"."""
    words = re.findall(r"[\w'’-]+", name.lower())
    for size in (2, 1):
        phrase = " ".join(words[-size:])
        if len(words) > size and terms.get(phrase) == "neutral" and referents.get(phrase) == "non_state_armed":
            return phrase
    return None


def label_in_front(doc: Doc, s: int, terms: dict[str, str], referents: dict[str, str],
                    kind: str) -> str | None:
    """A label of one to three words just before a name: "the unconstitutional Presidential
    Council", "the war criminal Khalifa Haftar"; across a comma only a label for a person before a
    person's name ("the war criminal, Khalifa Haftar"), since "20 terrorists, Ivanov said" is not
    apposition."""
    words = list(doc[max(0, s - 5):s])
    comma = False
    while words and (words[-1].pos_ in ("PUNCT", "DET")):
        if words[-1].text in (".", "!", "?", ";", ":"):
            return None  # "attacked by terrorists. Ivanov said": another sentence's word
        comma = comma or words[-1].text in (",", "—", "–")
        words.pop()
    if len(words) >= 2 and words[-1].lower_ == "of" and not comma:
        # "militants of the Azov formation": the label the group's members are given; "a massacre
        # of the fighters" names an event, not them
        words.pop()
        while words and words[-1].pos_ == "DET":
            words.pop()
        tail = " ".join(t.lower_ for t in words[-2:])
        last = words[-1].lower_ if words else ""
        if referents.get(tail, referents.get(last)) not in MEMBER_REFERENTS:
            return None
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(t.lower_ for t in words[-size:])
        if phrase in terms and (not comma or (kind == "person" and referents.get(phrase) == "person")):
            return phrase
    if comma:
        return None
    for tok in reversed(words):
        if tok.lower_ in terms:
            return tok.lower_
        if tok.pos_ not in ("ADJ", "NOUN", "DET", "PUNCT"):
            break
    return None


_PHRASE_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "advmod", "case", "punct"}


def name_of_incident(doc: Doc, s: int, e: int, use: LabelUse, cues) -> None:
    """Fill in how a word for an event or action names it: its frame when it is a noun ("the
    strike", not "to strike"), the start of its noun phrase, and whether a hedge qualifies it."""
    head = doc[e - 1]
    if head.tag_ in ("VBD", "VBN"):
        # "62 IDPs were massacred": a verb the lexicon lists names the act as its noun does, when
        # people are what it was done to (not "slaughtered livestock")
        if any(t.dep_ in ("nsubjpass", "dobj") and _people_word(t) for t in head.children):
            aux = [t for t in head.lefts if t.dep_ == "auxpass"]
            use.frame, use.phrase_start = cues.label_frames[use.term], (aux[0] if aux else head).idx
            use.hedged = any(t.dep_ == "advmod" and t.lower_.startswith(cues.incident_hedges) for t in head.children)
        return
    inside_name = head.ent_type_ in _NAME_TYPES and not (
        head.ent_iob_ != "B" and (head.i + 1 >= len(doc) or doc[head.i + 1].ent_iob_ != "I"))
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "compound" or inside_name:
        # a verb ("to strike"), a modifier ("attack helicopters"), part of a name ("Operations
        # Command"); a name that ends in the word names an event ("the Togoga Massacre")
        return
    if head.ent_type_ in _NAME_TYPES and (
            (head.dep_ == "nsubj" and head.head.lemma_.lower() in cues.reporting_verbs)
            or any(t.lower_ in _COMPARING for t in doc[max(head.sent.start, s - 6):s])):
        # a body that speaks ("the Joint Forces Operation said"), an event compared with ("like the
        # Halabja Massacre")
        return
    start = s
    for child in head.lefts:
        left = child.left_edge.i
        if child.dep_ in _PHRASE_DEPS and left >= head.sent.start and head.i - left <= 6:
            start = min(start, child.left_edge.i)
    while start < s and doc[start].is_punct:
        start += 1
    if any(t.lower_ in cues.not_incident_modifiers for t in doc[start:e]):
        return  # "rescue operations", "aid operations": another activity than the incident
    use.frame = cues.label_frames[use.term]
    if use.frame == "attack" and any(t.lower_ in cues.own_account_modifiers for t in doc[start:e]):
        use.frame, use.connotation = "operation", "legitimising"  # "precision air strikes": the doer's account
    use.phrase_start = doc[start].idx
    # hedges as phrases: the tokenizer splits "so-called" into three tokens
    words = " " + " ".join(t.lower_ for t in doc[start:e]).replace(" - ", "-") + " "
    use.hedged = any(f" {h} " in words for h in cues.incident_hedges)
    root = doc[s:e].root  # "massacre" of "massacre of civilians"
    if _claimed(root, cues):
        use.hedged = True
        use.phrase_start = root.head.head.idx  # "allegations of any massacre": the hedge shown with it
    # read from the surface: the parser often hangs "on a hospital" on the verb instead
    after = doc[head.i + 1:min(head.i + 6, head.sent.end)]
    use.specific = bool(after) and after[0].lower_ in _WHERE_PREPS and any(
        t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") for t in after[1:])


def _people_word(t) -> bool:
    """A noun for people ("villagers", "IDPs"), or a counted group ("230 Muslims")."""
    category = category_of(t.lower_)
    return (category is not None and "people" in (category, *ancestors(category))) \
        or any(c.dep_ == "nummod" for c in t.children)


def _claimed(head, cues) -> bool:
    """"allegations of any massacre", "reports of a massacre": the name is what a claim says,
    as hedged as "the alleged massacre"."""
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in cues.allegation_nouns


_WHERE_PREPS = {"on", "in", "at", "against", "near", "targeting"}
_COMPARING = {"compared", "comparing", "like", "anniversary", "reminiscent", "recalling", "recalled", "since", "unlike"}
_NAME_TYPES = {"ORG", "FAC", "GPE", "PERSON", "NORP", "PRODUCT", "LAW", "WORK_OF_ART"}


def longest_uses(uses: list[LabelUse]) -> list[LabelUse]:
    kept: list[LabelUse] = []
    for u in sorted(uses, key=lambda u: (-(u.end - u.start), u.start)):
        if not any(k.start < u.end and u.start < k.end for k in kept):
            kept.append(u)
    return sorted(kept, key=lambda u: u.start)
