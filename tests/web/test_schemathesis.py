"""Property-based API tests: schemathesis generates requests from /openapi.json for the /api/*
routes and checks that none of them gets a 5xx. The pipeline is faked (no model), so this is fast;
the point is the HTTP edge: parsing, limits and error answers.
"""

from __future__ import annotations

import json
import types
from collections.abc import Sequence
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

import counterpoint.nlp
from counterpoint.config import Settings
from counterpoint.records import Analysis, Article, Evidence, Finding
from counterpoint.web.app import create_app


def first_word_agrees(articles: Sequence[Article], settings: Any) -> Analysis:
    findings = tuple(
        Finding(f"f{i}", "agree", (Evidence(a.id, 0, len(a.text.split()[0])),), f"{a.id} opens.", 0.5)
        for i, a in enumerate(articles, start=1)
    )
    return Analysis(tuple(articles), (), (), (), findings)


@schemathesis.serializer("application/x-ndjson")
def _ndjson(ctx: Any, value: Any) -> bytes:
    """The schema types a JSONL body as a string; anything else is sent as one JSON line."""
    text = value if isinstance(value, str) else json.dumps(value)
    return text.encode("utf-8", errors="surrogatepass")


# The schema is read from the app in-process (ASGI); no server, no network, no lifespan.
APP = create_app(Settings(), max_request_bytes=20_000, max_articles=5)
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP).include(path_regex=r"^/api/")


@pytest.fixture
def fast_pipeline(fake_pipeline: types.ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_pipeline.analyze = first_word_agrees  # type: ignore[attr-defined]
    monkeypatch.setattr(counterpoint.nlp, "load_pipeline", lambda model: None)


@SCHEMA.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_api_never_answers_5xx(case: schemathesis.Case, fast_pipeline: None) -> None:
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
