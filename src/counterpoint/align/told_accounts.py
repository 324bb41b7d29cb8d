"""Whether the words naming a doer tell an account of this incident: not an act still planned or
tried ("JeM was planning more suicide attacks"), not one behind a lead-in word ("whether it was an
Israeli air strike", "a day after a Ukrainian drone attack"; cues.json unasserted_lead_ins and
other_event_lead_ins), not what a target was mistaken for ("mistaking it for a Hamas operation").
Read by align/perpetrators.py and align/targets.py."""

from __future__ import annotations

import functools
import re

from ..nlp.lexicons import cues


# an act still planned or tried, named right after the planning verb ("JeM was planning more
# suicide attacks", "attempting another attack"): no one's account of who did the incident
PLANNED = re.compile(r"\b(?:planning|plotting|preparing|attempting|trying|plans?|intends?|intending|"
                     r"threaten(?:s|ed|ing)?)\s+(?:to\s+)?(?:(?:more|another|new|further|fresh|an?|the|other|"
                     r"carry\s+out|launch|stage|mount)\s+)*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
PLANNED_ACT = re.compile(PLANNED.pattern[:-1] + r"(?:suicide\s+)?(?:attacks?|strikes?|airstrikes?|raids?|bombings?|"
                         r"assaults?|shelling)\b", re.IGNORECASE)


def planned_act(text: str, act_start: int, act_end: int | None = None) -> bool:
    """Is the act whose words start at ``act_start`` the object of a verb of planning or trying, or
    do its words (to ``act_end``) say the doer only plans one ("were planning more attacks")?"""
    if PLANNED.search(text, max(0, act_start - 60), act_start) is not None:
        return True
    return act_end is not None and PLANNED_ACT.search(text, act_start, act_end) is not None


def asserted_account(text: str, start: int) -> bool:
    """No lead-in word in the sentence shortly before the name keeps it from being an account of
    this incident ("whether it was an Israeli air strike", "had this been an Israeli strike", "a
    day after a Ukrainian drone attack")."""
    sent_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("“", 0, start)) + 1
    article = ARTICLE_AT.match(text, start)  # "not | a Russian attack": the name's own article ends the lead-in
    upto = article.end() if article else start
    before = " " + " ".join(text[max(sent_start, start - 50):upto].lower().split()) + " "
    lead_ins = (*cues().unasserted_lead_ins, *cues().other_event_lead_ins)
    if _mistaken_for().search(text, max(sent_start, start - MISTAKEN_REACH), start):
        return False  # "mistaking it for a Hamas operation": what the target was taken for
    return not any(f" {c.cue} " in before for c in lead_ins)


ARTICLE_AT = re.compile(r"(?:an?|the)\s+", re.IGNORECASE)
MISTAKEN_REACH = 80  # characters before a name back to the words of a mistaken identity


@functools.cache
def _mistaken_for() -> re.Pattern[str]:
    """Words of a mistaken identity (cues.json ``mistaken_identity_words``) whose "for" or "as" the
    name follows, in one clause: "mistook a vehicle with red markings for a | Hamas vehicle"."""
    words = "|".join(r"\s+".join(map(re.escape, c.cue.split())) for c in cues().mistaken_identity_words)
    return re.compile(rf"\b(?:{words})\b[^.;,]*?\b(?:for|as)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
