"""The web app's HTTP contract, fast: a fake pipeline and no spaCy model.

Routes, limits (413/415/422 in the one error shape), the form and its uploads, escaping, the
.json twin, start-up, and that comparisons run off the event loop one at a time.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
import types
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from html.parser import HTMLParser
from typing import Any

import click.testing
import pytest
from fastapi import FastAPI
from starlette.exceptions import StarletteDeprecationWarning

import counterpoint.nlp
from counterpoint.config import Settings
from counterpoint.errors import ConfigError, ReportInvariantError
from counterpoint.records import Analysis, Article, Evidence, Finding
from counterpoint.report.build import validate_report
from counterpoint.web import views
from counterpoint.web.app import create_app

with warnings.catch_warnings():  # starlette 1.x asks for httpx2; httpx is what the dev extra pins
    warnings.filterwarnings(
        "ignore", message="Using `httpx` with `starlette.testclient`", category=StarletteDeprecationWarning
    )
    from fastapi.testclient import TestClient

A1 = "Source: Northern Wire\nDate: 2024-03-02\n\nShelling killed 12 people in Ardan on Friday, medics said."
A2 = "The ministry said 4 people died in Ardan and denied any shelling."
NDJSON = {"content-type": "application/x-ndjson"}
BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


# --------------------------------------------------------------------------- fixtures


def first_word_agrees(articles: Sequence[Article], settings: Any) -> Analysis:
    """One 'agree' finding per article on its first word, so the HTML view has evidence to show."""
    findings = tuple(
        Finding(
            id=f"f{i}", relation="agree", evidence=(Evidence(a.id, 0, len(a.text.split()[0])),),
            explanation=f"{a.id} opens the story.", confidence=0.5,
        )
        for i, a in enumerate(articles, start=1)
    )
    return Analysis(tuple(articles), (), (), (), findings)


@pytest.fixture
def model_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stands in for ``nlp.load_pipeline``; records each model name the app asks for."""
    calls: list[str] = []
    monkeypatch.setattr(counterpoint.nlp, "load_pipeline", calls.append)
    return calls


@pytest.fixture
def analyze(fake_pipeline: types.ModuleType) -> types.ModuleType:
    fake_pipeline.analyze = first_word_agrees  # type: ignore[attr-defined]
    return fake_pipeline


@pytest.fixture
def make_client(analyze: types.ModuleType, model_loads: list[str]) -> Iterator[Callable[..., TestClient]]:
    """``make_client(**create_app kwargs)``: a started TestClient (lifespan run) on a fresh app."""
    with ExitStack() as stack:

        def make(*, raise_server_exceptions: bool = True, **kwargs: Any) -> TestClient:
            app = create_app(Settings(), **kwargs)
            return stack.enter_context(TestClient(app, raise_server_exceptions=raise_server_exceptions))

        yield make


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


def assert_error(response: Any, status: int, *needles: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "status", "hint"}
    assert body["ok"] is False and body["status"] == status and isinstance(body["error"], str)
    for needle in needles:
        assert needle in body["error"], body
    return body


class _Refs(HTMLParser):
    """Every URL-valued attribute, plus script/style/link elements, of a page."""

    URL_ATTRS = frozenset({"src", "href", "action", "formaction", "srcset", "poster", "data", "background"})

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v or "" for k, v in attrs if k in self.URL_ATTRS]


def external_urls(page: str) -> list[str]:
    """URLs in ``page`` that leave this server (a scheme other than data:, or a //host)."""
    parser = _Refs()
    parser.feed(page)
    leaving = re.compile(r"\s*(//|[a-z][a-z0-9+.-]*:)", re.IGNORECASE)
    found = [u for u in parser.urls if leaving.match(u) and not u.startswith("data:")]
    found += re.findall(r"https?://[^\s\"'<>)]+|@import", page)
    return found


# --------------------------------------------------------------------------- pages


