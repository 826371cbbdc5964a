#!/usr/bin/env python3
"""Writes data/injection/django-ui-strings.jsonl: benign interface text in the scorer's ten languages,
from the translation catalogs in the `django` wheel on PyPI (BSD-3-Clause).

Why: the other data has more attacks than ordinary text in Russian, Chinese, Japanese and Arabic, so
the n-gram model learned the script itself as a sign of attack (held out, a Japanese small-talk line
such as "you don't make sense" scored 0.98). Web-shop interface strings ("Change password", "Enter a
valid email address", "Ignore this message if you did not ask for it") in every language teach it
that these scripts and words are ordinary.

Every translated message of the core and contrib catalogs becomes a benign row (label 0), and the
English source messages once. Placeholders (`%(name)s`, `%s`, `{0}`) and HTML tags are removed,
rows under four characters dropped, duplicates kept once, in file order.
Run: python3 tools/vendor_django_strings.py   (needs pip)
"""
import json
import os
import re

from vendoring import wheel, write_rows

PACKAGE = "django==5.2.20"
LANGUAGES = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "ru": "ru", "zh_Hans": "zh", "zh_Hant": "zh",
             "ja": "ja", "ar": "ar"}
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "data", "injection", "django-ui-strings.jsonl")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|<[^>]*>")


def unquote(line):
    return json.loads(line[line.index('"'):])


def messages(po):
    """(msgid, [msgstr…]) pairs of a .po file, skipping the header and fuzzy entries."""
    entry, key, fuzzy = {}, None, False
    for raw in po.splitlines() + [""]:
        line = raw.strip()
        if not line:
            if entry.get("msgid") and not fuzzy:
                yield entry["msgid"], [v for k, v in entry.items() if k.startswith("msgstr") and v]
            entry, key, fuzzy = {}, None, False
        elif line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"') and key:
            entry[key] += unquote(line)
        else:
            key = line.split(" ", 1)[0]
            entry[key] = unquote(line)


def clean(text):
    return " ".join(PLACEHOLDER.sub("", text).split()).strip(" :")


def main():
    rows, seen = [], set()

    def add(text, lang, path):
        text = clean(text)
        if len(text) >= 4 and text not in seen:
            seen.add(text)
            rows.append({"text": text, "label": 0, "kind": "benign", "lang": lang, "source": f"pypi:{PACKAGE}:{path}"})

    with wheel(PACKAGE) as z:
        for name in sorted(n for n in z.namelist() if n.endswith("/LC_MESSAGES/django.po")):
            lang = name.split("/locale/")[1].split("/")[0]
            if lang not in LANGUAGES:
                continue
            for msgid, translations in messages(z.read(name).decode("utf-8")):
                if lang == "ja":
                    add(msgid, "en", name)
                for text in translations:
                    add(text, LANGUAGES[lang], name)
    write_rows(OUT, rows, ROOT)


if __name__ == "__main__":
    main()
