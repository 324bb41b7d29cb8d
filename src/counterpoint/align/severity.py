"""How badly a counted group was hurt: "seriously injuring 75 others", "12 more sustained critical
injuries", "seven are in critical condition", "three were slightly wounded" (cues.json
``severity_words``). Such a count is of some of the wounded, never all of them, so it is a group
of its own (align/figure_groups.py), whoever they are ("seriously wounded 30 soldiers"): it is
not set against a count of all the wounded ("seriously injuring 75" beside "79 people were
injured"), only against a total too small to hold it (align/figures.py). Two
counts of one severity are not set against each other either: how many are in critical condition
changes by the hour as the hurt die or recover.
"""

from __future__ import annotations

import functools
import re

from ..nlp.lexicons import SEVERITIES, cues
from ..records import Quantity
from .candidates import Corpus

# what a severity word qualifies: a word of hurt ("injured", "injuries", "wounds"), or a condition
HURT = r"(?:injur\w*|wound\w*|hurt|burn(?:s|ed|t)?|casualt(?:y|ies))"
CONDITION = r"(?:in|under)\s+(?:an?\s+)?(?:very\s+|extremely\s+)?{sev}\s+conditions?"
# between the count and its severity: the counted noun, then a copula ("75 others were seriously injured");
# not a word that opens another phrase ("wounded 40 people and badly burned a dozen homes")
LINK_AFTER = r"(?:\s+(?!(?:and|or|but|as|while|with|under|in|of)\b)[a-z]+)?\s+" \
             r"(?:(?:were|are|was|is|have\s+been|has\s+been|had\s+been|remain(?:ed)?|left)\s+)?" \
             r"(?:(?:very|also|still|now|all)\s+)?"


@functools.cache
def _patterns() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    kinds = {c.cue.lower(): c.kind for c in cues().severity_words if c.kind}
    sev = "(" + "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True)) + ")"
    told = rf"(?:{sev}\s+{HURT}|{CONDITION.format(sev=sev)})"
    before = re.compile(rf"\b{sev}\s+{HURT}\s*$", re.IGNORECASE)  # "seriously injuring 75"
    inside = re.compile(rf"\b{told}", re.IGNORECASE)  # "12 more sustained critical injuries"
    after = re.compile(rf"{LINK_AFTER}{told}", re.IGNORECASE)  # "75 others were seriously injured"
    return kinds, before, inside, after


def severity(cx: Corpus, q: Quantity) -> str | None:
    """The severity a wounded count is told with ("grave", "light"), or None for all the wounded."""
    if q.role != "wounded":
        return None
    memo = cx.__dict__.setdefault("_severity", {})  # asked again for each pair the figure is in
    if q.id not in memo:
        memo[q.id] = _told_severity(cx.article[q.article].text, q)
    return memo[q.id]


def _told_severity(text: str, q: Quantity) -> str | None:
    kinds, before, inside, after = _patterns()
    m = before.search(text, max(0, q.start - 40), q.start) or inside.search(q.text) or after.match(text, q.end)
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    return kinds[" ".join(word.lower().split())]


def severity_group(kind: str) -> str:
    """The group a count of the gravely or lightly wounded is compared in, whoever they are
    ("seriously injuring 75 others", "seriously wounded 30 soldiers")."""
    return f"{kind}ly wounded"


def graded(group: str | None) -> bool:
    """Is the group a count of the gravely or lightly wounded?"""
    return group in GRADED


GRADED = frozenset(severity_group(k) for k in SEVERITIES)