def test_form_page(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert external_urls(page) == []
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert page.count('name="source"') == page.count('name="date"') == page.count('name="text"') == 2
    assert re.search(r'<form[^>]+method="post"[^>]+action="compare"[^>]+enctype="multipart/form-data"', page)
    assert re.search(r'<input type="file"[^>]+name="files"[^>]+accept="[^"]*\.jsonl[^"]*"[^>]+multiple', page)
    for ext in (".txt", ".md", ".html", ".htm", ".jsonl"):
        assert ext in re.search(r'accept="([^"]*)"', page).group(1)  # type: ignore[union-attr]
    assert 'id="add-article"' in page and 'data-max="4"' in page


def test_static_css_is_plain_and_local(client: TestClient) -> None:
    r = client.get("/static/style.css")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")
    assert "url(" not in r.text and "@import" not in r.text


def test_health(client: TestClient) -> None:
    assert client.get("/health").json() == {"ok": True}


def test_model_loaded_once_at_startup(make_client: Callable[..., TestClient], model_loads: list[str]) -> None:
    c = make_client()
    assert model_loads == [Settings().model]
    for _ in range(3):
        assert c.post("/api/compare", json=[{"text": A1}]).status_code == 200
    assert model_loads == [Settings().model]


def test_openapi_documents_the_api(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/api/compare"]["post"]
    assert set(op["requestBody"]["content"]) == {"application/json", "application/x-ndjson"}
    assert {"200", "413", "415", "422"} <= set(op["responses"])
    assert set(spec["paths"]) >= {"/", "/health", "/compare", "/compare.json", "/api/compare"}
    schemas = spec["components"]["schemas"]
    assert {"ErrorBody", "Report"} <= set(schemas)
    refs = re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(spec))
    assert refs and all(name in schemas for name in refs)


def test_unknown_route_and_method_use_the_error_shape(client: TestClient) -> None:
    assert_error(client.get("/nope"), 404)
    body = assert_error(client.get("/api/compare"), 405)
    assert body["error"] == "Method Not Allowed"
    page = client.get("/nope", headers=BROWSER)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert external_urls(page.text) == []


# --------------------------------------------------------------------------- POST /api/compare


def test_api_json_list(client: TestClient) -> None:
    r = client.post("/api/compare", json=[{"text": A1, "title": "Ardan"}, {"text": A2, "source": "Ministry"}])
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    report = r.json()
    validate_report(report)
    a1, a2 = report["articles"]
    assert (a1["id"], a1["path"], a1["source"], a1["date"], a1["title"]) == (
        "a1", "request:1", "Northern Wire", "2024-03-02", "Ardan"
    )
    assert a1["text"].startswith("Shelling killed") and (a2["source"], a2["text"]) == ("Ministry", A2)


def test_api_ndjson_and_sniffing(client: TestClient) -> None:
    lines = "\n".join(json.dumps({"text": t}) for t in (A1, A2)) + "\n"
    for headers in (NDJSON, {"content-type": "application/jsonl"}, {"content-type": "text/plain"}):
        r = client.post("/api/compare", content=lines.encode(), headers=headers)
        assert r.status_code == 200, r.text
        assert [a["path"] for a in r.json()["articles"]] == ["request:1", "request:2"]
    listed = json.dumps([{"text": A1}, {"text": A2}]).encode()
    r = client.post("/api/compare", content=listed, headers={"content-type": ""})
    assert r.status_code == 200 and len(r.json()["articles"]) == 2


def test_api_same_bytes_for_same_input(client: TestClient) -> None:
    body = [{"text": A1}, {"text": A2}]
    assert client.post("/api/compare", json=body).content == client.post("/api/compare", json=body).content


@pytest.mark.parametrize(
    ("body", "headers", "needle"),
    [
        (b"[]", {}, "no articles"),
        (b"", NDJSON, "empty body"),
        (b"   \n", {}, "empty body"),
        (b'{"text": "one object"}', {}, "not a list"),
        (b'[{"source": "no text"}]', {}, 'request:1: no "text" field'),
        (b'[{"text": "fine"}, {"text": 5}]', {}, "request:2: a non-string (int)"),
        (b'[{"text": "fine"}, "a string"]', {}, "request:2: not a JSON object"),
        (b'[{"text": "x", "date": 20240302}]', {}, '"date" must be a string'),
        (b'[{"text": "   "}]', {}, "request:1: empty article"),
        (b'[{"text": "unfinished"', {}, "not valid JSON"),
        (b'{"text": "a"}\nnot json\n', NDJSON, "request:2: not valid JSON"),
        (b"[" * 5000 + b"]" * 5000, {}, "nested too deeply"),
        (b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}", NDJSON, "nested too deeply"),
        (b"\x00\x01binary", NDJSON, "binary"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_api_bad_input_is_422(client: TestClient, body: bytes, headers: dict[str, str], needle: str) -> None:
    r = client.post("/api/compare", content=body, headers={"content-type": "application/json", **headers})
    assert_error(r, 422, needle)


def test_api_too_many_articles_is_422(make_client: Callable[..., TestClient]) -> None:
    c = make_client(max_articles=3)
    assert c.post("/api/compare", json=[{"text": f"Article {i}."} for i in range(3)]).status_code == 200
    body = assert_error(c.post("/api/compare", json=[{"text": f"Article {i}."} for i in range(4)]), 422)
    assert body["error"] == "4 articles, over the limit of 3" and "at most 3" in (body["hint"] or "")
    lines = "".join(json.dumps({"text": f"Article {i}."}) + "\n" for i in range(4))
    assert_error(c.post("/api/compare", content=lines, headers=NDJSON), 422, "over the limit of 3")


def test_api_other_media_type_is_415(client: TestClient) -> None:
    r = client.post("/api/compare", content=b"<articles/>", headers={"content-type": "application/xml"})
    assert_error(r, 415, "application/xml")


def test_article_size_limit_is_per_article(make_client: Callable[..., TestClient]) -> None:
    c = make_client()  # settings.max_bytes: 1_000_000 per article
    big = "Shelling. " * 100_001
    r = c.post("/api/compare", json=[{"text": "ok"}, {"text": big}])
    assert_error(r, 422, "request:2: ", "over the limit of 1000000 bytes")


# --------------------------------------------------------------------------- 413


def test_413_by_content_length(make_client: Callable[..., TestClient]) -> None:
    c = make_client(max_request_bytes=1000)
    ok = json.dumps([{"text": "x" * 900}])
    assert c.post("/api/compare", content=ok, headers={"content-type": "application/json"}).status_code == 200
    r = c.post("/api/compare", json=[{"text": "x" * 1000}])
    body = assert_error(r, 413, "over the limit of 1000 bytes")
    assert f"request body of {len(r.request.content)} bytes" in body["error"]


def test_413_while_reading_a_body_without_content_length(make_client: Callable[..., TestClient]) -> None:
    c = make_client(max_request_bytes=1000)

    def chunks() -> Iterator[bytes]:
        yield b'[{"text": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}]'

    r = c.post("/api/compare", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in r.request.headers
    assert_error(r, 413, "over the limit of 1000 bytes")


def test_413_on_the_form(make_client: Callable[..., TestClient]) -> None:
    c = make_client(max_request_bytes=1000)
    assert_error(c.post("/compare", data={"text": ["x" * 2000]}), 413)
    page = c.post("/compare", data={"text": ["x" * 2000]}, headers=BROWSER)
    assert page.status_code == 413 and "over the limit of 1000 bytes" in page.text
    assert page.headers["content-type"].startswith("text/html")


# --------------------------------------------------------------------------- the form


def test_form_returns_the_html_report_escaped(client: TestClient) -> None:
    evil = "Militia <script>alert(1)</script> & <b>bold</b> shelled Ardan on Friday."
    r = client.post(
        "/compare",
        data={"source": ["Northern <Wire>", ""], "date": ["2024-03-02", ""], "text": [evil, A2]},
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "<script>alert(1)</script>" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "Northern &lt;Wire&gt;" in page and "Northern <Wire>" not in page
    assert "ministry said 4 people died in Ardan" in page
    assert page.count('class="col"') == 2 and 'class="finding rel-agree"' in page
    assert external_urls(page) == []
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_form_json_twin(client: TestClient) -> None:
    r = client.post("/compare.json", data={"source": ["S1", "S2"], "date": ["", ""], "text": [A1, A2]})
    assert r.status_code == 200
    report = r.json()
    validate_report(report)
    assert [(a["path"], a["source"]) for a in report["articles"]] == [("pasted:1", "S1"), ("pasted:2", "S2")]
    # the typed source wins over the text's header line; the header's date is kept
    assert report["articles"][0]["date"] == "2024-03-02"


def test_form_skips_blank_blocks_and_reads_uploads(client: TestClient) -> None:
    rows = (("Row one text.", "R1"), ("Row two.", "R2"))
    jsonl = "\n".join(json.dumps({"text": t, "source": s}) for t, s in rows)
    page = (
        "<html><head><title>Ardan shelling</title></head><body><article><h1>Ardan shelling</h1>"
        + "<p>Rescue workers in Ardan said the shelling on Friday killed twelve people and wounded "
        "dozens more in the market district, where families had gathered before the evening prayer.</p>" * 3
        + "</article></body></html>"
    )
    r = client.post(
        "/compare.json",
        data={"source": ["", "Typed"], "date": ["", ""], "text": ["", "Pasted text here."]},
        files=[
            ("files", ("C:\\Users\\me\\wire.txt", b"source: File Wire\n\nFile body.", "text/plain")),
            ("files", ("rows.jsonl", jsonl.encode(), "application/x-ndjson")),
            ("files", ("page.html", page.encode(), "text/html")),
            ("files", ("", b"", "application/octet-stream")),  # "no file chosen"
        ],
    )
    assert r.status_code == 200, r.text
    arts = r.json()["articles"]
    assert [(a["id"], a["path"], a["source"]) for a in arts[:4]] == [
        ("a1", "pasted:2", "Typed"),
        ("a2", "wire.txt", "File Wire"),
        ("a3", "rows.jsonl:1", "R1"),
        ("a4", "rows.jsonl:2", "R2"),
    ]
    assert arts[4]["path"] == "page.html" and "twelve people" in arts[4]["text"]


def test_form_upload_of_another_kind_is_422(client: TestClient) -> None:
    files = [("files", ("a.pdf", b"%PDF", "application/pdf"))]
    r = client.post("/compare.json", data={"text": ["One."]}, files=files)
    assert_error(r, 422, "a.pdf: not an article file")


def test_html_upload_without_the_html_extra_is_422(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    r = client.post("/compare.json", files=[("files", ("p.html", b"<p>Hello there.</p>", "text/html"))])
    body = assert_error(r, 422, "p.html")
    assert "counterpoint[html]" in (body["hint"] or "")


def test_form_error_comes_back_as_the_filled_form(client: TestClient) -> None:
    r = client.post(
        "/compare",
        data={
            "source": ["Kept <i>source</i>", "Only a source"],
            "date": ["", ""],
            "text": ["Kept <b>text</b>.", ""],
        },
        headers=BROWSER,
    )
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert 'role="alert"' in page and "pasted:2: empty article" in page
    assert "Kept &lt;b&gt;text&lt;/b&gt;." in page and 'value="Kept &lt;i&gt;source&lt;/i&gt;"' in page
    assert "<b>text</b>" not in page and external_urls(page) == []
    # the same mistake from a non-browser client: the JSON shape
    r = client.post("/compare", data={"source": ["S"], "text": [""]})
    assert_error(r, 422, "pasted:1: empty article")


def test_form_with_nothing_is_422(client: TestClient) -> None:
    blank = {"source": ["", ""], "date": ["", ""], "text": ["", ""]}
    assert_error(client.post("/compare", data=blank), 422, "no articles")
    assert_error(client.post("/compare.json", files=[("files", ("", b"", "application/octet-stream"))]), 422)
    assert_error(client.post("/compare.json", data={"source": ["a", "b"], "text": ["x"]}), 422, "more source")


def test_form_too_many_files_is_422(make_client: Callable[..., TestClient]) -> None:
    c = make_client(max_articles=2)
    files = [("files", (f"f{i}.txt", f"Text {i}.".encode(), "text/plain")) for i in range(3)]
    assert_error(c.post("/compare.json", files=files), 422, "form:")


def test_input_warnings_lead_the_report_warnings(client: TestClient) -> None:
    r = client.post("/compare.json", data={"source": ["", ""], "date": ["sometime", ""], "text": [A2, A2]})
    assert r.status_code == 200
    report = r.json()
    assert [a["id"] for a in report["articles"]] == ["a1"]
    assert any("pasted:1: date 'sometime'" in w for w in report["warnings"])
    assert any("pasted:2: same text as pasted:1 (a1); kept once" in w for w in report["warnings"])


# --------------------------------------------------------------------------- failures and threads


def test_a_bug_is_500_in_the_error_shape(
    make_client: Callable[..., TestClient], analyze: types.ModuleType
) -> None:
    c = make_client(raise_server_exceptions=False)

    def broken(articles: Sequence[Article], settings: Any) -> Analysis:
        raise RuntimeError("boom")

    analyze.analyze = broken  # type: ignore[attr-defined]
    body = assert_error(c.post("/api/compare", json=[{"text": A1}]), 500, "internal error")
    assert "boom" not in json.dumps(body)

    def bad_report(articles: Sequence[Article], settings: Any) -> Analysis:
        raise ReportInvariantError("span a1:0-3 does not match", "this is a bug")

    analyze.analyze = bad_report  # type: ignore[attr-defined]
    assert_error(c.post("/api/compare", json=[{"text": A1}]), 500, "span a1:0-3")


def test_comparisons_run_off_the_event_loop_one_at_a_time(
    client: TestClient, analyze: types.ModuleType
) -> None:
    state = {"active": 0, "most": 0}
    guard = threading.Lock()
    release = threading.Event()

    def slow(articles: Sequence[Article], settings: Any) -> Analysis:
        with guard:
            state["active"] += 1
            state["most"] = max(state["most"], state["active"])
        release.wait(10)
        time.sleep(0.02)
        with guard:
            state["active"] -= 1
        return first_word_agrees(articles, settings)

    analyze.analyze = slow  # type: ignore[attr-defined]
    with ThreadPoolExecutor(4) as pool:
        bodies = [[{"text": f"{A1} {i}"}, {"text": A2}] for i in range(4)]
        futures = [pool.submit(client.post, "/api/compare", json=body) for body in bodies]
        deadline = time.monotonic() + 10
        while state["active"] == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert client.get("/health").json() == {"ok": True}  # the loop answers while one analysis runs
        release.set()
        responses = [f.result(timeout=30) for f in futures]
    assert [r.status_code for r in responses] == [200] * 4
    assert sorted(r.json()["articles"][0]["text"][-1] for r in responses) == ["0", "1", "2", "3"]
    assert state["most"] == 1


# --------------------------------------------------------------------------- app and CLI


def test_one_process_whatever_workers_says(analyze: types.ModuleType, model_loads: list[str]) -> None:
    seen: list[int] = []

    def record(articles: Sequence[Article], settings: Any) -> Analysis:
        seen.append(settings.workers)
        return first_word_agrees(articles, settings)

    analyze.analyze = record  # type: ignore[attr-defined]
    app = create_app(Settings(workers=4))
    with TestClient(app) as c:
        assert c.post("/api/compare", json=[{"text": A1}]).status_code == 200
    assert seen == [1]


@pytest.mark.parametrize("kwargs", [{"max_request_bytes": 0}, {"max_articles": -1}, {"max_articles": True}])
def test_create_app_rejects_bad_limits(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError, match=next(iter(kwargs))):
        create_app(Settings(), **kwargs)


def test_serve_builds_this_app(cli_runner: click.testing.CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from counterpoint.cli import cli

    ran: dict[str, Any] = {}
    fake_uvicorn = types.ModuleType("uvicorn")
    fake_uvicorn.run = lambda app, **kw: ran.update(app=app, **kw)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "uvicorn", fake_uvicorn)
    result = cli_runner.invoke(cli, ["serve", "--port", "8123"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert isinstance(ran["app"], FastAPI) and (ran["host"], ran["port"]) == ("127.0.0.1", 8123)


@pytest.mark.parametrize(
    ("given", "shown"),
    [("a.txt", "a.txt"), ("C:\\Users\\me\\a.txt", "a.txt"), ("../../etc/passwd", "passwd"), ("", "upload-3"),
     ("bad\x00\nname.md", "badname.md")],
)  # fmt: skip
def test_upload_name(given: str, shown: str) -> None:
    assert views.upload_name(given, 3) == shown
