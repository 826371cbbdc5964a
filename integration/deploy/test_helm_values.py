"""deploy/kubernetes/datadog-values.yaml, the values for Datadog's Helm chart: whole-shop APM
(Single Step APM Instrumentation), logs and the OTLP intake, besides what Outrigger needs.

Neither Helm nor the chart is available offline, so nothing here renders the chart or runs its
own values.schema.json. Instead:

* every key the file sets must be one of CHART_KEYS, the chart options this repository uses,
  transcribed by hand from the datadog chart's values.yaml (chart 3.240.0); a misspelt or
  invented key fails;
* the `datadog.apm.instrumentation` block is validated against INSTRUMENTATION_SCHEMA, a strict
  hand transcription of that block's part of the chart's values.schema.json (same chart
  version), including its rule that `targets` cannot sit next to `enabledNamespaces` or
  `libVersions`;
* then what the shop needs: its namespace targeted, SDK versions pinned, logs injection and
  unified service tags from the pods' labels, log collection, OTLP for the Go services.

The values were also checked once, by hand, against the chart's real schema (merged with the
chart's defaults, as Helm does); redo that when moving to a newer chart.
"""

from __future__ import annotations

import copy
import re

import jsonschema
import pytest
import yaml

from conftest import K8S

VALUES = K8S / "datadog-values.yaml"

# Chart options used by datadog-values.yaml, as dotted paths (chart 3.240.0, values.yaml). A path
# ending in ".*" takes any keys below it (maps and lists whose items the schema below checks).
CHART_KEYS = {
    "datadog.apiKeyExistingSecret", "datadog.site", "datadog.clusterName", "datadog.kubelet.tlsVerify",
    "datadog.podLabelsAsTags.*", "datadog.collectEvents",
    "datadog.dogstatsd.useSocketVolume", "datadog.dogstatsd.socketPath", "datadog.dogstatsd.hostSocketPath",
    "datadog.dogstatsd.useHostPort", "datadog.dogstatsd.nonLocalTraffic", "datadog.dogstatsd.originDetection",
    "datadog.dogstatsd.tagCardinality",
    "datadog.apm.socketEnabled", "datadog.apm.socketPath", "datadog.apm.hostSocketPath", "datadog.apm.portEnabled",
    "datadog.apm.instrumentation.*",
    "datadog.otlp.receiver.protocols.grpc.enabled", "datadog.otlp.receiver.protocols.grpc.endpoint",
    "datadog.otlp.receiver.protocols.grpc.useHostPort",
    "datadog.logs.enabled", "datadog.logs.containerCollectAll", "datadog.logs.containerCollectUsingFiles",
    "agents.containers.traceAgent.env",
    "clusterAgent.enabled", "clusterAgent.admissionController.enabled",
    "clusterAgent.admissionController.mutateUnlabelled", "clusterAgent.admissionController.configMode",
    "providers.gke.autopilot",
}

_STRINGS = {"type": "array", "items": {"type": "string"}}
_LABELS = {"type": "object", "additionalProperties": {"type": "string"}}
_EXPRESSIONS = {"type": "array", "items": {
    "type": "object", "required": ["key", "operator"], "additionalProperties": False,
    "properties": {"key": {"type": "string"}, "operator": {"enum": ["In", "NotIn", "Exists", "DoesNotExist"]},
                   "values": {"type": "array", "items": {"type": "string"}, "minItems": 1}}}}
_FIELD_REF = {"type": "object", "required": ["fieldPath"], "additionalProperties": False,
              "properties": {"fieldPath": {"type": "string"}, "apiVersion": {"type": "string"}}}
