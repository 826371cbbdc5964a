"""docs/licenses.md lists every Swift package pin at its pinned version, and every vendored data
file; the Python test requirements are pinned with hashes."""

from __future__ import annotations

import fnmatch
import json
import re
from pathlib import Path

import pytest

from conftest import REPO

LICENSES = REPO / "docs" / "licenses.md"


def table_rows(text: str) -> dict[str, list[str]]:
    """First column -> the other columns, for every markdown table row."""
    rows = {}
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows[cells[0].strip("`")] = cells[1:]
    return rows


def test_every_swift_pin_is_listed_at_its_version() -> None:
    pins = {p["identity"]: p["state"].get("version") for p in json.loads((REPO / "Package.resolved").read_text())["pins"]}
    rows = table_rows(LICENSES.read_text("utf-8"))
    assert len(pins) > 20
    missing = sorted(set(pins) - set(rows))
    assert not missing, f"docs/licenses.md lacks {missing}"
    wrong = {name: (rows[name][0], version) for name, version in pins.items() if rows[name][0] != version}
    assert not wrong, f"docs/licenses.md has other versions than Package.resolved: {wrong}"
    for name in pins:
        assert rows[name][1], f"{name} has no licence in docs/licenses.md"
    listed = {name for name, cells in rows.items() if len(cells) == 3 and re.fullmatch(r"[\d.]+", cells[0])}
    assert not listed - set(pins), f"docs/licenses.md lists packages that are not pinned: {sorted(listed - set(pins))}"


@pytest.mark.parametrize("pattern", ["data/**/*.json", "data/**/*.jsonl", "proto/*.proto"])
def test_every_vendored_file_is_listed(pattern: str) -> None:
    # Paths in backticks, globs allowed (`data/injection/injection-authored*.jsonl`).
    listed = re.findall(r"`([\w./*-]+)`", LICENSES.read_text("utf-8"))
    files = sorted(REPO.glob(pattern))
    assert files, pattern
    for path in files:
        rel = path.relative_to(REPO).as_posix()
        assert any(fnmatch.fnmatchcase(rel, p) for p in listed), f"{rel} is not listed in docs/licenses.md"


@pytest.mark.parametrize(
    "requirements",
    ["integration/interop/requirements.txt", "integration/deploy/requirements.txt", "deploy/docker/testagent-requirements.txt"],
)
def test_python_requirements_are_pinned_with_hashes(requirements: str) -> None:
    text = (REPO / requirements).read_text("utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", "\n".join(l for l in text.splitlines() if not l.startswith("#")).strip())
    assert len(entries) > 10
    for entry in entries:
        assert re.match(r"^[A-Za-z0-9_.\-\[\],]+==\S+", entry), f"{requirements}: not an exact pin: {entry.splitlines()[0]}"
        assert re.search(r"--hash=sha256:[0-9a-f]{64}", entry), f"{requirements}: no hash for {entry.splitlines()[0]}"
