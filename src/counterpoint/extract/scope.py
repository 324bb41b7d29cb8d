"""Scope: does a claim tell of the incident the article covers, or of its background?

Background is a cumulative tally ("the war has killed more than 400,000", "since the start of
the year") or an earlier, separate event ("last month a similar strike killed 22"). Figures and
outcomes of different scope are never set against each other: a war's toll does not contradict
one strike's. Cues come from ``cues.json`` (``background_phrases``, ``war_nouns``); dates are
measured against the article's anchor date: the day its lead dates the event to when that is well
before the article (a follow-up weeks later), else the article's own date.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from .cuesets import CueSets, cue_sets
from .datelines import dateline_span
from .dates import resolve_date
from .spans import phrase_index

PERIOD_MARGIN = 3  # a month that ends this close to the lead's day ("late February" before March 2) may hold it
EARLIER_DAYS = 10  # an event that ended this long before the anchor is an earlier, separate one
SINCE_DAYS = 30  # "since <date>" further back than this counts a campaign or a war, not the incident
FRAME_PREPS = {"in", "during", "throughout", "since", "from"}  # "in the war", "the toll from the conflict"


def cue_scope(doc: Doc, start: int, end: int) -> str:
    """"background" when the claim's own words put it outside the incident, else "incident"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    toks = list(span) if span is not None else []
    if not toks:
        return "incident"
    scope = _own_words_scope(doc, _fronted_modifiers(toks) + toks)
    if scope == "incident" and _tally_after_background(doc, toks):
        return "background"
    return scope


TAIL_DEPS = {"advcl", "relcl", "acl"}


def background_tail(doc: Doc, tokens: list[int]) -> int | None:
    """Where a claim about the incident ends and a clause set after it with a comma tells the
    background: "More than 100 people were killed in the chaos, | bringing the death toll since the
    start of the war to more than 30,000"; "claimed that 63 soldiers were killed, | which makes the
    toll one of the highest in the war to date". The token the tail starts at, or None."""
    if len(tokens) < 6 or not any(doc[i].like_num for i in tokens):
        return None
    lo, hi = tokens[0], tokens[-1]
    end = doc[hi].idx + len(doc[hi].text)
    if cue_scope(doc, doc[lo].idx, end) != "background":
        return None
    for i in tokens:
        if doc[i].text != "," or i + 1 > hi or i <= lo:
            continue
        tail = doc[i + 1]
        clause = next((a for a in [tail, *tail.ancestors] if a.dep_ in TAIL_DEPS), None)
        if clause is None or min(x.i for x in clause.subtree) != i + 1 or clause.head.i >= i:
            continue  # not a clause begun right after the comma and hung on the words before it
        lead_end = doc[i - 1].idx + len(doc[i - 1].text)
        if any(doc[j].like_num for j in tokens if j < i) and \
                cue_scope(doc, doc[lo].idx, lead_end) == "incident" and \
                cue_scope(doc, tail.idx, end) == "background":
            return i + 1
    return None


FRONTED_DEPS = {"npadvmod", "advmod", "prep", "advcl", "tmod"}  # "Last year, ...", "In a similar strike, ..."


def _fronted_modifiers(toks: list) -> list:
    """The words of a time or frame modifier set before the claim in its sentence and hung on the
    claim's own verb ("Last year the two armies accused each other of ..."), or on the verb of
    saying the claim is the content of ("In January 2016, the group said it had killed ..."): they
    date or frame the claim as much as its own words do."""
    inside = {t.i for t in toks}
    node = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)
    out: list = []
    while node is not None:
        for c in node.children:
            if c.i < toks[0].i and c.dep_ in FRONTED_DEPS and c.sent.start == node.sent.start:
                out.extend(c.subtree)
        node = node.head if node.dep_ == "ccomp" else None  # on to the verb it is the content of
    return sorted(out, key=lambda t: t.i)


