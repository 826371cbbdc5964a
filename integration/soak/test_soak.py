"""The soak and chaos run (soak.py) as one test, at the length SOAK_SECONDS gives (180 by default)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import soak


def test_soak_under_chaos(tmp_path: Path) -> None:
    seconds = os.environ.get("SOAK_SECONDS", "180")
    report = tmp_path / "soak.json"
    sys.argv = ["soak.py", "--seconds", seconds, "--report", str(report)]
    assert soak.main() == 0, report.read_text() if report.exists() else "no report"
