"""Shared wording: overlapping trigrams shared by the same articles make one passage."""

from __future__ import annotations

from counterpoint.align.wording import _merge_runs


def test_overlapping_trigrams_of_the_same_articles_merge_into_one_passage() -> None:
    shared = [
        [("a1", 10, 30), ("a2", 100, 120)],
        [("a1", 16, 38), ("a2", 106, 128)],
        [("a1", 200, 220), ("a2", 300, 320)],  # a second, separate passage
        [("a1", 21, 40), ("a3", 50, 69)],  # the same words in another pair of articles
    ]
    runs = _merge_runs(shared)
    assert [("a1", 10, 38), ("a2", 100, 128)] in runs
    assert [("a1", 200, 220), ("a2", 300, 320)] in runs
    assert [("a1", 21, 40), ("a3", 50, 69)] in runs
    assert len(runs) == 3
