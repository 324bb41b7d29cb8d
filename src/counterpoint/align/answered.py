"""What a rejection answers in its own article. Reports set a claim and its denial side by side:
"Al Shabaab said its fighters killed at least 66 people ... But the army's spokesman dismissed the
reports as propaganda." A rejection that names whose claim it rejects ("the Pakistani Army's
assertion", "the US comments", "a report released by the United Nations") answers that voice's
claims; else it answers what another voice told just before it, in its own sentence or the two
before, or right after it in its own sentence ("denied the strike, which the rebels said killed
12"): the claims of the nearest such voice."""

from __future__ import annotations

import re

from ..extract.cuesets import cue_sets
from ..records import Claim
from .candidates import REJECTING, Corpus, family, writers_doubt
from .text import act_words

LOOK_BACK = 2  # sentences before the rejection's own in which what it answers is told
PER_REJECTION = 2  # claims of the answered voice, nearest first
# families of what an accusation says of the act itself: that it was done, and whom it killed
OF_THE_ACT = ("attack", "chemical", "control", "killing", "injury", "casualties", "losses")
SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][”\"’']?\s+|\n+")  # not the "S." of "U.S. military"
# titles and words shortened with a full stop that ends no sentence ("Lt. Col. Malane")
ABBREVIATED = re.compile(r"\b(?:Lt|Col|Gen|Maj|Capt|Cpt|Sgt|Cpl|Brig|Adm|Cmdr|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|St|"
                         r"No|Mt|Jr|Sr|Rev|Hon|Pres|approx|vs|etc)\.$")


def _sentence_starts(text: str, end: int) -> list[int]:
    return [0] + [m.end() for m in SENTENCE_END.finditer(text, 0, end)
                  if not ABBREVIATED.search(text, max(0, m.start() - 8), m.start() + 1)]


def _sentence_end(text: str, at: int) -> int:
    for m in SENTENCE_END.finditer(text, at):
        if not ABBREVIATED.search(text, max(0, m.start() - 8), m.start() + 1):
            return m.start()
    return len(text)


# a relative clause on what is denied, right after the denial: ", which rebels said killed 100"
RELATIVE_AFTER = re.compile(r"[^.;]{0,60}?,?\s*(?:which|that)\s+(?:[\w’'-]+\s+){0,4}?(?:said|claimed|says|claims|"
                            r"alleged|blamed|reported)\b", re.IGNORECASE)
UNRESOLVED = re.compile(r"\b(?:he|she|they|we)\b", re.IGNORECASE)  # a pronoun voice with no speaker found
# between an owner's name and the claim noun: "the Pakistani Army's assertion", "Ukraine's media
# reports"; after the noun: "claims by X", "a report released by X"
OWNER_BEFORE = re.compile(r"^(?:['’]s?)?\s+(?:(?!of\b|in\b|on\b|for\b|to\b|and\b|with\b|about\b)[a-z]+\s+)?$")
# "the claims of the Russian Ministry of Defence that ...": whose claims, unless an act follows the name
OWNER_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "the figures published by the Hezbollah-controlled Health Ministry": who runs it may stand between
# ... or a word that doubts the name ("claims by the so-called Al Shabaab terrorists")
OWNER_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?by\s+(?:the\s+)?(?:so[- ]called\s+)?"
                         r"(?:[\w’'-]+-(?:controlled|run|led|backed|affiliated)\s+)?$", re.IGNORECASE)


def _stated(cx: Corpus, o: Claim, rejection: Claim) -> bool:
    """A claim a rejection may answer: it tells of an event and is stated by another voice, not
    denied, negated or of an earlier event, nor set in another town than the rejection's. An
    outlet's own narration is not what a voice it quotes rejects."""
    return (o.id != rejection.id and o.event is not None and o.speaker is not None
            and (o.stance not in REJECTING or writers_doubt(o)) and o.scope == "incident" and o.id not in cx.res.negated
            and not cx.same_voice(o.speaker, rejection.speaker) and not _placed_apart(cx, rejection, o)
            and not (rejection.speaker is None and own_staff(cx, o)))


OWN_STAFF = frozenset({"correspondent", "reporter"})  # an outlet's own people: its narration, not a voice it quotes
OWNED_BY_THE_OUTLET = re.compile(r"\b(?:our|its)\s+$", re.IGNORECASE)


def own_staff(cx: Corpus, c: Claim) -> bool:
    """Is the claim's speaker the outlet's own correspondent ("our correspondent reported", "the
    agency's correspondent in Tyre", "the National News Agency correspondent"), not a foreign one?"""
    if c.speaker is None:
        return False
    words = cx.entity[c.speaker].name.lower().split()
    if not words or words[-1] not in OWN_STAFF:
        return False
    text, outlet = cx.article[c.article].text, (cx.article[c.article].source or "").split()
    for m in cx.entity[c.speaker].mentions:
        if m.article != c.article:
            continue
        before = text[max(0, m.start - 40):m.start] + m.text.rsplit(" ", 1)[0] + " "
        if OWNED_BY_THE_OUTLET.search(before) or m.text.lower().startswith(("our ", "its ")) \
                or (outlet and outlet[0].lower() in before.lower()) or "agency" in before.lower():
            return True
    return False


