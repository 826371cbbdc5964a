"""The Datadog monitor for a detection rule implements the rule as the pods evaluate it: the
same threshold, direction, window, hysteresis and grouping as the rule engine's defaults, which
the binary reports at GET /v1/rules. A change on either side without the other fails here."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import DATADOG, K8S, load_json

# rule id -> (monitor file, whether the rule's window is the monitor's window). The injection
# rule's score condition fires on one prompt at the next evaluation, so its window (the count
# condition's minute) has no counterpart in a max-score monitor; the plan's 5 minutes say how long
# an alert lasts there.
MONITORS = {
    "cost_per_conversion": ("cost_per_conversion.json", True),
    "hallucination": ("hallucination.json", True),
    "prompt_injection": ("prompt_injection.json", False),
    "quality_degradation": ("quality_degradation.json", True),
}
# Rules whose value alerts when it falls below the threshold.
BELOW = {"quality_degradation"}
QUERY = re.compile(r"^(?P<agg>\w+)\(last_(?P<n>\d+)(?P<unit>[mhd])\):(?P<expr>.*?)\s*(?P<op>[<>]=?)\s*(?P<threshold>[\d.]+)$")
UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400}


@pytest.fixture(scope="module")
def rule_definitions(outrigger_bin: Path) -> dict[str, dict]:
    """`GET /v1/rules` of a proxy on embedded defaults: each rule's definition in effect."""
    proc = subprocess.Popen(
        [str(outrigger_bin), "serve", "--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0",
         "--upstream", "http://127.0.0.1:9"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={"PATH": "/usr/bin:/bin", "DD_DOGSTATSD_URL": "udp://127.0.0.1:9", "DD_TRACE_ENABLED": "false",
             "DD_LLMOBS_ENABLED": "false"},
    )
    try:
        deadline = time.monotonic() + 60
        admin = None
        assert proc.stdout is not None
        while admin is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            match = re.search(r"outrigger admin listening on (http://\S+)", line)
            admin = match.group(1).rstrip("/") if match else None
        assert admin, "outrigger serve did not print its admin address"
        with urllib.request.urlopen(admin + "/v1/rules", timeout=10) as resp:
            rules = json.load(resp)["rules"]
    finally:
        proc.terminate()
        proc.wait(15)
    return {r["rule"]: r["definition"] for r in rules}


def monitor_problems(rule: str, definition: dict, monitor: dict, same_window: bool) -> list[str]:
    """How `monitor` differs from the rule `definition`; empty when it implements it."""
    problems = []
    match = QUERY.match(monitor["query"])
    if not match:
        return [f"query not understood: {monitor['query']}"]
    alert = definition["thresholds"].get("alert")
    warn = definition["thresholds"].get("warn")
    below = rule in BELOW
    if match["op"] != ("<" if below else ">"):
        problems.append(f"compares with {match['op']}, the rule alerts {'below' if below else 'above'} its threshold")
    if float(match["threshold"]) != alert:
        problems.append(f"query threshold {match['threshold']} != the rule's alert {alert}")
    thresholds = monitor["options"]["thresholds"]
    if thresholds.get("critical") != alert:
        problems.append(f"critical {thresholds.get('critical')} != the rule's alert {alert}")
    if thresholds.get("warning") != warn:
        problems.append(f"warning {thresholds.get('warning')} != the rule's warn {warn}")
    recovery = alert * (1 + definition["hysteresis"]) if below else alert * (1 - definition["hysteresis"])
    if definition["hysteresis"] == 0:
        # Datadog wants a recovery threshold strictly short of the critical one, so none is set.
        if "critical_recovery" in thresholds:
            problems.append("critical_recovery is set, the rule has no hysteresis")
    elif thresholds.get("critical_recovery") is None or abs(thresholds["critical_recovery"] - recovery) > 1e-9:
        problems.append(f"critical_recovery {thresholds.get('critical_recovery')} != alert with the rule's hysteresis ({recovery:g})")
    window = int(match["n"]) * UNIT_SECONDS[match["unit"]]
    if same_window and window != definition["window_seconds"]:
        problems.append(f"window {window}s != the rule's {definition['window_seconds']}s")
    groups = {k.strip() for g in re.findall(r"by \{([^}]*)\}", match["expr"]) for k in g.split(",")}
    if definition["group_by"] == "model" and "model" not in groups:
        problems.append(f"the rule groups by model; the query groups by {sorted(groups)}")
    return problems


def test_the_rules_report_their_definitions(rule_definitions: dict[str, dict]) -> None:
    assert set(MONITORS) <= set(rule_definitions)
    assert rule_definitions["hallucination"]["thresholds"]["alert"] > 0


def test_the_deployed_config_keeps_the_default_rules() -> None:
    """The monitors follow the defaults, so the Kubernetes config must not redefine the rules."""
    import yaml

    config = yaml.safe_load((K8S / "base" / "outrigger.yaml").read_text("utf-8"))
    assert not (config.get("rules") or {}).get("definitions"), "rules.definitions changed: update the monitors too"


@pytest.mark.parametrize("rule", sorted(MONITORS))
def test_monitor_implements_the_rule(rule: str, rule_definitions: dict[str, dict]) -> None:
    path, same_window = MONITORS[rule]
    monitor = load_json(DATADOG / "monitors" / path)
    assert f"detection_rule:{rule}" in monitor["tags"]
    problems = monitor_problems(rule, rule_definitions[rule], monitor, same_window)
    assert not problems, f"{path} does not implement the {rule} rule:\n" + "\n".join(problems)


@pytest.mark.parametrize("mutate", [
    lambda m: m.update(query=m["query"].replace("last_10m", "last_15m")),
    lambda m: m.update(query=m["query"].replace("> 0.02", "> 0.05")),
    lambda m: m["options"]["thresholds"].update(critical=0.05),
    lambda m: m["options"]["thresholds"].update(warning=0.01),
    lambda m: m.update(query=m["query"].replace(",model}", "}")),
], ids=["window", "query-threshold", "critical", "warning", "grouping"])
def test_a_drifted_monitor_is_caught(mutate, rule_definitions: dict[str, dict]) -> None:
    monitor = copy.deepcopy(load_json(DATADOG / "monitors" / "hallucination.json"))
    mutate(monitor)
    assert monitor_problems("hallucination", rule_definitions["hallucination"], monitor, True)
