"""Counts of none that are not the whole story: none known yet ("no confirmed deaths", "no
casualties were reported yet") or none in one phase of the act ("no civilians were killed in the
final stage of the operation"). A later or a whole-incident count completes them rather than
contradicting them (align/harm.py, align/figures.py)."""

from __future__ import annotations

from ..nlp.lexicons import cue_regex
from ..records import Quantity
from .candidates import Corpus

NONE_REACH = 30  # characters around a count of none, in its clause, that may say it is a count so far
PHASE_REACH = 60  # characters after it, in its clause, that may limit it to one phase of the act


def none_so_far(cx: Corpus, q: Quantity) -> bool:
    """"no confirmed deaths", "no deaths or confirmed injuries", "have so far caused no
    casualties", "no casualties were reported yet": none known yet, which a later count completes
    rather than contradicts (cues.json ``provisional_none_words`` in the count's own clause; "no
    casualties, the army reported" is a statement of none)."""
    text = cx.article[q.article].text
    # within the count's own clause: "have so far caused no casualties", "no casualties were
    # reported yet"; not past a comma (", the army reported" is who says it)
    lo = max(q.start - NONE_REACH, *(text.rfind(ch, 0, q.start) + 1 for ch in ".,;\n"))
    hi = min(q.end + NONE_REACH, _clause_end(text, q.end))
    return bool(q.preliminary or cue_regex("provisional_none_words").search(text, lo, hi))


def phase_of(cx: Corpus, q: Quantity) -> str | None:
    """The phase of the act a count is limited to, in its clause right after it ("no civilians were
    killed in the final stage of the operation": "final stage"; cues.json ``phase_limits``), or None.
    A count of none in one phase answers only a count of that phase."""
    text = cx.article[q.article].text
    m = cue_regex("phase_limits").search(text, q.end, min(q.end + PHASE_REACH, _clause_end(text, q.end)))
    return " ".join(m.group().lower().split()) if m else None


def limited_none(cx: Corpus, zero: Quantity, other: Quantity) -> bool:
    """Is a count of none no rival to ``other``: none known yet, or none in a phase of the act that
    ``other`` does not count ("no civilians were killed in the final stage" / "50 passengers killed")?"""
    if none_so_far(cx, zero):
        return True
    phase = phase_of(cx, zero)
    return phase is not None and phase_of(cx, other) != phase


def _clause_end(text: str, start: int) -> int:
    return min([i for i in (text.find(ch, start) for ch in ".,;\n") if i >= 0] + [len(text)])
