"""Small helpers shared by the extractors: map Doc offsets back to the article body, trim spans."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..nlp import Annotated

PUNCT_EDGES = " \t\n,;:.-–—\"'()[]"


def to_body(ann: "Annotated", start: int, end: int) -> tuple[int, int, str]:
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


def token_range_chars(doc: "Doc", first: int, last: int) -> tuple[int, int]:
    """Character span of tokens first..last inclusive."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def subtree_bounds(token: "Token", exclude: set[int] | None = None) -> tuple[int, int]:
    """Token index bounds (inclusive) of a token's subtree, skipping excluded token indices."""
    idxs = [t.i for t in token.subtree if not exclude or t.i not in exclude]
    if not idxs:
        return token.i, token.i
    return min(idxs), max(idxs)


def sentence_of(doc: "Doc", char: int) -> "Span | None":
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return None
