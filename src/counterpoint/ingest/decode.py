"""Bytes -> text for every reader: BOMs, UTF-8, a cp1252 fallback with a warning, binary refusal.

The text is kept exactly as decoded: line endings (``\\r\\n``, ``\\r``) are *not* rewritten, so
offsets into the body are offsets into what the file says. Only a byte-order mark is dropped.
"""

from __future__ import annotations

import codecs
import re
import warnings

from ..errors import InputError


class InputWarning(UserWarning):
    """Input that could be read, but not quite as given (encoding guessed, bad date, duplicate)."""


_BOMS = (
    # UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BINARY_HINT = "give text, JSONL or HTML files saved as UTF-8"


def _cp1252_or_latin1(err: UnicodeError) -> tuple[str, int]:
    """Error handler: the five bytes cp1252 leaves undefined become their Latin-1 code points.

    This is what the WHATWG "windows-1252" decoder does, so no byte is ever lost or replaced.
    """
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return "".join(chr(b) for b in bad), err.end


codecs.register_error("counterpoint-cp1252", _cp1252_or_latin1)


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, label: str, *, declared: str | None = None) -> str:
    """Decode one input's bytes; ``label`` names it in errors and warnings.

    Order: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32); NUL bytes without a BOM mean a binary
    file (``InputError``); valid UTF-8 is UTF-8; otherwise the ``declared`` charset (an HTML
    ``<meta charset>``) if it decodes, else cp1252 with an ``InputWarning``.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8":
                data = data[len(bom) :]
                break
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{label}: starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()}"
                    f" (byte {exc.start + len(bom)})",
                    "save the file as UTF-8",
                ) from None
    if b"\x00" in data:
        raise InputError(f"{label}: binary file (contains NUL bytes)", _BINARY_HINT)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _known_codec(declared)
    if codec is not None and codec not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    warnings.warn(f"{label}: not UTF-8; read as cp1252", InputWarning, stacklevel=2)
    return data.decode("cp1252", errors="counterpoint-cp1252")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` near its top, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None
