"""Request bodies -> articles -> the report, for the web app. No web framework in this module.

Parsing reuses the ingest readers, so the web reads articles exactly as ``counterpoint compare``
does: JSONL rows through :func:`~counterpoint.ingest.jsonl.read_jsonl`, pasted text and ``.txt``
uploads through :func:`~counterpoint.ingest.text.article_from_text` (header lines stripped,
fields given in the form win), ``.html`` uploads through the ``[html]`` reader. Nothing is
written to disk.

Error labels name where the problem is: ``request:N`` is the Nth article of an API body (line N
of JSONL, item N of a JSON list), ``pasted:N`` the Nth article block of the form, and an upload
is named by its file name (``name.jsonl:N`` for its rows).

:func:`compare` runs one comparison at a time per process: the spaCy pipeline is one shared,
cached object, and ``warnings.catch_warnings`` (used to turn soft input problems into report
warnings, as the CLI does) changes process-wide state on Python < 3.14. The web app calls it in
a worker thread.
"""

from __future__ import annotations

import json
import os
import re
import threading
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..ingest import ARTICLE_EXTENSIONS, HTML_EXTENSIONS, JSONL_EXTENSIONS, InputWarning, number_articles
from ..ingest.decode import decode_bytes
from ..ingest.jsonl import read_jsonl
from ..ingest.text import RawArticle, article_from_text
from ..records import Article

__all__ = [
    "UPLOAD_EXTENSIONS",
    "Pasted",
    "UnsupportedMediaType",
    "Upload",
    "articles_from_body",
    "articles_from_form",
    "check_count",
    "compare",
    "upload_name",
]

REQUEST = "request"
UPLOAD_EXTENSIONS: tuple[str, ...] = tuple(sorted(ARTICLE_EXTENSIONS))

_JSONL_TYPES = frozenset(
    {"application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
     "application/jsonlines"}
)  # fmt: skip
_SNIFF_TYPES = frozenset({"", "text/plain", "application/octet-stream"})
_BODY_HINT = (
    'send a JSON list of articles [{"text": "...", "source": "...", "date": "yyyy-mm-dd"}, ...] as '
    "application/json, or one such object a line as application/x-ndjson"
)
_SIZE_HINT = "split the article, or start the server with a larger max_bytes (COUNTERPOINT_MAX_BYTES)"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

# One comparison at a time per process: see the module docstring.
_LOCK = threading.Lock()


class UnsupportedMediaType(InputError):
    """The request body has a content type the API does not read (HTTP 415)."""

    status = 415


