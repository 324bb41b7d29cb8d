"""The ingest stage: files, directories and stdin -> ``Article`` records, input order kept.

``read_articles(inputs)`` reads, in order:

* a file: ``.jsonl``/``.ndjson`` as JSONL (one article a line), ``.html``/``.htm`` as HTML (the
  ``[html]`` extra), anything else (``.txt``, ``.md``, ``.text``, no or unknown extension) as
  plain text with an optional metadata header (see :mod:`counterpoint.ingest.text`);
* a directory: its article files (the extensions above; not other files, not hidden ones),
  recursively, in sorted path order;
* ``-``: standard input, as JSONL when every non-blank line is a JSON object, else as one text.

Articles get ids ``a1..aN`` in that order. ``Article.path`` is the path as given (joined with the
relative path for files found in a directory), ``file.jsonl:LINE`` for JSONL rows, and ``-`` /
``-:LINE`` for stdin. ``Article.text`` is the body the offsets refer to: the decoded text after
the header, leading/trailing white space dropped, nothing inside changed (``\\r\\n`` included).

Bad input raises ``InputError`` naming the path (and line). Input that can be read but not quite
as given (not UTF-8, a date that is not a date, an exact duplicate) gives an ``InputWarning``.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import sys
import warnings
from collections.abc import Sequence
from typing import BinaryIO

from ..errors import ConfigError, InputError
from ..records import Article
from .decode import InputWarning, decode_bytes
from .jsonl import looks_like_jsonl, read_jsonl
from .text import RawArticle, article_from_text

__all__ = ["ARTICLE_EXTENSIONS", "InputWarning", "read_articles"]

log = logging.getLogger(__name__)

JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
TEXT_EXTENSIONS = frozenset({".txt", ".md", ".text"})
ARTICLE_EXTENSIONS = TEXT_EXTENSIONS | JSONL_EXTENSIONS | HTML_EXTENSIONS
_EXTENSIONS = ", ".join(sorted(ARTICLE_EXTENSIONS))

_SIZE_HINT = "split the article or raise the limit with --max-bytes"
_MISSING_HINT = "check the path; use - to read standard input"


def _too_big(label: str, size: int, max_bytes: int) -> InputError:
    return InputError(f"{label}: {size} bytes, over the limit of {max_bytes} bytes", _SIZE_HINT)


def _kind(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in HTML_EXTENSIONS:
        return "html"
    return "text"


def _read_bytes(path: str, *, limit: int | None) -> bytes:
    """The file's bytes; ``limit`` (text and HTML files) is checked before reading when it can be."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if limit is not None and stat.S_ISREG(st.st_mode) and st.st_size > limit:
                raise _too_big(path, st.st_size, limit)
            data = fh.read()
    except IsADirectoryError:
        raise InputError(f"{path}: cannot read (is a directory)", "check its permissions") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory", _MISSING_HINT) from None
    except PermissionError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})", "check the file's permissions") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(f"{path}: cannot read ({reason})", "check that it is a readable file") from None
    if limit is not None and len(data) > limit:
        raise _too_big(path, len(data), limit)
    return data


def _read_file(path: str, max_bytes: int) -> list[RawArticle]:
    kind = _kind(path)
    if kind == "jsonl":  # the limit applies per row
        return read_jsonl(decode_bytes(_read_bytes(path, limit=None), path), path, max_bytes=max_bytes)
    data = _read_bytes(path, limit=max_bytes)
    if kind == "html":
        from .html import read_html

        return [read_html(data, path)]
    return [article_from_text(decode_bytes(data, path), path)]


def _walk(root: str) -> list[str]:
    """Article files under ``root``, recursively, sorted by path components; hidden entries skipped."""

    def fail(exc: OSError) -> None:
        where = exc.filename or root
        raise InputError(f"{where}: cannot list ({exc.strerror})", "check the directory's permissions")

    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=fail):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            full = os.path.join(dirpath, name)
            if name.startswith("."):
                log.debug("%s: hidden file ignored", full)
            elif os.path.splitext(name)[1].lower() not in ARTICLE_EXTENSIONS:
                log.debug("%s: not an article file (%s); ignored", full, _EXTENSIONS)
            else:
                parts = os.path.relpath(full, root).split(os.sep)
                found.append((tuple(parts), full))
    return [full for _, full in sorted(found)]


