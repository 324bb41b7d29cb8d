"""Deterministic JSON writer for the report (STYLE habit 10).

Keys keep the insertion order ``build_report`` gives them (no sorting, which would scatter
``id`` to the middle of a record), non-ASCII text is written as is, and nothing depends on the
clock: the same report gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def dumps_report(report: Mapping[str, Any]) -> str:
    """The report as pretty-printed JSON text ending in one newline."""
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False, allow_nan=False) + "\n"
