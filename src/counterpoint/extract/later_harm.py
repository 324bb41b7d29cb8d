"""What a count adds to the harm already told: a count with "also" adds to the dead already
counted ("20 civilians were also killed"), and words after a count of the wounded may say some of
them died ("two of whom later died"). A part of extract/quantities.py."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def also_harmed(tok) -> bool:
    """"two who are in the hospital have also died", "20 civilians were also killed": a count that
    is the subject of a verb with "also" adds to the dead already told, it is not the whole toll."""
    node = tok
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in node.head.children)
        if node.head.i == node.i or node.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            return False  # "the strike, which killed 12 people, also destroyed homes": its own clause
        node = node.head
    return False


@functools.cache
def _died_later() -> re.Pattern[str]:
    """"... one of them was dead on arrival", "two of whom later died": some of those counted died."""
    from ..nlp.lexicons import cues

    deaths = sorted({" ".join(c.cue.lower().split()) for c in cues().fate_words if c.kind == "killed"}
                    | {"succumbed", "passed away"}, key=len, reverse=True)
    words = "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in deaths)
    # the death is what "one of them" did or underwent, its own verb: "one of them was dead on arrival",
    # "two of whom later died"; not "one of those killed was", "two of them told reporters ... had died"
    helpers = r"(?:\s+(?:later|subsequently|since|also|reportedly|then|has|have|had|was|were|is|are|been))*"
    return re.compile(rf"\b(?:one|two|three|four|five|\d+|some|several|both|many|most)\s+of\s+(?:them|whom)"
                      rf"{helpers}\s+(?:{words})\b", re.IGNORECASE)


def died_later(doc: Doc, end: int) -> bool:
    """Do the words after a count of the wounded say some of them died, in its sentence or the next
    ("took two injured officers to hospital. One of them was dead on arrival")? Then the count is
    of the casualties, killed and wounded, not of the wounded who lived."""
    text = doc.text
    stop = end
    for _ in range(2):  # the rest of this sentence and the next
        nxt = re.search(r"[.!?](?:\s|$)", text[stop:])
        stop = stop + nxt.end() if nxt else len(text)
    return bool(_died_later().search(text, end, stop))
