"""Which items a finding shows (texts written here)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from counterpoint.align.candidates import Corpus
from counterpoint.align.selection import per_article
from counterpoint.pipeline import extract_only
from counterpoint.records import Article
from counterpoint.resolve import resolve

pytestmark = pytest.mark.model


def test_per_article_takes_each_articles_body_items_first_and_keeps_the_order_given() -> None:
    @dataclass(frozen=True)
    class Item:
        article: str
        start: int

    arts = [Article("a1", "Strike hits camp\n\nA strike hit the camp on Monday, officials said.", source="X",
                    date="2024-05-03"),
            Article("a2", "A strike hit the camp on Monday, medics said.", source="Y", date="2024-05-03")]
    cx = Corpus(arts, resolve(arts, extract_only(arts), ""))
    headline, body, other, later = Item("a1", 0), Item("a1", 20), Item("a2", 2), Item("a2", 30)
    assert per_article([headline, other, body, later], 8, cx) == [other, body]  # the body's, in the order given
    assert per_article([headline, other, body, later], 8, cx, each=2) == [headline, other, body, later]
    assert per_article([later, other, body], 2, cx) == [later, body]  # room for two
    assert per_article([headline], 8, cx) == [headline]  # a headline's when the article has no other
