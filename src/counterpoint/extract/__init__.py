"""The extract stage: one annotated article -> mentions, claims, quantities (body offsets)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.lexicons import categories, category_of, cue_regex, head_word, lineage
from ..records import Claim, Event, Mention, Quantity
from .claims import RawClaim, extract_claims
from .speakers import SpeakerRef
from .cuesets import cue_sets
from .claim_dates import claim_date
from .events import RawEvent, find_event
from .mentions import extract_mentions
from .quantities import RawQuantity, extract_quantities
from .raw_mentions import LabelUse, RawMention
from .roles import person_roles
from .scope import (
    EARLIER_DAYS, background_tail, cue_scope, date_scope, opens_with_a_date, opens_with_a_verb,
)
from .spans import text_of, to_body, trim
from .timings import extract_timings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..nlp import Annotated

__all__ = ["Extraction", "LabelOccurrence", "Timing", "extract"]

# a place the fire came from is not where the event happened ("from the territory of the Berd region")
SOURCE_BEFORE = re.compile(r"\bfrom\b[^,.;()]{0,50}$", re.IGNORECASE)
# nor is the party an act is blamed on, last in its clause ("officials blamed the strike on Russia.";
# not "blamed the strike on Gaza City on Israel")
BLAMED_ON = re.compile(r"\bblam(?:e|ed|es|ing)\b(?:(?!\bon\b)[^,.;()]){1,60}\bon\s+(?:the\s+)?$", re.IGNORECASE)
CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:\u201d\"]|$)")


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extract stage found in one article (body offsets; entity ids not yet known)."""

    article: str
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    quantities: tuple[Quantity, ...]
    speakers: tuple[tuple[str, Mention], ...]  # claim id -> speaker mention
    event_args: tuple[tuple[str, str, Mention], ...]  # (claim id, actor|target|place, mention)
    negated: frozenset[str] = frozenset()  # claim ids whose event is negated ("never targeted")
    triggers: tuple[tuple[str, int, int], ...] = ()  # claim id -> event phrase span (body offsets)
    focus: tuple[tuple[str, int, int], ...] = ()  # claim id -> the words of a rejection (body offsets)
    label_uses: tuple[LabelOccurrence, ...] = ()
    timings: tuple[Timing, ...] = ()
    roles: tuple[tuple[Mention, Mention], ...] = ()  # (the office's words, the person named with it)


@dataclass(frozen=True, slots=True)
class Timing:
    """When an agreed measure (a ceasefire) starts, as one article gives it (body offsets)."""

    article: str
    start: int
    end: int
    text: str
    kind: str
    time: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class LabelOccurrence:
    """A loaded word for the incident, a facility or territory (body offsets)."""

    article: str
    start: int
    end: int
    text: str
    term: str
    referent: str
    connotation: str
    scare_quoted: bool
    frame: str | None = None  # how an event or action noun names the incident (labels.json frames)
    phrase_start: int | None = None  # where its noun phrase starts: "the alleged massacre"
    hedged: bool = False
    specific: bool = False  # says where or on what: "an air raid on a hospital"
    scope: str = "incident"  # the scope of the claim it is in: an earlier event's name is background


def _mention(ann: Annotated, raw: RawMention) -> Mention:
    s, e, text = to_body(ann, raw.start, raw.end)
    return Mention(ann.article.id, s, e, text, raw.kind, raw.label, raw.scare_quoted)


def _speaker_refs(raws: list[RawMention]) -> list[SpeakerRef]:
    refs = []
    for m in raws:
        if m.source == "lexicon:generic" or m.source == "lexicon:label" or m.kind == "place":
            continue
        refs.append(SpeakerRef(m.start, m.end, m.text, "person" if m.kind == "person" else "organization"))
    return refs


RELATIVE = re.compile(r"(?:which|who|whom)\b", re.IGNORECASE)  # not "that": "confirmed that ..." reports


def _split_background_tails(doc: Doc, raw_claims: list[RawClaim]) -> list[RawClaim]:
    """A claim about the incident with a clause of background after it is two claims, each with its
    own scope and figures ("100 were killed in the chaos, | bringing the war's toll to 30,000")."""
    out = []
    for rc in raw_claims:
        cut = background_tail(doc, rc.tokens)
        if cut is None:
            out.append(rc)
            continue
        lead, tail = [i for i in rc.tokens if i < cut - 1], [i for i in rc.tokens if i >= cut]
        for part in (lead, tail):
            lo, hi = doc[part[0]], doc[part[-1]]
            start, end = trim(text_of(doc), lo.idx, hi.idx + len(hi.text))
            focus = rc.focus if rc.focus and start <= rc.focus[0] and rc.focus[1] <= end else None
            part_claim = replace(rc, start=start, end=end, tokens=part, focus=focus)
            if part is tail and rc.stance in ("denied", "disputed") and focus is None:
                # "X denied that ..., bringing the war's toll to 30,000": the tail tells, it does not deny
                part_claim = replace(part_claim, stance="attributed" if rc.speaker else "asserted", cue=None)
            out.append(part_claim)
    return out


