#!/usr/bin/env python3
"""Writes data/injection/chatterbot-other-languages.jsonl: benign chat lines in scripts and languages
the hand-written data lacks, from the `chatterbot-corpus` wheel on PyPI (BSD-3-Clause).

Only languages outside the six that `tools/eval_public_sets.py` keeps for evaluation are taken, so
that check stays independent. Every line becomes a benign row (label 0), deduplicated, in file
order. Run: .venv/bin/python tools/vendor_chatterbot_lines.py   (needs pip and PyYAML)
"""
import os

import yaml

from vendoring import wheel, write_rows

PACKAGE = "chatterbot-corpus==1.3.3"
LANGUAGES = {
    "russian": "ru", "ukrainian": "uk", "chinese": "zh", "traditionalchinese": "zh", "japanese": "ja", "korean": "ko",
    "persian": "fa", "urdu": "ur", "hebrew": "he", "hindi": "hi", "turkish": "tr", "dutch": "nl", "swedish": "sv",
    "indonesian": "id", "thai": "th",
}
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "data", "injection", "chatterbot-other-languages.jsonl")


def lines(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from lines(item)


def main():
    rows, seen = [], set()
    with wheel(PACKAGE) as z:
        for name in sorted(z.namelist()):
            parts = name.split("/")
            if len(parts) != 4 or parts[2] not in LANGUAGES or not name.endswith(".yml"):
                continue
            doc = yaml.safe_load(z.read(name).decode("utf-8"))
            for text in lines(doc.get("conversations", [])):
                text = str(text).strip()
                if len(text) < 2 or text in seen:
                    continue
                seen.add(text)
                rows.append({"text": text, "label": 0, "kind": "benign", "lang": LANGUAGES[parts[2]],
                             "source": f"pypi:{PACKAGE}:{'/'.join(parts[1:])}"})
    write_rows(OUT, rows, ROOT)


if __name__ == "__main__":
    main()
