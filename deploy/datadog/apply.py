#!/usr/bin/env python3
"""Create or update Outrigger's dashboard, monitors and SLOs in a Datadog account.

    DD_API_KEY=... DD_APP_KEY=... DD_SITE=us5.datadoghq.com \
    RUNBOOK_BASE_URL=https://<where the repo is browsable>/deploy/runbooks \
        python3 deploy/datadog/apply.py [--dry-run] [--only dashboard|monitors|slos]

Objects are matched by title (dashboard) or name (monitors, SLOs): an existing object with the
same name is updated in place, otherwise it is created, so running it twice changes nothing.
The SLOs go first, because the dashboard's SLO widgets name them by id; then the dashboard,
because monitor messages link to it.

Placeholders in the JSON files, replaced before sending:
  ${RUNBOOK_BASE_URL}  where deploy/runbooks/ can be read (env RUNBOOK_BASE_URL or --runbook-base-url)
  ${DD_APP_URL}        the web app of DD_SITE (https://app.datadoghq.com, https://us5.datadoghq.com, ...)
  ${DASHBOARD_URL}     the dashboard's address, known once it exists
  ${SLO_ID_<FILE>}     the id of the SLO in slos/<file>.json (SLO_ID_LLM_LATENCY: slos/llm_latency.json),
                       known once it exists (with --only dashboard, looked up by name)
{{...}} stays as it is: Datadog fills those in when it notifies.

--dry-run needs no keys and no network: it prints what it would send, with placeholders filled
from the environment or visible stand-ins. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDER = re.compile(r"\$\{([A-Z_]+)\}")


def app_url(site: str) -> str:
    site = site.strip().lower().removeprefix("https://").rstrip("/")
    if site in ("datadoghq.com", "datadoghq.eu", "ddog-gov.com"):
        return f"https://app.{site}"
    return f"https://{site}"  # us3/us5/ap1/ap2... serve the app on the site host itself


def fill(value, values: dict[str, str]):
    """Replace ${NAME} placeholders in every string of a JSON value."""
    if isinstance(value, str):
        def sub(m: re.Match[str]) -> str:
            if m.group(1) not in values:
                raise KeyError(f"no value for placeholder ${{{m.group(1)}}}")
            return values[m.group(1)]
        return PLACEHOLDER.sub(sub, value)
    if isinstance(value, list):
        return [fill(v, values) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, values) for k, v in value.items()}
    return value


def load(kind: str) -> list[tuple[Path, dict]]:
    if kind == "dashboard":
        paths = [HERE / "dashboard.json"]
    else:
        paths = sorted((HERE / kind).glob("*.json"))
    return [(p, json.loads(p.read_text("utf-8"))) for p in paths]


class API:
    def __init__(self, site: str, api_key: str, app_key: str) -> None:
        self.base = f"https://api.{site.strip().lower().removeprefix('https://').rstrip('/')}"
        self.headers = {"DD-API-KEY": api_key, "DD-APPLICATION-KEY": app_key,
                        "Content-Type": "application/json", "Accept": "application/json"}

    def call(self, method: str, path: str, body: dict | None = None, query: dict | None = None):
        url = self.base + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method, headers=self.headers)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace")[:2000]
            raise SystemExit(f"{method} {path}: HTTP {err.code}: {detail}") from None
        return json.loads(raw) if raw else None

    # Lookups by name -------------------------------------------------------------------
    def find_dashboard(self, title: str) -> str | None:
        listing = self.call("GET", "/api/v1/dashboard", query={"filter[shared]": "false"})
        return next((d["id"] for d in listing.get("dashboards", []) if d.get("title") == title), None)

    def find_monitor(self, name: str) -> int | None:
        page = 0
        while True:
            batch = self.call("GET", "/api/v1/monitor",
                              query={"monitor_tags": "service:outrigger", "page": page, "page_size": 100})
            for m in batch:
                if m.get("name") == name:
                    return m["id"]
            if len(batch) < 100:
                return None
            page += 1

    def find_slo(self, name: str) -> str | None:
        offset = 0
        while True:
            batch = self.call("GET", "/api/v1/slo", query={"tags_query": "service:outrigger", "limit": 100, "offset": offset})
            for s in batch.get("data") or []:
                if s.get("name") == name:
                    return s["id"]
            if len(batch.get("data") or []) < 100:
                return None
            offset += 100


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print what would be sent; no keys, no network")
    parser.add_argument("--only", choices=("dashboard", "monitors", "slos"), action="append",
                        help="limit to one kind (repeatable)")
    parser.add_argument("--runbook-base-url", default=os.environ.get("RUNBOOK_BASE_URL", ""))
    args = parser.parse_args(argv)
    kinds = args.only or ["dashboard", "monitors", "slos"]

    site = os.environ.get("DD_SITE", "datadoghq.com")
    values = {
        "DD_APP_URL": app_url(site),
        "RUNBOOK_BASE_URL": args.runbook_base_url.rstrip("/"),
        "DASHBOARD_URL": "${DASHBOARD_URL}",
    }
    api = None
    if args.dry_run:
        values["RUNBOOK_BASE_URL"] = values["RUNBOOK_BASE_URL"] or "<RUNBOOK_BASE_URL>"
        values["DASHBOARD_URL"] = values["DD_APP_URL"] + "/dashboard/<id>"
        print(f"dry run: site {site}, app {values['DD_APP_URL']}, runbooks {values['RUNBOOK_BASE_URL']}")
    else:
        missing = [k for k in ("DD_API_KEY", "DD_APP_KEY") if not os.environ.get(k)]
        if missing:
            print(f"apply.py: set {' and '.join(missing)} (and DD_SITE), or use --dry-run", file=sys.stderr)
            return 2
        if not values["RUNBOOK_BASE_URL"]:
            print("apply.py: set RUNBOOK_BASE_URL (or --runbook-base-url) to where deploy/runbooks/ is readable",
                  file=sys.stderr)
            return 2
        api = API(site, os.environ["DD_API_KEY"], os.environ["DD_APP_KEY"])

    def send(kind: str, name: str, payload: dict, find, create_path: str, update_path: str, method: str):
        if api is None:
            print(f"\n== {kind}: {name}\nwould send (create, or update if one with this name exists):")
            print(json.dumps(payload, indent=2))
            return None
        existing = find(name)
        if existing is None:
            result = api.call("POST", create_path, payload)
            print(f"created {kind}: {name}")
        else:
            result = api.call(method, update_path.format(id=existing), payload)
            print(f"updated {kind}: {name} ({existing})")
        return result

    # The SLOs first: the dashboard's SLO widgets need their ids.
    for path, slo in load("slos"):
        key = "SLO_ID_" + path.stem.upper()
        result = send("slo", slo["name"], fill(slo, values), api.find_slo if api else None,
                      "/api/v1/slo", "/api/v1/slo/{id}", "PUT") if "slos" in kinds else None
        if api is None:
            values[key] = f"<id of {slo['name']}>"
        elif result:
            # Creating answers {"data": [slo]}, updating {"data": [slo]} too.
            data = result.get("data")
            values[key] = (data[0] if isinstance(data, list) else data)["id"]
        else:
            existing = api.find_slo(slo["name"])
            if existing is None and "dashboard" in kinds:
                print(f"apply.py: SLO {slo['name']!r} does not exist yet; apply the SLOs first", file=sys.stderr)
                return 2
            values[key] = existing or ""

    # Then the dashboard: monitors link to it.
    dashboard_url = None
    for _, dash in load("dashboard"):
        payload = fill(dash, values)
        result = send("dashboard", dash["title"], payload, api.find_dashboard if api else None,
                      "/api/v1/dashboard", "/api/v1/dashboard/{id}", "PUT") if "dashboard" in kinds else None
        if result:
            dashboard_url = values["DD_APP_URL"] + result.get("url", f"/dashboard/{result['id']}")
        elif api is not None:
            existing = api.find_dashboard(dash["title"])
            dashboard_url = values["DD_APP_URL"] + f"/dashboard/{existing}" if existing else None
    if api is not None:
        values["DASHBOARD_URL"] = dashboard_url or values["DD_APP_URL"] + "/dashboard/lists"

    if "monitors" in kinds:
        for path, mon in load("monitors"):
            send("monitor", mon["name"], fill(mon, values), api.find_monitor if api else None,
                 "/api/v1/monitor", "/api/v1/monitor/{id}", "PUT")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into head
        sys.exit(0)
