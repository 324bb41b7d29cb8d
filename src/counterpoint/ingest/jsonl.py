"""JSONL articles: one JSON object a line, ``{"text", "source", "date", "title", "url"}``.

``text`` is required. Header lines at the top of a ``text`` are parsed as in plain text, and
fields given in the JSON win over them. A given ``id`` is ignored (reports number articles
``a1..aN`` themselves); other unknown keys are ignored too. Blank lines are skipped. Errors name
``file:LINE``.
"""

from __future__ import annotations

import json
import logging
import re
import warnings
from collections.abc import Iterator

from ..errors import InputError
from .decode import InputWarning
from .text import ARTICLE_FIELDS, RawArticle, article_from_text

log = logging.getLogger(__name__)

_ROW_HINT = 'each line of a JSONL file must be one JSON object such as {"text": "...", "source": "..."}'
_SIZE_HINT = "split the article or raise the limit with --max-bytes"


def _rows(text: str) -> Iterator[tuple[int, str]]:
    """(1-based line number, line) for each non-blank line.

    Splits on ``\\n`` only: JSON strings may hold a raw U+2028 or U+0085, which
    ``str.splitlines`` would wrongly treat as line ends.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogates(value: str, where: str) -> str:
    """JSON can escape half a surrogate pair (``"\\ud800"``), which no UTF-8 output can hold.

    Each one becomes U+FFFD (one code point for one, so no offset moves), with a warning.
    """
    if _SURROGATE.search(value) is None:
        return value
    warnings.warn(f"{where}: unpaired surrogate escape replaced by U+FFFD", InputWarning, stacklevel=3)
    return _SURROGATE.sub("\ufffd", value)


def looks_like_jsonl(text: str) -> bool:
    """True when there is at least one non-blank line and every one is a JSON object."""
    seen = False
    for _, line in _rows(text):
        stripped = line.strip()
        if not (stripped.startswith("{") and stripped.endswith("}")):
            return False
        try:
            row = json.loads(stripped)
        except (ValueError, RecursionError):
            return False
        if not isinstance(row, dict):
            return False
        seen = True
    return seen


def read_jsonl(text: str, label: str, *, max_bytes: int) -> list[RawArticle]:
    """Articles from the decoded content of one JSONL input named ``label`` ("-" for stdin)."""
    out: list[RawArticle] = []
    for number, line in _rows(text):
        where = f"{label}:{number}"
        size = len(line.encode("utf-8", errors="surrogatepass"))
        if size > max_bytes:
            raise InputError(f"{where}: {size} bytes, over the limit of {max_bytes} bytes", _SIZE_HINT)
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})", _ROW_HINT) from None
        except ValueError as exc:  # e.g. a number too long to convert
            raise InputError(f"{where}: not valid JSON ({exc})", _ROW_HINT) from None
        except RecursionError:
            raise InputError(f"{where}: JSON nested too deeply", _ROW_HINT) from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: not a JSON object (found {type(row).__name__})", _ROW_HINT)
        body = row.get("text")
        if not isinstance(body, str):
            problem = "no" if body is None else f"a non-string ({type(body).__name__})"
            raise InputError(f'{where}: {problem} "text" field', 'give each row a "text" string')
        given: dict[str, str | None] = {}
        for key in ARTICLE_FIELDS:
            value = row.get(key)
            if value is not None and not isinstance(value, str):
                raise InputError(
                    f'{where}: "{key}" must be a string or null, not {type(value).__name__}',
                    f'write "{key}" as a JSON string',
                )
            given[key] = None if value is None else _no_lone_surrogates(value, where)
        ignored = sorted(set(row) - {"text", *ARTICLE_FIELDS})
        if ignored:
            log.debug("%s: ignoring keys %s (articles are numbered a1..aN)", where, ", ".join(ignored))
        out.append(article_from_text(_no_lone_surrogates(body, where), where, given))
    if not out:
        raise InputError(f"{label}: no articles (the JSONL input has no rows)", _ROW_HINT)
    return out
