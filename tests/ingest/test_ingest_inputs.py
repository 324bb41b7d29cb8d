"""Which inputs are read, in what order, under which ids and paths; encodings; duplicates."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from counterpoint.ingest import InputWarning, read_articles
from counterpoint.records import Article


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _jsonl(path: Path, *rows: dict | str) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    return _write(path, "\n".join(lines) + "\n")


def test_inputs_ids_follow_input_order(tmp_path: Path) -> None:
    b = _write(tmp_path / "b.txt", "Second given first.")
    a = _write(tmp_path / "a.txt", "First given second.")
    arts = read_articles([b, str(a)])
    assert [(x.id, x.path, x.text) for x in arts] == [
        ("a1", str(b), "Second given first."),
        ("a2", str(a), "First given second."),
    ]
    assert all(isinstance(x, Article) for x in arts)


def test_inputs_single_path_not_in_a_list(tmp_path: Path) -> None:
    path = _write(tmp_path / "one.txt", "Only one.")
    assert [x.text for x in read_articles(str(path))] == ["Only one."]


def test_inputs_directory_recursive_sorted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = tmp_path / "corpus"
    _write(root / "b.txt", "Bee.")
    _write(root / "a" / "z.md", "Zed in a.")
    _write(root / "a" / "deeper" / "y.text", "Why.")
    _jsonl(root / "c.jsonl", {"text": "Row one."}, {"text": "Row two."})
    _write(root / "A.TXT", "Upper-case extension.")
    _write(root / "notes.pdf", "not an article")
    _write(root / ".hidden.txt", "hidden")
    _write(root / ".git" / "x.txt", "inside a hidden directory")
    with caplog.at_level(logging.DEBUG, logger="counterpoint.ingest"):
        arts = read_articles([root])
    assert [x.path for x in arts] == [
        str(root / "A.TXT"),
        str(root / "a" / "deeper" / "y.text"),
        str(root / "a" / "z.md"),
        str(root / "b.txt"),
        f"{root / 'c.jsonl'}:1",
        f"{root / 'c.jsonl'}:2",
    ]
    assert [x.id for x in arts] == [f"a{i}" for i in range(1, 7)]
    assert "notes.pdf" in caplog.text


def test_inputs_explicit_unknown_extension_is_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "wire.dispatch", "source: Wire\n\nBody.")
    (art,) = read_articles([path])
    assert (art.source, art.text) == ("Wire", "Body.")


def test_inputs_jsonl_fields_and_header(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "x9", "text": "source: Header Wire\ndate: 2019-05-24\n\nBody one.", "date": "2019-05-25"},
        "",
        {"text": " date 2021-03-02 KABUL, March 2 (Wire) - Body two.", "source": "Wire", "title": None},
        {"text": "Body three.", "title": "T", "url": "https://x.example/3", "extra": 1},
    )
    arts = read_articles([path])
    assert [(a.id, a.path) for a in arts] == [("a1", f"{path}:1"), ("a2", f"{path}:3"), ("a3", f"{path}:4")]
    assert (arts[0].source, arts[0].date, arts[0].text) == ("Header Wire", "2019-05-25", "Body one.")
    assert (arts[1].source, arts[1].date) == ("Wire", "2021-03-02")
    assert arts[1].text == "KABUL, March 2 (Wire) - Body two."
    assert (arts[2].title, arts[2].url) == ("T", "https://x.example/3")


def test_inputs_jsonl_bad_date_warns(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", {"text": "Body.", "date": "banana"})
    with pytest.warns(InputWarning, match=r"in\.jsonl:1: date 'banana'"):
        (art,) = read_articles([path])
    assert art.date is None


def test_inputs_jsonl_keeps_unicode_line_separators(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", {"text": "One\u2028two\u0085three."})
    (art,) = read_articles([path])
    assert art.text == "One\u2028two\u0085three."


def test_inputs_jsonl_lone_surrogate_replaced(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.jsonl", '{"text": "a\\ud800b"}\n')
    with pytest.warns(InputWarning, match="surrogate"):
        (art,) = read_articles([path])
    assert art.text == "a\ufffdb"


def test_inputs_stdin_jsonl() -> None:
    data = b'{"text": "From stdin one.", "source": "S1"}\n\n{"text": "From stdin two."}\n'
    arts = read_articles(["-"], stdin=io.BytesIO(data))
    assert [(a.id, a.path, a.source, a.text) for a in arts] == [
        ("a1", "-:1", "S1", "From stdin one."),
        ("a2", "-:3", None, "From stdin two."),
    ]


def test_inputs_stdin_text() -> None:
    data = b"date: 2019-05-25\n\n{not json} A plain article.\n"
    (art,) = read_articles(["-"], stdin=io.BytesIO(data))
    assert (art.id, art.path, art.date, art.text) == ("a1", "-", "2019-05-25", "{not json} A plain article.")


def test_inputs_stdin_mixed_with_files(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "File body.")
    arts = read_articles([path, "-"], stdin=io.BytesIO(b"Stdin body."))
    assert [(a.id, a.path) for a in arts] == [("a1", str(path)), ("a2", "-")]


def test_inputs_stdin_default_is_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"Body from sys.stdin.")

    monkeypatch.setattr("sys.stdin", FakeStdin())
    assert read_articles(["-"])[0].text == "Body from sys.stdin."


BODY = "KABUL, March 2 \u2014 \u201cTwo rockets\u201d hit Kafr Nab\u00fcdah\u2019s market; caf\u00e9 \u20ac5."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_inputs_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    data = ("date: 2021-03-02\n\n" + BODY).encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # explicit-endian codecs write no BOM; add one
        data = "\ufeff".encode(encoding) + data
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    (art,) = read_articles([path])
    assert art.text == BODY
    assert art.date == "2021-03-02"


def test_inputs_cp1252_warns(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(BODY.encode("cp1252", errors="replace") + b" \x81")
    with pytest.warns(InputWarning, match=r"legacy\.txt: not UTF-8; read as cp1252"):
        (art,) = read_articles([path])
    assert art.text == BODY.encode("cp1252", errors="replace").decode("cp1252") + " \x81"
    assert "\u201cTwo rockets\u201d" in art.text


def test_inputs_jsonl_in_cp1252_warns(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes('{"text": "caf\u00e9 \u2019"}\n'.encode("cp1252"))
    with pytest.warns(InputWarning, match=r"legacy\.jsonl: not UTF-8"):
        (art,) = read_articles([path])
    assert art.text == "caf\u00e9 \u2019"


def test_inputs_duplicates_kept_once(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", "source: One\n\nSame body.\n")
    b = _write(tmp_path / "b.txt", "Other body.")
    c = _write(tmp_path / "c.txt", "date: 2019-05-25\n\nSame body.")
    rows = _jsonl(tmp_path / "d.jsonl", {"text": "Same body."}, {"text": "Other body."})
    with pytest.warns(InputWarning) as record:
        arts = read_articles([a, b, c, rows])
    messages = [str(w.message) for w in record]
    assert len(messages) == 3
    assert messages[0] == f"{c}: same text as {a} (a1); kept once"
    assert f"{rows}:2: same text as {b} (a2)" in messages[2]
    assert [(x.id, x.path, x.duplicates) for x in arts] == [
        ("a1", str(a), (str(c), f"{rows}:1")),
        ("a2", str(b), (f"{rows}:2",)),
    ]
    assert arts[0].source == "One"
