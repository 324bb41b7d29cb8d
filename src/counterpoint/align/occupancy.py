"""Was the site in use? One voice says the site hit was idle ("a non-functioning shopping centre",
"the mall itself was allegedly not working at the time"; cues.json ``idle_site_words``), another
that people were there ("a busy shopping centre", ``busy_site_words``; "around 1,000 people were
inside at the time of the strike", ``presence_words``). The idle account answers the accounts of
the people there, as a voice saying its strikes spare civilians does (align/victims.py): per
incident and kind of site, one dispute for each article telling of people there, with every
article's words of the idle account. Articles relaying the same idle account agree."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator

from ..nlp.lexicons import category_of, cue_regex
from .accounts import GENERIC_SITES, Told, claim_at, each_against, one_each, phrases, quoted, sentence_bounds, \
    site_names, who
from .candidates import Corpus
from .findings import Draft, listing
from .harm import ACT_WORDS

# words between "was" and the state: "the mall itself was allegedly not working"
ADVERBS = r"(?:\s+(?:allegedly|reportedly|apparently|already|still|then|completely|totally|largely|mostly))*"
OPENING = "[«\"“‘']"
QUOTE = rf"\s*{OPENING}?\s*"  # "the shopping center was «not functioning»"
OPENING_QUOTE = re.compile(rf"{OPENING}\s*$")
CLOSING_QUOTES = "»\"”’'"
GAP = r"(?:\s+[\w’'-]+)?"  # "a non-functioning [large] shopping centre"; not "an empty field near houses"
# "at that time there were about a thousand people"
THERE_WERE = re.compile(r"\bthere\s+(?:were|was)\s+$", re.IGNORECASE)
PER_SIDE = 6  # articles shown for the idle account; the last span is the people there


@functools.cache
def _state(section: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the state's words; a site's name right after them; a site's name and a verb of being
    ending right before them). The long list of site names is tried only where the few state
    words are: one pattern of both runs many times slower."""
    return (re.compile(rf"\b{phrases(section)}\b", re.IGNORECASE),
            re.compile(rf"{GAP}\s+{site_names('before')}\b", re.IGNORECASE),
            re.compile(rf"\b{site_names('after')}(?:\s+(?:itself|nearby))?(?:\s*,\s*(?:which|that))?\s+"
                       rf"(?:was|were|is|are|had\s+been|has\s+been){ADVERBS}{QUOTE}$", re.IGNORECASE))


REACH_BEFORE = 90  # characters before the state's words where the site and "was" may be


