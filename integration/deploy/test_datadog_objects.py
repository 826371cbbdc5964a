"""Monitors, the dashboard and SLOs: strict loading through datadog-api-client's models, and
the conventions the runbooks and the apply script rely on."""

from __future__ import annotations

import ast
import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from datadog_api_client import Configuration
from datadog_api_client.model_utils import ModelComposed, ModelNormal, ModelSimple, validate_and_convert_types
from datadog_api_client.v1.model.dashboard import Dashboard
from datadog_api_client.v1.model.monitor import Monitor
from datadog_api_client.v1.model.service_level_objective_request import ServiceLevelObjectiveRequest

from conftest import DATADOG, DEPLOY, REPO, RULES, load_json, monitor_files, slo_files

PLACEHOLDERS = {"RUNBOOK_BASE_URL", "DASHBOARD_URL", "DD_APP_URL"}
PRIORITY = {"critical": 1, "high": 2, "medium": 3, "low": 4}


def strict_problems(obj, path: str = "root") -> list[str]:
    """Unknown keys, unknown enum values and unmatched oneOf anywhere in a loaded model."""
    problems: list[str] = []
    if isinstance(obj, ModelComposed):
        if obj._unparsed or len(obj._composed_instances) != 1:
            problems.append(f"{path}: {type(obj).__name__} did not match exactly one schema")
        for inner in obj._composed_instances:
            problems += strict_problems(inner, path)
    elif isinstance(obj, ModelNormal):
        if obj._unparsed:
            problems.append(f"{path}: {type(obj).__name__} has unparsed content")
        unknown = set(obj._data_store) - set(type(obj).openapi_types)
        if unknown:
            problems.append(f"{path}: unknown keys {sorted(unknown)} for {type(obj).__name__}")
        for key, value in obj._data_store.items():
            problems += strict_problems(value, f"{path}.{key}")
    elif isinstance(obj, ModelSimple):
        if obj._unparsed:
            problems.append(f"{path}: {obj.value!r} is not a known {type(obj).__name__}")
    elif isinstance(obj, (list, tuple)):
        for i, value in enumerate(obj):
            problems += strict_problems(value, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, value in obj.items():
            problems += strict_problems(value, f"{path}.{key}")
    return problems


def load_strict(cls, data: dict):
    obj = validate_and_convert_types(copy.deepcopy(data), (cls,), ["root"], True, True, configuration=Configuration())
    return obj, strict_problems(obj)


OBJECTS = [(Monitor, p) for p in monitor_files()] + [(Dashboard, DATADOG / "dashboard.json")] + \
          [(ServiceLevelObjectiveRequest, p) for p in slo_files()]


@pytest.mark.parametrize("cls,path", OBJECTS, ids=lambda x: x.name if isinstance(x, Path) else x.__name__)
def test_loads_strictly(cls, path: Path) -> None:
    _, problems = load_strict(cls, load_json(path))
    assert problems == []


@pytest.mark.parametrize("cls,path,mutate", [
    (Monitor, "monitors/hallucination.json", lambda d: d["options"].__setitem__("thresholdz", {})),
    (Monitor, "monitors/hallucination.json", lambda d: d.__setitem__("type", "query alarm")),
    (Dashboard, "dashboard.json", lambda d: d["widgets"][0]["definition"]["widgets"][1]["definition"].__setitem__("colour", "red")),
    (Dashboard, "dashboard.json", lambda d: d["widgets"][0]["definition"]["widgets"][1]["definition"].__setitem__("type", "timeseriez")),
    (ServiceLevelObjectiveRequest, "slos/llm_latency.json", lambda d: d["sli_specification"]["time_slice"].__setitem__("comparator", "=>")),
], ids=["monitor-key", "monitor-type", "widget-key", "widget-type", "slo-enum"])
def test_strict_loading_catches_mistakes(cls, path: str, mutate) -> None:
    data = load_json(DATADOG / path)
    mutate(data)
    try:
        _, problems = load_strict(cls, data)
    except Exception:  # a type error raised by the client counts as caught too
        return
    assert problems, "a broken object loaded without complaint"


def test_every_rule_has_a_monitor_and_a_runbook() -> None:
    tagged = {t.split(":", 1)[1] for p in monitor_files() for t in load_json(p)["tags"] if t.startswith("detection_rule:")}
    assert set(RULES) <= tagged
    for rule in RULES:
        assert (DEPLOY / "runbooks" / f"{rule}.md").is_file(), rule
    kinds = " ".join(load_json(p)["query"] for p in monitor_files())
    assert "anomalies(" in kinds and "forecast(" in kinds
    assert "outrigger.rule.state" in kinds, "a monitor on the in-proxy rule state"
    assert any(load_json(p)["type"] == "event-v2 alert" for p in monitor_files()), "a monitor on rule events"


# The monitors that implement a rule of the owners' plan, and whom their alerts bring in.
PLAN_ROUTING = {
    "prompt_injection": "@case-llm-security",
    "prompt_injection_sessions": "@case-llm-security",
    "hallucination": "@incident-llm-quality",
    "quality_degradation": "@incident-llm-quality",
}


@pytest.mark.parametrize("path", monitor_files(), ids=lambda p: p.name)
def test_monitor_conventions(path: Path) -> None:
    m = load_json(path)
    tags = dict(t.split(":", 1) for t in m["tags"])
    assert tags["service"] == "outrigger"
    rule = tags["detection_rule"]
    assert rule in RULES or rule == "engine"
    assert m["priority"] == PRIORITY[tags["severity"]], "priority follows severity"
    msg = m["message"]
    # A runbook link under the substituted base, to a runbook that exists.
    links = re.findall(r"\$\{RUNBOOK_BASE_URL\}/([\w{}.]+)\.md", msg)
    assert links, "no runbook link"
    for link in links:
        if link.startswith("{{"):
            continue  # a per-group link such as {{rule.name}}.md: every rule has one (above)
        assert (DEPLOY / "runbooks" / f"{link}.md").is_file(), link
    # No site-specific Datadog host: links use ${DD_APP_URL}/${DASHBOARD_URL} and {{...}} variables.
    assert not re.search(r"https?://[\w.-]*datadoghq", msg), "hard-coded Datadog site"
    assert set(re.findall(r"\$\{(\w+)\}", msg)) <= PLACEHOLDERS
    # The owners' plan decides how people are brought in (deploy/runbooks/README.md): a
    # hallucination or quality alert opens an incident, an injection alert a security case,
    # the companion monitors and the other rules a case.
    rule = path.stem
    alert = " ".join(re.findall(r"\{\{#is_alert\}\}(.*?)\{\{/is_alert\}\}", msg, flags=re.S))
    if rule in PLAN_ROUTING:
        assert PLAN_ROUTING[rule] in alert, f"{rule} alerts must notify {PLAN_ROUTING[rule]}"
        assert not ("@incident-" in alert and PLAN_ROUTING[rule].startswith("@case-")), f"{rule} opens a case, not an incident"
    elif rule in ("rule_state", "rule_signals"):
        assert '"prompt_injection"}}@case-llm-security' in alert, "injection states open a security case"
        assert '"hallucination" "quality_degradation"}}@incident-llm-quality' in alert, "quality states open an incident"
    elif tags["severity"] in ("critical", "high", "medium"):
        assert "@case-" in msg or "@incident-" in msg
    assert not re.search(r"@(slack|pagerduty|opsgenie|webhook)-", msg), "only Datadog's own handles"
    # Template variables in the message exist as group-by keys of the query.
    groups = set(re.findall(r"by \{([^}]*)\}", m["query"])) | set(re.findall(r'\.by\("([^"]*)"\)', m["query"]))
    group_keys = {k.strip() for g in groups for k in g.split(",")}
    for var in re.findall(r"\{\{\s*([\w.]+)\.name\s*\}\}", msg):
        assert var in group_keys, f"{{{{{var}.name}}}} is not a group of {m['query']}"


def test_dashboard_sections() -> None:
    d = load_json(DATADOG / "dashboard.json")
    groups = [w["definition"] for w in d["widgets"]]
    assert all(g["type"] == "group" for g in groups)
    titles = [g["title"] for g in groups]
    for n, word in enumerate(["health", "LLM", "Security", "insights", "Detection"], 1):
        assert titles[n - 1].startswith(f"{n}.") and word.lower() in titles[n - 1].lower(), titles
    types = {w["definition"]["type"] for g in groups for w in g["widgets"]}
    assert {"manage_status", "event_stream", "timeseries"} <= types
    status = next(w["definition"] for g in groups for w in g["widgets"] if w["definition"]["type"] == "manage_status")
    tag = re.fullmatch(r'tag:"?([^"]+)"?', status["query"]).group(1)
    assert any(tag in load_json(p)["tags"] for p in monitor_files()), "the status widget matches our monitors"


def test_apply_dry_run_lists_everything() -> None:
    result = subprocess.run([sys.executable, str(DATADOG / "apply.py"), "--dry-run"], capture_output=True, text=True,
                            timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert load_json(DATADOG / "dashboard.json")["title"] in out
    for p in monitor_files():
        assert load_json(p)["name"] in out, p.name
    for p in slo_files():
        assert load_json(p)["name"] in out, p.name
    assert "${" not in out.split("would send", 1)[-1], "unsubstituted placeholder in the dry-run payloads"


def test_apply_refuses_without_keys() -> None:
    result = subprocess.run([sys.executable, str(DATADOG / "apply.py")], capture_output=True, text=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin"})
    assert result.returncode != 0 and "DD_API_KEY" in result.stderr


def test_apply_uses_only_the_standard_library() -> None:
    tree = ast.parse((DATADOG / "apply.py").read_text())
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported - set(sys.stdlib_module_names)


def _whole_shop_widgets(d: dict) -> dict[str, dict]:
    group = next(g["definition"] for g in d["widgets"] if g["definition"]["title"].startswith("6."))
    return {w["definition"]["type"]: w["definition"] for w in group["widgets"] if w["definition"]["type"] != "slo"} | \
           {f"slo:{w['definition']['slo_id']}": w["definition"] for w in group["widgets"] if w["definition"]["type"] == "slo"}


def test_whole_shop_group() -> None:
    """Issue 19's dashboard items: a service map for the shop's env, one SLO widget per SLO
    (its id filled by apply.py from the SLO of that file), a distribution of the call
    duration, and the LLM monitors' states next to a timeline of the rules' signals."""
    d = load_json(DATADOG / "dashboard.json")
    widgets = _whole_shop_widgets(d)
    assert {"servicemap", "distribution", "manage_status", "event_timeline"} <= set(widgets), sorted(widgets)
    smap = widgets["servicemap"]
    assert smap["service"] and any(f.startswith("env:") for f in smap["filters"]), smap
    slo_ids = {k.split(":", 1)[1] for k in widgets if k.startswith("slo:")}
    assert slo_ids == {"${SLO_ID_%s}" % p.stem.upper() for p in slo_files()}, "one SLO widget per SLO file"
    request = widgets["distribution"]["requests"][0]
    assert request["request_type"] == "histogram" and request["query"]["query"].startswith("histogram:llm.request.duration{")
    status = widgets["manage_status"]
    assert status["query"] == 'tag:"service:outrigger"' and status["sort"].startswith("triggered")


@pytest.mark.parametrize("mutate", [
    lambda w: w["servicemap"].__setitem__("envs", ["prod"]),
    lambda w: w["distribution"]["requests"][0].__setitem__("request_type", "histogramz"),
    lambda w: w["distribution"]["requests"][0]["query"].__setitem__("data_source", "metricz"),
    lambda w: next(v for k, v in w.items() if k.startswith("slo:")).__setitem__("view_mode", "everything"),
    lambda w: w["manage_status"].__setitem__("sort", "triggerd,desc"),
    lambda w: w["event_timeline"].__setitem__("event_size", "l"),
], ids=["servicemap-key", "distribution-request-type", "distribution-source", "slo-view-mode",
        "manage-status-sort", "event-timeline-key"])
def test_strict_loading_catches_mistakes_in_new_widgets(mutate) -> None:
    data = load_json(DATADOG / "dashboard.json")
    mutate(_whole_shop_widgets(data))
    try:
        _, problems = load_strict(Dashboard, data)
    except Exception:
        return
    assert problems, "a broken widget loaded without complaint"
