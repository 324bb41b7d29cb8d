"""Quantities: the numbers numparse found, with what they count and what happened to it.

``what`` comes from the counted noun phrase (with its modifiers) and the role from the governing
verb or noun, found by walking up the parse and, where the parse fails, from the next token
("17 injured"). Items of one list share their verb ("destroyed 350 terrorists, five tanks, ...").
The role reader itself is extract/count_roles.py; the counts of none ("no civilians were hurt")
are read in extract/zero_counts.py.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..nlp.lexicons import ancestors as category_ancestors
from ..nlp.lexicons import category_of, common_ancestor
from ..nlp.lexicons.taxonomy import actor_people, members_of_a_body
from .count_roles import (
    HARM_ROLES,
    NOUN_POS,
    PEOPLE,
    counted_before,
    fits,
    predicate_kind,
    relative_clause_harm,
    role_of_count,
    role_of_token,
    told_before,
    toll_owner_kind,
)
from .cuesets import CueSets, cue_sets
from .later_harm import also_harmed, died_later
from .numparse import NumberMatch
from .raw_quantities import RawQuantity
from .single_counts import ANOTHER, single_numbers
from .spans import sentence_spans, text_of
from .zero_counts import equipment_lost_none, zero_counts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# a measure ("a 300-bed hospital", "some 30 kilometres") and a duration ("for about 18 months") count nothing
COUNT_KINDS = {"count", "share", "money", "measure", "duration"}
MOD_DEPS = {"amod", "compound", "nmod", "nummod", "quantmod"}


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _noun_phrase(doc: Doc, num_tokens: list[Token], cues: CueSets | None = None) -> tuple[int, int, Token] | None:
    """(first, last, head) token indices of the counted noun phrase after a number. A participle
    that says what befell the counted ("200 terrorists killed") is its role, not part of it."""
    last_num = num_tokens[-1]
    head = None
    if last_num.dep_ in ("nummod", "quantmod", "amod", "compound") and last_num.head.pos_ in NOUN_POS \
            and last_num.head.i > last_num.i:
        head = last_num.head
    else:
        # parse failed: take the nouns that follow the number directly
        j = last_num.i + 1
        while j < len(doc) and j <= last_num.i + 5 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN", "VERB") \
                and doc[j].tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
            head = doc[j]
            if doc[j].pos_ in NOUN_POS and not (j + 1 < len(doc) and doc[j + 1].pos_ in NOUN_POS):
                break
            j += 1
        if head is not None and head.pos_ not in NOUN_POS:
            head = None
    if head is None:
        partitive = _of_group(doc, last_num)
        if partitive is not None:
            return partitive
        return _lexicon_phrase(doc, last_num.i + 1, last_num.i)
    first, last = last_num.i + 1, head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("with", "on", "of", "carrying") and child.i == last + 1:
            sub = list(child.subtree)
            if len(sub) <= 6:
                last = max(t.i for t in sub)
        elif child.dep_ == "acl" and child.i == last + 1 and child.tag_ == "VBN" and not (
                cues is not None and role_of_token(child, cues) in HARM_ROLES):
            sub = list(child.subtree)
            if len(sub) <= 5:
                last = max(t.i for t in sub)
        elif child.dep_ == "cc" and child.i == last + 1:
            conj = next((c for c in head.children if c.dep_ == "conj" and c.i > child.i), None)
            if conj is not None and not conj.like_num and not any(
                    g.dep_ in ("nummod", "det") or g.like_num for g in conj.children) and conj.i - child.i <= 4:
                last = conj.i  # "six tanks and armored infantry carriers": one count for both
    if first > last:
        return None
    extended = _lexicon_phrase(doc, first, last)
    if extended is not None and extended[1] > last:
        return extended
    return first, last, head


def _superseded_before(cues: CueSets) -> re.Pattern[str]:
    """Words right before a figure that make it the earlier count ("up from 30"), one pattern."""
    return _phrases_before(cues.superseded_phrases)


def told_as_superseded(text: str, start: int) -> bool:
    """Do the words right before the figure at ``start`` make it an earlier count that a later one
    replaced ("up from 30", "the official earlier gave a toll of 82")? Not a merely provisional one
    ("the toll could rise")."""
    before = " ".join(text[max(0, start - 40):start].lower().split()) + " "  # no-break spaces, line breaks
    return _superseded_before(cue_sets()).search(before) is not None


@functools.cache
def _phrases_before(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in phrases) or "(?!)"
    return re.compile(rf"\b(?:{body})\s*$")


TOLL_REACH = 8  # tokens back from a figure to the toll noun it gives ("the death toll “at ... 100 to 300”")


def _toll_noun_before(doc: Doc, first: Token, cues: CueSets, category: str | None) -> str | None:
    """The role of a toll word shortly before the figure in its sentence, with no other figure
    between ("estimated the death toll “at the low end of the 100 to 300 spectrum”"), where
    quote marks broke the parse that would have linked them."""
    start = max(sentence_spans(doc)[first.i][0], first.i - TOLL_REACH)
    for t in reversed(doc[start:first.i]):
        if t.like_num:
            return None
        if t.lower_ in cues.figure_words:  # "the death toll", "the toll of dead"
            r = role_of_token(t, cues) or next((role_of_token(c, cues) for c in t.children
                                                if c.dep_ in ("compound", "amod")), None)
            return r if r in cues.casualty_roles and fits(r, category, cues) else None
        if t.lower_ == "number":  # "the number of martyrs among the citizens did not exceed 61"
            counted = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
            r = role_of_token(counted[0], cues) if counted else None
            return r if r in cues.casualty_roles and fits(r, category, cues) else None
    return None


def _of_group(doc: Doc, last_num: Token) -> tuple[int, int, Token] | None:
    """A number, then "of" and a noun: "nine of its staff", "three of the guards" (a definite group,
    counted by its own words) and "thousands of Gazans", "dozens of civilians" (a word for many,
    shown with its "of", as the words read) count that noun."""
    j = last_num.i + 1
    if j >= len(doc) or doc[j].lower_ != "of":
        return None
    group = next((c for c in doc[j].children if c.dep_ == "pobj" and c.pos_ in NOUN_POS), None)
    if group is None:
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in group.children):
        first = min([c.i for c in group.children if c.dep_ in ("compound", "amod") and c.i < group.i] + [group.i])
        return first, group.i, group
    return (j, group.i, group) if last_num.lower_ in MANY else None


DEFINITE = {"the", "its", "their", "his", "her", "our", "these", "those"}
MANY = {"dozens", "scores", "hundreds", "thousands", "tens", "millions"}


def _lexicon_phrase(doc: Doc, first: int, last: int) -> tuple[int, int, Token] | None:
    """Where the parse goes wrong ("one armored infantry carries" with a verb for a noun), extend
    the counted phrase word by word while the category lexicon recognises a more telling thing
    ("car" -> "car stuffed with explosives")."""
    if first < len(doc) and (doc[first].pos_ == "SCONJ" or doc[first].pos_ == "ADP" and doc[first].lower_ != "of") \
            and last < first:
        # "risen to 51 with 33 people missing", "wounded 29 with most casualties in the market": a
        # phrase a preposition other than "of" opens is another clause's, not what the number counts
        return None
    if first < len(doc) and doc[first].tag_ in ("VBD", "VBZ", "VBP", "MD") and doc[first].lemma_ != "be" \
            and last < first:
        return None  # "Thousands overran the aid trucks": the number is the subject, not the trucks'
    best, best_cat = None, category_of(doc[first:last + 1].text) if last >= first else None
    for k in range(last + 1, min(len(doc), last + 6)):
        tok = doc[k]
        if (tok.is_punct and tok.text not in "-'’‘") or tok.lower_ in ("and", "or", "but") \
                or sentence_spans(doc)[k] != sentence_spans(doc)[first]:
            break
        if best_cat is not None and tok.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            break  # "3,000 families fled their homes": the verb ends the counted phrase
        cat = category_of(doc[first:k + 1].text)
        if cat is not None and cat != best_cat:
            best, best_cat = k, cat
    if best is None:
        return None
    return first, best, doc[best]


def _category(noun: str) -> str | None:
    """The counted thing's category; a coordination ("tanks and carriers") counts their parent."""
    parts = [p for p in re.split(r"\s+(?:and|or)\s+", noun) if p]
    if len(parts) > 1:
        # "soldiers and members of the Volunteers": people of a body the lexicon does not know
        cats = [_one_category(p) or (PEOPLE if members_of_a_body(p) else None) for p in parts]
        if all(cats):
            common = cats[0]
            for c in cats[1:]:
                common = common_ancestor(common, c) if common else None
            return common
    return _one_category(noun)


