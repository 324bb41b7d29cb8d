"""The distinctive words of a claim, for telling which claims say the same thing in other words:
content words folded to a crude stem, the kinds of people or things they name (through the
taxonomy, so "fighters" meets "insurgents"), and the countries named (so "Pakistan" meets
"Pakistani"). Stop words, reporting and rejection cue words, and the speaker's own name after
"our"/"my" are left out."""

from __future__ import annotations

import functools
import re

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import ancestors, category_of
from ..resolve.actors import countries_named
from .wording import STOP, WORD

OWN_NAME = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+((?:[A-Z][\w-]*\s?){1,4})")  # the speaker's own side, not content
FUNCTION_WORDS = frozenset({"against", "about", "into", "over", "under", "during", "there", "these", "those", "what",
                            "when", "where", "while", "would", "could", "should", "them", "they", "will", "only",
                            "some", "based", "such", "been", "being", "then"})

CALENDAR = frozenset({"january", "february", "march", "april", "june", "july", "august", "september", "october",
                      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "today", "yesterday", "night", "morning", "evening", "week", "month", "year"})


@functools.lru_cache(maxsize=8192)
def anchors(text: str) -> frozenset[str]:
    content = _content(text)
    # "fighters" and "insurgents" are both combatants: the kinds words name, short of the roots
    kinds = {k for w in content if (c := category_of(w)) for k in (c, *ancestors(c)) if ancestors(k)}
    return frozenset(stems(text) | kinds | countries_named(text))


@functools.lru_cache(maxsize=8192)
def stems(text: str) -> frozenset[str]:
    """The content words alone, stemmed: what two texts share word for word."""
    return frozenset(stem(w) for w in _content(text))


def _content(text: str) -> set[str]:
    own = {w.lower() for m in OWN_NAME.finditer(text) for w in WORD.findall(m.group(1))}  # "our Air Force"
    words = {w.lower() for w in WORD.findall(text)} - own
    # figures and dates are compared in their own right (align/figures.py, align/timing.py)
    return {w for w in words if len(w) > 3 and w.isalpha() and w not in STOP and w not in CALENDAR
            and w not in _cue_words()}


def stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


@functools.lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    cues = cue_sets()
    phrases = (*cues.rejection_phrases, *cues.accusation_words)
    return frozenset(cues.deny_verbs | cues.refuse_verbs | cues.claim_nouns | cues.reporting_verbs | FUNCTION_WORDS
                     | {w.lower() for p in phrases for w in WORD.findall(p)}
                     | {"denied", "denies", "rejected", "rejects", "dismissed", "claimed", "reported"})
