"""Lawful or not: one voice calls the strike lawful ("a legitimate military operation", "complied
with international humanitarian law"), another unlawful ("lacked military justification", "a war
crime", "in blatant defiance of all international conventions"). Each rejects the other's
judgment, so the pair is a dispute; articles judging it alike agree. The words are cues.json
``lawful_judgments`` and ``unlawful_judgments``; a negation just before flips them ("was not a
legitimate target")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..nlp.lexicons import cues
from ..records import Claim
from ..resolve.actors import countries_named
from .candidates import Corpus, family
from .findings import Draft

# "was not a legitimate target", "wasn't lawful"; "not just a war crime" is no negation
NEGATION = re.compile(r"(?:\b(?:not|no|never|nor)\b|n't)(?!\W+(?:only|just|merely|simply|doubt|question)\b)"
                      r"(?:\W+\w+){0,2}\W*$",
                      re.IGNORECASE)
# "investigating whether the strike was a war crime": a question, not a judgment
OPEN_QUESTION = re.compile(r"\b(?:whether|if|investigat\w*|examin\w*|possible|possibly|any|unlikely)\b"
                           r"[^.;:]{0,60}$"
                           r"|\bno\s+(?:evidence|indications?)\s+(?:that|to\s+suggest|to\s+show)\b[^.;:]{0,80}$",
                           re.IGNORECASE)
# a judgment word naming a body or a process, not judging the act ("war crimes investigators")
INSTITUTION_AFTER = re.compile(r"\s+(?:investigators?|investigations?|inquiry|inquiries|probe|tribunal|court|"
                               r"prosecutors?|commission|experts?|unit|charges?|trials?)\b", re.IGNORECASE)
# a new clause after a denial ("denied it, saying it was an accident"); a comma inside the denied
# clause ("denied, in a statement, that ...") is none
CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:saying|calling|adding|insisting|and|but|while|although|though)\b",
                          re.IGNORECASE)
DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z“\"])|\n")
JUDGED = ("attack", "chemical", "killing")  # families of the acts a judgment may be about
PER_SIDE = 4


@dataclass(frozen=True)
class Judgment:
    claim: Claim
    lawful: bool  # which of two judgments: lawful or not here; deliberate or a mistake in align/intent.py
    start: int
    end: int
    turned: bool = False  # the words say the opposite, negated or denied ("was not a legitimate target")


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], bool]]:
    lex = cues()
    return two_sided_patterns(lex.lawful_judgments, lex.unlawful_judgments)


def two_sided_patterns(yes: tuple, no: tuple) -> list[tuple[re.Pattern[str], bool]]:
    """Word patterns for the cues of two opposed judgments, each with the side it takes."""
    out = []
    for side, section in ((True, yes), (False, no)):
        for c in section:
            words = r"\W+".join(re.escape(w) for w in c.cue.split())
            out.append((re.compile(rf"\b{words}\b", re.IGNORECASE), side))
    return out


def judgments(cx: Corpus, patterns: list[tuple[re.Pattern[str], bool]] | None = None,
              denial_reach: int | None = None) -> list[Judgment]:
    """Every lawful or unlawful judgment (or the two sides ``patterns`` give) in a sentence that
    tells of the incident's strike (an incident claim about an attack or killing), given to the
    claim that holds it, else to the sentence's attributed claim ("called the strike a war
    crime"); the longest where they overlap. ``denial_reach``: a denying claim turns the words
    round only when a verb of denial stands that many characters before them at most, in the same
    clause ("denied that the strike was deliberate", not "denies the allegations, and says it was
    an accident")."""
    found: list[Judgment] = []
    patterns = _patterns() if patterns is None else patterns
    for article, claims in cx.claims_by_article.items():
        text = cx.article[article].text
        for lo, hi in sentence_bounds(text):
            inside = [c for c in claims if lo <= c.start < hi]
            if not any(c.scope == "incident" and c.event and family(c.event.type) in JUDGED for c in inside):
                continue
            for pattern, lawful in patterns:
                for m in pattern.finditer(text, lo, hi):
                    claim = _holder(inside, m.start(), m.end())
                    if claim is None or claim.scope != "incident" or INSTITUTION_AFTER.match(text, m.end()):
                        continue  # "UN war crimes investigators": a body's name, no judgment
                    before = text[max(lo, m.start() - 60):m.start()]
                    # "there is no evidence that the strike on the camp was deliberate": a longer reach
                    if OPEN_QUESTION.search(text, max(lo, m.start() - 110), m.start()) or _another_event(before):
                        continue
                    # a denial turns round only the words it denies, not a judgment beside it ("denied
                    # that the strike killed civilians, calling it a legitimate operation")
                    denied = claim.stance == "denied" and claim.start <= m.start() and m.end() <= claim.end and (
                        denial_reach is None or _denial_before(text, max(claim.start, m.start() - denial_reach),
                                                               m.start()))
                    flipped = (NEGATION.search(before[-25:]) is not None) != denied
                    found.append(Judgment(claim, lawful != flipped, m.start(), m.end(), flipped))
    found.sort(key=lambda j: (j.claim.article, j.start, -(j.end - j.start)))
    kept: list[Judgment] = []
    for j in found:
        if not any(k.claim.article == j.claim.article and k.start < j.end and j.start < k.end for k in kept):
            kept.append(j)
    return kept


def _denial_before(text: str, start: int, end: int) -> bool:
    """A verb of denial in text[start:end] with no clause break after it: "denied the strike was
    deliberate", not "denied the strike was deliberate, saying it was an accident"."""
    found = list(DENIAL.finditer(text, start, end))
    return bool(found) and not CLAUSE_BREAK.search(text, found[-1].end(), end)


def _another_event(before: str) -> bool:
    """"a week after the army was accused of war crimes in Bir Kassa": a judgment of another act
    (cues.json other_event_lead_ins)."""
    words = " " + " ".join(re.findall(r"[\w'’]+", before.lower())) + " "
    return any(f" {c.cue} " in words for c in cues().other_event_lead_ins)


def judges(text: str) -> bool:
    """Do the words judge an act lawful or unlawful ("denied that the strike was a war crime")?"""
    return any(pattern.search(text) for pattern, _ in _patterns())


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ended by a full stop, question or exclamation mark before a
    capital, or by a line break."""
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _holder(claims: list[Claim], start: int, end: int) -> Claim | None:
    """The shortest claim holding the words, else the sentence's first claim with a speaker."""
    holding = [c for c in claims if c.start <= start and end <= c.end]
    if holding:
        return min(holding, key=lambda c: c.end - c.start)
    return next((c for c in claims if c.speaker is not None), None)


def legality_drafts(cx: Corpus) -> list[Draft]:
    """One dispute per incident whose voices judge the strike both ways, and an agreement among
    the articles judging it alike; a voice that gives both judgments takes no side."""
    by_incident: dict[int, list[Judgment]] = {}
    for j in judgments(cx):
        by_incident.setdefault(cx.component_of[j.claim.article], []).append(j)
    out = []
    for items in by_incident.values():
        verdicts: dict[tuple[str, str | None], set[bool]] = {}
        for j in items:
            verdicts.setdefault(_voice(j), set()).add(j.lawful)
        # an article takes the side most of its judgments take (a body that finds the intended
        # target legitimate but the strike unjustified gives one verdict), unless it quotes voices
        # of different countries judging both ways
        arts = sorted({j.claim.article for j in items}, key=cx.order.get)
        items = [j for a in arts for j in _one_side_unless_opposed(cx, [j for j in items if j.claim.article == a])]
        sides: dict[bool, list[Judgment]] = {True: [], False: []}
        # the body's words before a headline's, which compresses the judgment
        for j in sorted(items, key=lambda j: (j.start < cx.headline_end(j.claim.article), cx.order[j.claim.article],
                                              j.start)):
            if len(verdicts[_voice(j)]) == 1 and _voice(j) not in {_voice(s) for s in sides[j.lawful]}:
                sides[j.lawful].append(j)
        lawful, unlawful = (sorted(sides[v][:PER_SIDE], key=lambda j: (cx.order[j.claim.article], j.start))
                            for v in (True, False))
        for verdict, alike in ((True, lawful), (False, unlawful)):
            alike = [j for j in alike if not j.turned]  # denying a war crime is no call that it was lawful
            if len({j.claim.article for j in alike}) >= 2:  # articles judging it alike agree
                out.append(Draft(
                    "agree", [(j.claim.article, j.start, j.end) for j in alike],
                    f"Lawful or not: {judged_by(cx, alike)} call the strike {'lawful' if verdict else 'unlawful'}.",
                    0.6, 0.5, claims=list(dict.fromkeys(j.claim.id for j in alike))))
        if not lawful or not unlawful:
            continue
        out.append(Draft(
            "dispute", [(j.claim.article, j.start, j.end) for j in (*lawful, *unlawful)],
            f"Lawful or not: {judged_by(cx, lawful)} call the strike lawful; {judged_by(cx, unlawful)} call it "
            f"unlawful.", 0.7, 0.75, claims=list(dict.fromkeys(j.claim.id for j in (*lawful, *unlawful)))))
    return out


def _one_side_unless_opposed(cx: Corpus, items: list[Judgment]) -> list[Judgment]:
    lawful = {tuple(sorted(_countries(cx, j.claim))) for j in items if j.lawful}
    unlawful = {tuple(sorted(_countries(cx, j.claim))) for j in items if not j.lawful}
    if any(a and b and not set(a) & set(b) for a in lawful for b in unlawful):
        return items
    side = _leaning(items)
    return [j for j in items if j.lawful == side]


def _countries(cx: Corpus, c: Claim) -> frozenset[str]:
    names = [c.speaker_text or ""] + ([cx.entity[c.speaker].name] if c.speaker is not None else [])
    return frozenset().union(*(countries_named(n) for n in names if n))


def _leaning(items: list[Judgment]) -> bool:
    lawful = sum(j.lawful for j in items)
    if lawful * 2 != len(items):
        return lawful * 2 > len(items)
    return min(items, key=lambda j: j.start).lawful


def _voice(j: Judgment) -> tuple[str, str | None]:
    return j.claim.article, j.claim.speaker


def judged_by(cx: Corpus, items: list[Judgment]) -> str:
    """"Outlet (speaker) (“war crime”, negated), ...": who judged, in whose words."""
    out = []
    for j in items:
        speaker = cx.speaker_name(j.claim.id)
        words = " ".join(cx.article[j.claim.article].text[j.start:j.end].split())
        turned = ", negated" if j.turned else ""
        out.append(f"{cx.source(j.claim.article)}{f' ({speaker})' if speaker else ''} (“{words}”{turned})")
    return ", ".join(out)
