"""HTML articles through trafilatura (the [html] extra)."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from counterpoint.errors import InputError, MissingExtraError
from counterpoint.ingest import read_articles

pytest.importorskip("trafilatura")

PAGE = """<!doctype html>
<html><head><meta charset="{charset}">
<title>Rockets hit market near Kafr Nabudah | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2021-03-02T08:15:00+00:00">
<link rel="canonical" href="https://wire.example/2021/03/02/rockets">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Rockets hit market near Kafr Nabudah</h1>
<p>KABUL, March 2 (Wire) \u2014 Two rockets struck a crowded market on Tuesday, a district
official said, adding that at least four people were hurt and one shop was destroyed.</p>
<p>The official, who asked not to be named, said the rockets were fired from hills to the
south of the town and that nobody had claimed the attack by the evening. Caf\u00e9 owners shut early.</p>
</article>
<footer>Copyright Example Wire. All rights reserved.</footer>
</body></html>
"""


def _page(tmp_path: Path, name: str = "page.html", charset: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset).encode(charset, errors="xmlcharrefreplace"))
    return path


def test_html_body_and_metadata(tmp_path: Path) -> None:
    path = _page(tmp_path)
    (art,) = read_articles([path])
    assert art.path == str(path)
    assert "KABUL, March 2 (Wire) \u2014 Two rockets struck" in art.text
    assert "Caf\u00e9 owners shut early." in art.text
    assert "Home" not in art.text and "Copyright" not in art.text
    assert art.source == "Example Wire"
    assert art.date == "2021-03-02"
    assert art.url == "https://wire.example/2021/03/02/rockets"
    assert art.title and art.title.startswith("Rockets hit market")
    assert art.text == art.text.strip()


def test_html_declared_latin1_charset(tmp_path: Path) -> None:
    path = _page(tmp_path, "latin.htm", charset="iso-8859-1")
    (art,) = read_articles([path])  # declared charset: no cp1252 warning
    assert "Caf\u00e9 owners" in art.text


def test_html_in_directory(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    _page(folder)
    (folder / "b.txt").write_text("Plain body.", encoding="utf-8")
    arts = read_articles([folder])
    assert [a.path for a in arts] == [str(folder / "b.txt"), str(folder / "page.html")]


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_articles([path])
    assert "empty.html" in info.value.message
    assert "no article text" in info.value.message


def test_html_missing_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _page(tmp_path)
    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura" or name.startswith("trafilatura."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    with pytest.raises(MissingExtraError) as info:
        read_articles([path])
    assert info.value.hint == "pip install 'counterpoint[html]'"
    assert "page.html" in info.value.message
