"""Which of an article's labels for an entity a framing finding shows first: its loaded words
before its plain ones, each kind's most used first, words it has not shown yet before repeats of
one ("terrorist organization" after "terrorists" waits), a name-like label by its fullest form
("the Khawarij terrorists" over "Khawarij"). Kept apart from framing.py for size.
"""

from __future__ import annotations

import re

from ..extract.cuesets import cue_sets
from ..records import Mention


def loaded_first(by_conn: dict[str, list[str]], conns: list[str], uses: dict[str, list[Mention]]) -> list[str]:
    """An article's labels: its loaded words before its plain ones ("an armed resistance movement"
    before "the PDF" and "fighters"), each kind's most used first, then varied (``_varied``): its
    share shows how it names them."""
    loaded = [lab for c in conns if c != "neutral" for lab in by_conn[c]]
    plain = by_conn.get("neutral", [])
    return _varied(_most_used(loaded, uses)) + _varied(plain)


def _most_used(labels: list[str], uses: dict[str, list[Mention]]) -> list[str]:
    return sorted(labels, key=lambda lab: -len(uses.get(lab, ())))


def _varied(labels: list[str]) -> list[str]:
    """Labels that repeat no word of an earlier one first ("terrorist organization", "militants",
    "illegal armed groups" before "terrorists"); a label holding every word of an earlier name-like
    one takes its place ("Khawarij terrorists" for "Khawarij"): a share shows different words, not one twice."""
    fresh: list[tuple[str, set[str]]] = []
    repeats: list[str] = []
    for label in labels:
        words = {w.rstrip("s") for w in re.findall(r"[\w'’-]+", label.lower())} - _FUNCTION_WORDS
        fuller = next((i for i, (lab, ws) in enumerate(fresh) if ws < words and lab in cue_sets().label_names), None)
        if fuller is not None:
            repeats.append(fresh[fuller][0])
            fresh[fuller] = (label, words)
        elif any(words & ws for _, ws in fresh):
            repeats.append(label)
        else:
            fresh.append((label, words))
    return [label for label, _ in fresh] + repeats


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "in"})
