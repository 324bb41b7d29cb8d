"""report.build: the report-v1 dict, its span/reference checks, schema validation, determinism."""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest

from counterpoint.errors import ReportInvariantError
from counterpoint.records import Analysis, Evidence, Mention
from counterpoint.report import build_report, dumps_report, validate_report
from counterpoint.report.build import load_schema


def test_build_report_matches_spec_shape(tiny_analysis: Analysis) -> None:
    report = build_report(tiny_analysis)
    validate_report(report)
    assert report["schema"] == "counterpoint.report/1"
    assert list(report)[:6] == ["schema", "articles", "entities", "claims", "quantities", "findings"]
    assert [a["id"] for a in report["articles"]] == ["a1", "a2"]
    assert list(report["articles"][0]) == ["id", "path", "source", "date", "title", "url", "text"]
    assert "duplicates" not in report["articles"][0]
    assert report["articles"][1]["duplicates"] == ["in/rebels-copy.txt"]
    assert report["warnings"] == ["in/rebels-copy.txt: same text as in/rebels.txt (a2); kept once"]


def test_entities_claims_quantities_fields(tiny_analysis: Analysis) -> None:
    report = build_report(tiny_analysis)
    place, actor = report["entities"]
    assert place["geo"] == {
        "lat": 35.43, "lon": 36.5, "gazetteer_id": "geonames:170000",
        "admin1": "Hama", "country": "SY", "precision": "place",
    }  # fmt: skip
    assert place["labels"] == {}
    assert actor["geo"] is None
    assert actor["labels"] == {"a1": ["terrorists"], "a2": ["rebels"]}
    assert [m["article"] for m in place["mentions"]] == ["a1", "a2"]
    (claim,) = report["claims"]
    assert claim["event"] == {
        "type": "attack_repelled", "actors": ["e2"], "targets": [], "place": "e1",
        "date": "2019-05-24", "polarity": -1,
    }  # fmt: skip
    assert claim["speaker"] is None and claim["stance"] == "asserted"
    q1, q2 = report["quantities"]
    assert (q1["low"], q1["high"], q1["approx"]) == (None, 350, False)
    assert isinstance(q1["high"], int)
    assert (q2["low"], q2["high"], q2["approx"]) == (50, 50, True)
    assert (q1["kind"], q1["role"], q1["category"], q1["claim"]) == ("count", "killed", "combatants", "c1")


def test_findings_have_evidence_text_and_rounded_confidence(tiny_analysis: Analysis) -> None:
    report = build_report(tiny_analysis)
    by_id = {f["id"]: f for f in report["findings"]}
    assert [f["relation"] for f in report["findings"]] == ["agree", "contradict", "dispute", "omission", "framing"]
    assert by_id["f2"]["confidence"] == 0.83
    assert by_id["f4"]["missing_from"] == ["a2"]
    assert by_id["f1"]["missing_from"] == []
    texts = {a["id"]: a["text"] for a in report["articles"]}
    for finding in report["findings"]:
        for ev in finding["evidence"]:
            assert texts[ev["article"]][ev["start"] : ev["end"]] == ev["text"]
    assert by_id["f2"]["evidence"][1]["text"] == "Rebels captured Kafr Nabudah"


def test_every_span_in_the_report_matches_its_text(tiny_analysis: Analysis) -> None:
    report = build_report(tiny_analysis)
    texts = {a["id"]: a["text"] for a in report["articles"]}
    spans = [m for e in report["entities"] for m in e["mentions"]] + report["claims"] + report["quantities"]
    for s in spans:
        assert texts[s["article"]][s["start"] : s["end"]] == s["text"]


def _replace_mention(analysis: Analysis, **changes: object) -> Analysis:
    entity = analysis.entities[0]
    bad = dataclasses.replace(entity.mentions[1], **changes)  # type: ignore[arg-type]
    entity = dataclasses.replace(entity, mentions=(entity.mentions[0], bad))
    return dataclasses.replace(analysis, entities=(entity, *analysis.entities[1:]))


def test_broken_mention_span_raises_naming_record_and_article(tiny_analysis: Analysis) -> None:
    mention: Mention = tiny_analysis.entities[0].mentions[1]
    broken = _replace_mention(tiny_analysis, start=mention.start + 1, end=mention.end + 1)
    with pytest.raises(ReportInvariantError) as info:
        build_report(broken)
    assert "entity e1" in info.value.message
    assert "a2" in info.value.message


