"""Small text helpers the align modules share: where a clause starts, where a word starts."""

from __future__ import annotations

import functools
import re

from ..extract.label_words import QUOTE_MARKS
from ..nlp.lexicons import cue_regex, cues, events

# a break between clauses: punctuation that ends one, a conjunction or a subordinator that starts another
CLAUSE_BREAK = re.compile(r"[;:()]|,\s*(?:and|but|while|as|which|who)\b|\b(?:but|while|although|after|before)\b",
                          re.IGNORECASE)
NON_WORD = re.compile(r"\W+")


def clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last clause break since the sentence's start."""
    breaks = list(CLAUSE_BREAK.finditer(text, sentence_start, at))
    start = breaks[-1].end() if breaks else sentence_start
    while start < at and (text[start].isspace() or text[start] in ",\"“”'‘’"):
        start += 1
    return start


def scare_quoted(cue: str | None) -> bool:
    """A cue that is an act set in quotation marks ('a "car bomb"'; extract/stance.py)."""
    return bool(cue) and len(cue) > 2 and cue[0] in QUOTE_MARKS and cue[-1] in QUOTE_MARKS



def plural(term: str) -> str:
    """The plural a list of kinds of things needs ("children" and "babies" as they are, "mall" ->
    "malls", "facility" -> "facilities")."""
    if term.endswith(("ren", "men", "ies", "s")):
        return term
    return term[:-1] + "ies" if term.endswith("y") and term[-2:-1] not in "aeiou" else term + "s"


def word_start(text: str, at: int) -> int:
    """``at``, or the start of the next word when ``at`` falls inside one."""
    if at > 0 and text[at - 1].isalnum() and text[at].isalnum():
        nxt = NON_WORD.search(text, at)
        return nxt.end() if nxt else at
    return at


CLAUSE_END = re.compile(r"[,;:.!?\n]")


def dated_earlier(text: str, end: int) -> bool:
    """"condemned the Houthi attacks against civilian objects in Abu Dhabi days earlier": the rest
    of the clause after ``end`` dates what it tells before the incident (cues.json
    ``earlier_time_tails``)."""
    stop = CLAUSE_END.search(text, end)
    return cue_regex("earlier_time_tails").search(text, end, stop.start() if stop else len(text)) is not None


def inflections(word: str) -> set[str]:
    """A lexicon word's English forms ("wound": wounds, wounded, wounding; "casualty":
    casualties; "strike": strikes, striking, and the irregular "struck" of the few verbs of
    striking and taking whose past is not made with "-ed")."""
    if word.endswith("y"):  # "deny": denies, denied, denying; "destroy": destroys, destroyed, destroying
        stem = word[:-1] + "i" if word[-2:-1] not in "aeiou" else word
        return {word, f"{stem}es" if stem != word else f"{word}s", f"{stem}ed", f"{word}ing",
                *IRREGULAR_PAST.get(word, ())}
    root = word[:-1] if word.endswith("e") else word
    return {word, f"{word}s", f"{word}es", f"{word}d", f"{root}ed", f"{root}ing", *IRREGULAR_PAST.get(word, ())}


# English morphology, not knowledge of conflicts: pasts of verbs of striking, taking and saying
IRREGULAR_PAST = {"strike": ("struck",), "shoot": ("shot",), "take": ("took", "taken"),
                  "retake": ("retook", "retaken"), "overrun": ("overran",), "fight": ("fought",),
                  "hit": ("hit",), "bring": ("brought",), "lead": ("led",), "say": ("said",), "tell": ("told",),
                  "write": ("wrote", "written")}


@functools.cache
def act_words() -> frozenset[str]:
    """The words of the event lexicon's acts in their forms ("clash": clashes; "fight": fighting,
    fought): what names an attack or a battle, not who or what took part."""
    return frozenset(f for t in events().types for w in t.lemmas for f in inflections(w))



def _clause_words(text: str, lo: int, at: int) -> list[str]:
    """The words of the clause before ``at``, from no earlier than ``lo`` (a claim's start), up to a
    comma, an "and" or a clause break, as written."""
    start = clause_start(text, lo, at)
    start = max(start, text.rfind(",", start, at) + 1, *(m.end() for m in AND.finditer(text, start, at)))
    return re.findall(r"[\w'’]+", text[start:at])


AND = re.compile(r"\sand\s", re.IGNORECASE)
NEGATION_REACH = 3  # words right before what a negation denies: "were not given advance warning"


def said_not(text: str, lo: int, at: int) -> bool:
    """Is what starts at ``at`` said not to be so by a word right before it in its clause ("were not
    given advance warning", "no weapons were stored", "didn't")? cues.json ``clause_negations``."""
    words = [w.lower() for w in _clause_words(text, lo, at)][-NEGATION_REACH:]
    negations = {c.cue for c in cues().clause_negations}
    return any(w in negations or w.endswith(("n't", "n’t")) for w in words)


def left_open(text: str, lo: int, at: int) -> bool:
    """Is what starts at ``at`` left open earlier in its clause ("unclear whether an evacuation
    order had been issued")? cues.json ``clause_hedges``, in lower case as written ("On 5 May" is a
    month)."""
    hedges = {c.cue for c in cues().clause_hedges}
    return any(w in hedges for w in _clause_words(text, lo, at))