def extract(ann: Annotated, *, first_claim: int = 1, first_quantity: int = 1) -> Extraction:
    doc = ann.doc
    art = ann.article
    raw_mentions, raw_uses = extract_mentions(doc)
    mentions = [_mention(ann, m) for m in raw_mentions]
    by_span = {(m.start, m.end): mm for m, mm in zip(raw_mentions, mentions)}
    raw_claims = _split_background_tails(doc, extract_claims(doc, _speaker_refs(raw_mentions)))

    claims: list[Claim] = []
    speakers: list[tuple[str, Mention]] = []
    args: list[tuple[str, str, Mention]] = []
    negated: set[str] = set()
    triggers: list[tuple[str, int, int]] = []
    focus: list[tuple[str, int, int]] = []
    extra_mentions: dict[tuple[int, int], Mention] = {}
    prev: tuple[RawClaim, RawEvent | None, Event | None] | None = None
    for n, rc in enumerate(raw_claims):
        cid = f"c{first_claim + n}"
        s, e, text = to_body(ann, rc.start, rc.end)
        speaker_mention = None
        if rc.speaker is not None:
            key = (rc.speaker.start, rc.speaker.end)
            speaker_mention = by_span.get(key) or extra_mentions.get(key)
            if speaker_mention is None:
                ss, se, st = to_body(ann, *key)
                kind = "person" if rc.speaker.kind in ("person", "title") else "other"
                speaker_mention = Mention(art.id, ss, se, st, kind)
                extra_mentions[key] = speaker_mention
            speakers.append((cid, speaker_mention))
        raw_event = find_event(doc, rc.tokens)
        event = None
        if raw_event is None and rc.stance in ("denied", "disputed") and prev is not None \
                and prev[2] is not None and rc.sent - prev[0].sent <= 3:
            # "This is misinformation": a bare rejection takes the topic of the claim before it
            event = Event(prev[2].type, date=prev[2].date, polarity=-prev[2].polarity)
            raw_event = prev[1]
        elif raw_event is not None:
            event = Event(raw_event.type, date=claim_date(ann, rc, raw_event.trigger_start),
                          polarity=raw_event.polarity)
            if raw_event.negated and rc.stance in ("asserted", "attributed") and \
                    raw_event.type in DENIABLE:
                # "it has never targeted the centre": a flat denial of an attack
                words = set(re.findall(r"[a-z']+", rc_text(doc, rc)))
                rc.stance, rc.cue = "denied", next((w for w in ("never", "no") if w in words), "not")
            ts, te, _ = to_body(ann, raw_event.phrase_start, raw_event.phrase_end)
            triggers.append((cid, ts, te))
            if raw_event.negated and not _denies_only_whom(doc, raw_event):
                negated.add(cid)
            for role, toks in (("actor", raw_event.actor_tokens), ("target", raw_event.target_tokens)):
                for ti in toks:
                    m = _covering(raw_mentions, by_span, doc[ti].idx)
                    force = _of_the_force(raw_mentions, by_span, doc[ti])
                    if force is not None and (m is None or m.end <= doc[ti].idx + len(doc[ti].text)):
                        m = force  # "Fighters of the Islamic State": the force, not the bare "Fighters"
                    m = m or _inside_phrase(raw_mentions, by_span, doc[ti])
                    if m is not None:
                        args.append((cid, role, m))
        if event is not None:
            for place in _places_in(raw_mentions, by_span, rc, raw_event, text_of(doc), doc):
                args.append((cid, "place", place))
        if rc.focus is not None:
            fs, fe, _ = to_body(ann, *rc.focus)
            focus.append((cid, fs, fe))
        claims.append(Claim(cid, art.id, s, e, text, None, rc.stance, event,
                            speaker_mention.text if speaker_mention else None, rc.cue,
                            cue_scope(doc, rc.start, rc.end)))
        prev = (rc, raw_event, event)
    lead = _lead_spans(art.text)
    anchor = _anchor(claims, art.date, lead)
    lead_dated = bool(_lead_days(claims, lead))
    claims = [c if c.scope == "background" else
              replace(c, scope=date_scope(doc, rc.start, rc.end, art.date, anchor, lead_dated))
              for c, rc in zip(claims, raw_claims)]
    for n in range(1, len(claims)):
        if claims[n].scope != "background" and claims[n - 1].scope == "background" \
                and raw_claims[n].sent == raw_claims[n - 1].sent \
                and _continues(doc, raw_claims[n - 1], raw_claims[n], claims[n]):
            claims[n] = replace(claims[n], scope="background")

    quantities = []
    named = _names_with_numbers(doc, raw_mentions, art.source)
    raw_q = [q for q in extract_quantities(doc, list(doc._.cp_numbers or ()))
             if not any(s <= q.start and q.end <= e for s, e in named)]  # "(Kurdistan 24)": a name, no count
    for n, rq in enumerate(raw_q):
        s, e, text = to_body(ann, rq.start, rq.end)
        claim_id = _claim_for(claims, s, e)
        quantities.append(_quantity(f"q{first_quantity + n}", art.id, s, e, text, rq, claim_id))
    all_mentions = sorted([*mentions, *extra_mentions.values()], key=lambda m: (m.start, m.end))
    uses = tuple(_occurrence(ann, u, anchor) for u in raw_uses)
    timings = []
    for t in extract_timings(doc, art.date):
        ts, te, ttext = to_body(ann, t.start, t.end)
        timings.append(Timing(art.id, ts, te, ttext, t.kind, t.time, t.date))
    roles = tuple((_mention(ann, office), by_span[(person.start, person.end)])
                  for office, person in person_roles(doc, raw_mentions))
    return Extraction(art.id, tuple(all_mentions), tuple(claims), tuple(quantities), tuple(speakers),
                      tuple(args), frozenset(negated), tuple(triggers), tuple(focus), uses, tuple(timings), roles)


