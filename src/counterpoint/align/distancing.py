"""Framing by distance: a word one article sets off with "so-called" (or a like prefix, labels.json
``scare_quote_policy.equivalents``) where another uses the same word plainly ("so-called
‘activists’" / "Activist group the Syrian Observatory"). Names and loaded labels of entities are
compared in align/framing.py; this reads any other word, such as the sources an account rests on."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from rapidfuzz import fuzz

from ..nlp.lexicons import labels
from .candidates import Corpus
from .findings import MAX_EVIDENCE, Draft, listing, verb_for

SAME_WORD = 85  # rapidfuzz ratio: "activisits" (a typo) is "activists"
MIN_LETTERS = 4


@functools.cache
def _distanced() -> re.Pattern[str]:
    """A distancing prefix and the word it holds off, in quotes or not: "so-called ‘activists’"."""
    words = sorted(labels().scare_quote_policy.equivalents, key=len, reverse=True)
    prefixes = "|".join(re.escape(w).replace(r"\-", "[- ]") for w in words)
    return re.compile(rf"\b(?:{prefixes})\s+[\"'“‘«]?(?P<word>[a-z][a-z-]{{{MIN_LETTERS - 1},}})\b")


def _stem(word: str) -> str:
    return word.lower().rstrip("s")


def distanced_word_drafts(cx: Corpus) -> list[Draft]:
    """One framing finding per incident and word: the articles that hold it off, and those that use
    it plainly. Only lower-case words: a name set off so is compared with its entity."""
    held: dict[int, dict[str, dict[str, list[tuple[int, int]]]]] = defaultdict(lambda: defaultdict(dict))
    for art in cx.articles:
        for m in _distanced().finditer(art.text):
            words = held[cx.component_of[art.id]]
            stem = _stem(m.group("word"))
            stem = next((w for w in words if fuzz.ratio(w, stem) >= SAME_WORD), stem)  # one word, misspelt or not
            words[stem].setdefault(art.id, []).append(
                (m.start(), m.end() + (1 if art.text[m.end():m.end() + 1] in "’'\"”»" else 0)))
    out = []
    for component, words in held.items():
        arts = [a for a in cx.articles if cx.component_of[a.id] == component]
        for stem, distancing in words.items():
            plain = {}
            for art in arts:
                if art.id in distancing:
                    continue
                use = _plain_use(art.text, stem)
                if use is not None:
                    plain[art.id] = use
            if not plain:
                continue
            spans = [(a, *uses[0]) for a, uses in distancing.items()] + [(a, *use) for a, use in plain.items()]
            spans = sorted(spans, key=lambda s: cx.order[s[0]])[:MAX_EVIDENCE]
            held_by = [cx.source(a) for a in distancing]
            used_by = [cx.source(a) for a in plain]
            first, (start, end) = next(iter(distancing.items()))[0], next(iter(distancing.values()))[0]
            out.append(Draft(
                "framing", spans,
                f"{listing(held_by)} {verb_for(held_by, 'holds', 'hold')} a word at a distance "
                f"(“{cx.article[first].text[start:end]}”); {listing(used_by)} {verb_for(used_by, 'uses', 'use')} "
                f"it plainly (“{cx.article[next(iter(plain))].text[slice(*next(iter(plain.values())))]}”).",
                0.6, 0.45))
    return out


def _plain_use(text: str, stem: str) -> tuple[int, int] | None:
    """The first use of the word with no distancing prefix or quotes, any case ("Activist group")."""
    for m in re.finditer(r"\b[A-Za-z][a-z-]+\b", text):
        if fuzz.ratio(_stem(m.group()), stem) < SAME_WORD or len(m.group()) < MIN_LETTERS:
            continue
        quoted = m.start() > 0 and text[m.start() - 1] in "‘“\"'«"
        if quoted or _distanced_before(text[max(0, m.start() - 14):m.start()]):
            continue
        return m.start(), m.end()
    return None


def _distanced_before(before: str) -> bool:
    words = labels().scare_quote_policy.equivalents
    return any(re.search(rf"\b{re.escape(w).replace(chr(92) + '-', '[- ]')}\s+[\"'“‘«]?$", before, re.IGNORECASE)
               for w in words)