def _tally_after_background(doc: Doc, toks: list) -> bool:
    """"... grappling with separatist violence since October 2017. More than 3,000 people have
    died and at least 700,000 have fled their homes.": a running total in the present perfect, in
    the article's own voice, with no place, day or act of its own, right after a sentence about
    the war, is the war's."""
    sent = toks[0].sent
    if sent.start == 0 or not any(t.like_num for t in sent):
        return False
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for t in sent):
        return False
    cues = cue_sets()
    if any(_names_an_act(t, cues) or (t.pos_ == "VERB" and t.lemma_.lower() in cues.reporting_verbs) for t in sent) \
            or VOICED.search(sent.text):
        return False  # "killed in the strike", "..., the ministry said", "according to": a voice's toll
    perfect = any(t.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has")
                                          for c in t.children) for t in sent)
    if not perfect:
        return False
    # the sentence before is about the war: its own words say so, or it names the war's start
    # ("regions grappling with violence since October 2017"); a war noun alone ("occupation
    # forces", "the humanitarian crisis") is not enough
    previous = list(doc[sent.start - 1].sent)
    return _own_words_scope(doc, previous) == "background" or any(
        _since_a_year(doc, t, previous[-1].i) for t in previous)


VOICED = re.compile(r"\baccording to\b", re.IGNORECASE)


def _dates_a_tally_or_act(clause, described, cues) -> bool:
    """Does a clause date a war or an act ("the war, which began in 2022"), or the harm of the
    noun it describes ("those killed since the offensive began", "people displaced since 2017")?
    Then its date is the background's. A clause about a place ("a school that has housed families
    since 2019", "held by rebels since 2019") dates the place."""
    if described.lemma_.lower() in cues.war_nouns or _names_an_act(described, cues):
        return True
    return cues.role_lemmas.get(clause.lemma_.lower()) in HARMED


def _since_a_year(doc: Doc, t, hi: int) -> bool:
    """"since then", "since 2020", "since October 2017", "since the coup" (ending by token ``hi``): a
    period running up to now."""
    if t.lower_ != "since" or t.i + 1 > hi:
        return False
    after = doc[t.i + 1:min(hi, t.i + 4) + 1]
    if after[0].lower_ == "then":
        return True
    if after[0].ent_type_ == "DATE":  # not "since May 21", "since late April": the days of a campaign
        return any(len(x.text) == 4 and x.text.isdigit() for x in after)
    cues = cue_sets()
    # "the coup", "the 2021 coup"
    era = next((x for x in after[1:] if x.pos_ == "NOUN"), None) if after[0].lower_ == "the" else None
    # a count up to now ("have been killed since the coup"), not a state of things ("calm since the ceasefire")
    perfect = t.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.head.children)
    return era is not None and perfect \
        and (era.lemma_.lower() in cues.since_nouns or era.lemma_.lower() in cues.war_nouns)


def _describes_a_noun(t, date: Span | None = None) -> bool:
    """Does the word sit in a clause that describes a noun and counts nothing ("the region, which
    has been gripped by violence since 2017")? Then it dates that noun, not the claim's act. A
    clause with a figure ("the attack, which killed 40 people in 2016") tells an act of its own,
    and one about a war or an act ("the war, which began on October 7") dates the background."""
    cues = cue_sets()
    node = t
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "appos"):
            described = node.head
            if _dates_a_tally_or_act(node, described, cues):
                return False  # "the war, which began on October 7": the war's dates are the background's
            own = range(date.start, date.end) if date is not None else ()
            return not any(x.like_num and x.i not in own and x.ent_type_ != "DATE" for x in node.subtree)
        node = node.head
    return False


