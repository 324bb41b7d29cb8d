"""Shared wording: two articles describing the same thing in the same distinctive words ("the
second largest city"), which agree even where no figure or event is compared; and the same short
words quoted in two articles (an inscription, a slogan, a phrase of a statement: “For the
children” / “for our children”), which agree on what was written or said."""

from __future__ import annotations

import re
from collections import defaultdict

from ..extract.quotes import quoted_spans
from ..nlp.lexicons import category_of, labels
from .candidates import Corpus
from .findings import Draft

WORD = re.compile(r"[A-Za-z][a-z]+|\d[\d,.]*\d|\d")
STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "from", "that", "this",
        "was", "were", "is", "are", "has", "have", "had", "be", "been", "it", "its", "their", "his", "her", "as",
        "after", "before", "said", "says", "also", "which", "who", "not", "but", "than", "more"}


SENTENCE_BREAK = re.compile(r"[;:!?\n]|\.\s+[A-Z]")  # not the dots of "U.S. forces" or "10 a.m. shelling"


def _trigrams(text: str) -> list[tuple[tuple[str, str, str], int, int]]:
    """Lower-case trigrams of consecutive content words (stop words and names skipped)."""
    words = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]
    # a number before a counted noun ("14 civilians") is a figure, compared in align/figures.py
    figures = {n for n, w in enumerate(words[:-1]) if w[0][0].isdigit() and category_of(words[n + 1][0])}
    content = [(n, w) for n, w in enumerate(words) if w[0] not in STOP and n not in figures]
    out = []
    for i in range(len(content) - 2):
        (na, a), (nb, b), (nc, c) = content[i:i + 3]
        # the three words sit together: at most two stop words between neighbours, and nothing
        # but spaces and those words ("elements that planned", not across a sentence)
        if nb - na > 3 or nc - nb > 3 or SENTENCE_BREAK.search(text[a[2]:c[1]]):
            continue
        if sum(w[0].isalpha() for w in (a, b, c)) < 2:
            continue  # "100 to 300" alone is a figure, compared elsewhere; "the 100-to-300 spectrum" is wording
        out.append(((a[0], b[0], c[0]), a[1], c[2]))
    return out


def wording_drafts(cx: Corpus, limit: int = 5) -> list[Draft]:
    # no capitals: names are compared elsewhere (figures join only beside two words)
    seen: dict[tuple, list[tuple[str, int, int]]] = defaultdict(list)
    for a in cx.articles:
        for gram, s, e in _trigrams(a.text):
            if not any(ch.isupper() for ch in a.text[s:e]):
                seen[gram].append((a.id, s, e))
    shared: list[list[tuple[str, int, int]]] = []
    for gram, where in seen.items():
        arts = list(dict.fromkeys(w[0] for w in where))
        if len(arts) < 2 or len(arts) > 4:
            continue  # a phrase many articles use is the story's boilerplate, not shared framing
        arts = [a for a in arts if any(cx.comparable(a, b) for b in arts if b != a)]
        if len(arts) < 2 or len(arts) > max(2, len(cx.articles) - 1):
            continue
        shared.append([next(w for w in where if w[0] == art) for art in arts][:4])
    out = []
    # the longest shared passages first: a sentence quoted alike says more than a common phrase
    runs = sorted(_merge_runs(shared), key=lambda spans: (-(spans[0][2] - spans[0][1]), spans))[:limit]
    for spans in runs:
        spans = [(a, s, _word_end(cx.article[a].text, e)) for a, s, e in spans]
        arts = [a for a, _, _ in spans]
        first = spans[0]
        phrase = " ".join(cx.article[first[0]].text[first[1]:first[2]].split())
        out.append(Draft("agree", spans, f"{' and '.join(cx.source(a) for a in arts[:3])} use the same words: "
                                         f"“{phrase}”.", 0.5, 0.2))
    out.sort(key=lambda d: d.evidence)
    return out


def _word_end(text: str, end: int) -> int:
    """The end of the whitespace-separated word a span stops inside ("the 100" of "the
    100-to-300 spectrum" runs to "100-to-300"), without trailing punctuation."""
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > 0 and text[end - 1] in ",.;:!?)”’\"'":
        end -= 1
    return end


def _merge_runs(shared: list[list[tuple[str, int, int]]]) -> list[list[tuple[str, int, int]]]:
    """Overlapping trigrams shared by the same articles are one passage ("whether carried out by
    state forces" is one shared phrase, not four)."""
    runs: list[list[tuple[str, int, int]]] = []
    for spans in sorted(shared):
        last = runs[-1] if runs else None
        if last is not None and [a for a, _, _ in last] == [a for a, _, _ in spans] and all(
                s <= e0 + 1 for (_, _, e0), (_, s, _) in zip(last, spans)):
            runs[-1] = [(a, s0, max(e0, e)) for (a, s0, e0), (_, _, e) in zip(last, spans)]
        else:
            runs.append(spans)
    return runs


QUOTE_WORDS = (2, 12)  # a quote of this many words is a phrase; longer ones share wording above
FILLER = {"the", "a", "an", "our", "my", "your", "their", "his", "her", "its", "this", "that"}
QUOTE_WORD = re.compile(r"[\w'-]+")


def _quote_key(quoted: str) -> tuple[str, ...]:
    """The quoted words, lower-case, without articles and possessive determiners, so that one
    phrase in two translations or two house styles is one key ("For the children", "for our children")."""
    return tuple(w for w in (m.group().lower() for m in QUOTE_WORD.finditer(quoted)) if w not in FILLER)


def _label_forms() -> set[tuple[str, ...]]:
    return {_quote_key(f) for entry in labels().labels for f in entry.forms}


def quote_drafts(cx: Corpus, limit: int = 3) -> list[Draft]:
    """Short phrases two or more comparable articles both quote: one agreement per phrase and
    incident, the longest first, ``limit`` per incident. A quoted label ("terrorists", “special
    military operation”) is framing, compared in align/framing.py, and a phrase of one content word
    or less says too little."""
    labelled = _label_forms()
    seen: dict[tuple[int, tuple[str, ...]], list[tuple[str, int, int]]] = defaultdict(list)
    for a in cx.articles:
        for start, end in quoted_spans(a.text):
            key = _quote_key(a.text[start:end])
            lo, hi = QUOTE_WORDS
            if not lo <= len(key) <= hi or key in labelled or sum(w not in STOP for w in key) < 1:
                continue
            slot = (cx.component_of[a.id], key)
            if not any(w[0] == a.id for w in seen[slot]):
                seen[slot].append((a.id, start, end))
    out = []
    per_incident: dict[int, int] = defaultdict(int)
    for (component, key), where in sorted(seen.items(), key=lambda kv: (-len(kv[0][1]), kv[0])):
        arts = [w[0] for w in where]
        arts = [x for x in arts if any(cx.comparable(x, y) for y in arts if y != x)]
        if len(arts) < 2 or per_incident[component] >= limit:
            continue
        per_incident[component] += 1
        spans = [w for w in where if w[0] in arts][:4]
        phrase = " ".join(cx.article[spans[0][0]].text[spans[0][1]:spans[0][2]].split())
        out.append(Draft("agree", spans, f"{' and '.join(cx.source(x) for x, _, _ in spans)} quote the same "
                                         f"words: “{phrase}”.", 0.55, 0.3))
    return out
