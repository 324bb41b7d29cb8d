"""Shared wording: overlapping trigrams shared by the same articles make one passage."""

from __future__ import annotations

import pytest

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


def test_content_words_with_stop_words_between_make_a_trigram_but_not_across_a_sentence() -> None:
    from counterpoint.align.wording import _trigrams

    grams = {g for g, _, _ in _trigrams("an operation to target elements that planned and executed the attack")}
    assert ("target", "elements", "planned") in grams and ("elements", "planned", "executed") in grams
    grams = {g for g, _, _ in _trigrams("the convoy stopped. Elements planned nothing")}
    assert ("stopped", "elements", "planned") not in grams
    grams = {g for g, _, _ in _trigrams("U.S. forces shelled positions near the river")}
    assert ("forces", "shelled", "positions") in grams
    grams = {g for g, _, _ in _trigrams("troops shelled one of the villages in the north")}
    assert ("shelled", "one", "villages") in grams
    assert ("one", "villages", "north") not in {g for g, _, _ in _trigrams("one of them in the many other villages of the far north")}


def test_the_longest_shared_passage_is_kept_when_there_are_many() -> None:
    from counterpoint.align.candidates import Corpus
    from counterpoint.align.wording import wording_drafts
    from counterpoint.records import Article
    from counterpoint.resolve import Resolution

    short = " ".join(f"It was a quiet {w} morning." for w in ("grey", "cold", "still", "dull", "damp", "pale"))
    quote = "the strike was a lawful operation to target elements that planned and executed the shelling"
    a = Article("a1", f"{short} Officials said {quote}.", source="Wire", date="2021-03-05")
    b = Article("a2", f"{short} A statement said {quote} overnight.", source="Post", date="2021-03-05")
    cx = Corpus([a, b], Resolution((), (), (), {}, frozenset(), {}))
    drafts = wording_drafts(cx, limit=1)
    assert len(drafts) == 1 and "planned and executed" in drafts[0].explanation, [d.explanation for d in drafts]


def test_a_figure_between_two_words_is_part_of_the_wording_but_figures_alone_are_not() -> None:
    from counterpoint.align.wording import _trigrams

    a = {g for g, _, _ in _trigrams("the toll was at the low end of the 100-to-300 spectrum, officials said")}
    b = {g for g, _, _ in _trigrams("a figure at the low end of the 100 to 300 spectrum")}
    assert ("low", "end", "100") in a & b
    assert ("end", "100", "300") not in a | b  # two figures and one word: a figure, compared elsewhere
    counts = {g for g, _, _ in _trigrams("medics said at least 14 civilians were killed in the town")}
    assert not any("14" in g for g in counts), counts  # a count of people is a figure


def test_shared_words_that_stop_inside_a_word_run_to_its_end() -> None:
    from counterpoint.align.wording import _word_end

    text = "at the low end of the 100-to-300 spectrum, officials said"
    assert text[:_word_end(text, text.index("100") + 3)] == "at the low end of the 100-to-300"
    assert _word_end(text, text.index("spectrum") + 8) == text.index(",")  # not past the comma


@pytest.mark.model
def test_the_same_short_phrase_quoted_in_two_articles_agrees_and_a_quoted_label_does_not() -> None:
    from counterpoint.pipeline import analyze
    from counterpoint.records import Article

    first = ('Rescuers found the remains of a rocket painted with the words "For the children" at the station in '
             'Tell Amra on Friday, where “terrorists” had been blamed.')
    second = ("A fragment of the missile that hit Tell Amra station on Friday bore the inscription “for our "
              "children”. Officials blamed “terrorists”.")
    arts = [Article("a1", first, source="Outlet 1", date="2022-04-08"),
            Article("a2", second, source="Outlet 2", date="2022-04-08")]
    quoted = [f for f in analyze(arts).findings if f.relation == "agree" and "quote the same words" in f.explanation]
    assert len(quoted) == 1, [f.explanation for f in quoted]
    shown = {(e.article, arts[int(e.article[1:]) - 1].text[e.start:e.end]) for e in quoted[0].evidence}
    assert shown == {("a1", "For the children"), ("a2", "for our children")}, shown


def test_a_quote_key_drops_articles_and_possessives_only() -> None:
    from counterpoint.align.wording import _quote_key

    assert _quote_key("For the children,") == _quote_key("for our children") == ("for", "children")
    assert _quote_key("not real doctors") != _quote_key("real doctors")


def test_a_model_name_before_a_hyphenated_participle_is_the_model() -> None:
    from counterpoint.align.weapons import weapon_pattern

    found = [m.group() for m in weapon_pattern().finditer("inconsistent with a HIMARS-launched attack; a Tochka-U")]
    assert found == ["HIMARS", "Tochka-U"], found