def _dates_something_else(t, cues) -> bool:
    """Does a background phrase ("last year", "so far this year") date something other than the
    claim's act? A clause describing a noun that is no report ("tanks that the rebels had seized
    last year", "tanks seized by rebels last year"; but "a report published last year" dates its count),
    or a superlative that compares the act with others ("the deadliest attack on the town so far
    this year")."""
    node = t
    while node.head.i != node.i:
        if any(c.tag_ == "JJS" for c in node.children) and node.pos_ in ("NOUN", "PROPN", "ADJ"):
            return True
        if _likened(node):
            return True  # "struck the camp - in a similar attack as at El Adde last January": the other act is a likeness
        if node.dep_ in ("relcl", "acl"):
            described = node.head.lemma_.lower()
            return _describes_a_noun(t) and described not in cues.claim_nouns and described not in cues.figure_words
        node = node.head
    return False


def _likened(node) -> bool:
    """A noun likened to another ("a similar attack as at El Adde", "a similar strike to the one in
    2016"): what follows names the other act only to compare, so this claim's act stays its own."""
    return node.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lemma_.lower() == "similar" for c in node.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("as", "to") for c in node.children)


def _dates_a_likeness(ent: Span) -> bool:
    """A date under a noun likened to another act, or right after what it is likened to, with no
    figure of that act beside it ("a similar attack as at El Adde last January"); a figure there
    ("a similar strike to the one that killed 40 people last year") tells that act, and its date
    keeps the claim in the background."""
    for node in ent.sent:
        if not _likened(node):
            continue
        inside = {x.i for x in node.subtree}
        compared = max(x.i for c in node.children if c.dep_ == "prep" and c.lower_ in ("as", "to") for x in c.subtree)
        if ent.root.i in inside or ent.start == compared + 1:  # under it, or right after what it is likened to
            return not any(x.like_num and x.ent_type_ != "DATE" for x in node.subtree)
    return False


HARMED = ("killed", "wounded", "casualties", "displaced")  # roles of harm done to people


ACT_FAMILIES = {"air_strike", "shelling", "attack", "suicide_bomb", "chemical_attack", "armed_clash"}


def _names_an_act(t, cues) -> bool:
    return any(kind in ACT_FAMILIES for kind in cues.event_lemma_types.get(t.lemma_.lower(), ()))


PRESENT_SIMPLE = {"VBZ", "VBP"}
STRUCK_PREPS = {"on", "against", "at"}  # what the acts hit follows these


def _habitual_acts(doc: Doc, t: Token, cues: CueSets) -> bool:
    """"the group orchestrates lethal attacks on civilians", "Russia carries out strikes on cities":
    acts in the plural done in the present simple are a habit the text ascribes, not the incident
    (a headline's present in the first sentence, "Jets pound town", or one that counts, "jets conduct
    strikes, killing 46", is the news itself)."""
    if t.tag_ != "NNS" or t.dep_ != "dobj" or not _names_an_act(t, cues):
        return False
    verb = t.head
    struck = [x for prep in t.children if prep.dep_ == "prep" and prep.lower_ in STRUCK_PREPS
              for obj in prep.children if obj.dep_ == "pobj"
              for x in (obj, *(c for c in obj.children if c.dep_ == "compound"))]
    if any(x.pos_ == "PROPN" for x in struck):
        return False  # "launch airstrikes on the Shaboura camp", "attacks on Beit Sahra": one named place struck
        # ("attacks on civilians in Pakistan", "strikes on Ukrainian cities" are still a habit)
    return verb.tag_ in PRESENT_SIMPLE and verb.lemma_.lower() not in ("be", "have") \
        and verb.lemma_.lower() not in cues.reporting_verbs and verb.sent.start > 0 \
        and not any(c.dep_ == "aux" for c in verb.children) and not any(x.like_num for x in verb.subtree)


def _present_perfect(t) -> bool:
    """Is the verb the word hangs on in the present perfect ("has committed", "have been killed"; not
    "had")?"""
    node = t
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in node.children)