@dataclass(frozen=True, slots=True)
class Pasted:
    """One article block of the form, as typed."""

    source: str = ""
    date: str = ""
    text: str = ""

    def is_blank(self) -> bool:
        return not (self.source.strip() or self.date.strip() or self.text.strip())


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file: the name the browser gave and its bytes."""

    filename: str
    data: bytes


# --------------------------------------------------------------------------- API bodies


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _is_json(media: str) -> bool:
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def articles_from_body(body: bytes, content_type: str | None, *, max_bytes: int) -> list[RawArticle]:
    """Articles from an API body: a JSON list of article objects, or JSONL (one object a line).

    ``application/json`` (or ``+json``) is a JSON list; ``application/x-ndjson`` (and its
    aliases) is JSONL; with no content type (or ``text/plain``), a body starting with ``[`` is
    a JSON list and anything else JSONL. Other content types raise ``UnsupportedMediaType``.
    ``max_bytes`` limits each article. Raises ``InputError`` naming ``request:N``.
    """
    media = _media_type(content_type)
    if media not in _JSONL_TYPES and media not in _SNIFF_TYPES and not _is_json(media):
        raise UnsupportedMediaType(f"{REQUEST}: cannot read a body of type {media}", _BODY_HINT)
    text = decode_bytes(body, REQUEST)
    if not text.strip():
        raise InputError(f"{REQUEST}: empty body (no articles)", _BODY_HINT)
    as_list = _is_json(media) or (media in _SNIFF_TYPES and text.lstrip().startswith("["))
    try:
        if as_list:
            return _from_json_list(text, max_bytes)
        return read_jsonl(text, REQUEST, max_bytes=max_bytes)
    except RecursionError:  # json.loads on "[[[[...": not a ValueError
        raise InputError(f"{REQUEST}: JSON nested too deeply", _BODY_HINT) from None


def _from_json_list(text: str, max_bytes: int) -> list[RawArticle]:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{REQUEST}: not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})", _BODY_HINT
        ) from None
    except ValueError as exc:  # e.g. an integer too long to convert
        raise InputError(f"{REQUEST}: not valid JSON ({exc})", _BODY_HINT) from None
    if not isinstance(data, list):
        raise InputError(f"{REQUEST}: a JSON {type(data).__name__}, not a list of articles", _BODY_HINT)
    if not data:
        raise InputError(f"{REQUEST}: no articles (the JSON list is empty)", _BODY_HINT)
    # One item a line, so read_jsonl checks every item exactly as it checks a JSONL row and its
    # errors say "request:N" for item N.
    lines = "\n".join(json.dumps(item, ensure_ascii=False) for item in data)
    return read_jsonl(lines, REQUEST, max_bytes=max_bytes)


# --------------------------------------------------------------------------- the form


def _too_big(label: str, size: int, max_bytes: int) -> InputError:
    return InputError(f"{label}: {size} bytes, over the limit of {max_bytes} bytes", _SIZE_HINT)


def upload_name(filename: str | None, index: int) -> str:
    """The file name to show for an upload: its last path component, no control characters."""
    name = _CONTROL.sub("", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
    return name or f"upload-{index}"


def _read_upload(upload: Upload, index: int, max_bytes: int) -> list[RawArticle]:
    name = upload_name(upload.filename, index)
    ext = os.path.splitext(name)[1].lower()
    if ext in JSONL_EXTENSIONS:  # the limit applies per row, as for files
        return read_jsonl(decode_bytes(upload.data, name), name, max_bytes=max_bytes)
    if ext not in ARTICLE_EXTENSIONS:
        raise InputError(f"{name}: not an article file", f"upload {', '.join(UPLOAD_EXTENSIONS)} files")
    if len(upload.data) > max_bytes:
        raise _too_big(name, len(upload.data), max_bytes)
    if ext in HTML_EXTENSIONS:
        from ..ingest.html import read_html

        return [read_html(upload.data, name)]
    return [article_from_text(decode_bytes(upload.data, name), name)]


def articles_from_form(
    pasted: Sequence[Pasted], uploads: Sequence[Upload], *, max_bytes: int
) -> list[RawArticle]:
    """Articles from the form: pasted blocks first (blank ones skipped), then uploaded files.

    A pasted text may start with header lines (``title: ...``); the source and date typed in
    the form win over them. ``max_bytes`` limits each article. Raises ``InputError``.
    """
    out: list[RawArticle] = []
    for i, block in enumerate(pasted, start=1):
        if block.is_blank():
            continue
        label = f"pasted:{i}"
        size = len(block.text.encode("utf-8", errors="surrogatepass"))
        if size > max_bytes:
            raise _too_big(label, size, max_bytes)
        out.append(article_from_text(block.text, label, {"source": block.source, "date": block.date}))
    for i, upload in enumerate(uploads, start=1):
        try:
            out.extend(_read_upload(upload, i, max_bytes))
        except RecursionError:
            name = upload_name(upload.filename, i)
            raise InputError(f"{name}: JSON nested too deeply", "give one flat JSON object a line") from None
    return out


# --------------------------------------------------------------------------- articles -> report


def check_count(raws: Sequence[RawArticle], max_articles: int) -> None:
    """``InputError`` unless there are 1 to ``max_articles`` articles."""
    if not raws:
        raise InputError("no articles given", "paste or upload at least one article (two to compare)")
    if len(raws) > max_articles:
        raise InputError(
            f"{len(raws)} articles, over the limit of {max_articles}",
            f"compare at most {max_articles} at once",
        )


def _read(read: Callable[[], list[RawArticle]], max_articles: int) -> tuple[list[Article], list[str]]:
    """Run ``read`` and number its articles, with ``InputWarning``s collected as one-line strings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        raws = read()
        check_count(raws, max_articles)
        articles = number_articles(raws)
    notes: list[str] = []
    for w in caught:
        if issubclass(w.category, InputWarning):
            notes.append(" ".join(str(w.message).split()))
        else:  # not ours: re-issued unchanged, so the caller's filters decide
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
    return articles, notes


def compare(
    read: Callable[[], list[RawArticle]], settings: Settings, *, max_articles: int
) -> dict[str, Any]:
    """Read the articles, analyse them and return the validated ``counterpoint.report/1`` dict.

    Soft input problems (an unreadable date, a duplicate) lead the report's ``warnings``.
    Blocking; one call at a time per process (the rest wait on a lock).
    """
    from .. import pipeline
    from ..report.build import build_report, validate_report

    with _LOCK:
        articles, notes = _read(read, max_articles)
        analysis = pipeline.analyze(articles, settings)
        if notes:
            analysis = replace(analysis, warnings=(*notes, *analysis.warnings))
        report = build_report(analysis)
    validate_report(report)
    return report
