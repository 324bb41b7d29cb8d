"""The raw quantity of one Doc, before extract/__init__ maps it to a records.Quantity: kept in a module
of its own so that quantities.py and zero_counts.py both build it."""

from __future__ import annotations

from dataclasses import dataclass

from .numparse import NumberMatch


@dataclass(slots=True)
class RawQuantity:
    start: int  # Doc character offsets of the whole phrase ("up to 350 terrorists")
    end: int
    number: NumberMatch
    noun: str | None
    category: str | None
    role: str | None
    group: int | None
    revision: bool
    preliminary: bool
    increment: bool
    correction: bool = False