def _placed_apart(cx: Corpus, a: Claim, b: Claim) -> bool:
    """The two claims' acts are set in towns far apart: their events' places, or, for a denial
    whose event has none, the one town its words name ("denied that it shelled the market in
    Aleppo" answers no account of Homs)."""
    return cx.places_clash(a.id, b.id) or cx.places_apart(cx.event_place(a.id) or _only_place(cx, a),
                                                          cx.event_place(b.id) or _only_place(cx, b))


def _only_place(cx: Corpus, c: Claim) -> str | None:
    places = cx.places(c.id)
    return next(iter(places)) if len(places) == 1 else None


def owner_named(cx: Corpus, rejection: Claim) -> str | None:
    """Whose claim a rejection says it rejects, named with a claim noun in its own sentence ("the
    US comments", "the army's assertion"); None when it names none, or names its own voice. A
    name in the sentence before is often a source of the claim ("according to a UN report. The
    army denied the reports."), not whose claim it is."""
    memo = cx.__dict__.setdefault("_owner_memo", {})  # asked for each rejection and each candidate
    if rejection.id not in memo:
        memo[rejection.id] = _owner_named(cx, rejection)
    return memo[rejection.id]


def _mentions_by_article(cx: Corpus) -> dict[str, list[tuple[int, int, str]]]:
    index = cx.__dict__.get("_mentions_by_article")
    if index is None:
        index = {}
        for (a, s, e), eid in cx.res.entity_of.items():
            index.setdefault(a, []).append((s, e, eid))
        cx.__dict__["_mentions_by_article"] = index
    return index


def _owner_named(cx: Corpus, rejection: Claim) -> str | None:
    text = cx.article[rejection.article].text
    lo, hi = _sentence_starts(text, rejection.start)[-1], rejection.end  # its own sentence's words
    nouns = cue_sets().voiced_nouns
    names = [(s, e, eid) for s, e, eid in _mentions_by_article(cx).get(rejection.article, ()) if lo <= s and e <= hi]
    for m in re.finditer(r"[a-z]+", text[lo:hi]):
        if m.group() not in nouns:
            continue
        at, end = lo + m.start(), lo + m.end()
        for s, e, eid in sorted(names, key=lambda n: -n[1]):
            if (e <= at and OWNER_BEFORE.match(text[e:at])) or (s >= end and OWNER_AFTER.match(text[end:s])) \
                    or (s >= end and OWNER_OF.match(text[end:s]) and not _an_act_next(text, e)):
                if not cx.same_voice(eid, rejection.speaker):
                    return eid
    return None


def _an_act_next(text: str, at: int) -> bool:
    """Does a word naming an act follow ("reports of Russian | shelling", "of the rebels' | shelling": what
    is claimed, not whose)?"""
    word = re.match(r"(?:['’]s?)?\s*([A-Za-z]+)", text[at:at + 30])
    return word is not None and word.group(1).lower() in act_words()


def owned_by(cx: Corpus, owner: str, speaker: str | None) -> bool:
    """Does ``speaker`` speak for ``owner``: the same voice, or one side's?"""
    if speaker is None:
        return False
    sides = cx.voice_sides(owner)
    return cx.same_voice(owner, speaker) or bool(sides and sides & cx.voice_sides(speaker))


def answered_here(cx: Corpus, rejection: Claim, families: tuple[str, ...] | None = None) -> list[Claim]:
    """The claims ``rejection`` answers in its own article, the nearest first: those of the voice
    it names, anywhere in the article, else (it names none, or none that speaks here) those of the
    nearest other voice right before it; of ``families`` only, when the rejection tells what it
    rejects ("denied that rebels had captured Selka" does not answer the residents' air strike)."""
    own = [o for o in cx.claims_by_article.get(rejection.article, ()) if _stated(cx, o, rejection)
           and (families is None or family(o.event.type) in families)]
    owner = owner_named(cx, rejection)
    theirs = [o for o in own if owned_by(cx, owner, o.speaker)] if owner is not None else []
    if theirs:  # what the voice says of the act and its toll before its other words, nearest first
        return sorted(theirs, key=lambda o: (family(o.event.type) not in OF_THE_ACT,
                                             abs(o.start - rejection.start)))[:PER_REJECTION]
    text = cx.article[rejection.article].text
    starts = _sentence_starts(text, rejection.start)
    if rejection.speaker is None and UNRESOLVED.search(text[starts[-1]:rejection.end]):
        return []  # "He dismissed ...", he unknown: his voice cannot be told from the one he answers
    window = starts[max(0, len(starts) - 1 - LOOK_BACK)]
    end = _sentence_end(text, rejection.end)
    # before it, or after it in its own sentence ("denied conducting the strike, which the rebels
    # claimed killed 12"), the nearest first
    before = [o for o in own if window <= o.start < rejection.start]
    after = [o for o in own if rejection.end <= o.start < end and family(o.event.type) in OF_THE_ACT
             and (not before or RELATIVE_AFTER.match(text, rejection.end, min(o.end, o.start + 60)))]
    near = sorted((*before, *after),
                  key=lambda o: rejection.start - o.end if o.start < rejection.start else o.start - rejection.end)
    if not near:
        return []
    voice = cx.voice(near[0].speaker)
    return [o for o in near if cx.voice(o.speaker) == voice][:PER_REJECTION]