def _occurrence(ann: Annotated, u: LabelUse, anchor: date | None) -> LabelOccurrence:
    s, e, text = to_body(ann, u.start, u.end)
    phrase_start, scope = None, "incident"
    if u.frame is not None:
        phrase_start = to_body(ann, u.phrase_start, u.end)[0]
        head = ann.doc.char_span(u.start, u.end, alignment_mode="expand")[-1]
        # only the name's own phrase places it in time ("the massacre in Tell Amra in 1998") or in a
        # war ("the attacks of the war"): the rest of its sentence may tell of another event
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        if cue_scope(ann.doc, u.phrase_start, u.end) == "background" or \
                date_scope(ann.doc, lo, hi, ann.article.date, anchor) == "background":
            scope = "background"
    return LabelOccurrence(ann.article.id, s, e, text, u.term, u.referent, u.connotation, u.scare_quoted,
                           u.frame, phrase_start, u.hedged, u.specific, scope)


DENIABLE = {"air_strike", "shelling", "attack", "suicide_bomb", "chemical_attack", "attack_on_health_care"}


def rc_text(doc, rc: RawClaim) -> str:
    return text_of(doc)[rc.start:rc.end].lower()


def _names_with_numbers(doc, raw_mentions, source: str | None) -> list[tuple[int, int]]:
    """Working-copy spans of names that hold a number: a lexicon organisation's ("France 24"),
    and the article's own outlet's name where the text gives it ("spoke to Kurdistan 24")."""
    text = doc.text
    spans = [(m.start, m.end) for m in raw_mentions
             if m.source in ("lexicon:org", "lexicon:actor") and any(ch.isdigit() for ch in m.text)]
    for name in re.split(r"\s*(?:[(),;]|\bvia\b|\bciting\b)\s*", source or ""):
        if any(ch.isdigit() for ch in name) and any(ch.isalpha() for ch in name):
            spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name.strip())}(?!\w)", text)]
    return spans


def _names_role(noun: str | None, role: str | None) -> bool:
    """Does the counted noun already say the role ("no casualties", "civilian deaths")? Then
    "casualties casualties" would say it twice."""
    if not noun or not role:
        return False
    head = (head_word(noun) or noun.split()[-1]).lower()
    forms = {head, head[:-1] if head.endswith("s") else head, head[:-3] + "y" if head.endswith("ies") else head}
    return any(cue_sets().role_nouns.get(f) == role for f in forms)


def _quantity(qid: str, article: str, s: int, e: int, text: str, rq: RawQuantity,
              claim_id: str | None) -> Quantity:
    num = rq.number
    what = " ".join(x for x in (rq.noun, None if _names_role(rq.noun, rq.role) else rq.role) if x) or None
    return Quantity(qid, article, s, e, text, num.low, num.high, num.approx, what, claim_id,
                    num.kind, rq.role, rq.category, rq.noun, rq.revision, rq.group,
                    rq.preliminary, rq.increment, num.hedge, rq.correction)


