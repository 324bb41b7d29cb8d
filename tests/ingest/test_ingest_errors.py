"""Every kind of bad input is an InputError naming the path (and line), with a hint."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from counterpoint.errors import ConfigError, InputError
from counterpoint.ingest import read_articles


def _error(inputs, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        read_articles(inputs, **kwargs)
    err = info.value
    assert err.hint, "every InputError carries a hint"
    assert "\n" not in err.hint
    return err


def test_error_missing_path(tmp_path: Path) -> None:
    err = _error([tmp_path / "nope.txt"])
    assert "nope.txt" in err.message
    assert "no such file" in err.message


def test_error_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Body.", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    # root ignores chmod, so make open() refuse the way an unreadable file does
    monkeypatch.setattr("counterpoint.ingest.open", refuse, raising=False)
    err = _error([path])
    assert "locked.txt" in err.message
    assert "cannot read (Permission denied)" in err.message


def test_error_directory_without_articles(tmp_path: Path) -> None:
    folder = tmp_path / "empty_dir"
    (folder / "sub").mkdir(parents=True)
    (folder / "notes.pdf").write_bytes(b"%PDF")
    (folder / ".hidden.txt").write_text("Body.", encoding="utf-8")
    err = _error([folder])
    assert "empty_dir" in err.message
    assert "no article files" in err.message


def test_error_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\t\n", encoding="utf-8")
    err = _error([path])
    assert "blank.txt" in err.message
    assert "empty article" in err.message


def test_error_header_only_article(tmp_path: Path) -> None:
    path = tmp_path / "header_only.txt"
    path.write_text("source: Wire\ndate: 2019-05-25\n\n", encoding="utf-8")
    err = _error([path])
    assert "header_only.txt" in err.message
    assert "empty article" in err.message


def test_error_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    err = _error([path])
    assert "image.txt" in err.message
    assert "binary file" in err.message


def test_error_invalid_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "One."}\n\n{"text": "Two."\n', encoding="utf-8")
    err = _error([path])
    assert err.message.startswith(f"{path}:3: not valid JSON")


def test_error_jsonl_row_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "One."}\n["Two."]\n', encoding="utf-8")
    err = _error([path])
    assert err.message.startswith(f"{path}:2: not a JSON object")


def test_error_jsonl_row_without_text(tmp_path: Path) -> None:
    path = tmp_path / "rows.ndjson"
    path.write_text('{"text": "One."}\n{"source": "Wire"}\n', encoding="utf-8")
    err = _error([path])
    assert err.message.startswith(f"{path}:2: no \"text\"")


def test_error_jsonl_text_not_a_string(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": 5}\n', encoding="utf-8")
    err = _error([path])
    assert err.message.startswith(f"{path}:1: a non-string (int) \"text\"")


def test_error_jsonl_field_not_a_string(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "One.", "date": 20190525}\n', encoding="utf-8")
    err = _error([path])
    assert err.message.startswith(f'{path}:1: "date" must be a string')


def test_error_jsonl_empty_row_text(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "One."}\n{"text": "  "}\n', encoding="utf-8")
    err = _error([path])
    assert err.message.startswith(f"{path}:2: empty article")


def test_error_jsonl_without_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("\n \n", encoding="utf-8")
    err = _error([path])
    assert "rows.jsonl" in err.message
    assert "no articles" in err.message


def test_error_text_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 101, encoding="utf-8")
    err = _error([path], max_bytes=100)
    assert err.message == f"{path}: 101 bytes, over the limit of 100 bytes"
    assert "--max-bytes" in (err.hint or "")
    assert read_articles([path], max_bytes=101)[0].text == "x" * 101


def test_error_jsonl_row_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "short"}\n{"text": "' + "é" * 60 + '"}\n', encoding="utf-8")
    err = _error([path], max_bytes=100)  # 60 x 2 bytes: the limit counts UTF-8 bytes
    assert err.message.startswith(f"{path}:2: ")
    assert "over the limit of 100 bytes" in err.message
    assert "--max-bytes" in (err.hint or "")


def test_error_stdin_over_size_limit() -> None:
    err = _error(["-"], stdin=io.BytesIO(b"y" * 50), max_bytes=10)
    assert err.message.startswith("-: 50 bytes")


def test_error_no_inputs() -> None:
    err = _error([])
    assert "no inputs" in err.message


def test_error_stdin_twice() -> None:
    err = _error(["-", "-"], stdin=io.BytesIO(b"Body."))
    assert "more than once" in err.message


def test_error_empty_stdin() -> None:
    err = _error(["-"], stdin=io.BytesIO(b""))
    assert err.message.startswith("-: empty article")


def test_error_bad_max_bytes(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="max_bytes"):
        read_articles([tmp_path], max_bytes=0)


def test_error_bad_utf16(tmp_path: Path) -> None:
    path = tmp_path / "broken16.txt"
    path.write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone high surrogate
    err = _error([path])
    assert "broken16.txt" in err.message
    assert "UTF-16" in err.message


def test_deeply_nested_jsonl_is_an_input_error(tmp_path):
    """A row nested deeper than the JSON parser can go is bad input, named by file and line."""
    from counterpoint.errors import InputError
    from counterpoint.ingest import read_articles

    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": "ok"}\n' + '{"text": ' + "[" * 100000 + "]" * 100000 + "}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"deep\.jsonl:2"):
        read_articles([str(path)], max_bytes=10_000_000)
