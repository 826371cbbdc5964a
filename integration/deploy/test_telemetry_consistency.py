"""Every metric and tag key that a monitor, a dashboard widget, an SLO or a runbook queries is
one Outrigger emits. Names come from the code (MetricSample(name: ...) in Sources/) and from a
captured run of the real binary; tag keys come from the captured run, per metric, plus the
platform tags Datadog itself adds (telemetry.PLATFORM_TAG_KEYS). Nothing here is a hand-written
list of Outrigger's metrics.

The detection-rule engine is being built: its two metrics and its event tags are checked by
test_rule_engine_telemetry_exists, which fails, naming what is missing, until they exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import ddquery
import telemetry
from conftest import DATADOG, DEPLOY, load_json, monitor_files, slo_files

# What the rule engine will emit (the contract the engine is built to), used only to route
# these names to the dedicated test below instead of failing every query that uses them.
ENGINE_METRICS = {"outrigger.rule.state", "llm.prediction.error_probability"}
ENGINE_EVENT_TAGS = {"detection_rule", "severity"}


@dataclass
class Use:
    where: str
    atom: ddquery.MetricAtom


def dashboard_template_vars() -> dict[str, str]:
    d = load_json(DATADOG / "dashboard.json")
    return {v["name"]: v["prefix"] for v in d.get("template_variables", [])}


def _walk(node, where: str, uses: list[Use], events: list[tuple[str, ddquery.EventQuery]], formulas: list):
    if isinstance(node, dict):
        definition_type = node.get("type")
        if definition_type in ("event_stream", "event_timeline"):
            events.append((where, ddquery.parse_event_search(node["query"])))
        if node.get("request_type") == "histogram":
            query = node["query"]
            if query.get("data_source") != "metrics":
                raise ddquery.QueryError(f"{where}: a histogram request on {query.get('data_source')!r}, not metrics")
            uses.append(Use(where, ddquery.parse_histogram_query(query["query"])))
        if "queries" in node and isinstance(node["queries"], list):
            names = set()
            for q in node["queries"]:
                if q.get("data_source") == "metrics":
                    names.add(q["name"])
                    for atom in ddquery.parse_metric_expression(q["query"]):
                        uses.append(Use(where, atom))
            for f in node.get("formulas", []):
                formulas.append((where, f["formula"], names))
        if "q" in node and isinstance(node["q"], str):
            for atom in ddquery.parse_metric_expression(node["q"]):
                uses.append(Use(where, atom))
        for k, v in node.items():
            if k not in ("queries", "q"):
                _walk(v, f"{where}/{node.get('title', k)}" if k == "widgets" else where, uses, events, formulas)
    elif isinstance(node, list):
        for v in node:
            _walk(v, where, uses, events, formulas)


def collect() -> tuple[list[Use], list[tuple[str, ddquery.EventQuery]], list]:
    uses: list[Use] = []
    events: list[tuple[str, ddquery.EventQuery]] = []
    formulas: list = []
    for p in monitor_files():
        m = load_json(p)
        if m["type"] == "event-v2 alert":
            events.append((p.name, ddquery.parse_event_monitor_query(m["query"])))
        else:
            uses += [Use(p.name, a) for a in ddquery.parse_monitor_query(m["query"])]
    _walk(load_json(DATADOG / "dashboard.json"), "dashboard", uses, events, formulas)
    for p in slo_files():
        s = load_json(p)
        if s["type"] == "metric":
            for part in ("numerator", "denominator"):
                uses += [Use(f"{p.name}:{part}", a) for a in ddquery.parse_metric_expression(s["query"][part])]
        else:
            _walk(s["sli_specification"], p.name, uses, events, formulas)
    for p in sorted((DEPLOY / "runbooks").glob("*.md")):
        for block in re.findall(r"```datadog\n(.*?)```", p.read_text("utf-8"), re.S):
            for line in filter(None, (ln.strip() for ln in block.splitlines())):
                if line.startswith("events("):
                    events.append((p.name, ddquery.parse_event_monitor_query(line)))
                elif re.match(r"^[a-z_0-9.]+\((last|next)_", line):
                    uses += [Use(p.name, a) for a in ddquery.parse_monitor_query(line)]
                else:
                    uses += [Use(p.name, a) for a in ddquery.parse_metric_expression(line)]
    return uses, events, formulas


USES, EVENTS, FORMULAS = collect()


def test_queries_were_found() -> None:
    assert len(USES) >= 50 and len(EVENTS) >= 3, (len(USES), len(EVENTS))
    assert any(u.where.endswith(".md") for u in USES), "the runbooks' datadog blocks are checked too"


def test_formulas_use_their_queries() -> None:
    for where, formula, names in FORMULAS:
        ddquery.parse_formula(formula, names)


def test_template_variables_exist() -> None:
    tvars = dashboard_template_vars()
    for u in USES:
        assert u.atom.template_vars <= set(tvars), f"{u.where}: unknown template variable in {u.atom.text}"
        if u.atom.template_vars:
            assert u.where.startswith("dashboard"), f"{u.where}: template variables outside the dashboard"


def emitted_names(code_metrics, capture) -> set[str]:
    return set(code_metrics) | set(capture.metrics)


def test_capture_saw_the_code_metrics(code_metrics, capture) -> None:
    """The captured run exercises (nearly) everything the code can send; what it cannot in a
    short run is named here so the gap is visible."""
    not_captured = sorted(set(code_metrics) - set(capture.metrics))
    # Periodic gauges that need an hour of spend (docs/costs.md) cannot show up in seconds.
    # Overload counts need a backlog the short capture run does not build (tested in
    # Tests/ProxyServerTests/CallProcessorBacklogTests.swift).
    allowed = {"llm.prediction.cost_forecast_24h", "outrigger.pipeline.recorded_inline", "outrigger.pipeline.shed"} | ENGINE_METRICS
    assert set(not_captured) <= allowed, f"the capture run never produced {not_captured}"
    assert set(capture.metrics) <= set(code_metrics) | ENGINE_METRICS, \
        f"captured metrics the code extraction missed: {sorted(set(capture.metrics) - set(code_metrics))}"


def test_every_queried_metric_is_emitted(code_metrics, capture) -> None:
    known = emitted_names(code_metrics, capture)
    unknown = sorted({f"{u.atom.metric} ({u.where})" for u in USES
                      if u.atom.metric not in known and u.atom.metric not in ENGINE_METRICS})
    assert unknown == [], "queried but never emitted: " + "; ".join(unknown)


def allowed_tag_keys(metric: str, capture) -> set[str]:
    if metric in capture.metrics:
        return capture.metrics[metric] | telemetry.PLATFORM_TAG_KEYS
    # In the code but not in this run (e.g. the 24-hour forecast): only the tags every
    # captured metric carries.
    common = set.intersection(*capture.metrics.values()) if capture.metrics else set()
    return common | telemetry.PLATFORM_TAG_KEYS


def test_every_queried_tag_key_is_emitted(capture) -> None:
    tvars = dashboard_template_vars()
    problems = set()
    for u in USES:
        if u.atom.metric in ENGINE_METRICS and u.atom.metric not in capture.metrics:
            continue  # test_rule_engine_telemetry_exists
        keys = u.atom.tag_keys | {tvars[v] for v in u.atom.template_vars if v in tvars}
        bad = keys - allowed_tag_keys(u.atom.metric, capture)
        if bad:
            problems.add(f"{u.where}: {u.atom.metric} has no tag {sorted(bad)}")
    assert not problems, "\n".join(sorted(problems))


def test_queried_tag_values_are_real(capture) -> None:
    """Values of the enumerated tags (outcome, status_class, kind, window...) that a query
    filters on were seen in the capture, so a typo such as outcome:stream_errors fails."""
    problems = set()
    outcomes = telemetry.code_enum_values("CallOutcome")
    assert "client_disconnected" in outcomes, outcomes
    for u in USES:
        seen = {k: set(v) for k, v in capture.tag_values.get(u.atom.metric, {}).items()}
        if "outcome" in seen:
            seen["outcome"] |= outcomes  # every outcome the code has, not only those this run hit
        for key, value in u.atom.filter_values:
            if key in seen and "*" not in value and not value.startswith("$") and value not in seen[key]:
                problems.add(f"{u.where}: {u.atom.metric} {key}:{value} never seen (seen {sorted(seen[key])})")
    assert not problems, "\n".join(sorted(problems))


def test_event_queries_match_outrigger_events(capture) -> None:
    source = telemetry.code_event_source()
    assert source == "outrigger"
    assert {e["source"] for e in capture.events} == {source}, "captured events carry the source type name"
    keys = capture.event_tag_keys(source) | telemetry.PLATFORM_TAG_KEYS
    for where, q in EVENTS:
        assert q.sources == {source}, f"{where}: events must be filtered to source:{source}"
        bad = q.tag_keys - keys - ENGINE_EVENT_TAGS
        assert not bad, f"{where}: Outrigger's events have no tag {sorted(bad)}"


def test_rule_engine_telemetry_exists(code_metrics, capture) -> None:
    """Fails, naming each one, until the detection-rule engine emits what the monitors, the
    dashboard and the runbooks query: its two gauges (in Sources/ as MetricSample names, or in
    the captured run) and the detection_rule/severity tags on its events."""
    known = emitted_names(code_metrics, capture)
    missing = [f"metric {n}" for n in sorted(ENGINE_METRICS) if n not in known]
    event_keys = capture.event_tag_keys("outrigger")
    code_has = {k for k in ENGINE_EVENT_TAGS if telemetry.code_literal_exists(f'"{k}:')}
    missing += [f"event tag {k}" for k in sorted(ENGINE_EVENT_TAGS) if k not in event_keys and k not in code_has]
    queried_keys = {k for u in USES if u.atom.metric in ENGINE_METRICS for k in u.atom.tag_keys}
    for metric in sorted(ENGINE_METRICS & set(capture.metrics)):
        want = {k for u in USES if u.atom.metric == metric for k in u.atom.tag_keys} - telemetry.PLATFORM_TAG_KEYS
        missing += [f"tag {k} on {metric}" for k in sorted(want - capture.metrics[metric])]
    assert not missing, (
        "not emitted by Outrigger yet (the rule engine): " + ", ".join(missing)
        + f". Queried tag keys on the engine's metrics: {sorted(queried_keys)}."
    )