# datadog.apm.instrumentation in the chart's values.schema.json (chart 3.240.0), by hand. The
# chart's `if` clauses are written here with `required`, so they hold without its defaults.
INSTRUMENTATION_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "enabled": {"type": "boolean"},
        "enabledNamespaces": _STRINGS,
        "disabledNamespaces": _STRINGS,
        "libVersions": {"type": "object", "additionalProperties": {"type": "string"}},
        "skipKPITelemetry": {"type": "boolean"},
        "language_detection": {"type": "object", "additionalProperties": False,
                               "properties": {"enabled": {"type": "boolean"}}},
        "injector": {"type": "object", "additionalProperties": False, "properties": {"imageTag": {"type": "string"}}},
        "injectionMode": {"enum": ["", "auto", "init_container", "csi", "image_volume"]},
        "targets": {"type": "array", "items": {
            "type": "object", "required": ["name"], "additionalProperties": False,
            "properties": {
                "name": {"type": "string"},
                "podSelector": {"type": "object", "additionalProperties": False,
                                "properties": {"matchLabels": _LABELS, "matchExpressions": _EXPRESSIONS}},
                "namespaceSelector": {"type": "object", "additionalProperties": False,
                                      "properties": {"matchNames": _STRINGS, "matchLabels": _LABELS,
                                                     "matchExpressions": _EXPRESSIONS}},
                "ddTraceVersions": {"type": "object", "additionalProperties": {"type": "string"}},
                "ddTraceConfigs": {"type": "array", "items": {
                    "type": "object", "required": ["name"], "additionalProperties": False,
                    "properties": {"name": {"type": "string"}, "value": {"type": ["string", "null"]},
                                   "valueFrom": {"type": "object", "properties": {"fieldRef": _FIELD_REF}}}}},
            }}},
    },
    "allOf": [
        {"if": {"required": ["enabledNamespaces"], "properties": {"enabledNamespaces": {"minItems": 1}}},
         "then": {"properties": {"targets": {"maxItems": 0}, "disabledNamespaces": {"maxItems": 0}}}},
        {"if": {"required": ["libVersions"], "properties": {"libVersions": {"minProperties": 1}}},
         "then": {"properties": {"targets": {"maxItems": 0}}}},
    ],
}

# What Single Step Instrumentation can load (Datadog's SSI compatibility page); Go is not one.
SSI_LANGUAGES = {"java", "python", "js", "dotnet", "ruby", "php"}
# The shop's languages that SSI covers: Python (the LLM services, email, recommendation), Node
# (currency, payment), Java (ad), .NET (cart).
SHOP_LANGUAGES = {"python", "js", "java", "dotnet"}
# A pinned SDK line ("3") or release ("3.1.0", "v3.1.0"); never "latest" or "default".
PINNED = re.compile(r"v?\d+(\.\d+\.\d+)?")
UST = {"DD_ENV": "tags.datadoghq.com/env", "DD_SERVICE": "tags.datadoghq.com/service",
       "DD_VERSION": "tags.datadoghq.com/version"}


def key_paths(node, prefix: str = "") -> list[str]:
    paths = []
    for key, value in node.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            paths += key_paths(value, path + ".")
        else:
            paths.append(path)
    return paths


def unknown_keys(values: dict) -> list[str]:
    wild = tuple(k[:-1] for k in CHART_KEYS if k.endswith(".*"))
    return [p for p in key_paths(values) if p not in CHART_KEYS and not (p + ".").startswith(wild)]