def _denies_only_whom(doc, ev: RawEvent) -> bool:
    """"The operation did not target civilians": the act is admitted, only its victims denied, so
    the negation does not say the event never happened."""
    from ..nlp.lexicons import category_of, lineage

    for i in ev.target_tokens:
        tok = doc[i]
        category = category_of(" ".join(t.text for t in tok.subtree)) if tok.pos_ in ("NOUN", "PROPN") else None
        if category is not None and "people" in lineage(category):
            return True
    return False


def _continues(doc: Doc, before: RawClaim, raw: RawClaim, claim: Claim) -> bool:
    """Does a claim go on telling of the earlier event the claim before it in its sentence tells?
    A relative clause split off as its own claim does ("... air strikes in March, which Taliban
    authorities said killed eight civilians"); so does an undated clause pointing back ("there",
    "then") after one opening with its date ("Last month, ...; officials said 300 died there"), or
    one sharing its subject ("a missile fired on 14 March | hit the centre of Donetsk, killing 20").
    Not "In 2020, the UN recorded 1,200 deaths, and medics said 45 died in the strike"."""
    if RELATIVE.match(claim.text):
        return True
    if claim.event is not None and claim.event.date is not None:
        return False
    return (POINTING_BACK.search(claim.text) is not None and opens_with_a_date(doc, before.start, before.end)) \
        or opens_with_a_verb(doc, raw.start, raw.end)


POINTING_BACK = re.compile(r"\b(?:there|then)\b", re.IGNORECASE)  # the place or time the clause before named


def _anchor(claims: list[Claim], article_date: str | None, lead: Sequence[tuple[int, int]] = ()) -> date | None:
    """The day the article's incident happened, as far as it says: the day its lead dates the event
    to, when that is well before the article (a follow-up: "HRW said on Sunday ... a hospital in
    Gaza on Oct. 17"), else the article's own date, else the latest event it dates to the day."""
    days = [date.fromisoformat(c.event.date) for c in claims
            if c.event is not None and c.event.date and len(c.event.date) == 10]
    in_lead = _lead_days(claims, lead)
    try:
        own = date.fromisoformat(article_date) if article_date else None
    except ValueError:
        own = None
    if own is not None and in_lead and (own - max(in_lead)).days > EARLIER_DAYS:
        return max(in_lead)
    if own is not None:
        return own
    return max(days) if days else None


def _lead_days(claims: list[Claim], lead: Sequence[tuple[int, int]]) -> list[date]:
    """The days the lead dates the incident's events to (a month's first day for a month: "an air
    attack last month")."""
    return [_first_day(c.event.date) for c in claims
            if any(s <= c.start < e for s, e in lead) and c.scope != "background" and c.event is not None
            and c.event.date and len(c.event.date) in (7, 10)]


def _first_day(iso: str) -> date:
    """The first day of an ISO day ("2018-08-09") or month ("2018-08")."""
    return date.fromisoformat(iso if len(iso) == 10 else iso + "-01")


def _lead_spans(text: str) -> list[tuple[int, int]]:
    """Where the lead is: the first two paragraphs (a headline line and the first paragraph, or
    the first two paragraphs of the body), at most 600 characters in a text with no breaks. A note
    on the article itself ("This news release has been updated to reflect ...", cues.json
    ``editor_note_openings``) is passed over: its dates are the update's, not the incident's."""
    notes = cue_regex("editor_note_openings")
    blocks = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)
              if not notes.match(m.group())]
    if len(blocks) >= 2:
        return blocks[:2]
    return [(0, min(len(text), 600))]


def _claim_for(claims: list[Claim], s: int, e: int) -> str | None:
    best = None
    for c in claims:
        if c.start <= s and e <= c.end and (best is None or c.end - c.start < best.end - best.start):
            best = c
    if best is None:
        best = next((c for c in claims if c.start < e and s < c.end), None)
    return best.id if best else None


def _covering(raws: list[RawMention], by_span: dict, char: int) -> Mention | None:
    for m in raws:
        if m.start <= char < m.end:
            return by_span[(m.start, m.end)]
    return None


def _inside_phrase(raws: list[RawMention], by_span: dict, head) -> Mention | None:
    """A name inside the argument's noun phrase when the head word is not one ("the LNA Air Force"
    -> LNA, "Russian troops" -> Russia's forces): the words from the phrase's left edge to its head."""
    lo, hi = head.left_edge.idx, head.idx + len(head.text)
    for m in raws:
        if lo <= m.start and m.end <= hi and m.kind != "place":
            return by_span[(m.start, m.end)]
    return None