def _read_dir(root: str, max_bytes: int) -> list[RawArticle]:
    out: list[RawArticle] = []
    for path in _walk(root):
        out.extend(_read_file(path, max_bytes))
    if not out:
        raise InputError(
            f"{root}: no article files in this directory ({_EXTENSIONS})",
            "put article files in it, or name the files directly",
        )
    return out


def _read_stdin(stream: BinaryIO, max_bytes: int) -> list[RawArticle]:
    data = stream.read()
    if not isinstance(data, bytes):
        raise TypeError("stdin must be a binary stream (e.g. sys.stdin.buffer or io.BytesIO)")
    text = decode_bytes(data, "-")
    if looks_like_jsonl(text):
        return read_jsonl(text, "-", max_bytes=max_bytes)
    if len(data) > max_bytes:
        raise _too_big("-", len(data), max_bytes)
    return [article_from_text(text, "-")]


def _read_one(given: str, max_bytes: int, stdin: BinaryIO | None) -> list[RawArticle]:
    if given == "-":
        return _read_stdin(sys.stdin.buffer if stdin is None else stdin, max_bytes)
    if os.path.isdir(given):
        return _read_dir(given, max_bytes)
    if not os.path.lexists(given):
        raise InputError(f"{given}: no such file or directory", _MISSING_HINT)
    return _read_file(given, max_bytes)


# "MOSCOW, May 25. /TASS/.", "BEIRUT, March 2 (Reuters) -": a wire dateline names the agency
DATELINE_AGENCY = re.compile(r"^\s*[A-Z][A-Z .'’-]{2,40},[^\n]{0,40}?[(/]([A-Z][A-Za-z.&' -]{1,30}?)[)/]")


def source_from_dateline(text: str) -> str | None:
    """The agency a wire dateline names, for articles given without a source."""
    m = DATELINE_AGENCY.match(text[:200])
    return m.group(1).strip() if m else None


def number_articles(raw: Sequence[RawArticle]) -> list[Article]:
    """Articles ``a1..aN`` in input order; an exact duplicate body is warned about, kept once, and
    named in the kept Article's ``duplicates`` (also used by the web app)."""
    first: dict[str, int] = {}
    kept: list[RawArticle] = []
    dropped: list[list[str]] = []
    for item in raw:
        at = first.get(item.text)
        if at is None:
            first[item.text] = len(kept)
            kept.append(item)
            dropped.append([])
            continue
        original = kept[at]
        warnings.warn(
            f"{item.path}: same text as {original.path} (a{at + 1}); kept once", InputWarning, stacklevel=3
        )
        dropped[at].append(item.path)
    return [
        Article(
            id=f"a{i}",
            text=item.text,
            path=item.path,
            source=item.source or source_from_dateline(item.text),
            date=item.date,
            title=item.title,
            url=item.url,
            duplicates=tuple(dups),
        )
        for i, (item, dups) in enumerate(zip(kept, dropped, strict=True), start=1)
    ]


def read_articles(
    inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = 1_000_000,
    stdin: BinaryIO | None = None,
) -> list[Article]:
    """Read every input (files, directories, ``-`` for stdin) into Articles ``a1..aN``.

    ``max_bytes`` limits one article: a text/HTML file's size, a JSONL row's UTF-8 length, or
    stdin's size when it is one text. ``stdin`` replaces ``sys.stdin.buffer`` (tests, servers).
    A single path is accepted in place of a sequence. Raises ``InputError``; warns with
    ``InputWarning``.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ConfigError(
            f"max_bytes: must be a positive number of bytes, not {max_bytes!r}", "e.g. --max-bytes 2000000"
        )
    paths = [os.fspath(p) for p in inputs]
    if not paths:
        raise InputError("no inputs given", "pass article files, a directory, or - to read standard input")
    if paths.count("-") > 1:
        raise InputError("-: standard input given more than once", "name - once")
    raw: list[RawArticle] = []
    for given in paths:
        raw.extend(_read_one(given, max_bytes, stdin))
    return number_articles(raw)