def _own_words_scope(doc: Doc, toks: list) -> str:
    cues = cue_sets()
    lo, hi = toks[0].i, toks[-1].i
    for hits in phrase_index(doc, "background", cues.background_phrases).values():
        if any(lo <= a and b <= hi and not _dates_something_else(doc[b], cues) for a, b in hits):
            return "background"
    for hits in phrase_index(doc, "perfect_tally", cues.perfect_tally_phrases).values():
        if any(lo <= a and b <= hi and _present_perfect(doc[b]) and not _dates_something_else(doc[b], cues)
               for a, b in hits):
            return "background"  # "has committed 2,350 violations this year": a tally up to now
    if any(_habitual_acts(doc, t, cues) for t in toks):
        return "background"
    for t in toks:
        if _since_a_year(doc, t, hi) and not _describes_a_noun(t):
            return "background"  # "killed since then", "since 2020": a tally of a period up to now
        if t.lemma_.lower() not in cues.war_nouns or t.dep_ == "compound":
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "\u2010", "\u2011"):
            continue  # "war-torn"
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
            return "background"  # "the war has killed ..."
        if t.dep_ == "pobj" and t.head.lower_ in FRAME_PREPS:
            framed = t.head.head
            if framed.pos_ in ("NOUN", "PROPN") and not framed.like_num \
                    and framed.lemma_.lower() not in cues.role_lemmas:
                continue  # "an escalation in the war", "the offensive in the war": a noun placed in it
            return "background"  # "... killed in the war", "casualties in the war"
        for c in t.children:
            inside = {x.i for x in c.subtree} if c.dep_ == "relcl" else set()
            numbers = [x.i for x in toks if x.like_num]
            if inside and numbers and all(i in inside for i in numbers):
                return "background"  # "a civil war that has killed at least 40,000 people": the war's tally
    return "incident"


def opens_with_a_date(doc: Doc, start: int, end: int) -> bool:
    """Does the span open with a date set off by a comma ("Last month, an air strike hit ...")? Such a
    date times the whole sentence, its later clauses too ("...; officials said 300 died there")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    comma = next((t.i for t in span[:FRONTED_REACH] if t.text == ","), None)
    return comma is not None and any(t.ent_type_ == "DATE" for t in doc[span.start:comma])


def opens_with_a_verb(doc: Doc, start: int, end: int) -> bool:
    """Does the span open with a verb joined to an earlier one, its subject left before it ("...
    a Tochka-U fired from there on 14 March | hit the centre of Donetsk, killing 20")? It tells more
    of the earlier clause's act."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ == "VERB" and span[0].dep_ == "conj"


FRONTED_REACH = 7  # tokens a fronted date runs to its comma ("In the early hours of March 3,")


def period(resolved: str) -> tuple[date, date] | None:
    """First and last day of a resolved date ("2019-05-24", "2019-05" or "2019")."""
    try:
        if len(resolved) == 10:
            d = date.fromisoformat(resolved)
            return d, d
        if len(resolved) == 7:
            first = date.fromisoformat(resolved + "-01")
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if len(resolved) == 4:
            return date(int(resolved), 1, 1), date(int(resolved), 12, 31)
    except ValueError:
        return None
    return None


# a time the model tags TIME that names its day too ("Monday night", "last night's attack")
DAY_IN_TIME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tonight|"
                         r"last\s+night)\b", re.IGNORECASE)


