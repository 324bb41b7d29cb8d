"""HTML articles (the ``[html]`` extra): body and metadata extracted by trafilatura.

trafilatura is imported inside :func:`read_html` (STYLE habit 8). The body is trafilatura's plain
text output (paragraphs joined by ``\\n``), with leading and trailing white space dropped; offsets
refer to it. Metadata: ``title``, ``date`` (normalised to ``yyyy-mm-dd``), ``sitename`` (else the
host name) as ``source``, and the canonical ``url``. Reader comments are left out.
"""

from __future__ import annotations

from ..errors import InputError, MissingExtraError
from .decode import decode_bytes, html_declared_charset
from .text import RawArticle, normalize_date


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def read_html(data: bytes, label: str) -> RawArticle:
    """One article from the bytes of an HTML page named ``label``."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError(
            f"{label}: reading HTML needs trafilatura, which is not installed",
            "pip install 'counterpoint[html]'",
        ) from None

    page = decode_bytes(data, label, declared=html_declared_charset(data))
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    raw = getattr(doc, "text", None) if doc is not None else None
    body = raw.strip() if isinstance(raw, str) else ""
    if not body:
        raise InputError(
            f"{label}: no article text found in the HTML",
            "check that the page holds the article itself (not a log-in wall), or save its text as .txt",
        )
    return RawArticle(
        text=body,
        path=label,
        source=_clean(getattr(doc, "sitename", None)) or _clean(getattr(doc, "hostname", None)),
        date=normalize_date(_clean(getattr(doc, "date", None)), label),
        title=_clean(getattr(doc, "title", None)),
        url=_clean(getattr(doc, "url", None)),
    )