def _one_category(noun: str) -> str | None:
    return category_of(noun) or actor_people(noun)  # "seven VDP": a named armed actor's people


def _age_after_name(doc: Doc, toks: list[Token]) -> bool:
    """A bare number set off by commas after a person's name is the person's age ("Mohd Shafi Lone,
    52, was killed"; "Rahim Khan, 45, a teacher"), not a count."""
    first, last = toks[0].i, toks[-1].i
    return len(toks) == 1 and toks[0].like_num and first >= 2 and doc[first - 1].text == "," \
        and doc[first - 2].ent_type_ == "PERSON" \
        and (last + 1 >= len(doc) or doc[last + 1].text in (",", ".", ";", ")"))


def extract_quantities(doc: Doc, numbers: list[NumberMatch]) -> list[RawQuantity]:
    cues = cue_sets()
    out: list[RawQuantity] = []
    singles = single_numbers(doc)
    for num in sorted([*numbers, *singles], key=lambda n: n.start):
        if num.kind not in COUNT_KINDS:
            continue
        toks = _tokens_in(doc, num.start, num.end)
        if not toks or _age_after_name(doc, toks):
            continue
        np = _noun_phrase(doc, toks, cues) if num.kind == "count" else None
        another = num in singles and toks[0].lower_ == ANOTHER
        if num in singles and not (another and toks[0].dep_ != "det"):
            np = (toks[0].i + 1, toks[0].head.i, toks[0].head)  # "a police officer, Idris Malane,": not the name
        elif another:
            np = None  # "a policeman was killed and another was wounded": one more of those counted before
        if np is not None and any(t.lower_ == "including" for t in doc[toks[-1].i + 1:np[0] + 1]):
            np = None  # "killed 42 including 16 children" (punctuation lost): the 16 are a part, not what 42 counts
        if np is not None and next((t.lower_ for t in doc[np[0]:np[1] + 1] if t.pos_ == "NOUN"), None) \
                in cues.claim_nouns:
            continue  # "One unconfirmed report said ...": a count of reports, not of people or things
        noun = doc[np[0]:np[1] + 1].text if np else None
        category = _category(noun) if noun else None
        if category is None and np is not None:
            category = category_of(np[2].text)
        if (noun and noun.lower() == "others" or another and np is None) \
                and (kin := counted_before(out, doc[toks[0].i].sent.start_char)):
            noun, category = kin.noun, kin.category  # "six Red Cross members were killed while 13 others were injured"
        role, governor, revision = role_of_count(doc, toks, np, cues, category) if num.kind == "count" \
            else (None, None, False)
        if role is None and np is not None:
            # "100 wounded soldiers", "30 injured civilians": the participle in front says what befell them
            role = next((r for t in doc[np[0]:np[2].i] if t.tag_ in ("VBN", "VBD", "JJ")
                         and (r := role_of_token(t, cues)) in HARM_ROLES and fits(r, category, cues)), None)
        if role is None and num.kind == "count":
            role = _toll_noun_before(doc, toks[0], cues, category)
        if role is None and np is not None:
            role = relative_clause_harm(np[2], category, cues)  # "the 11 people that died were rebels"
        # the verb the counted thing is the subject of ("two rockets landed at the station") may
        # decide too, when the walk up the parse found no role
        subject_of = np[2].head if np is not None and np[2].dep_ in ("nsubj", "nsubjpass") and role is None else None
        if category and (governor is not None or subject_of is not None):
            lineage = (category, *category_ancestors(category))
            verbs = {t.lemma_.lower() for t in (doc[governor] if governor is not None else None, subject_of) if t is not None}
            for lemmas, over_cat, over_role in cues.role_overrides:
                if verbs & set(lemmas) and over_cat in lineage:
                    role = over_role
                    break
        if category in (None, PEOPLE) and role in HARM_ROLES:
            # "at least four of the eleven dead were civilians": the copula says who the dead were
            category = predicate_kind(toks, np[2] if np is not None else None) or toll_owner_kind(toks, cues) \
                or category
        if category:
            # some things counted carry their role: aid is delivered ("one humanitarian operation")
            for cat in (category, *category_ancestors(category)):
                if cat in cues.category_roles and cat != "attacks":
                    role = cues.category_roles[cat]
                    break
        if num in singles and role not in HARM_ROLES:
            continue  # "a spokesman said": one person named, not a count of anyone harmed
        here = doc[toks[0].i].sent
        if another and (told_before(doc, out, here, role) or not told_before(doc, out, here, None)):
            continue  # "a second": one more of a harm already counted, or of none the article counts
        if role in cues.casualty_roles and category is None:
            category = PEOPLE
        ss, se = sentence_spans(doc)[toks[0].i]
        sent = doc[ss:se]
        low_sent = sent.text.lower()
        before = text_of(doc)[max(sent.start_char, num.start - 40):num.start].lower()
        para = text_of(doc).rfind("\n", 0, num.start) + 1  # "Update July 3 ...": an updated paragraph
        opening = text_of(doc)[para:para + 30].lower()
        revision = revision or any(p in before for p in cues.revision_phrases) or any(
            opening.startswith(p) for p in cues.revision_phrases)
        preliminary = any(p in low_sent for p in cues.preliminary_phrases)
        if _superseded_before(cues).search(before):
            revision, preliminary = False, True  # "revised an earlier estimate of 30": the old count
        nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        increment = bool(nxt is not None and nxt.lower_ in cues.increment_words)
        if any(t.lower_ in ("another", "additional", "further") for t in doc[max(0, toks[0].i - 2):toks[0].i]):
            # "another five bodies were recovered" adds to the dead, but "another 40 people were
            # injured" after a toll of the dead alone is the count of the injured
            increment = increment or told_before(doc, out, sent, role) or not told_before(doc, out, sent, None)
        increment = increment or (also_harmed(toks[0]) and told_before(doc, out, sent, role))
        if increment and any(o.start >= sent.start_char and o.role not in (None, role) for o in out):
            increment = False  # "killed 53 and wounded another 75": another beside the dead, not more wounded
        if not increment and noun and OF_THEM.match(noun):
            # "six more of the wounded, two of them children, later died": a share of more is more too
            mine = [o for o in out if o.start >= sent.start_char and o.role == role]
            increment = bool(mine) and mine[-1].increment
        end = doc[np[1]].idx + len(doc[np[1]].text) if np else num.end
        if role == "wounded" and died_later(doc, end):
            role = "casualties"  # "two injured police officers ... one of them was dead on arrival"
        correction = any(re.search(rf"\b{re.escape(p)}\s+(?:is|was|stands at|stood at|now stands at)\s*$", before)
                         for p in cues.correction_phrases)  # "the actual death toll is 64", not "could be"
        out.append(RawQuantity(num.start, end, num, noun, category, role,
                               governor, revision, preliminary, increment, correction))
    return out + zero_counts(doc, cues) + equipment_lost_none(doc)


# "two of them children": a share of the count before
OF_THEM = re.compile(r"of\s+(?:them|whom|those)\b", re.IGNORECASE)


# whose losses a count of none is: the subject of "suffered" / "sustained", or "our side"
