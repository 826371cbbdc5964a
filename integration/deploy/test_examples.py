"""deploy/examples/checkout-conversion: the Go example agrees with what it talks to. No Go
toolchain is assumed, so the source is read, not built: its JSON fields, auth header and
default address are checked against the admin route in Sources/, the body docs/costs.md
documents, and the Service and Secret the base renders."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from conftest import DEPLOY, REPO

EXAMPLE = DEPLOY / "examples" / "checkout-conversion" / "main.go"


def source() -> str:
    return EXAMPLE.read_text("utf-8")


def test_body_fields_are_the_documented_ones() -> None:
    fields = set(re.findall(r'`json:"([a-z_]+)"`', source()))
    documented = re.search(r'^\{"session_id".*\}$', (REPO / "docs" / "costs.md").read_text("utf-8"), re.M).group(0)
    assert fields == set(re.findall(r'"([a-z_]+)":', documented)) == {"session_id", "order_id", "value_usd"}, fields


def test_route_and_auth_exist_in_the_proxy() -> None:
    routes = "\n".join(p.read_text("utf-8") for p in (REPO / "Sources" / "ProxyServer" / "Admin").glob("*.swift"))
    path = urlparse(re.search(r'DefaultURL = "([^"]+)"', source()).group(1)).path
    assert f'router.post("{path}")' in routes, path
    assert 'req.Header.Set("Authorization", "Bearer "+' in source()
    assert "Bearer" in routes


def test_default_address_is_the_rendered_service(rendered_example: list[dict]) -> None:
    url = urlparse(re.search(r'DefaultURL = "([^"]+)"', source()).group(1))
    svc = next(d for d in rendered_example if d["kind"] == "Service" and d["metadata"]["name"] == url.hostname)
    assert url.port in {p["port"] for p in svc["spec"]["ports"]}


def test_token_comes_from_the_rendered_secret(rendered_example: list[dict]) -> None:
    readme = (EXAMPLE.parent / "README.md").read_text("utf-8")
    ref = re.search(r"secretKeyRef: \{name: ([\w-]+), key: (\w+)\}", readme)
    secret = next(d for d in rendered_example if d["kind"] == "Secret")
    assert (ref.group(1), ref.group(2)) == (secret["metadata"]["name"], "token") and "token" in secret["data"]
    assert 'os.Getenv("OUTRIGGER_ADMIN_TOKEN")' in source() and "name: OUTRIGGER_ADMIN_TOKEN" in readme
