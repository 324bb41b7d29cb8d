"""Framing by distance: a word one article sets off with "so-called" (or a like prefix, labels.json
``scare_quote_policy.equivalents``) where another uses the same word plainly ("so-called
‘activists’" / "Activist group the Syrian Observatory"). Names and the loaded labels of entities
are compared in align/framing.py; this reads other words, such as the sources an account rests on."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..extract.label_words import QUOTE_MARKS
from ..nlp.lexicons import category_of, labels, lineage
from .candidates import Corpus
from .findings import MAX_EVIDENCE, Draft, listing, verb_for

MIN_LETTERS = 4
MIN_FOR_A_TYPO = 8  # letters a word needs before one letter in or out of its middle is a typo
QUOTES = QUOTE_MARKS  # the marks that set a word off (extract/label_words.py)


@functools.cache
def _distanced() -> re.Pattern[str]:
    """A distancing prefix and the words it holds off: those in quotes ("so-called ‘activists’"),
    else the first plural noun within three words ("so-called moderate rebels": the group held off
    is "rebels"), which must name people (``_names_people``)."""
    words = sorted(labels().scare_quote_policy.equivalents, key=len, reverse=True)
    prefixes = "|".join(re.escape(w).replace(r"\-", "[- ]") for w in words)
    return re.compile(rf"\b(?i:{prefixes})\s+(?:[{QUOTES}](?P<quoted>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){{0,2}})[,.;!?]?[{QUOTES}]"
                      rf"|(?P<words>(?:[a-z][a-z-]+\s+){{0,2}}?[a-z][a-z-]+s)\b)")


@functools.cache
def _labels() -> frozenset[str]:
    """Words the entity labels already compare ("terrorists", "rebels"): framing.py's, not ours."""
    lex = labels()
    return frozenset(_stem(f) for e in lex.labels for f in (e.term, *e.forms) if " " not in f)


# English agent-noun endings ("activist", "liberator", "volunteer"): a word for people
AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "ee", "eer")


def _names_people(word: str) -> bool:
    """Is the unquoted word held off one for people ("activists", "liberators"; the taxonomy's
    people), not a thing ("chemicals", "zones")? Quoted words are held off whatever they name."""
    category = category_of(word)
    if category is not None:
        return "people" in lineage(category)
    return _stem(word).endswith(AGENT_ENDINGS)


def _stem(word: str) -> str:
    return word.lower().rstrip("s")


def _same_word(a: str, b: str) -> bool:
    """One word, misspelt or not: equal stems, or a long word with one letter in or out of its
    inside ("activisits" / "activists"), not its last; never two endings ("terrorist" / "terrorism",
    "occupier" / "occupied")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1 or len(short) < MIN_FOR_A_TYPO:
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(1, len(long_) - 1))


def distanced_word_drafts(cx: Corpus) -> list[Draft]:
    """One framing finding per incident and word: the articles that hold it off, and those that use
    it plainly. Only lower-case words: a name set off so is compared with its entity. Words inside a
    speaker's quotation are told as the speaker's distance."""
    held: dict[int, dict[str, dict[str, list[tuple[int, int]]]]] = defaultdict(lambda: defaultdict(dict))
    for art in cx.articles:
        for m in _distanced().finditer(art.text):
            head = (m.group("quoted") or m.group("words")).split()[-1]
            # a quoted phrase is held off whole ("so-called “de-escalation zone”": not every "zone")
            stem = " ".join(_stem(w) for w in m.group("quoted").split()) if m.group("quoted") else _stem(head)
            if len(head) < MIN_LETTERS or stem in _labels():
                continue
            if not m.group("quoted") and not _names_people(head):
                continue  # "so-called precursor chemicals" explains a term; it holds no one off
            words = held[cx.component_of[art.id]]
            stem = next((w for w in words if _same_word(w, stem)), stem)
            words[stem].setdefault(art.id, []).append((m.start(), m.end()))
    out = []
    for component, words in held.items():
        arts = [a for a in cx.articles if cx.component_of[a.id] == component]
        for stem, distancing in words.items():
            plain = {a.id: use for a in arts if a.id not in distancing and (use := _plain_use(cx, a.id, stem))}
            if not plain:
                continue
            spans = [(a, *uses[0]) for a, uses in distancing.items()] + [(a, *use) for a, use in plain.items()]
            spans = sorted(spans, key=lambda s: cx.order[s[0]])[:MAX_EVIDENCE]
            held_by = [cx.source(a) for a in distancing]
            used_by = [cx.source(a) for a in plain]
            first, (start, end) = next(iter(distancing)), next(iter(distancing.values()))[0]
            other, (ps, pe) = next(iter(plain.items()))
            # a speaker's quotation is the speaker's distance, which the outlet reports
            quoted = " (in a speaker's words)" if _in_quotation(cx.article[first].text, start) else ""
            out.append(Draft(
                "framing", spans,
                f"{listing(held_by)} {verb_for(held_by, 'holds', 'hold')} a word at a distance{quoted} "
                f"(“{cx.article[first].text[start:end]}”); {listing(used_by)} {verb_for(used_by, 'uses', 'use')} "
                f"it plainly (“{cx.article[other].text[ps:pe]}”).", 0.6, 0.45))
    return out


def _words(cx: Corpus, article: str) -> dict[str, list[tuple[int, int]]]:
    """Each word's stem and its places in the article, read once per article."""
    memo = cx.__dict__.setdefault("_distancing_words", {})
    if article not in memo:
        index: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in re.finditer(r"\b[A-Za-z][A-Za-z-]+\b", cx.article[article].text):
            if len(m.group()) >= MIN_LETTERS:
                index[_stem(m.group())].append((m.start(), m.end()))
        memo[article] = index
    return memo[article]


def _plain_use(cx: Corpus, article: str, stem: str) -> tuple[int, int] | None:
    """The first use of the word (or of every word of a phrase, in order) with no distancing
    prefix or quotes, any case ("Activist group")."""
    text = cx.article[article].text
    if " " in stem:
        pattern = r"\b" + r"\s+".join(re.escape(w) + r"s?" for w in stem.split()) + r"\b"
        uses = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    else:
        uses = sorted(span for w, spans in _words(cx, article).items() if _same_word(w, stem) for span in spans)
    for start, end in uses:
        if (start > 0 and text[start - 1] in QUOTES) or _distanced_before(text[max(0, start - 14):start]):
            continue
        return start, end
    return None


def _distanced_before(before: str) -> bool:
    words = labels().scare_quote_policy.equivalents
    return any(re.search(rf"\b{re.escape(w).replace(chr(92) + '-', '[- ]')}\s+[{QUOTES}]?$", before, re.IGNORECASE)
               for w in words)


def _in_quotation(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation opened earlier in its paragraph ("“These so-called activists
    are lying,” the minister said")?"""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1
