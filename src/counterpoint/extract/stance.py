"""Stance: how a sentence holds the claim it reports, from its cue words and the parse: asserted,
denied ("denied carrying out the strike", "rejected the accusations"), disputed ("dismissed the
reports as propaganda"), speculative or hedged; and the words that carry it, shown as the evidence
of a rejection ("refused to acknowledge the rebel gains"). A verb that refuses a thing ("denied
aid groups access", "rejected the wounded") rejects no claim. Kept apart from extract/claims.py,
which finds the claims and their speakers.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ..nlp.lexicons import ancestors as category_ancestors
from ..nlp.lexicons import category_of
from .cuesets import CueSets
from .spans import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def stance_of(doc: Doc, toks: list[int], verb: Token | None, has_speaker: bool, cues: CueSets,
            ) -> tuple[str, str | None, tuple[int, int] | None]:
    """(stance, cue words, focus): the focus is the stretch of text that carries a rejection
    ("denied Baku's allegations regarding the bombing", "disinformation that ..."), in Doc offsets."""
    if verb is not None:
        lemma = verb.lemma_.lower()
        if lemma in cues.confirm_verbs and (negation := _negation_of(verb)) is not None:
            # "No independent body has confirmed ...", "could not confirm ...": unconfirmed, not stated
            return "speculative", negation, None
        if lemma in cues.deny_verbs and takes_claim(verb, cues) and not _refuses_a_thing(verb, cues):
            return "denied", verb.text, _verb_object_span(verb)
        if lemma in cues.dispute_verbs and any(c.dep_ == "dobj" and (
                c.lemma_.lower() in cues.claim_nouns or c.lower_ in cues.figure_words) for c in verb.children):
            return "disputed", verb.text, _verb_object_span(verb)  # "disputes this figure", "questioned the claims"
        if lemma in cues.refuse_verbs:
            x = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if x is not None and x.lemma_.lower() in cues.acknowledge_verbs:
                return "denied", f"{verb.text} to {x.text}", _join(_span_of(verb), _verb_object_span(x))
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.refuse_verbs \
                and lemma in cues.acknowledge_verbs:
            return "denied", f"{verb.head.text} to {verb.text}", _join(_span_of(verb.head), _verb_object_span(verb))
    if not toks:
        return ("attributed" if has_speaker else "asserted"), None, None
    lo, hi = min(toks), max(toks)
    span = doc[lo:hi + 1]
    low_text = span.text.lower()
    for tok in span:
        if tok.lemma_.lower() in cues.deny_verbs and tok.pos_ == "VERB" and takes_claim(tok, cues) \
                and not _refuses_a_thing(tok, cues):
            return "denied", tok.text, _verb_object_span(tok)
    for phrase in cues.rejection_phrases:
        pos = low_text.find(phrase)
        if pos < 0 or not _word_bounded(low_text, pos, len(phrase)):
            continue
        start_char = span.start_char + pos
        cue_tok = next((t for t in span if t.idx >= start_char), None)
        if cue_tok is not None and _refuses_a_thing(cue_tok, cues):
            continue  # "the army denied aid groups access", "doctors rejected the wounded"
        if cue_tok is not None and _names_a_body(cue_tok, cues):
            continue  # "carried by its propaganda outlet": a name for the outlet, no rejection of a claim
        that_clause = _that_clause(cue_tok) if cue_tok is not None else None
        cue_span = (start_char, start_char + len(phrase))
        if phrase in cues.writer_doubts and has_speaker and cue_tok is not None and _doubts_the_saying(cue_tok, verb, cues):
            # "the army claimed ..., without providing evidence": the writer doubts what it attributes, where
            # the doubt hangs on the claim's own verb of saying (not "bombed the school without providing evidence")
            return "disputed", span.text[pos:pos + len(phrase)], cue_span
        if that_clause is not None:
            return "disputed", span.text[pos:pos + len(phrase)], _join(cue_span, that_clause)
        focus = _with_subject(doc, cue_tok, cue_span)
        for other in cues.rejection_phrases:  # "are an absolute lie and have nothing to do with reality"
            p2 = low_text.find(other)
            if p2 >= 0 and _word_bounded(low_text, p2, len(other)) and abs(span.start_char + p2 - focus[0]) < 80:
                focus = _join(focus, (span.start_char + p2, span.start_char + p2 + len(other)))
        return "denied", span.text[pos:pos + len(phrase)], focus
    for tok in span:
        if tok.dep_ in ("attr", "acomp") and tok.lemma_.lower() in cues.predicate_rejections \
                and not any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                            for c in (*tok.children, *tok.head.children)):  # "the figures were not false"
            # "reports by the Kiev regime of a strike were a provocation", "the claims that they had taken
            # the base were flagrant lies", "the figures were false": said of a claim, it rejects it
            subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and (subject.lemma_.lower() in cues.claim_nouns
                                        or subject.lemma_.lower() in cues.figure_words):
                return "denied", tok.text, (subject.left_edge.idx, tok.idx + len(tok.text))
    for tok in span:
        if tok.lemma_.lower() in cues.refuse_verbs:
            x = next((c for c in tok.children if c.dep_ == "xcomp"), None)
            if x is not None and x.lemma_.lower() in cues.acknowledge_verbs:
                return "denied", f"{tok.text} to {x.text}", _join(_span_of(tok), _verb_object_span(x))
    for phrase in cues.speculative_phrases:
        pos = low_text.find(phrase)
        if pos >= 0 and _word_bounded(low_text, pos, len(phrase)):
            return "speculative", span.text[pos:pos + len(phrase)], None
    for phrase in cues.hearsay_phrases:  # "reportedly", "allegedly": someone unnamed says so
        pos = low_text.find(phrase)
        if pos >= 0 and _word_bounded(low_text, pos, len(phrase)):
            return "attributed", span.text[pos:pos + len(phrase)], None
    for tok in span:
        if tok.tag_ == "MD" and tok.lower_ in cues.speculative_modals:
            return "speculative", tok.text, None
    distancing = verb is not None and verb.lemma_.lower() in cues.distancing_verbs
    quoted = _scare_quoted_event(doc, lo, hi, cues) if has_speaker and distancing else None
    if quoted is not None:
        # 'the government rushed to claim that a "car bomb" caused the destruction': the writer holds
        # the act another voice claims at a distance, doubting it; after "said" the quotation marks
        # are the voice's own words ('an airstrike that released "toxic gas", a monitor said')
        return "disputed", doc.text[quoted[0]:quoted[1]], quoted
    return ("attributed" if has_speaker else "asserted"), None, None


def _scare_quoted_event(doc: Doc, lo: int, hi: int, cues: CueSets) -> tuple[int, int] | None:
    """Doc offsets of a word or two for an act set in quotation marks inside ``doc[lo:hi]`` ('a "car
    bomb"'): not a quotation, which says something, but the act held at a distance."""
    for m in SCARE_QUOTED.finditer(doc.text, doc[lo].idx, doc[hi].idx + len(doc[hi].text)):
        words = m.group("words").lower()
        if not (words in dict(cues.event_phrases) or any(w in cues.event_lemmas for w in words.split())) \
                or words in cues.label_terms:
            continue  # 'a "massacre"': a loaded name quoted is the voice's framing (align/framing.py), not a doubt
        return m.start(), m.end()
    return None


# one to three words between quotation marks, opened after a space and closed before a space or a mark
SCARE_QUOTED = re.compile(r"(?<=\s)[\"“‘'](?P<words>[A-Za-z-]+(?: [A-Za-z-]+){0,2})[\"”’'](?=[\s,.;:])")


def _negation_of(verb: Token) -> str | None:
    """The words that negate a verb ("not confirmed", "No ... confirmed"), or None."""
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    if neg is not None:
        return f"{neg.text} {verb.text}"
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(d.dep_ == "det" and d.lower_ == "no" for d in subj.children) or subj.lower_ in ("nobody", "none"):
            return f"{subj.text if subj.lower_ in ('nobody', 'none') else 'no'} … {verb.text}"
    return None


def _span_of(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok.text)


def _join(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _verb_object_span(verb: Token) -> tuple[int, int]:
    """A verb with its object: "denied Baku's allegations regarding the bombing"."""
    end = verb.idx + len(verb.text)
    for c in verb.children:
        if c.dep_ in ("dobj", "ccomp", "prt") and c.i > verb.i:
            last = max(t.i for t in c.subtree)
            end = max(end, verb.doc[last].idx + len(verb.doc[last].text))
    if end - verb.idx > 160:
        end = verb.idx + 160
        while end < len(text_of(verb.doc)) and text_of(verb.doc)[end - 1].isalnum():
            end += 1
    return verb.idx, end


def _with_subject(doc: Doc, cue: Token | None, cue_span: tuple[int, int]) -> tuple[int, int]:
    """A predicate rejection with its copula: "are an absolute lie", "This is misinformation"."""
    if cue is None:
        return cue_span
    start = cue_span[0]
    for t in reversed(list(doc[max(0, cue.i - 3):cue.i])):
        if t.lemma_ == "be" or t.dep_ == "det" or t.lower_ in ("this", "that", "it"):
            start = t.idx
        else:
            break
    return start, cue_span[1]


def _refuses_a_thing(verb: Token, cues: CueSets) -> bool:
    """A verb of denial whose object is a thing refused ("denied aid groups access", cues.json
    ``refusal_objects``) or a kind of person ("rejected the wounded", "the deputy commander was
    dismissed"): no claim is rejected."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.deny_verbs:
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")):
        if obj.lemma_.lower() in cues.refusal_objects or obj.lower_ in cues.refusal_objects:
            return True
        category = category_of(obj.lemma_.lower())
        if obj.dep_ == "nsubjpass" and obj.lemma_.lower() in cues.role_nouns:
            continue  # "civilian deaths were denied by the army": the harm is what is denied
        if category is not None and "people" in (category, *category_ancestors(category)):
            return True
    return False


CARRYING_VERBS = frozenset({"carry", "publish", "release", "broadcast", "air", "post", "accord"})  # "according to"


def _doubts_the_saying(cue: Token, verb: Token | None, cues: CueSets) -> bool:
    """Does "without providing evidence" hang on the claim's own verb of saying ("the army claimed,
    without providing evidence, that ..."), or, set off by a comma, on the clause it reports ("the
    army claimed the school was used by fighters, without providing evidence")? Not on an act
    ("Israel bombed the school without providing evidence that ...") nor on another voice's saying
    inside the claim ("the ministry said Kyiv had claimed, without providing evidence, ...")."""
    head = cue.head
    saying = (lambda t: t == verb) if verb is not None else (lambda t: t.lemma_.lower() in cues.reporting_verbs)
    if saying(head):
        return True
    aside = cue.i > 0 and cue.doc[cue.i - 1].text == ","
    return aside and head.dep_ == "ccomp" and saying(head.head) and head.lemma_.lower() not in cues.reporting_verbs


def _names_a_body(cue: Token, cues: CueSets) -> bool:
    """Does the rejection word qualify a noun that names a body (cues.json ``body_nouns``) which
    carries or speaks a statement ("carried by its propaganda outlet", "the group's propaganda arm
    Amaq said")? Not one a claim is said to come from ("produced by a fake news unit")."""
    if cue.dep_ not in ("compound", "amod") or cue.head.i <= cue.i or cue.head.lemma_.lower() not in cues.body_nouns:
        return False
    body = cue.head
    if body.dep_ == "nsubj" and body.head.lemma_.lower() in cues.reporting_verbs:
        return True  # "the group's propaganda arm Amaq said"
    carrier = body.head.head if body.dep_ == "pobj" else None
    return carrier is not None and carrier.lemma_.lower() in CARRYING_VERBS


def takes_claim(verb: Token, cues: CueSets) -> bool:
    """"denied Baku's allegations", "rejected that ...": a denial verb whose object is a claim
    (not "dismiss difficulties")."""
    for c in verb.children:
        if c.dep_ in ("ccomp",) or (c.dep_ in ("dobj", "nsubjpass") and (
                c.lemma_.lower() in cues.claim_nouns or c.lower_ in cues.figure_words)):
            return True  # "denied the allegations", "disputes this figure"
    return not any(c.dep_ == "dobj" for c in verb.children)


def _word_bounded(text: str, pos: int, length: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + length] if pos + length < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _that_clause(cue: Token) -> tuple[int, int] | None:
    """A "that ..." clause hanging off a rejection noun ("disinformation that rebels ...")."""
    for t in [cue, *cue.ancestors][:3]:
        for child in t.children:
            if child.dep_ in ("acl", "ccomp", "relcl") and child.i > t.i:
                first = min(x.i for x in child.subtree)
                if t.doc[first].lower_ == "that":
                    lo, hi = first, max(x.i for x in child.subtree)
                    return t.doc[lo].idx, t.doc[hi].idx + len(t.doc[hi].text)
    return None
