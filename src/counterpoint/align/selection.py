"""Which items a finding shows: a few from each article, the body's before a headline's, then each
article's later ones in turn, up to the room a finding has."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .candidates import Corpus

T = TypeVar("T")


def per_article(items: Iterable[T], room: int, cx: Corpus, each: int = 1) -> list[T]:
    """At most ``room`` of the items (figures, names: anything with an article and a start),
    ``each`` of each article, in the order given; a body's before a headline's, since the body
    is what a reader checks."""
    items = list(items)
    # body items first, each part in the order given (a stable sort on "in the headline")
    order = sorted(range(len(items)), key=lambda i: items[i].start < cx.headline_end(items[i].article))
    taken: Counter[str] = Counter()
    chosen: list[int] = []
    for i in order:
        if taken[items[i].article] < each:
            taken[items[i].article] += 1
            chosen.append(i)
    return [items[i] for i in sorted(chosen)][:max(room, 0)]


MAX_EACH = 3  # spans of one article in one side of a finding, at most


def more_of_each(chosen: list[T], pools: Sequence[Sequence[T]], room: int) -> list[T]:
    """Items beyond ``chosen`` to fill ``room`` spans: each pool's second item of an article, then
    its third, taking from the pools in turn. An article that says it twice in other words ("the
    Israeli attack", later "an Israeli air strike") is shown saying it both times."""
    extra: list[T] = []
    for level in range(2, MAX_EACH + 1):
        for pool in pools:
            in_pool = [c for c in chosen + extra if c in pool]
            for x in pool:
                if len(extra) >= room:
                    return extra
                taken = chosen + extra
                if x not in taken and sum(c.article == x.article for c in in_pool) < level \
                        and not any(c.article == x.article and _overlap(c, x) for c in taken):
                    extra.append(x)
                    in_pool.append(x)
    return extra


def first_then_more(cx: Corpus, per_article: dict[str, list[T]], room: int = 8) -> tuple[list[T], list[T]]:
    """Each article's first item in article order (at most ``room`` articles), and those items with
    each article's later ones added in turn to fill ``room``, in text order: what an agreement
    quotes, and what it shows."""
    arts = sorted(per_article, key=cx.order.get)[:room]
    chosen = [per_article[a][0] for a in arts]
    shown = chosen + more_of_each(chosen, [per_article[a] for a in arts], room - len(chosen))
    shown.sort(key=lambda x: (cx.order[x.article], x.start))
    return chosen, shown


def _overlap(a, b) -> bool:
    """Do two items' spans share a character (an item with no end is one character long)?"""
    return a.start < getattr(b, "end", b.start + 1) and b.start < getattr(a, "end", a.start + 1)
