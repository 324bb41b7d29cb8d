"""Claims: one proposition as one article states it, with its speaker and stance.

Works from the dependency parse where it is right and from cue lexicons where it is not (the small
model mislabels verbs now and then): reporting verbs and "according to" give the speaker, quote
marks give quoted material, and stance cues (denial, rejection frames, speculation) give the stance.
Who a verb's subject names is read in extract/speakers.py, and how the sentence holds the claim in
extract/stance.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cuesets import CueSets, cue_sets
from .datelines import dateline_span
from .quotes import inside, quote_regions
from .spans import text_of, trim
from .speakers import PRONOUNS_PERSON, SPEAKER_DEPS, SpeakerRef, person_before, phrase_speaker, speaker_for
from .stance import stance_of, takes_claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CONTENT_DEPS = {"ccomp", "dobj", "xcomp", "parataxis", "advcl"}
MAX_CLAIM_CHARS = 330


@dataclass(slots=True)
class RawClaim:
    start: int  # Doc character offsets
    end: int
    speaker: SpeakerRef | None = None
    stance: str = "asserted"
    cue: str | None = None
    quoted: bool = False
    sent: int = 0
    focus: tuple[int, int] | None = None  # the words that carry a rejection, for evidence
    tokens: list[int] = field(default_factory=list)


def _is_reporting(tok: Token, cues: CueSets) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in cues.reporting_verbs and tok.pos_ in ("VERB", "AUX"):
        return lemma not in cues.deny_verbs or takes_claim(tok, cues)
    # any verb whose subject puts forward a that-clause ("He did not rule out that ...")
    if tok.pos_ == "VERB" and any(c.dep_ in SPEAKER_DEPS for c in tok.children):
        for c in tok.children:
            if c.dep_ != "ccomp" or c.i < tok.i:
                continue
            first = tok.doc[min(x.i for x in c.subtree)]
            if first.lower_ == "that" and first.tag_ != "WDT":
                return True  # not a relative "that" the parser hangs as a clause ("followed an attack that killed")
    return False




def _content_tokens(verb: Token, sent: Span, cues: CueSets) -> list[int]:
    """Tokens of what a reporting verb reports: its complement clause, else the rest of the sentence."""
    stated = _statement_clause(verb, cues)
    for child in verb.children:  # "told AFP that ...": the clause, not the listener
        if child.dep_ in ("ccomp", "parataxis"):
            return sorted({t.i for t in child.subtree} | set(stated))
    if stated:
        return stated
    for child in verb.children:
        if (child.dep_ == "dobj" and child.i > verb.i) or (
                child.dep_ == "xcomp" and (child.lemma_.lower() in cues.acknowledge_verbs or child.tag_ == "VBG")):
            # "denied carrying out the strike", "admitted firing": the gerund clause is the content
            toks = [t.i for t in child.subtree]
            if child.dep_ == "dobj" and verb.lemma_.lower() in cues.accuse_verbs:
                # "accused Russia over the attack", "blamed the raid on the LNA": who, and of what
                toks += [verb.i] + [t.i for p in verb.children if p.dep_ == "prep" and p.i > child.i for t in p.subtree]
            return sorted(toks)
    for child in verb.children:  # "dismissed as baseless claims that ..."
        if child.dep_ == "prep" and child.i > verb.i:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in cues.claim_nouns:
                    return [t.i for t in child.subtree]
    if verb.dep_ in ("ccomp", "advcl", "parataxis") or verb.head.i > verb.i or verb.dep_ == "ROOT":
        # "CONTENT, X said." -- the verb's head (or sentence) holds the content
        attribution = {t.i for t in verb.subtree}
        head_clause = verb.head if verb.dep_ != "ROOT" else verb
        pool = head_clause.subtree if head_clause is not verb else sent
        return [t.i for t in pool if t.i not in attribution]
    return []


MEDIUM_PREPOSITIONS = frozenset({"in", "on", "via", "through"})  # "said in a statement", not "condemned as a report"


def _statement_clause(verb: Token, cues: CueSets) -> list[int]:
    """"said in a statement that a battle raged ...": the parser hangs the that-clause on the
    statement, and may set a clause joined to it ("and the rebels took the town ...") on the verb."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and child.lower_ in MEDIUM_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in cues.document_nouns:
                    clause = next((c for c in pobj.children if c.dep_ in ("acl", "relcl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
                    if clause is not None:
                        return [t.i for t in clause.subtree]
    return []


def _according_to(sent: Span) -> tuple[Token, list[int]] | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None and to.i + 1 < sent.end:
                pobj = tok.doc[to.i + 1]
            if pobj is None:
                return None
            attribution = {t.i for t in tok.subtree} | {tok.i, to.i} | {t.i for t in pobj.subtree}
            content = [t.i for t in sent if t.i not in attribution]
            return pobj, _reclaim_subject(sent, attribution, content)
    return None


def _reclaim_subject(sent: Span, attribution: set[int], content: list[int]) -> list[int]:
    """"According to the statement on its website chlorine bombs had been dropped": with no comma
    the parser may hang the clause's subject on the source phrase. When the content's verb has no
    subject, the noun (with its modifiers) just before the content is given back to it."""
    if not content:
        return content
    doc = sent.doc
    inside = set(content)
    verbs = [doc[i] for i in content if doc[i].pos_ in ("VERB", "AUX") and (doc[i].head.i not in inside or doc[i].dep_ == "ROOT")]
    if not verbs or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for v in verbs for c in v.children):
        return content
    j = content[0] - 1
    if j < sent.start or j not in attribution or doc[j].pos_ not in ("NOUN", "PROPN"):
        return content
    first = j
    while first - 1 >= sent.start and doc[first - 1].dep_ in ("compound", "amod", "nummod") \
            and doc[first - 1].head.i in range(first, j + 1):
        first -= 1
    return sorted(inside | set(range(first, j + 1)))




def _contrast_clause(doc: Doc, lo: int, hi: int) -> bool:
    """"Although X holds its fire, Y keeps shelling Z": two propositions, whatever the length."""
    return any(t.dep_ == "mark" and t.lower_ in ("although", "while", "whereas", "though")
               and t.head.dep_ == "advcl" for t in doc[lo:hi + 1])


def _rejection_beside_a_clause(doc: Doc, lo: int, hi: int) -> bool:
    """"The number of martyrs did not exceed 61, and the figures circulated are exaggerated", "said
    the rebels remain in control of the town, and that the army's claims are lies": a figure or a
    clause stated, and others' account rejected in a clause of its own subject; two propositions,
    so that the rejection does not take the stated figure or outcome with it."""
    cues = cue_sets()
    for t in doc[lo:hi + 1]:
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SPEAKER_DEPS for c in t.children):
            continue
        inner = {x.i for x in t.subtree}
        text = " " + " ".join(doc[i].lower_ for i in sorted(inner)) + " "
        rejects = any(x.lemma_.lower() in cues.predicate_rejections for x in t.subtree) \
            or any(f" {p} " in text for p in cues.rejection_phrases)
        if rejects and any(x.like_num or _own_clause(x) for x in doc[lo:hi + 1] if x.i not in inner):
            return True
    return False


def _own_clause(verb: Token) -> bool:
    """A verb with a subject of its own: a clause that states something."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in SPEAKER_DEPS for c in verb.children)


def _split_long(doc: Doc, toks: list[int]) -> list[list[int]]:
    """Split an over-long proposition at ';' and at coordinated clauses with their own subject."""
    if not toks:
        return []
    lo, hi = min(toks), max(toks)
    length = doc[hi].idx + len(doc[hi].text) - doc[lo].idx
    # a contrast splits a long claim only; a rejection beside a clause of its own, a claim of any length
    if length <= MAX_CLAIM_CHARS and not ((length > 120 and _contrast_clause(doc, lo, hi))
                                          or _rejection_beside_a_clause(doc, lo, hi)):
        return [toks]
    cuts = []
    tokset = set(toks)
    for t in doc[lo:hi + 1]:
        if t.text == ";" and t.i in tokset:
            cuts.append(t.i + 1)
        elif t.dep_ in ("conj", "advcl") and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ in SPEAKER_DEPS for c in t.children):
            first = min(x.i for x in t.subtree)
            last = max(x.i for x in t.subtree)
            if first > lo:
                cuts.append(first)
            elif last + 1 < hi:  # "Although X holds its fire, | Y keeps shelling Z"
                cuts.append(last + 1)
        elif t.dep_ == "punct" and t.text == "," and t.i + 1 <= hi and doc[t.i + 1].dep_ in ("advcl",) :
            cuts.append(t.i + 1)
    parts, prev = [], lo
    for c in sorted(set(cuts)):
        if c - prev >= 3:
            parts.append([i for i in toks if prev <= i < c])
            prev = c
    parts.append([i for i in toks if i >= prev])
    return [p for p in (_without_trailing_link(doc, p) for p in parts) if p]


def _without_trailing_link(doc: Doc, part: list[int]) -> list[int]:
    """"... did not exceed 61, and" cut before its next clause ends at its own last word."""
    while part and (doc[part[-1]].dep_ == "cc" or doc[part[-1]].is_punct and doc[part[-1]].text in ",;"):
        part = part[:-1]
    return part


def _names_inside_a_clause(verb: Token, reporting: list[Token]) -> bool:
    """A reporting verb that only names something inside another verb's clause ("launched an
    attack on what it described as a "central hub"", "struck what it called a base"): the clause
    around it is no attribution."""
    return any(a.pos_ == "VERB" and a not in reporting for a in verb.ancestors)


def _embedded(verb: Token, reporting: list[Token]) -> bool:
    """Is the reporting verb inside another's report ("They said outlets started claiming that
    ...")? A verb coordinated with one ("claimed ... but the military blamed ...") is not."""
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return any(a in reporting for a in head.ancestors)


def extract_claims(doc: Doc, named: list[SpeakerRef]) -> list[RawClaim]:
    """Claims of one Doc in text order. ``named`` are the Doc's person/organisation mentions."""
    cues = cue_sets()
    text = text_of(doc)
    all_quotes = quote_regions(text)
    quotes = [q for q in all_quotes if _says_something(doc, q)]  # not scare quotes around a word
    claims: list[RawClaim] = []
    last_person: SpeakerRef | None = None
    last_group: SpeakerRef | None = None

    def resolve(ref: SpeakerRef | None, remember: bool = True) -> SpeakerRef | None:
        """The speaker a reference names; a pronoun is the last source named. A source named
        inside another's report ("They said pro-PKK outlets started claiming that ...") is not
        remembered: the next "They noted" is the reporting source again."""
        nonlocal last_person, last_group
        if ref is None:
            return None
        if ref.kind == "pronoun":
            lower = ref.text.lower()
            if lower in PRONOUNS_PERSON:
                return last_person or person_before(named, ref.start)
            return last_group or last_person
        if ref.kind == "title":
            return last_person or person_before(named, ref.start) or ref
        if not remember:
            return ref
        if ref.kind == "person":
            last_person = ref
        else:
            last_group = ref
            if ref.text.split()[-1].lower() in cues.title_nouns:
                last_person = ref  # "a senior security official said ... he added": the official
        return ref

    quote_speaker: dict[tuple[int, int], SpeakerRef | None] = {}
    chained = _chain_speakers(doc, quotes, named, cues)
    sents = list(doc.sents)
    for si, sent in enumerate(sents):
        q = inside(quotes, sent.start_char, sent.end_char)
        reporting = [t for t in sent if _is_reporting(t, cues) and not any(
            qs <= t.idx < qe for qs, qe in all_quotes)]
        # quoted material: the attribution sits after the quote in its last sentence, or before it
        sent_quotes = [r for r in quotes if r[0] < sent.end_char and r[1] > sent.start_char]
        handled: set[int] = set()
        for qr in sent_quotes:
            if qr not in quote_speaker:
                ref = None
                for t in reporting:
                    ref = speaker_for(t, named, doc)
                    if ref is not None:
                        break
                if ref is None and sents and qr[1] > sent.end_char:
                    # the quote runs on: look for the attribution in the sentence where it ends
                    end_sent = next((s for s in sents if s.start_char <= qr[1] <= s.end_char), None)
                    if end_sent is not None:
                        for t in end_sent:
                            if _is_reporting(t, cues) and not any(a <= t.idx < b for a, b in quotes):
                                ref = speaker_for(t, named, doc)
                                if ref is not None:
                                    break
                ref = resolve(ref or chained.get(qr))
                if ref is None and claims and claims[-1].speaker is not None and si - claims[-1].sent <= 2:
                    ref = claims[-1].speaker  # an unattributed quote continues the last source
                quote_speaker[qr] = ref
            s0, e0 = max(qr[0], sent.start_char), min(qr[1], sent.end_char)
            s0, e0 = trim(text, s0, e0)
            toks = [t.i for t in sent if s0 <= t.idx < e0]
            handled.update(t.i for t in sent if qr[0] <= t.idx < qr[1])
            speaker = quote_speaker[qr]
            for part in _split_long(doc, toks):
                stance, cue, disp = stance_of(doc, part, None, speaker is not None, cues)
                claims.append(_make(doc, part, speaker, stance, cue, True, si, disp))
        if q is not None and not reporting:
            continue
        # reported speech outside quotes
        rest = [t.i for t in sent if t.i not in handled]
        if not rest:
            continue
        made = attribution_only = False
        verb_speaker: dict[int, SpeakerRef | None] = {}
        acc = _according_to(sent)
        used: set[int] = set()
        for verb in reporting:
            if verb.i in used:
                continue
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and \
                    speaker_for(verb, named, doc) is None:
                continue  # "were reported dead", "is said to": no one is quoted
            toks = [i for i in _content_tokens(verb, sent, cues) if i not in handled]
            attribution = {t.i for t in verb.subtree} - set(toks)
            if not toks and sent_quotes:
                if not _names_inside_a_clause(verb, reporting):
                    attribution_only = True  # "..., he said." after a quote: the quote is the claim
                continue  # "launched an attack on what it described as a "hub"": the rest is a claim too
            toks = toks or [i for i in rest if i not in attribution]
            if verb.lemma_.lower() in cues.deny_verbs | cues.dispute_verbs and any(
                    doc[i].lemma_.lower() in cues.claim_nouns or doc[i].lower_ in cues.figure_words for i in toks):
                # "denied responsibility", "disputes this figure": the denial is the claim
                toks = sorted(set(toks) | {verb.i})
            anaphoric = len(toks) <= 2 and any(doc[i].lower_ in ("this", "that", "it", "so") for i in toks)
            if sum(1 for i in toks if not doc[i].is_punct) < 2 or anaphoric:
                if anaphoric:  # "..., the press secretary, reported this": attribution of the claim before
                    resolve(speaker_for(verb, named, doc))
                if len(sent) <= 8 or sent_quotes or anaphoric:
                    attribution_only = True  # "..., he said." on its own: a quote's attribution
                continue  # no reported content: this verb does not report ("the ceasefire declared on")
            ref = resolve(speaker_for(verb, named, doc), remember=not _embedded(verb, reporting))
            if ref is None:  # "..., noting that ...": the enclosing report's speaker
                ref = next((verb_speaker[a.i] for a in verb.ancestors if a.i in verb_speaker), None)
            verb_speaker[verb.i] = ref
            for other in reporting:  # a nested report ("... while UOSSM estimated X") is its own claim
                if other is not verb and other.i in toks:
                    nested = {t.i for t in other.subtree}
                    if len(nested) < len(toks):
                        toks = [i for i in toks if i not in nested]
            stance, cue, disp = stance_of(doc, toks, verb, ref is not None, cues)
            if stance == "denied" and cue:
                # the claim shows the denial itself: "refused to acknowledge the rebel gains"
                chain = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
                toks = sorted(set(toks) | {t.i for t in chain})
            parts = _split_long(doc, toks)
            for part in parts:
                stance_cue = (stance, cue, disp)
                if len(parts) > 1 and stance in ("denied", "disputed"):
                    # "said X, and that the claims of Y are lies": the rejection is one clause's, not X's
                    stance_cue = stance_of(doc, part, verb, ref is not None, cues)
                claims.append(_make(doc, part, ref, *stance_cue[:2], False, si, stance_cue[2]))
            used.add(verb.i)
            made = True
        if made:
            covered = {i for c in claims if c.sent == si for i in c.tokens}
            for verb in reporting:
                covered |= {t.i for t in verb.subtree if t.dep_ in SPEAKER_DEPS or t.i == verb.i}
                for child in verb.children:
                    if child.dep_ in SPEAKER_DEPS:
                        covered |= {t.i for t in child.subtree}
            leftover = [i for i in rest if i not in covered]
            if sum(1 for i in leftover if not doc[i].is_punct) >= 5 and any(
                    doc[i].pos_ in ("VERB", "AUX") for i in leftover):
                stance, cue, disp = stance_of(doc, leftover, None, False, cues)
                for part in _split_long(doc, leftover):
                    claims.append(_make(doc, part, None, stance, cue, False, si, disp))
        if acc is not None and not made and not attribution_only:
            pobj, toks = acc
            ref = resolve(phrase_speaker(pobj, named, doc))
            toks = [i for i in toks if i not in handled]
            if sum(1 for i in toks if not doc[i].is_punct) < 2:
                continue
            for part in _split_long(doc, toks):
                stance, cue, disp = stance_of(doc, part, None, True, cues)
                claims.append(_make(doc, part, ref, stance, cue, False, si, disp))
            made = True
        if not made and not attribution_only:
            for part in _split_long(doc, rest):
                stance, cue, disp = stance_of(doc, part, None, False, cues)
                speaker = None
                if stance in ("disputed", "denied") and sent.root.pos_ == "VERB":
                    # "He repeated Russia's disinformation that ...": he puts the claim forward;
                    # "He dismissed as fabricated the army's claim ...": he rejects it; not the
                    # passive's subject ("Claims by the rebels ... were dismissed by the army")
                    deps = SPEAKER_DEPS if stance == "disputed" else {"nsubj"}
                    subj = next((c for c in sent.root.children if c.dep_ in deps), None)
                    if subj is None and stance == "denied":  # "... were dismissed as propaganda by the army"
                        subj = next((p for a in sent if a.dep_ == "agent" and a.head.lemma_.lower() in cues.deny_verbs
                                     for p in a.children if p.dep_ == "pobj"), None)
                    if subj is not None:
                        speaker = resolve(phrase_speaker(subj, named, doc))
                claims.append(_make(doc, part, speaker, stance, cue, False, si, disp))
    claims.sort(key=lambda c: (c.start, -c.end))
    # a claim inside another claim of the same sentence and speaker repeats it (nested reports,
    # quotes inside a reported clause)
    kept: list[RawClaim] = []
    for c in claims:
        outer = next((k for k in kept if k.sent == c.sent and k.start <= c.start and c.end <= k.end
                      and k.speaker == c.speaker and (k.start, k.end) != (c.start, c.end)), None)
        if outer is not None:
            # its words are the outer claim's too: 'claimed that the air force "struck the camp"'
            # tells the strike, though the reported clause left the quoted words to the quote
            outer.tokens = sorted(set(outer.tokens) | set(c.tokens))
            continue
        if any((k.start, k.end) == (c.start, c.end) for k in kept):
            continue
        kept.append(c)
    claims = kept
    # a proposition has a verb (datelines and captions do not)
    return [c for c in claims if c.end > c.start and (c.speaker is not None or
        any(doc[i].pos_ in ("VERB", "AUX") for i in c.tokens) or len(c.tokens) >= 8)]


def _chain_speakers(doc: Doc, quotes: list[tuple[int, int]], named: list[SpeakerRef], cues: CueSets,
                    ) -> dict[tuple[int, int], SpeakerRef | None]:
    """A quote continued over paragraphs is attributed once, after its last paragraph: give every
    paragraph of the chain that attribution."""
    out: dict[tuple[int, int], SpeakerRef | None] = {}
    sents = list(doc.sents)
    for i in range(len(quotes) - 1, -1, -1):
        qs, qe = quotes[i]
        ref = None
        sent = next((s for s in sents if s.start_char <= qe <= s.end_char), None)
        if sent is not None:
            for t in sent:
                if t.idx >= qe and _is_reporting(t, cues):
                    ref = speaker_for(t, named, doc)
                    break
        if ref is None and i + 1 < len(quotes):
            gap = text_of(doc)[qe:quotes[i + 1][0]]
            if "\n" in gap and not gap.replace('"', "").strip():
                ref = out.get(quotes[i + 1])
        out[(qs, qe)] = ref if ref is None or ref.kind != "pronoun" else None
    return out


def _says_something(doc: Doc, region: tuple[int, int]) -> bool:
    toks = [t for t in doc if region[0] <= t.idx < region[1] and not t.is_punct]
    return len(toks) >= 6 or any(t.pos_ in ("VERB", "AUX") for t in toks)




DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40},\s[^\n]{0,40}?\s[-–—]+\s+")


def _make(doc: Doc, toks: list[int], speaker: SpeakerRef | None, stance: str, cue: str | None,
          quoted: bool, si: int, disp: tuple[int, int] | None) -> RawClaim:
    lo, hi = min(toks), max(toks)
    start, end = trim(text_of(doc), doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    dateline = DATELINE.match(text_of(doc)[start:end])  # "ARDAN, March 14 (SNA) - The army ..."
    line = dateline_span(text_of(doc), start)  # "(Nairobi, February 21, 2020) – Government forces ..."
    if dateline and dateline.end() < end - start:
        start += dateline.end()
        toks = [i for i in toks if doc[i].idx >= start]
    elif line is not None and line[0] <= start + 1 and start < line[1] < end:
        start = line[1]
        toks = [i for i in toks if doc[i].idx >= start]
    if speaker is not None and stance == "asserted":
        stance = "attributed"
    return RawClaim(start, end, speaker, stance, cue, quoted, si, disp, sorted(toks))
