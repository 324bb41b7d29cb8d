"""Plain-text articles: header forms, what must stay body, date normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.ingest import InputWarning, read_articles
from counterpoint.ingest.text import parse_date, split_header

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def _read(tmp_path: Path, content: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    (article,) = read_articles([path])
    return article


def test_text_runon_date_header(tmp_path: Path) -> None:
    body = "KABUL, March 2 (Wire) - Two rockets hit a market on Tuesday, officials said.\n"
    art = _read(tmp_path, " date 2021-03-02 " + body)
    assert art.date == "2021-03-02"
    assert art.text == body.rstrip()
    assert art.text.startswith("KABUL")
    assert art.id == "a1"
    assert art.path == str(tmp_path / "a.txt")


def test_text_runon_date_with_colon_and_month_name(tmp_path: Path) -> None:
    art = _read(tmp_path, "Date: March 2, 2021 KABUL, March 2 (Wire) - Rockets hit a market.")
    assert art.date == "2021-03-02"
    assert art.text == "KABUL, March 2 (Wire) - Rockets hit a market."


def test_text_colon_header_block(tmp_path: Path) -> None:
    content = (
        "\n\nSource: Example Wire\nDATE: 25 May 2019\ntitle:  Rockets hit a market \n"
        "url: https://wire.example/x\nAuthor: A. Writer\n\nFirst paragraph.\n\nSecond one.\n\n"
    )
    art = _read(tmp_path, content)
    assert (art.source, art.date, art.title, art.url) == (
        "Example Wire",
        "2019-05-25",
        "Rockets hit a market",
        "https://wire.example/x",
    )
    assert art.text == "First paragraph.\n\nSecond one."


def test_text_colonless_header_block(tmp_path: Path) -> None:
    art = _read(tmp_path, "date 2019-05-25\nsource Example Wire\ntitle Rockets hit a market\n\nBody here.")
    assert (art.date, art.source, art.title) == ("2019-05-25", "Example Wire", "Rockets hit a market")
    assert art.text == "Body here."


def test_text_front_matter(tmp_path: Path) -> None:
    art = _read(tmp_path, '---\ntitle: "Rockets"\ndate: 2019-05-25\ntags: x\n---\n\nBody here.', "a.md")
    assert (art.title, art.date) == ("Rockets", "2019-05-25")
    assert art.text == "Body here."


def test_text_crlf_kept_and_header_parsed(tmp_path: Path) -> None:
    art = _read(tmp_path, "source: Wire\r\ndate: 2019-05-25\r\n\r\nLine one.\r\nLine two.\r\n")
    assert (art.source, art.date) == ("Wire", "2019-05-25")
    assert art.text == "Line one.\r\nLine two."


@pytest.mark.parametrize(
    "content",
    [
        "Date palms burned in Basra on Sunday, witnesses said.",
        "Source says five people were killed in the strike near the border crossing on Monday.",
        "Source of the fire was not known.\nMore text.",
        "Title fight postponed after shelling.",
        "Dateline: none. The first sentence.",
        "The date: 2019-05-25 is in the middle of the first line.",
        "url is a word here, not a header.",
    ],
)
def test_text_first_sentence_is_not_a_header(tmp_path: Path, content: str) -> None:
    art = _read(tmp_path, content)
    assert art.text == content.strip()
    assert (art.date, art.source, art.title, art.url) == (None, None, None, None)


def test_text_weak_line_after_colon_header_stays_body() -> None:
    text = "date: 2019-05-25\nSource says five were killed.\nMore."
    header = split_header(text)
    assert dict(header.fields) == {"date": "2019-05-25"}
    assert text[header.start : header.end] == "Source says five were killed.\nMore."


def test_text_bad_header_date_warns_and_is_none(tmp_path: Path) -> None:
    with pytest.warns(InputWarning, match=r"a\.txt: date 'yesterday-ish'"):
        art = _read(tmp_path, "date: yesterday-ish\nsource: Wire\n\nBody.")
    assert art.date is None
    assert art.source == "Wire"
    assert art.text == "Body."


def test_text_without_header_is_untouched_inside(tmp_path: Path) -> None:
    content = "  \n\n  Indented first line.\n  Second\tline  with  spaces.\n\n"
    art = _read(tmp_path, content)
    assert art.text == "Indented first line.\n  Second\tline  with  spaces."


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2019-05-25", "2019-05-25"),
        ("2019-05-25T10:30:00+03:00", "2019-05-25"),
        ("2019-05-25 10:30 UTC", "2019-05-25"),
        ("2019/05/25", "2019-05-25"),
        ("25.05.2019", "2019-05-25"),
        ("May 25, 2019", "2019-05-25"),
        ("25 May 2019", "2019-05-25"),
        ("25th of May, 2019", "2019-05-25"),
        ("Sept. 3, 2019", "2019-09-03"),
        ("Wednesday 03 July 2019 08:39 BST", "2019-07-03"),
        ("Sat, 25 May 2019 10:00:00 +0300", "2019-05-25"),
        ("25/05/2019", "2019-05-25"),
        ("05/25/2019", "2019-05-25"),
        ("25 mai 2019", "2019-05-25"),
        ("05/06/2019", None),  # ambiguous: no guess
        ("2019-02-30", None),
        ("yesterday-ish", None),
        ("yesterday", None),
        ("banana", None),
        ("", None),
    ],
)
def test_text_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


@pytest.mark.shared
def test_text_shared_seed_runon_header() -> None:
    path = SEEDS / "000_e397776d5cee96e4.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not checked out)")
    (art,) = read_articles([path])
    assert art.date == "2019-05-25"
    assert art.text.startswith("MOSCOW")
