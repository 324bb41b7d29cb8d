"""The ``counterpoint.report/1`` dict and its views (JSON, Markdown, CSV; HTML in ``report.html``).

``build_report`` is the only place records become the report; every other function here reads
that dict (STYLE habit 10). ``report.html`` needs Jinja2 templates and is imported where used.
"""

from __future__ import annotations

from .build import SCHEMA_ID, build_report, load_schema, validate_report
from .csv import write_csv
from .json import dumps_report
from .markdown import render_markdown

__all__ = [
    "SCHEMA_ID",
    "build_report",
    "dumps_report",
    "load_schema",
    "render_markdown",
    "validate_report",
    "write_csv",
]
