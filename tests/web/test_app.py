"""The web app end to end with the real pipeline and the pinned English model.

Two short fictional reports of one incident (a shared figure of twelve dead), sent as JSON, as
JSONL and through the form; the limits; escaping; and four requests at once.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from counterpoint.config import load_settings
from counterpoint.report.build import validate_report
from counterpoint.web.app import create_app

with warnings.catch_warnings():  # starlette 1.x asks for httpx2; httpx is what the dev extra pins
    warnings.filterwarnings(
        "ignore", message="Using `httpx` with `starlette.testclient`", category=StarletteDeprecationWarning
    )
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.model

WIRE = {
    "source": "Northern Wire",
    "date": "2024-03-02",
    "text": (
        "Shelling killed 12 civilians in the town of Ardan on Friday, local medics said. "
        "Witnesses said the shells came from army positions east of the town. "
        "The army denied carrying out any strikes on Ardan."
    ),
}
AGENCY = {
    "source": "State News Agency",
    "date": "2024-03-02",
    "text": (
        "Twelve civilians died in Ardan on Friday when rebels fired mortars at the market, "
        "the defence ministry said. The ministry said the army had not fired on the town."
    ),
}
EVIL = {
    "source": "<img src=x onerror=alert(2)>",
    "text": "Rebels said <script>alert(1)</script> 12 people died in Ardan.",
}


def no_external_url(page: str) -> bool:
    attrs = re.findall(r"""\b(?:src|href|action|srcset|poster)\s*=\s*["']?([^"'\s>]*)""", page, re.IGNORECASE)
    return not re.search(r"https?://|@import", page) and not any(
        re.match(r"(//|[a-z][a-z0-9+.-]*:)", a, re.IGNORECASE) and not a.startswith("data:") for a in attrs
    )


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """One app for the module: the model loads once, at start-up."""
    with TestClient(create_app(load_settings(env={}))) as c:
        yield c


def post_json(client: TestClient, articles: Any) -> Any:
    return client.post("/api/compare", json=articles)


def assert_error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"ok", "error", "status", "hint"} and body["ok"] is False and body["status"] == status
    assert body["error"]
    return body


def test_form_page_has_no_external_url(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and 'name="text"' in r.text
    assert no_external_url(r.text)


def test_api_json_list(client: TestClient) -> None:
    r = post_json(client, [WIRE, AGENCY])
    assert r.status_code == 200, r.text
    report = r.json()
    validate_report(report)
    assert [a["source"] for a in report["articles"]] == ["Northern Wire", "State News Agency"]
    assert [a["text"] for a in report["articles"]] == [WIRE["text"], AGENCY["text"]]


def test_api_ndjson_gives_the_same_report(client: TestClient) -> None:
    body = "".join(json.dumps(a) + "\n" for a in (WIRE, AGENCY))
    r = client.post("/api/compare", content=body.encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    validate_report(r.json())
    assert r.content == post_json(client, [WIRE, AGENCY]).content


def test_413_on_an_oversized_body() -> None:
    with TestClient(create_app(load_settings(env={}), max_request_bytes=200)) as small:
        body = assert_error(small.post("/api/compare", json=[WIRE, AGENCY]), 413)
        assert "over the limit of 200 bytes" in body["error"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"[]", "no articles"),
        (json.dumps([WIRE] * 21).encode(), "21 articles, over the limit of 20"),
        (json.dumps([WIRE, {"source": "No text"}]).encode(), 'request:2: no "text" field'),
        (b'[{"text": "Twelve died."},', "not valid JSON"),
    ],
    ids=["none", "too-many", "no-text", "invalid-json"],
)
def test_422(client: TestClient, content: bytes, needle: str) -> None:
    r = client.post("/api/compare", content=content, headers={"content-type": "application/json"})
    assert needle in assert_error(r, 422)["error"]


def test_form_returns_the_html_report(client: TestClient) -> None:
    fields = {k: [WIRE[k], AGENCY[k]] for k in ("source", "date", "text")}
    r = client.post("/compare", data=fields, files=[("files", ("", b"", "application/octet-stream"))])
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert page.count('class="col"') == 2 and no_external_url(page)
    plain = re.sub(r"<[^>]+>", "", page)  # evidence marks cut the text into pieces
    assert "Shelling killed 12 civilians in the town of Ardan" in plain
    assert "the defence ministry said" in plain


def test_script_in_an_article_is_inert(client: TestClient) -> None:
    for r in (
        client.post("/compare", data={k: [EVIL.get(k, ""), AGENCY[k]] for k in ("source", "date", "text")}),
        client.post("/compare", files=[("files", ("evil.jsonl", json.dumps(EVIL).encode(), "text/plain"))]),
    ):
        assert r.status_code == 200, r.text
        assert "<script>alert(1)</script>" not in r.text and "<img src=x" not in r.text
        plain = re.sub(r"<[^>]+>", "", r.text)  # evidence marks may cut the text into pieces
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in plain and "&lt;img src=x" in plain
    report = post_json(client, [EVIL, AGENCY]).json()
    assert report["articles"][0]["text"] == EVIL["text"]  # JSON keeps the text as given


def test_concurrent_requests(client: TestClient) -> None:
    alone = post_json(client, [WIRE, AGENCY]).content
    with ThreadPoolExecutor(max_workers=4) as pool:
        responses = list(pool.map(lambda _: post_json(client, [WIRE, AGENCY]), range(4)))
    assert [r.status_code for r in responses] == [200] * 4
    assert all(r.content == alone for r in responses)  # deterministic, whatever the interleaving
