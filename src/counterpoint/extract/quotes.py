"""Direct-quote regions in a normalised text (straight double quotes after normalisation).

Newswire convention: a quote that runs over several paragraphs leaves the closing mark off each
paragraph but the last, and opens every continuation paragraph with a quote mark.
"""

from __future__ import annotations


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted material, the quote marks excluded."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None:
            # paragraph break inside an open quote: continue only if the next paragraph reopens it
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            if j < n and text[j] == '"' and "\n" in text[i:j]:
                if i > open_at:
                    regions.append((open_at, i))
                open_at = j + 1
                i = j + 1
                continue
            if "\n" in text[i:j] and j - i >= 1 and text[i:j].count("\n") >= 1:
                # unbalanced quote: close it at the paragraph end
                if i > open_at:
                    regions.append((open_at, i))
                open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = i + 1
            else:
                if i > open_at:
                    regions.append((open_at, i))
                open_at = None
        i += 1
    if open_at is not None and n > open_at:
        regions.append((open_at, n))
    return [r for r in regions if text[r[0]:r[1]].strip()]


def inside(regions: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quote region that covers most of [start, end), if it covers at least half of it."""
    best, best_cover = None, 0
    for qs, qe in regions:
        cover = min(end, qe) - max(start, qs)
        if cover > best_cover:
            best, best_cover = (qs, qe), cover
    if best is not None and best_cover * 2 >= max(1, end - start):
        return best
    return None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """``quote_regions`` of an article's own text: found in its normalised working copy (curly
    quotes made straight), given back as offsets into ``text``."""
    from ..nlp.normalize import working_copy

    wc = working_copy(text)
    return [(wc.to_original[s], wc.to_original[e]) for s, e in quote_regions(wc.text)]