def _of_the_force(raws: list[RawMention], by_span: dict, head) -> Mention | None:
    """The force a part or its members belong to: "units of the Federal Police", "fighters of the
    Islamic State"."""
    if not _part_of_a_force(head):
        return None
    for owner in (g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"):
        # the "of" phrase's own head names the force: "of Colonel X's guard" is the guard's, "members of
        # the family of Ahmed Khalil" the family's
        at = owner.idx
        found = [m for m in raws if m.start <= at < m.end and m.kind != "place"]
        if found:
            return by_span[(found[0].start, found[0].end)]
    return None


def _part_of_a_force(head) -> bool:
    """A word for a part or the members of a force (events.json ``group_nouns``: "units",
    "detachment"; a combatant word: "soldiers", "fighters"; a membership word: "members")."""
    lemma = head.lemma_.lower()
    if lemma in cue_sets().group_nouns or any(lemma in m.head for m in categories().memberships):
        return True
    kind = category_of(lemma)
    return kind is not None and "combatants" in lineage(kind)


PLACE_NOUNS = {"city", "town", "village", "region", "province", "governorate", "district", "area", "capital",
               "suburb", "suburbs", "outskirts", "countryside", "settlement", "oblast", "municipality"}


def _modifier(doc, m: RawMention) -> bool:
    """"the Moscow deal", "the Tripoli government": a place name used to qualify something else."""
    last = next((t for t in reversed(doc) if t.idx < m.end), None)
    return bool(last is not None and last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i
                and last.head.pos_ == "NOUN" and last.head.lower_ not in PLACE_NOUNS)


def _places_in(raws: list[RawMention], by_span: dict, rc: RawClaim, ev: RawEvent | None,
               text: str = "", doc=None) -> list[Mention]:
    """The event's place, best first: one named in the event's own words, else the nearest before
    it (the subject: "Ganja came under fire"), else the first after it; never a place in
    parentheses or the place fire came from ("from the territory of the Berd region"). A name the
    model was unsure of ("in Aleppo" read as a nationality) is a candidate in its turn, and after
    every place the model tagged, a name it took for a group or a person ("shelled Idlib" read as
    an organisation): resolve keeps the first candidate that is a place."""
    where = [m for m in raws if rc.start <= m.start and m.end <= rc.end
             and text[rc.start:m.start].count("(") <= text[rc.start:m.start].count(")")
             and not SOURCE_BEFORE.search(text[max(rc.start, m.start - 70):m.start])
             and not (BLAMED_ON.search(text[max(rc.start, m.start - 80):m.start]) and CLAUSE_ENDS.match(text, m.end))
             and not (doc is not None and _modifier(doc, m))]
    places = _best_first([m for m in where if m.kind in ("place", "maybe_place")], ev)
    misread = _best_first([m for m in where if m.kind in MISREAD_PLACE_KINDS], ev)
    if not places:
        that = _place_of_that_event(raws, by_span, rc, text) if ev is not None else None
        places = [that] if that is not None else []
        return [*(by_span[(m.start, m.end)] for m in misread), *places]
    return [by_span[(m.start, m.end)] for m in [*places, *misread]]


# the kinds of a name resolve may find to be a place the model misread (place_reads.misread_place,
# named_place_elsewhere)
MISREAD_PLACE_KINDS = ("organization", "person", "other")


def _best_first(places: list[RawMention], ev: RawEvent | None) -> list[RawMention]:
    """Named in the event's own words, else the nearest before it, else the first after it."""
    if ev is None:
        return places
    inside = [m for m in places if ev.phrase_start <= m.start and m.end <= ev.phrase_end]
    before = [m for m in places if m.end <= ev.trigger_start]
    after = [m for m in places if m.start >= ev.trigger_end]
    return [*inside, *before[::-1], *after] or places


THAT_EVENT = re.compile(r"\b(?:that|the same|this)\s+(?:attack|strike|raid|bombing|shelling|assault|"
                        r"air ?strike|missile attack)\b", re.IGNORECASE)


def _place_of_that_event(raws: list[RawMention], by_span: dict, rc: RawClaim, text: str) -> Mention | None:
    """"One person was killed in that attack": the place of the event the sentence before named
    last, within 300 characters."""
    if not THAT_EVENT.search(text, rc.start, rc.end):
        return None
    before = [m for m in raws if m.kind == "place" and rc.start - 300 <= m.start and m.end <= rc.start
              and m.source != "dateline" and not SOURCE_BEFORE.search(text[max(0, m.start - 70):m.start])]
    if not before:
        return None
    last = before[-1]
    return by_span.get((last.start, last.end))
