"""Runbooks follow the owners' structure and name the checks a responder runs."""

from __future__ import annotations

import pytest

from conftest import DEPLOY, RULES

SECTIONS = ["## What it means", "## Immediate actions", "## Checks", "## Resolution paths", "## Escalation"]


@pytest.mark.parametrize("rule", RULES)
def test_runbook_structure(rule: str) -> None:
    text = (DEPLOY / "runbooks" / f"{rule}.md").read_text("utf-8")
    assert text.startswith(f"# Runbook: {rule}\n")
    for field in ("| Monitors |", "| Severity |", "| Team |", "| Threshold |", "| Handle |"):
        assert field in text, field
    positions = [text.find(s) for s in SECTIONS]
    assert -1 not in positions and positions == sorted(positions), "sections missing or out of order"
    assert "```datadog\n" in text, "exact Datadog queries in a datadog block"
    for endpoint in ("/v1/rules", "/v1/signals", "/v1/status"):
        assert endpoint in text, endpoint


def test_runbook_index_lists_every_rule() -> None:
    index = (DEPLOY / "runbooks" / "README.md").read_text("utf-8")
    for rule in RULES:
        assert f"({rule}.md)" in index
    for endpoint in ("/v1/status", "/v1/rules", "/v1/signals", "/v1/rules/<rule>/ack", "/v1/insights/cost", "9464"):
        assert endpoint in index, endpoint
