"""Offset invariants (STYLE habit 12): the normalised working copy and header stripping."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from counterpoint.ingest import read_articles
from counterpoint.ingest.text import split_header
from counterpoint.nlp.normalize import REMOVED, working_copy

SPECIAL = (
    "\u2018\u2019\u201b\u02bc\u201c\u201d\u201e\u201f"  # quotes
    "\u00a0\u2000\u2003\u2009\u200a\u202f\u205f\u3000"  # odd spaces
    + REMOVED  # zero-width characters and the soft hyphen
    + "\u2013\u2014'\" \n\r\t"
)
texts = st.text(
    alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters(codec="utf-8"), st.sampled_from("abc ")),
    max_size=80,
)


def _plain(text: str) -> str:
    # a double quote typed as two singles (‘‘) folds to one '"': a slice holding only the second
    # single folds it to "'", so the two quote marks are compared as one
    return text.replace("\u02bc", "'").replace('"', "'")


PAIRED_SINGLES = re.compile("\u2018\u2018|\u2019\u2019")


@given(texts, st.data())
def test_working_copy_spans_map_back(text: str, data: st.DataObject) -> None:
    norm = working_copy(text)
    n = len(norm.text)
    assert len(norm.to_original) == n + 1
    assert norm.to_original[n] == len(text)
    assert all(a < b for a, b in zip(norm.to_original, norm.to_original[1:]))
    start = data.draw(st.integers(0, n), label="start")
    end = data.draw(st.integers(start, n), label="end")
    o_start, o_end = norm.original_span(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    # folding is one character for one and looks no further than a character's neighbours: only an
    # apostrophe inside a name ("Saʼdah") and a pair of singles (‘‘) depend on them, so they are
    # compared as plain ones
    assert _plain(working_copy(text[o_start:o_end]).text) == _plain(norm.text[start:end])
    if end > start:  # the body slice starts and ends on the characters that were kept
        assert text[o_start] not in REMOVED and text[o_end - 1] not in REMOVED


@given(texts)
def test_working_copy_is_idempotent_and_drops_only_removed(text: str) -> None:
    norm = working_copy(text)
    assert working_copy(norm.text).text == norm.text
    # a pair of singles folded to one double quote drops one character and adds one double quote
    doubles_made = norm.text.count('"') - sum(text.count(q) for q in '"\u201c\u201d\u201e\u201f')
    assert 0 <= doubles_made <= len(PAIRED_SINGLES.findall(text))
    assert len(text) - len(norm.text) == sum(ch in REMOVED for ch in text) + doubles_made
    assert not any(ch in REMOVED for ch in norm.text)


# ---------------------------------------------------------------- header stripping

_value = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Zl", "Zp")), min_size=1, max_size=20
)
_date = st.dates().map(lambda d: d.isoformat())
_line_body = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00\ufeff", exclude_categories=("Cs",)),
    min_size=1,
    max_size=200,
)


def _is_clean_body(body: str) -> bool:
    """A body that would not itself be read as (part of) a header."""
    header = split_header(body)
    return bool(body) and body == body.strip() and (header.start, header.end) == (0, len(body))


@st.composite
def header_and_body(draw: st.DrawFn) -> tuple[str, str, dict[str, str]]:
    body = draw(_line_body)
    assume(_is_clean_body(body))
    style = draw(st.sampled_from(["colon", "runon", "none"]))
    date = draw(_date)
    fields: dict[str, str] = {}
    if style == "runon":
        assume(not re.match(r"\d{1,2}[:.]\d{2}", body))  # a time after the date belongs to the header
        indent = draw(st.sampled_from(["", " ", "\t", "\n\n "]))
        return f"{indent}date {date} {body}\n", body, {"date": date}
    if style == "none":
        before = draw(st.sampled_from(["", "\n", "  \n"]))
        after = draw(st.sampled_from(["", "\n", " \n\n"]))
        return before + body + after, body, {}
    keys = draw(st.lists(st.sampled_from(["source", "title", "url"]), unique=True, max_size=3))
    lines = [f"date: {date}"]
    fields["date"] = date
    for key in keys:
        value = draw(_value).strip()
        assume(value)
        fields[key] = value
        lines.append(f"{key.capitalize()}: {value}")
    draw(st.randoms()).shuffle(lines)
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines) + newline * 2 + body + newline, body, fields


@given(header_and_body())
def test_header_stripping_keeps_the_body(case: tuple[str, str, dict[str, str]]) -> None:
    content, body, fields = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_bytes(content.encode("utf-8"))
        (art,) = read_articles([path])
    assert art.text == body
    assert art.date == fields.get("date")
    for key in ("source", "title", "url"):
        assert getattr(art, key) == fields.get(key)
