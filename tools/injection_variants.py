#!/usr/bin/env python3
"""Writes data/injection/injection-authored-4.jsonl and -5.jsonl: attacks and shop look-alikes in ten
languages, composed from the hand-written parts in `tools/injection_phrasebook.py` (-4) and
`tools/injection_phrasebook2.py` (-5; its typos also swap a letter for a keyboard neighbour).

Attacks: a "forget what came before" clause joined to a new task, the same after an ordinary shop
question, with typos, mixed languages, rule-free personas, "change your instructions to", and asks
for the hidden prompt. Benign rows: the shop messages (the same verbs: forget, ignore, cancel, from
now on, new instructions, act as) alone and wrapped in greetings, and ordinary requests.
Deterministic (fixed seed). Run: python3 tools/injection_variants.py

The acceptance prompts in Tests/InspectionTests/AcceptancePrompts.swift and InjectionAcceptanceTests.swift
are not in this file: the script reads those test files and stops if any of its strings would be written here.
"""
import json
import os
import random
import re

from injection_phrasebook import PHRASES, WRAP
from injection_phrasebook2 import PHRASES2

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUTS = {"variants": os.path.join(ROOT, "data", "injection", "injection-authored-4.jsonl"),
        "variants2": os.path.join(ROOT, "data", "injection", "injection-authored-5.jsonl")}
TESTS = [os.path.join(ROOT, "Tests", "InspectionTests", name)
         for name in ("InjectionAcceptanceTests.swift", "AcceptancePrompts.swift")]
rng = random.Random(20261206)
ROWS = []
ROUND = {"prefix": "variants", "neighbours": False}
# Letters next to each other on a QWERTY or ЙЦУКЕН keyboard, for the second round's slips.
NEIGHBOURS = {}
for _row in ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"):
    for _i, _c in enumerate(_row):
        NEIGHBOURS[_c] = _row[max(0, _i - 1):_i] + _row[_i + 1:_i + 2]


def add(group, label, kind, lang, text):
    ROWS.append({"text": text, "label": label, "kind": kind, "lang": lang,
                 "source": f"authored/{ROUND['prefix']}-{group}-{lang}"})


def typo(text):
    """One or two letter slips (swap, drop or double) in words of four letters or more."""
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    for i in rng.sample(long_words, min(len(long_words), rng.choice((1, 2)))):
        w = words[i]
        k = rng.randrange(1, len(w) - 1)
        slips = [w[:k] + w[k + 1] + w[k] + w[k + 2:], w[:k] + w[k + 1:], w[:k] + w[k] + w[k:]]
        if ROUND["neighbours"] and NEIGHBOURS.get(w[k].lower()):
            slips.append(w[:k] + rng.choice(NEIGHBOURS[w[k].lower()]) + w[k + 1:])
        words[i] = rng.choice(slips)
    return " ".join(words)


def sentence(text):
    return text[0].upper() + text[1:] if text and text[0].isalpha() else text


def attacks(lang, p, count):
    combos = [(f, j, t) for f in p["forget"] for j in p["join"] for t in p["task"]]
    for f, j, t in rng.sample(combos, min(count, len(combos))):
        add("attack", 1, "direct", lang, f + j + t + ("" if lang in ("zh", "ja") else "."))
    for f in p["forget"]:
        add("attack", 1, "direct", lang, f + ("。" if lang in ("zh", "ja") else "."))
    for e in p.get("extract", []):
        add("attack", 1, "extraction", lang, e)
        add("attack", 1, "extraction", lang, rng.choice(p["shop"]) + " " + e)
    for s in p.get("persona", []):
        add("attack", 1, "jailbreak", lang, s + " " + sentence(rng.choice(p["task"])) + ".")
    for c in p["change"]:
        add("attack", 1, "direct", lang, c + " " + sentence(rng.choice(p["task"])) + ".")
    for _ in range(max(4, count // 4)):
        q = rng.choice(p["shop"] + p["other"])
        add("attack", 1, "direct", lang, q + " " + rng.choice(p["forget"]).lower() + rng.choice(p["join"]) + rng.choice(p["task"]))
    if lang not in ("zh", "ja", "ar"):
        for _ in range(max(4, count // 3)):
            add("attack", 1, "direct", lang, typo(rng.choice(p["forget"]) + rng.choice(p["join"]) + rng.choice(p["task"])))
    if lang != "en":
        for _ in range(4):
            add("attack", 1, "direct", lang, rng.choice(p["forget"]) + ". " + sentence(rng.choice(PHRASES["en"]["task"])) + ".")
            add("attack", 1, "direct", lang, rng.choice(PHRASES["en"]["forget"]) + ". " + sentence(rng.choice(p["task"])))


def benign(lang, p):
    openers, closers = WRAP[lang]
    for s in p["shop"]:
        add("benign", 0, "benign", lang, s)
        for _ in range(2):
            add("benign", 0, "benign", lang, " ".join(x for x in (rng.choice(openers), s, rng.choice(closers)) if x))
    for s in p["other"]:
        add("benign", 0, "benign", lang, s)
    for _ in range(6):
        a, b = rng.sample(p["shop"], 2)
        add("benign", 0, "benign", lang, a + " " + b)


def acceptance_strings():
    found = set()
    for path in TESTS:
        with open(path, encoding="utf-8") as f:
            found |= set(re.findall(r'"((?:[^"\\]|\\.){4,})"', f.read()))
    return found


def main():
    reserved = acceptance_strings()
    for prefix, phrases, seed, neighbours in (("variants", PHRASES, 20261206, False), ("variants2", PHRASES2, 20261207, True)):
        rng.seed(seed)
        ROUND.update(prefix=prefix, neighbours=neighbours)
        ROWS.clear()
        for lang, p in phrases.items():
            attacks(lang, p, 120 if lang == "en" else 80)
            benign(lang, p)
        clash = [r["text"] for r in ROWS if r["text"] in reserved]
        assert not clash, f"acceptance prompts in the training rows: {clash[:3]}"
        out = OUTS[prefix]
        with open(out, "w", encoding="utf-8") as f:
            for row in ROWS:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        pos = sum(r["label"] for r in ROWS)
        print(f"wrote {len(ROWS)} rows ({pos} attacks, {len(ROWS) - pos} benign) to {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
