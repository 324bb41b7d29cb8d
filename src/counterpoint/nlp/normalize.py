"""The working copy spaCy sees, and the map from its offsets back to the article body.

``working_copy(text)`` folds typographic variants that only get in the way of matching:

* curly single quotes and the modifier apostrophe (‘ ’ ‛ ʼ) -> ``'``, except an apostrophe inside a
  name ("Sa’dah", "Hay'at"; not "don't" or "Yemen's") -> ``ʼ`` (U+02BC), a letter, which spaCy's
  small model keeps in one name token where a plain ``'`` breaks the parse;
* curly double quotes (“ ” „ ‟) -> ``"``, and a double quote typed as two curly singles (‘‘ ’’,
  as some wires print them) -> ``"`` with the first single removed;
* no-break and other odd spaces (U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000) -> ``' '``;
* zero-width characters (U+200B-U+200D, U+2060, U+FEFF) and the soft hyphen (U+00AD) are removed.

En and em dashes stay (spaCy's tokenizer handles them). Folding is one character for one, so
only removals move offsets: when nothing is removed ``to_original`` is the identity (a ``range``,
built in O(1)); otherwise it is a tuple. Either way ``to_original[i]`` is the body index of the
character that became ``text[i]`` and ``to_original[len(text)] == len(body)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_SINGLE_QUOTES = "\u2018\u2019\u201b\u02bc"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f"
_SPACES = "\u00a0" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f\u3000"
REMOVED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_TABLE: dict[int, str | None] = {
    **{ord(c): "'" for c in _SINGLE_QUOTES},
    **{ord(c): '"' for c in _DOUBLE_QUOTES},
    **{ord(c): " " for c in _SPACES},
    **{ord(c): None for c in REMOVED},
}
_REMOVED_RE = re.compile(f"[{REMOVED}]+")
_PAIRED_SINGLES = re.compile("\u2018\u2018|\u2019\u2019")  # ‘‘a quote’’: two singles for a double


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised working copy of a body and the map back to the body's offsets.

    ``to_original`` has ``len(text) + 1`` entries (a tuple, or a ``range`` when it is the
    identity); it is increasing, and its last entry is the body's length.
    """

    text: str
    to_original: Sequence[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The body span ``[start', end')`` holding the characters of ``text[start:end]``.

        Removed characters at the edges are left out, so the body slice begins and ends with the
        characters that became the first and last characters of ``text[start:end]``. An empty span
        maps to an empty span.
        """
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside 0:{len(self.text)}")
        first = self.to_original[start]
        if end == start:
            return first, first
        return first, self.to_original[end - 1] + 1

    def original_offset(self, index: int) -> int:
        """The body index for ``text[index]`` (``index == len(text)`` gives the body's length)."""
        return self.to_original[index]


# an apostrophe inside a name ("Sa'dah", "Hay'at", "Ma'arrat"), not a contraction or a possessive
_NAME_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])(?!(?:s|t|re|ve|ll|d|m)\b)", re.IGNORECASE)
_LETTER_APOSTROPHE = "\u02bc"  # the modifier letter: spaCy's small model reads "Saʼdah" as one name, "Sa'dah" not


def _paired_singles_as_doubles(text: str) -> str:
    """‘‘a quote’’ with two curly singles for each double: each pair becomes a removed character
    and a double quote, the same length, so offsets hold. Only an opening pair that no letter or
    digit precedes, and a closing pair once one is open: "the rebels’’" is a possessive and a
    single quote closing, not a double."""
    out, opened, last = [], 0, 0
    for m in _PAIRED_SINGLES.finditer(text):
        opening = m.group()[0] == "\u2018"
        if opening and m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        if not opening and not opened:
            continue
        opened += 1 if opening else -1
        out += [text[last:m.start()], "\u200b", "\u201c" if opening else "\u201d"]
        last = m.end()
    return "".join(out) + text[last:] if out else text


def working_copy(text: str) -> Normalized:
    """Fold quotes and spaces, drop zero-width characters; see the module docstring."""
    if text.isascii():
        if "'" in text:
            text = _NAME_APOSTROPHE.sub(_LETTER_APOSTROPHE, text)
        return Normalized(text, range(len(text) + 1))
    text = _paired_singles_as_doubles(text)
    folded = _NAME_APOSTROPHE.sub(_LETTER_APOSTROPHE, text.translate(_TABLE))
    if len(folded) == len(text):
        return Normalized(folded, range(len(text) + 1))
    keep: list[int] = []
    prev = 0
    for m in _REMOVED_RE.finditer(text):
        keep.extend(range(prev, m.start()))
        prev = m.end()
    keep.extend(range(prev, len(text) + 1))
    return Normalized(folded, tuple(keep))
