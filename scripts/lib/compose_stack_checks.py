"""End-to-end checks of the running compose stack (scripts/container-checks.sh): traffic flows
through Outrigger, /v1/status counts it, Datadog's test agent received APM traces and LLM
Observability spans, and the console answers. Standard library only; exits 1 with one line per
failed check."""

from __future__ import annotations

import argparse
import base64
import json
import sys
import time
import urllib.request


def get(url: str, token: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def status(admin: str, token: str) -> dict:
    code, body = get(admin + "/v1/status", token)
    if code != 200:
        raise SystemExit(f"compose-checks: /v1/status answered {code}: {body[:200]!r}")
    return json.loads(body)


def llmobs_spans(agent: str) -> int:
    """LLM Observability spans in the requests the test agent recorded (base64 JSON bodies)."""
    _, body = get(agent + "/test/session/requests")
    spans = 0
    for request in json.loads(body or b"[]"):
        if request.get("url", "").endswith("/api/v2/llmobs"):
            try:
                spans += sum(len(e.get("spans", [])) for e in json.loads(base64.b64decode(request["body"])))
            except (ValueError, TypeError, KeyError):
                continue
    return spans


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--admin", required=True)
    parser.add_argument("--agent", required=True)
    parser.add_argument("--token", required=True)
    args = parser.parse_args()
    problems: list[str] = []

    first = status(args.admin, args.token)
    time.sleep(5)
    second = status(args.admin, args.token)
    calls = second["totals"]["requests"]
    print(f"compose-checks: /v1/status counts {calls} calls ({calls - first['totals']['requests']} in the last 5 s), "
          f"spend ${second['totals']['cost_usd']}, models {[m['model'] for m in second['by_model']]}")
    if calls < 20:
        problems.append(f"/v1/status counts only {calls} calls after the traffic generator ran")
    if second["totals"]["requests"] <= first["totals"]["requests"]:
        problems.append("no new calls in 5 s: traffic is not flowing")
    if not second["recent_calls"] or not any(c.get("cost_usd") for c in second["recent_calls"]):
        problems.append("no recent call has a cost")

    code, body = get(args.agent + "/test/session/traces")
    traces = json.loads(body) if code == 200 else []
    apm_spans = sum(len(t) for t in traces)
    llm = llmobs_spans(args.agent)
    print(f"compose-checks: test agent received {len(traces)} traces ({apm_spans} spans) and {llm} LLM Observability spans")
    if apm_spans == 0:
        problems.append(f"the test agent has no traces (HTTP {code}: {body[:200]!r})")
    if llm == 0:
        problems.append("the test agent has no LLM Observability spans")
    exporters = second.get("exporters", {})
    for name in ("traces", "llmobs"):
        if exporters.get(name, {}).get("sent", 0) == 0:
            problems.append(f"Outrigger's {name} exporter sent nothing: {exporters.get(name)}")

    code, page = get(args.admin + "/")
    if code != 200 or b"Outrigger console" not in page:
        problems.append(f"the console page answered {code}")
    call_id = second["recent_calls"][-1]["id"] if second["recent_calls"] else "none"
    code, _ = get(f"{args.admin}/v1/calls/{call_id}", args.token)
    if code != 200:
        problems.append(f"the console's call excerpt answered {code}")
    code, _ = get(args.admin + "/v1/status")
    if code != 401:
        problems.append(f"/v1/status without the admin token answered {code}, not 401")

    for p in problems:
        print("compose-checks: FAILED: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