def test_broken_quantity_text_raises(tiny_analysis: Analysis) -> None:
    q = dataclasses.replace(tiny_analysis.quantities[0], text="up to 305 militants")
    broken = dataclasses.replace(tiny_analysis, quantities=(q, tiny_analysis.quantities[1]))
    with pytest.raises(ReportInvariantError, match=r"quantity q1.*a1"):
        build_report(broken)


def test_evidence_outside_the_article_raises(tiny_analysis: Analysis) -> None:
    f = tiny_analysis.findings[0]
    f = dataclasses.replace(f, evidence=(Evidence("a1", 0, 10_000),))
    broken = dataclasses.replace(tiny_analysis, findings=(f, *tiny_analysis.findings[1:]))
    with pytest.raises(ReportInvariantError, match=r"finding f1.*outside article a1"):
        build_report(broken)


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        (lambda a: dataclasses.replace(a, claims=(dataclasses.replace(a.claims[0], speaker="e9"),)), "claim c1.*e9"),
        (
            lambda a: dataclasses.replace(
                a, quantities=(dataclasses.replace(a.quantities[0], claim="c7"), a.quantities[1])
            ),
            "quantity q1.*c7",
        ),
        (
            lambda a: dataclasses.replace(
                a,
                claims=(
                    dataclasses.replace(
                        a.claims[0], event=dataclasses.replace(a.claims[0].event, place="e5")
                    ),
                ),
            ),
            "claim c1.*e5",
        ),
        (
            lambda a: dataclasses.replace(
                a, findings=(dataclasses.replace(a.findings[0], entities=("e3",)), *a.findings[1:])
            ),
            "finding f1.*e3",
        ),
        (
            lambda a: dataclasses.replace(
                a, findings=(dataclasses.replace(a.findings[0], missing_from=("a4",)), *a.findings[1:])
            ),
            "finding f1.*a4",
        ),
    ],
    ids=["speaker", "quantity-claim", "event-place", "finding-entity", "missing-article"],
)
def test_unknown_references_raise(tiny_analysis: Analysis, change, pattern: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReportInvariantError, match=pattern):
        build_report(change(tiny_analysis))


def test_duplicate_ids_raise(tiny_analysis: Analysis) -> None:
    broken = dataclasses.replace(tiny_analysis, findings=(*tiny_analysis.findings, tiny_analysis.findings[0]))
    with pytest.raises(ReportInvariantError, match="f1"):
        build_report(broken)


def test_same_analysis_gives_same_bytes(tiny_analysis: Analysis) -> None:
    first = dumps_report(build_report(tiny_analysis)).encode("utf-8")
    second = dumps_report(build_report(copy.deepcopy(tiny_analysis))).encode("utf-8")
    assert first == second
    assert first.endswith(b"}\n") and not first.endswith(b"\n\n")
    assert b"Rebel Media | Hama" in first  # ensure_ascii=False keeps text as is
    assert json.loads(first) == build_report(tiny_analysis)


def test_json_keeps_non_ascii(tiny_analysis: Analysis) -> None:
    a1 = dataclasses.replace(tiny_analysis.articles[0], source="ТАСС")
    analysis = dataclasses.replace(tiny_analysis, articles=(a1, tiny_analysis.articles[1]))
    assert '"source": "ТАСС"' in dumps_report(build_report(analysis))


def test_schema_rejects_bad_relation(tiny_analysis: Analysis) -> None:
    report = copy.deepcopy(build_report(tiny_analysis))
    report["findings"][2]["relation"] = "disagree"
    with pytest.raises(ReportInvariantError, match="findings/2/relation"):
        validate_report(report)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema",), "counterpoint.report/2"),
        (("claims", 0, "stance"), "maybe"),
        (("entities", 0, "kind"), "city"),
        (("findings", 0, "confidence"), 1.5),
        (("quantities", 0, "start"), -1),
        (("findings", 3, "missing_from"), []),
    ],
)
def test_schema_rejects_other_bad_values(tiny_analysis: Analysis, path: tuple, value: object) -> None:
    report = copy.deepcopy(build_report(tiny_analysis))
    target = report
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ReportInvariantError):
        validate_report(report)


def test_schema_allows_added_fields_and_no_warnings(tiny_analysis: Analysis) -> None:
    report = build_report(tiny_analysis)
    report["articles"][0]["lang"] = "en"
    del report["warnings"]
    validate_report(report)


def test_schema_is_valid_draft_2020_12() -> None:
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_empty_analysis_is_a_valid_report(tiny_analysis: Analysis) -> None:
    empty = Analysis(articles=tiny_analysis.articles, entities=(), claims=(), quantities=(), findings=())
    report = build_report(empty)
    validate_report(report)
    assert report["findings"] == [] and report["warnings"] == []
