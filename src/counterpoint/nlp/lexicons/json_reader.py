"""The checked JSON reader every lexicon parser uses: an object that rejects unknown keys and names
file and key in every error (a ConfigError), and the checks all files share (the ``_meta`` block,
one owner per name).

Separate from :mod:`.validate` so that the parsers by file (:mod:`.parse_names`, :mod:`.parse_terms`,
:mod:`.parse_cues`) can use it while :mod:`.validate` imports them to pick one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NoReturn, TypeVar

from ...errors import ConfigError
from .folding import surface_tokens
from .shapes import Meta

MISSING: Any = object()
T = TypeVar("T")


def fail(file: str, where: str, message: str) -> NoReturn:
    raise ConfigError(f"lexicon {file}: {where}: {message}", f"fix {where} in src/counterpoint/nlp/lexicons/{file}")


class Obj:
    """A JSON object being read, with its path for error messages; rejects unknown keys."""

    def __init__(self, file: str, where: str, value: Any, allowed: Iterable[str]) -> None:
        self.file, self.where = file, where
        if not isinstance(value, dict):
            fail(file, where, f"expected an object, got {type(value).__name__}")
        allowed = set(allowed)
        for key in value:
            if key not in allowed and not key.startswith("_"):
                fail(file, f"{where}.{key}", f"unknown key (known: {', '.join(sorted(allowed))})")
        self.value: dict[str, Any] = value

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def raw(self, key: str, default: Any = MISSING) -> Any:
        if key not in self.value:
            if default is MISSING:
                fail(self.file, self.at(key), "missing")
            return default
        return self.value[key]

    def text(self, key: str, default: Any = MISSING, choices: Iterable[str] | None = None) -> Any:
        v = self.raw(key, default)
        if v is default and default is not MISSING:
            return v
        if not isinstance(v, str) or not v.strip():
            fail(self.file, self.at(key), f"expected a non-empty string, got {v!r}")
        if choices is not None and v not in set(choices):
            fail(self.file, self.at(key), f"{v!r} is not one of {', '.join(choices)}")
        return v

    def strs(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        v = self.raw(key, MISSING if required else [])
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            fail(self.file, self.at(key), "expected a list of non-empty strings")
        return tuple(dict.fromkeys(v))

    def num(self, key: str, default: Any, lo: float, hi: float) -> Any:
        v = self.raw(key, default)
        if isinstance(v, bool) or not isinstance(v, int | float) or not lo <= v <= hi:
            fail(self.file, self.at(key), f"expected a number in [{lo}, {hi}], got {v!r}")
        return v

    def flag(self, key: str) -> bool:
        v = self.raw(key, False)
        if not isinstance(v, bool):
            fail(self.file, self.at(key), f"expected true or false, got {v!r}")
        return v

    def items(self, key: str) -> list[tuple[str, Any]]:
        v = self.raw(key)
        if not isinstance(v, list):
            fail(self.file, self.at(key), "expected a list")
        return [(f"{self.at(key)}[{i}]", x) for i, x in enumerate(v)]

    def obj(self, key: str, allowed: Iterable[str]) -> Obj:
        return Obj(self.file, self.at(key), self.raw(key), allowed)


def parse_meta(file: str, raw: Any) -> Meta:
    if not isinstance(raw, dict):
        fail(file, "(top level)", "expected an object")
    m = Obj(file, "_meta", raw.get("_meta"), ("version", "description", "provenance", "notes"))
    return Meta(file, m.text("version"), m.text("description"), m.text("provenance"), m.strs("notes", required=False))


def _key(text: str) -> tuple[str, ...]:
    """Folded lookup key; a leading "the" is not part of a name."""
    toks = surface_tokens(text)
    return toks[1:] if len(toks) > 1 and toks[0] == "the" else toks


def unique(file: str, where: str, owners: dict[tuple[str, ...], str], form: str, owner: str) -> None:
    key = _key(form)
    if not key:
        fail(file, where, f"{form!r} has no letters or digits")
    if owners.setdefault(key, owner) != owner:
        fail(file, where, f"{form!r} belongs to both {owners[key]!r} and {owner!r}")


def mapping(file: str, where: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        fail(file, where, "expected an object of strings")
    return dict(value)