def _state_matches(text: str, section: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, site) of each site said to be in the section's state: the state's words
    right before its name ("a non-functioning shopping centre"), or after it and a verb of being
    ("the mall itself was allegedly not working", "the shopping center nearby, which was not
    functioning")."""
    words, site_follows, site_precedes = _state(section)
    since = cue_regex("state_since_words")
    for w in words.finditer(text):
        if since.match(text, w.end()) or since.match(text, w.end() + 1):
            continue  # "the hospital is not functioning now", "not operating at full capacity": after the strike
        if (m := site_follows.match(text, w.end())) is not None:
            yield w.start(), m.end(), m.group("before")
        elif (m := site_precedes.search(text, max(0, w.start() - REACH_BEFORE), w.start())) is not None:
            opened = OPENING_QUOTE.search(text, m.start(), w.start()) is not None
            closed = opened and w.end() < len(text) and text[w.end()] in CLOSING_QUOTES
            yield m.start(), w.end() + closed, m.group("after")  # 'was «not functioning»', quotes and all


@functools.cache
def _presence() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words right after a count saying the people were there, the same ending a count's words)."""
    words = phrases("presence_words")
    return (re.compile(rf"\s*(?:(?:were|was|had\s+been|are)\s+)?(?:still\s+)?{words}\b", re.IGNORECASE),
            re.compile(rf"\b{words}$", re.IGNORECASE))


def _stated(cx: Corpus, section: str) -> list[Told]:
    """The sites said to be in the section's state, in a sentence telling of the act."""
    out = []
    for article, art in cx.article.items():
        for start, end, site in _state_matches(art.text, section):
            c = claim_at(cx, article, start)
            kind = category_of(" ".join(site.lower().split()))
            if c is not None and kind is not None and _tells_the_act(art.text, start, end):
                out.append(Told(c, start, end, kind, " ".join(site.split())))
    return out


def _plural(name: str) -> bool:
    return name.endswith("s") and not name.endswith("ss")


def _tells_the_act(text: str, start: int, end: int) -> bool:
    """The idle site is the one hit: its sentence tells the act or its harm ("caused a fire in a
    non-functioning shopping centre"), not "Syrians walk past an empty vegetable market"."""
    first, last = sentence_bounds(text, start, end)
    return bool(ACT_WORDS.search(text, first, last) or cue_regex("struck_site_words").search(text, first, last))


def _people_there(cx: Corpus) -> list[Told]:
    """Counts of people at the site when it was hit ("around 1,000 people were inside", "with more
    than a thousand people on the premises", "at that time there were about a thousand people"),
    with the kind of site their sentence names, if any."""
    after, ending = _presence()
    out = []
    for q in cx.quantities:
        if not q.low or q.category is None or "people" not in (q.category, *cx.ancestors.get(q.category, ())):
            continue
        text = cx.article[q.article].text
        tail = after.match(text, q.end)
        there_were = q.role is None and THERE_WERE.search(text, max(0, q.start - 20), q.start) is not None
        there = ending.search(q.text) or tail or there_were
        c = claim_at(cx, q.article, q.start) if there else None
        if c is None:
            continue
        end = tail.end() if tail else q.end
        kind = _site_of_sentence(text, q.start, end)
        first, _ = sentence_bounds(text, q.start, end)
        if kind is None and not _tells_the_act(text, q.start, end) and not (
                there_were and first > 0 and _tells_the_act(text, first - 1, first - 1)):
            # "journalists were present at a press conference": neither the act nor a site told; "At
            # that time there were about a thousand people" may follow the sentence telling the act
            continue
        out.append(Told(c, q.start, end, kind))
    return out




def _site_of_sentence(text: str, start: int, end: int) -> str | None:
    """The kind of site the sentence around ``start:end`` names outside those words ("the shopping
    centre was hit ... and around 1,000 people were inside"), if any but a generic one."""
    first, last = sentence_bounds(text, start, end)
    for m in re.finditer(rf"\b{site_names('s')}\b", text[first:last], re.IGNORECASE):
        if first + m.start() < end and start < first + m.end():
            continue
        kind = category_of(" ".join(m.group("s").lower().split()))
        if kind is not None and kind not in GENERIC_SITES:
            return kind
    return None


def occupancy_drafts(cx: Corpus) -> list[Draft]:
    """Per incident and kind of site: an agreement among the articles saying it was not in use,
    and a dispute of that account against the voices saying people were there."""
    idle: dict[tuple[int, str], list[Told]] = defaultdict(list)
    for t in _stated(cx, "idle_site_words"):
        idle[(cx.component_of[t.claim.article], t.kind)].append(t)
    busy: dict[int, list[Told]] = defaultdict(list)
    for t in (*_stated(cx, "busy_site_words"), *_people_there(cx)):
        busy[cx.component_of[t.claim.article]].append(t)
    out = []
    for (component, kind), said in idle.items():
        shown = one_each(cx, said)[:PER_SIDE]
        site = said[0].site.lower()
        if len(shown) >= 2:
            out.append(Draft("agree", [(t.claim.article, t.start, t.end) for t in shown],
                             f"{listing([who(cx, t) for t in shown])} say the {site} was not in use "
                             f"({quoted(cx, shown)}).", 0.6, 0.5, claims=[t.claim.id for t in shown]))
        voices = {cx.voice(t.claim.speaker) for t in said} - {None}
        claims = {t.claim.id for t in said}
        others = [t for t in busy[component] if t.kind in (kind, None) and t.claim.id not in claims
                  and not any(cx.same_voice(t.claim.speaker, v) for v in voices)]
        # two accounts of the people there ("about a thousand people" / "more than a thousand
        # people on the premises") agree with each other
        out += each_against(cx, f"{'Were' if _plural(site) else 'Was'} the {site} in use?", shown, others,
                            "not in use", "people were there")
    return out
