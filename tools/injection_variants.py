#!/usr/bin/env python3
"""Writes data/injection/injection-authored-4.jsonl: attacks and shop look-alikes in ten languages,
composed from the hand-written parts in `tools/injection_phrasebook.py`.

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

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "data", "injection", "injection-authored-4.jsonl")
TESTS = [os.path.join(ROOT, "Tests", "InspectionTests", name)
         for name in ("InjectionAcceptanceTests.swift", "AcceptancePrompts.swift")]
rng = random.Random(20261206)
ROWS = []


def add(group, label, kind, lang, text):
    ROWS.append({"text": text, "label": label, "kind": kind, "lang": lang, "source": f"authored/variants-{group}-{lang}"})


def typo(text):
    """One or two letter slips (swap, drop or double) in words of four letters or more."""
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    for i in rng.sample(long_words, min(len(long_words), rng.choice((1, 2)))):
        w = words[i]
        k = rng.randrange(1, len(w) - 1)
        words[i] = rng.choice((w[:k] + w[k + 1] + w[k] + w[k + 2:], w[:k] + w[k + 1:], w[:k] + w[k] + w[k:]))
    return " ".join(words)


def sentence(text):
    return text[0].upper() + text[1:] if text and text[0].isalpha() else text


def attacks(lang, p, count):
    combos = [(f, j, t) for f in p["forget"] for j in p["join"] for t in p["task"]]
    for f, j, t in rng.sample(combos, min(count, len(combos))):
        add("attack", 1, "direct", lang, f + j + t + ("" if lang in ("zh", "ja") else "."))
    for f in p["forget"]:
        add("attack", 1, "direct", lang, f + ("。" if lang in ("zh", "ja") else "."))
    for e in p["extract"]:
        add("attack", 1, "extraction", lang, e)
        add("attack", 1, "extraction", lang, rng.choice(p["shop"]) + " " + e)
    for s in p["persona"]:
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
    for lang, p in PHRASES.items():
        attacks(lang, p, 120 if lang == "en" else 80)
        benign(lang, p)
    reserved = acceptance_strings()
    clash = [r["text"] for r in ROWS if r["text"] in reserved]
    assert not clash, f"acceptance prompts in the training rows: {clash[:3]}"
    with open(OUT, "w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    pos = sum(r["label"] for r in ROWS)
    print(f"wrote {len(ROWS)} rows ({pos} attacks, {len(ROWS) - pos} benign) to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
