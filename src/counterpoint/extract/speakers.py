"""Speakers: who a reporting verb or an "according to" puts a claim in the mouth of, read from the
parse: the verb's subject or agent, the name inside a subject phrase ("The head of the centre,
Gen. Viktor Kupchishin, said"), the author of a document ("a statement released by the GNA
said"), a pronoun to resolve, or a title ("the general") named before. Kept apart from
extract/claims.py, which decides what each claim says and with what stance.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cuesets import cue_sets
from .datelines import dateline_span
from .spans import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"it", "they", "we", "i"}
SPEAKER_DEPS = {"nsubj", "nsubjpass", "csubj"}
# subjects of a reporting verb that are not sources of the claim ("the numbers show")
NOT_SOURCES = {"people", "person", "number", "figure", "toll", "photo", "image", "picture", "sign", "evidence"}


@dataclass(slots=True)
class SpeakerRef:
    """Who asserts a claim, in Doc character offsets; ``kind`` as for mentions."""

    start: int
    end: int
    text: str
    kind: str


def _dateline(tok: Token) -> bool:
    """The city of a wire dateline ("GENEVA, (Reuters) -", "TEL AMRA, March 4 -"), which the parser
    may take for a subject."""
    if not tok.is_upper:
        return False
    span = dateline_span(text_of(tok.doc), tok.idx)
    return span is not None and span[0] <= tok.idx < span[1]


def speaker_for(tok: Token, named: list[SpeakerRef], doc: Doc) -> SpeakerRef | None:
    """The speaker phrase governed by a reporting verb: its subject (or agent)."""
    subj = next((c for c in tok.children if c.dep_ in SPEAKER_DEPS), None)
    if subj is None:
        # "..., said Stepanyan" (inverted) or a verb in a conj chain sharing the first verb's subject
        subj = None
        if tok.i > 0 and (tok.doc[tok.i - 1].is_punct or tok.doc[tok.i - 1].is_quote):
            subj = next((c for c in tok.rights if c.dep_ in ("dobj", "attr") and c.pos_ == "PROPN"), None)
        head = tok
        while subj is None and head.dep_ in ("conj", "xcomp", "advcl") and head.head is not head:
            head = head.head
            subj = next((c for c in head.children if c.dep_ in SPEAKER_DEPS), None)
            if subj is not None and subj.dep_ == "nsubjpass" and head.dep_ == "ccomp":
                # "denied that any bunkers had been destroyed and called the figures baseless": the parser
                # joins "called" to the reported passive clause; the bunkers call nothing, the denier does
                head = head.head
                subj = next((c for c in head.children if c.dep_ in SPEAKER_DEPS), None)
    if subj is None:
        return None
    return phrase_speaker(subj, named, doc)


def phrase_speaker(head: Token, named: list[SpeakerRef], doc: Doc) -> SpeakerRef | None:
    if _dateline(head):
        # "GENEVA, (Reuters) - Human Rights Watch said": the parser hangs the speaker off the dateline
        chain = [t for t in head.subtree if t.dep_ == "appos" and not t.is_upper and t.i > head.i]
        return phrase_speaker(chain[-1], named, doc) if chain else None
    lower = head.lower_
    if lower in PRONOUNS_PERSON or lower in PRONOUNS_GROUP:
        return SpeakerRef(head.idx, head.idx + len(head.text), head.text, "pronoun")
    if lower in ("who", "which", "that") and head.head.dep_ == "relcl":
        return phrase_speaker(head.head.head, named, doc)  # "Officials ..., who reported ..."
    cues = cue_sets()
    if head.lemma_.lower() in cues.document_nouns:
        # "A statement released by the GNA said", "its statement said": the author speaks
        for t in head.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "by":
                return phrase_speaker(t, named, doc)
            if t.dep_ == "poss" and t.head.i == head.i:
                return phrase_speaker(t, named, doc)
        return None
    # a named mention overlapping the subject's head wins; else the subject noun phrase
    for ref in named:
        if ref.start <= head.idx < ref.end:
            return ref
    for child in head.subtree:  # "The head of the centre, Gen. Viktor Kupchishin, ..."
        if child.dep_ == "appos" and child.head.i in (head.i, *(c.i for c in head.children if c.dep_ == "prep"),
                                                      *(g.i for c in head.children if c.dep_ == "prep"
                                                        for g in c.children)):
            sub = list(child.subtree)
            lo_c, hi_c = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            person = next((r for r in named if r.kind == "person" and lo_c <= r.start and r.end <= hi_c), None)
            if person is not None:
                return person
    lo, hi = head.i, head.i
    for t in head.subtree:
        if t.dep_ in ("appos", "acl", "relcl", "punct") and t.i > head.i:
            break
        lo, hi = min(lo, t.i), max(hi, t.i)
    dateline = dateline_span(text_of(doc), doc[lo].idx)
    while dateline is not None and lo < hi and doc[lo].idx < dateline[1]:
        lo += 1  # "KARSEN, March 4 - Rebel commanders said": the dateline is no part of who speaks
    first = doc[lo]
    while first.i < hi and (first.lower_ in ("the", "a", "an") or (
            first.dep_ == "compound" and first.lemma_.lower() in cues.claim_nouns)):
        first = doc[first.i + 1]  # "a contention experts dismissed": the experts speak
    start, end = first.idx, doc[hi].idx + len(doc[hi].text)
    inner = [r for r in named if start <= r.start and r.end <= end]
    person = next((r for r in inner if r.kind == "person"), None)
    if person is not None:
        return person  # "The head of UOSSM France Dr Ziad Alissa"
    titled = _titled_before(doc, named, start, end) if head.lower_ in cues.title_nouns and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children) else None
    if titled is not None:
        return titled  # "the State Minister said": "GCS State Minister Tesfaye Beyene", named before
    if inner:
        return inner[0]
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        # "Armenian Defense Ministry Spokeswoman Shushan Stepanyan": the name at the end (the model
        # also tags a lower-case "ministry" as a proper noun, which names no one)
        first_name = head
        while first_name.i > start and doc[first_name.i - 1].pos_ == "PROPN" \
                and doc[first_name.i - 1].lower_ not in cues.title_nouns and first_name.i - 1 >= lo:
            first_name = doc[first_name.i - 1]
        s0 = first_name.idx
        return SpeakerRef(s0, head.idx + len(head.text), text_of(doc)[s0:head.idx + len(head.text)], "person")
    lemma = head.lemma_.lower()
    if lemma in cues.title_nouns:
        det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
        if head.tag_ == "NN" and det == "the":
            return SpeakerRef(start, end, text_of(doc)[start:end], "title")  # "the general": named before
        return SpeakerRef(start, end, text_of(doc)[start:end], "other")  # "a senior army officer"
    phrase = text_of(doc)[start:head.idx + len(head.text)].lower()
    if any(phrase.endswith(c) for c in cues.collective_nouns) or head.pos_ == "PROPN":
        return SpeakerRef(start, end, text_of(doc)[start:end], "other")
    if any(t.like_num for t in doc[lo:hi + 1]) or lemma in NOT_SOURCES or head.pos_ != "NOUN":
        return None  # "at least 44 people", "the numbers": not a source
    return SpeakerRef(start, end, text_of(doc)[start:end], "other")  # "the health ministry", "the army"


def _titled_before(doc: Doc, named: list[SpeakerRef], start: int, end: int) -> SpeakerRef | None:
    """The person introduced before ``start`` with the title the words ``start:end`` give, right
    before the name or in it ("the State Minister": "GCS State Minister Tesfaye Beyene"; "the
    general": "Major General Adil Nasrawi"); not "the Red Cross official" for whoever was named last,
    nor "the interior minister" for the foreign minister named after him."""
    text = text_of(doc)
    title = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in text[start:end].lower().split()) + r"\b")
    people = [r for r in named if r.end <= start and r.kind in ("person", "organization", "title")
              and (title.search(r.text.lower()) or _ends_with(title, text[max(0, r.start - TITLE_REACH):r.start]))]
    return people[-1] if people else None


def _ends_with(title: re.Pattern[str], before: str) -> bool:
    """Do the words right before a name end with the title ("... GCS State Minister | Tesfaye")?"""
    m = None
    for m in title.finditer(before.lower()):
        pass
    return m is not None and not before[m.end():].strip()


TITLE_REACH = 40  # characters before a name read for the title it is introduced with


def person_before(named: list[SpeakerRef], pos: int) -> SpeakerRef | None:
    people = [r for r in named if r.kind == "person" and r.end <= pos]
    return people[-1] if people else None