def problems(values: dict) -> list[str]:
    """Everything wrong with a values document; empty when it is right."""
    found = [f"not a chart option: {p}" for p in unknown_keys(values)]
    inst = values.get("datadog", {}).get("apm", {}).get("instrumentation")
    if inst is None:
        return found + ["no datadog.apm.instrumentation"]
    found += [f"instrumentation at {list(e.path)}: {e.message}"
              for e in jsonschema.Draft7Validator(INSTRUMENTATION_SCHEMA).iter_errors(inst)]
    if found:
        return found
    if inst.get("enabled") is not True:
        found.append("Single Step Instrumentation is not enabled")
    namespace = yaml.safe_load((K8S / "overlays" / "example" / "kustomization.yaml").read_text())["namespace"]
    shop = [t for t in inst.get("targets", []) if namespace in t.get("namespaceSelector", {}).get("matchNames", [])]
    if not shop:
        return found + [f"no target selects the shop's namespace {namespace}"]
    for target in shop:
        versions = target.get("ddTraceVersions", {})
        if not SHOP_LANGUAGES <= set(versions):
            found.append(f"{target['name']}: no SDK version for {sorted(SHOP_LANGUAGES - set(versions))}")
        found += [f"{target['name']}: {lang} is not a language SSI loads" for lang in versions if lang not in SSI_LANGUAGES]
        found += [f"{target['name']}: {lang} version {v!r} is not pinned" for lang, v in versions.items()
                  if not PINNED.fullmatch(v)]
        configs = {c["name"]: c for c in target.get("ddTraceConfigs", [])}
        if configs.get("DD_LOGS_INJECTION", {}).get("value") != "true":
            found.append(f"{target['name']}: DD_LOGS_INJECTION is not \"true\"")
        for var, label in UST.items():
            path = configs.get(var, {}).get("valueFrom", {}).get("fieldRef", {}).get("fieldPath")
            if path != f"metadata.labels['{label}']":
                found.append(f"{target['name']}: {var} does not come from the pod label {label}")
    logs = values["datadog"].get("logs", {})
    if not (logs.get("enabled") is True and logs.get("containerCollectAll") is True):
        found.append("container log collection is off")
    grpc = values["datadog"].get("otlp", {}).get("receiver", {}).get("protocols", {}).get("grpc", {})
    if not (grpc.get("enabled") is True and grpc.get("useHostPort") is True):
        found.append("no OTLP/gRPC intake on the node's port for the Go services")
    if values.get("clusterAgent", {}).get("admissionController", {}).get("enabled") is not True:
        found.append("the admission controller, which does the injection, is off")
    return found


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load(VALUES.read_text("utf-8"))


def test_values_are_right(values: dict) -> None:
    assert problems(values) == []


def test_the_shop_deployments_carry_the_labels_ust_reads(rendered_example: list[dict]) -> None:
    """DD_ENV/DD_SERVICE/DD_VERSION come from labels: the shop's Deployments (the example's
    stand-ins) must carry all three on their pod template."""
    for dep in (d for d in rendered_example if d["kind"] == "Deployment"):
        labels = dep["spec"]["template"]["metadata"]["labels"]
        missing = [label for label in UST.values() if not labels.get(label)]
        assert not missing, f"{dep['metadata']['name']}: no {missing}"


def _set(path: str, value):
    def mutate(values: dict) -> None:
        *parents, last = path.split(".")
        node = values
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[last] = value
    return mutate


def _drop_config(name: str):
    def mutate(values: dict) -> None:
        target = values["datadog"]["apm"]["instrumentation"]["targets"][0]
        target["ddTraceConfigs"] = [c for c in target["ddTraceConfigs"] if c["name"] != name]
    return mutate


@pytest.mark.parametrize("mutate", [
    _set("datadog.apm.instrumentation.targets.0.ddTraceVersion", {"python": "3"}),
    _set("datadog.apm.instrumentation.enabledNamespaces", ["v-commerce"]),
    _set("datadog.apm.instrumentation.libVersions", {"python": "3"}),
    _set("datadog.apm.instrumentation.targets.0.ddTraceVersions.python", "latest"),
    _set("datadog.apm.instrumentation.targets.0.ddTraceVersions.go", "2"),
    _set("datadog.apm.instrumentation.targets.0.namespaceSelector", {"matchNames": ["default"]}),
    _set("datadog.apm.instrumentation.enabled", False),
    _set("datadog.apm.instrumentaton", {"enabled": True}),
    _set("datadog.logs.containerCollectAll", False),
    _set("datadog.otlp.receiver.protocols.grpc.enabled", False),
    _drop_config("DD_LOGS_INJECTION"),
    _drop_config("DD_SERVICE"),
], ids=["misspelt-target-key", "namespaces-beside-targets", "libversions-beside-targets", "unpinned-version",
        "go-is-not-ssi", "wrong-namespace", "ssi-off", "misspelt-chart-key", "no-log-collection", "no-otlp",
        "no-logs-injection", "no-service-tag"])
def test_the_check_catches_mistakes(values: dict, mutate) -> None:
    broken = copy.deepcopy(values)
    mutate(broken)
    assert problems(broken), "a broken values file passed"
