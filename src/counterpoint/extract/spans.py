"""Small helpers shared by the extractors: map Doc offsets back to the article body, trim spans."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..nlp import Annotated

PUNCT_EDGES = " \t\n,;:.-–—\"'()[]"


def to_body(ann: Annotated, start: int, end: int) -> tuple[int, int, str]:
    """Doc character offsets -> (start, end, text) in the article body."""
    s, e = ann.norm.original_span(start, end)
    return s, e, ann.article.text[s:e]


def trim(text: str, start: int, end: int, edges: str = PUNCT_EDGES) -> tuple[int, int]:
    """Shrink [start, end) past punctuation and spaces at both ends (never to empty)."""
    s, e = start, end
    while s < e and text[s] in edges:
        s += 1
    while e > s and text[e - 1] in edges:
        e -= 1
    return (s, e) if s < e else (start, end)


def token_range_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Character span of tokens first..last inclusive."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def subtree_bounds(token: Token, exclude: set[int] | None = None) -> tuple[int, int]:
    """Token index bounds (inclusive) of a token's subtree, skipping excluded token indices."""
    idxs = [t.i for t in token.subtree if not exclude or t.i not in exclude]
    if not idxs:
        return token.i, token.i
    return min(idxs), max(idxs)


def sentence_of(doc: Doc, char: int) -> Span | None:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return None


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Per token index, the (start, end) token bounds of its sentence; computed once per Doc
    (Token.sent walks the whole Doc each time)."""
    cached = doc.user_data.get("cp_sentence_spans")
    if cached is None:
        cached = [(0, 0)] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                cached[i] = (sent.start, sent.end)
        doc.user_data["cp_sentence_spans"] = cached
    return cached


def phrase_index(doc: Doc, table: str, phrases: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[int, int]]]:
    """Every occurrence of a lexicon's phrases in a Doc, matched once on words or their lemmas
    ("pull troops" finds "pulling troops"): phrase -> [(first token, last token)]."""
    key = f"cp_phrases_{table}"
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    firsts: dict[str, list[str]] = {}
    for phrase, _ in phrases:
        firsts.setdefault(phrase.split()[0], []).append(phrase)
    out: dict[str, list[tuple[int, int]]] = {}
    n = len(doc)
    lowers = [t.lower_ for t in doc]
    lemmas = [t.lemma_.lower() for t in doc]
    for i in range(n):
        for word in {lowers[i], lemmas[i]}:
            for phrase in firsts.get(word, ()):
                words = phrase.split()
                if i + len(words) > n:
                    continue
                if all(words[k] in (lowers[i + k], lemmas[i + k]) or (words[k] == "#" and doc[i + k].like_num)
                       for k in range(len(words))):
                    out.setdefault(phrase, []).append((i, i + len(words) - 1))
    doc.user_data[key] = out
    return out


def text_of(doc: Doc) -> str:
    """The Doc's text, built once (``Doc.text`` joins every token on each access)."""
    cached = doc.user_data.get("cp_text")
    if cached is None:
        cached = doc.user_data["cp_text"] = doc.text
    return cached


def first_line_headline_end(text: str) -> int:
    """Where a first line that is a headline ends (no sentence ending closes it), else 0."""
    line_end = text.find("\n")
    if line_end <= 0:
        return 0
    return 0 if text[:line_end].rstrip().endswith((".", "!", "?", "\"", "”")) else line_end
