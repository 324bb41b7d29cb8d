"""Figures told beside the incident's own that count something else: the war's tally ("escalating
a civil war that has killed 40,000 people") or another act's toll ("came two days after a suicide
attack killed 170"). align/figures.py never sets them against the incident's figures."""

from __future__ import annotations

import functools
import re

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import cues
from ..records import Quantity
from .candidates import Corpus

# a full stop after these ends no sentence ("Oct. 27's attacks", "Gen. Haddad", "U.S. forces")
ABBREVIATION = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|"
                          r"Sgt|St|No|Gov|Sen|Rep)|\b[A-Z])$")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after a line break or a full stop that is not an
    abbreviation's."""
    line = text.rfind("\n", 0, pos) + 1
    ends = [line + m.end() for m in re.finditer(r"[.!?]\s", text[line:pos])
            if not ABBREVIATION.search(text[line:line + m.start()])]
    return ends[-1] if ends else line


def other_fact(cx: Corpus, q: Quantity) -> bool:
    """The figure counts another act's dead or the war's, told beside this incident's."""
    return _another_events(cx, q) or _war_tally(cx, q)


def _war_tally(cx: Corpus, q: Quantity) -> bool:
    """"... escalating a civil war that has killed 40,000 people": a figure in a relative clause on
    a war noun (cues.json ``war_nouns``), with no comma between, is the war's tally."""
    memo = cx.__dict__.setdefault("_war_tallies", {})  # asked again for each pair the figure is in
    if q.id not in memo:
        text = cx.article[q.article].text
        memo[q.id] = tells_a_war_tally(text[_sentence_start(text, q.start):q.start])
    return memo[q.id]


def tells_a_war_tally(before: str) -> bool:
    """Do the words of a figure's sentence before it open a clause on a war noun?"""
    m = _war_clause().search(before)
    return m is not None and not (m.group("link").lower() == "that" and TIME_FRAME.search(before, 0, m.start())
                                  and not RUNNING_TOTAL.match(before, m.end("link")))


# "the deadliest incident since the start of the war that it said killed 89": the war only dates the
# comparison, and a clause opened by "that" in the past tells of the incident; "the war, which has
# killed" and "the war that has killed 150" are the war's
TIME_FRAME = re.compile(r"\bsince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:[\w-]+\s+){0,2}$",
                        re.IGNORECASE)
RUNNING_TOTAL = re.compile(r"\s+(?:has|have|had)\b", re.IGNORECASE)


@functools.cache
def _war_clause() -> re.Pattern[str]:
    wars = "|".join(re.escape(w) for w in sorted(cue_sets().war_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{wars})s?\b,?\s+(?P<link>that|which)\b[^.;,]*$", re.IGNORECASE)


def _another_events(cx: Corpus, q: Quantity) -> bool:
    """"The strike came two days after an IS-K suicide attack killed some 170 Afghans": a figure
    told after a lead-in to another act (cues.json ``other_event_lead_ins``) in its clause is that
    act's count. The other act is introduced as one ("a suicide attack", "another strike"), not as
    this one ("two days after the attack, officials said 45 had died"), and no comma sets the
    figure back in the main clause ("The strike, which came after a suicide attack, killed 45")."""
    memo = cx.__dict__.setdefault("_another_events", {})
    if q.id not in memo:
        memo[q.id] = told_of_another_act(cx.article[q.article].text, q.start)
    return memo[q.id]


def told_of_another_act(text: str, pos: int) -> bool:
    """Do the words of its sentence before ``pos`` introduce another act ("in response, the army
    struck Beit Omar and destroyed ...", "two days after a suicide attack killed 170")?"""
    before = " " + " ".join(text[_sentence_start(text, pos):pos].lower().split()) + " "
    if any(before.startswith(f" {c.cue.lower()}, ") for c in cues().other_event_openers):
        return True  # "Elsewhere, Saudi jets pounded Zabid District, killing two civilians"
    return any(_introduces_another_act(before, c.cue.lower(), c.kind == "modifier") for c in cues().other_event_lead_ins)


IRREGULAR_REPORTING = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}
# ", which killed", "(Marun's second city)": a clause or an aside that goes on telling the other act
ASIDE = re.compile(r",\s+(?=(?:which|that|who)\b)|,\s+[^,]{1,40},")


MODIFIER_REACH = 3  # "an earlier Israeli air strike": words from a modifying lead-in to its act noun
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "this", "that"}


def _introduces_another_act(before: str, lead: str, modifier: bool = False) -> bool:
    """After the lead-in, an act is named and the figure follows with no break: "came two days after
    a suicide attack outside the airport killed 170", "after the suicide attack, which killed 170".
    A comma or a verb of saying after the act sets the figure back in this incident ("two days
    after the attack, officials said 45 had died"), and so does a verb of saying before it. A
    ``modifier`` lead-in ("earlier", "previous") names another act only of the noun it qualifies:
    "the official earlier gave a toll of 82" times a statement."""
    at = before.rfind(f" {lead} ")
    if at < 0:
        return False
    fronted = before[:at].strip() in ("", "the")  # the lead-in opens the sentence
    rest = ASIDE.sub(" ", before[at + len(lead) + 2:])
    acts, reporting = cue_sets().act_nouns, cue_sets().reporting_verbs
    words = [w.strip(";:'’\"") for w in rest.split()]
    for i, w in enumerate(words):
        if _reporting(w, reporting) and "lives" not in words[i + 1:i + 3]:  # "claimed the lives of 170" tells a toll
            return False  # "this came after the Houthis claimed that the attack killed 77": this one's toll
        if w.rstrip(",") in acts or w.rstrip(",").rstrip("s") in acts:
            figure = w.rstrip(",") in cue_sets().figure_words  # "Earlier Tuesday, the toll stood at 25"
            if modifier and (i >= MODIFIER_REACH or any(x in DETERMINERS for x in words[:i])) \
                    and not (fronted and not figure and any(x.endswith(",") for x in words[:i])):
                return False  # "the official earlier on Sunday gave a toll": it times a statement; a time
                # set before the sentence ("Earlier Tuesday, an air strike ...", "The previous day, an
                # attack ...") still tells another act
            after = words[i:]
            return not any(x.endswith(",") or (_reporting(x, reporting) and "lives" not in after[j + 1:j + 3])
                           for j, x in enumerate(after))
    return False


def _reporting(word: str, reporting: frozenset[str]) -> bool:
    return bool({word, word[:-1], word[:-2], word[:-3], IRREGULAR_REPORTING.get(word, "")} & reporting)