def dates_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The DATE entities inside [start, end) that say when something happened, found by offset in a
    per-Doc index (a claim never rescans the whole Doc)."""
    index = doc.user_data.get("cp_event_dates")
    if index is None:
        spans = [d for e in doc.ents if e.label_ == "DATE" or (e.label_ == "TIME" and DAY_IN_TIME.search(e.text))
                 for d in _across_a_dateline(doc, e) if dates_the_event(d)]
        index = doc.user_data["cp_event_dates"] = ([e.start_char for e in spans], spans)
    starts, spans = index
    out = []
    for i in range(bisect_left(starts, start), len(spans)):
        if spans[i].start_char >= end:
            break
        if spans[i].end_char <= end:
            out.append(spans[i])
    return out


def _across_a_dateline(doc: Doc, ent: Span) -> list[Span]:
    """A date the model ran across a wire dateline's dash is two: the dateline's and the story's
    ("KARSEN, Jan 21 - | Two years ago an air strike hit ...")."""
    line = dateline_span(doc.text, ent.start_char)
    if line is None or not ent.start_char < line[1] < ent.end_char:
        return [ent]
    parts = [doc.char_span(a, b, label=ent.label_, alignment_mode="contract")
             for a, b in ((ent.start_char, line[1]), (line[1], ent.end_char))]
    return [p for p in parts if p is not None and len(p) and any(t.is_alpha or t.like_num for t in p)]


def dates_the_event(ent: Span) -> bool:
    """Does this DATE entity say when something happened, rather than name a thing ("the Geneva
    Conventions of 1949", "the 1988 war")?"""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in day_part_words()  # "on the morning of April 13" dates; "of 1949" names
    if root.dep_ in ("compound", "nummod", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head.lower_ in day_part_words()  # "Friday morning", "yesterday evening"; not "the 1988 war"
    return True


@functools.cache
def day_part_words() -> frozenset[str]:
    """Single words for a part of the day (events.json ``day_parts``: "morning", "night"), and the
    last word of a longer one ("the early hours", so "the late hours of Monday")."""
    from ..nlp.lexicons import events

    return frozenset(w.split()[-1] for part in events().day_parts for w in part.words)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "Unlike in 2016, the army said ...", "As in 2019, ...": a date named to compare, not to date the claim
LIKENESS_BEFORE = re.compile(r"\b(?:like|unlike|as)\s+(?:in\s+|on\s+|during\s+)?$", re.IGNORECASE)


def date_scope(doc: Doc, start: int, end: int, article_date: str | None, anchor: date | None,
               lead_dated: bool = False) -> str:
    """"background" when a date in the claim lies well before the anchor: an earlier event, or a
    tally "since" long before it. With ``lead_dated`` (the article's lead tells the incident's
    day), a date set before the claim on its verb or on the verb of saying it dates it too ("In
    January 2016, the group said it had killed ..."); in a follow-up whose lead tells no day ("A UN
    inquiry has found that a strike killed 12. On January 16, the army said ..."), the day it was
    said cannot be set against the incident's."""
    if anchor is None:
        return "incident"
    span = doc.char_span(start, end, alignment_mode="expand")
    fronted = _fronted_modifiers(list(span)) if span is not None and lead_dated else []
    ents = dates_within(doc, fronted[0].idx, fronted[-1].idx + len(fronted[-1].text)) if fronted else []
    ents = [e for e in ents if not LIKENESS_BEFORE.search(doc.text, max(0, e.start_char - 30), e.start_char)]
    for ent in [*ents, *dates_within(doc, start, end)]:
        resolved = resolve_date(ent.text, article_date)
        if resolved is None and len(years := _YEAR.findall(ent.text)) == 1:
            resolved = resolve_date(years[0], article_date)  # "a somber day in 1988": the year says when
        span = period(resolved) if resolved else None
        if span is None:
            continue
        if _describes_a_noun(ent.root, ent):
            continue  # "a region gripped by violence since October 2017": when the region's trouble began
        if _dates_a_likeness(ent):
            continue  # "in a similar attack as at El Adde last January": the other act's date
        since = ent.text.lower().startswith("since") or (ent.start > 0 and doc[ent.start - 1].lower_ == "since")
        if since and (anchor - span[0]).days > SINCE_DAYS:
            return "background"
        if not since and (anchor - span[1]).days > EARLIER_DAYS:
            return "background"
        if not since and lead_dated and span[0] < span[1] and (anchor - span[1]).days > PERIOD_MARGIN:
            return "background"  # "Last month, an air strike hit a theatre": a month ended before the lead's day
    return "incident"
