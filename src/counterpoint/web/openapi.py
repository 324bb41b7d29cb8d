"""What the app's OpenAPI view (``/docs``, ``/openapi.json``) documents beyond FastAPI's own: the
report's JSON schema as components, the form's multipart body, an article of the JSON API, and
the one error shape every route answers with.
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from fastapi import FastAPI
from pydantic import BaseModel


class ErrorBody(BaseModel):
    """Every error the app answers, whatever the route (STYLE habit 5)."""

    ok: Literal[False] = False
    error: str
    status: int
    hint: str | None = None


ARTICLE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": {"type": "string", "description": "The article; header lines at its top are read."},
        "source": {"type": ["string", "null"], "description": "The outlet."},
        "date": {"type": ["string", "null"], "description": "Publication date, best as yyyy-mm-dd."},
        "title": {"type": ["string", "null"]},
        "url": {"type": ["string", "null"]},
    },
}


def report_components() -> dict[str, Any]:
    """The packaged report schema as OpenAPI components (its ``$defs`` become ``Report_*``)."""
    from ..report.build import load_schema

    raw = copy.deepcopy(load_schema())
    defs = raw.pop("$defs", {})
    raw.pop("$schema", None)
    raw.pop("$id", None)

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: "#/components/schemas/Report_" + v.removeprefix("#/$defs/")
                if k == "$ref" and isinstance(v, str) and v.startswith("#/$defs/")
                else fix(v)
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [fix(x) for x in node]
        return node

    return {"Report": fix(raw), **{f"Report_{name}": fix(d) for name, d in defs.items()}}


def install_openapi(app: FastAPI) -> None:
    default = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = default()
            schema.setdefault("components", {}).setdefault("schemas", {}).update(report_components())
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  (FastAPI's documented way to extend it)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    what = {
        413: "The body is over the size limit.",
        415: "The body is not JSON or JSONL.",
        422: "The input is not articles: bad JSON, an article without text, none, or too many.",
    }
    return {s: {"model": ErrorBody, "description": what[s]} for s in statuses}


REPORT_RESPONSE = {
    "description": "The counterpoint.report/1 dict.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}},
}
FORM_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "source": {"type": "array", "items": {"type": "string"}},
                    "date": {"type": "array", "items": {"type": "string"}},
                    "text": {"type": "array", "items": {"type": "string"}},
                    "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                },
            }
        }
    },
}
