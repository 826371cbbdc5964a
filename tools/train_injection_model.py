#!/usr/bin/env python3
"""Trains the injection scorer's n-gram model and writes Sources/Inspection/InjectionModelWeights.swift.

Reproduce with one command from the package root:   python3 tools/train_injection_model.py
(numpy and scipy, versions pinned in tools/requirements-train.txt; fixed seed; set INJECTION_EVAL to a
built injection-eval binary to skip the build; needs the Swift toolchain, because features are computed on the text exactly
as the Swift normalizer folds it: the script builds and runs `injection-eval --dump`).

Model: logistic regression over hashed character 3-, 4- and 5-grams of the normalized text (first 4,096
bytes): the n-gram's bytes packed little-endian with n in bits 40-47, times 0x9E3779B97F4A7C15 mod 2^64,
top 16 bits = bucket; features = NORM * counts / (number of n-grams + PRIOR): nearly the mean, so a
long benign document is not pushed to an extreme by length alone, while PRIOR n-grams of weight zero
pull a text of a few words toward the bias instead of letting three or four n-grams decide it (with
the plain mean, "Fine" or "My mouse is not responding." scored p = 1.0). NORM only sets the scale the
optimizer sees and is folded into the written `scale`. Weights are quantized to Int8 with one scale and written as a
base64 string literal. The script also reports leave-one-source-out (LOSO) results and picks how much
the model counts next to the rules; the headline LOSO table chooses that combination without the
held-out family too (nested), so no number is tuned on the rows it scores.

Data (see data/injection/PROVENANCE.md): the shared tuning set injection-dev.jsonl, the hand-written and
composed data/injection/injection-authored*.jsonl files, and the benign lines vendored from PyPI packages
(chatterbot-other-languages.jsonl, django-ui-strings.jsonl). INJECTION_L2, INJECTION_EPOCHS, INJECTION_PRIOR
and INJECTION_BITS override the hyperparameters for experiments; the shipped model uses the defaults.
"""
import base64
import glob
import json
import multiprocessing
import os
import subprocess
import sys

import numpy as np
from scipy import sparse

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEV = os.environ.get("INJECTION_DEV", os.path.join(ROOT, "..", "shared", "data", "injection-dev.jsonl"))
AUTHORED = sorted(glob.glob(os.path.join(ROOT, "data", "injection", "injection-authored*.jsonl")))
VENDORED = [os.path.join(ROOT, "data", "injection", name)
            for name in ("chatterbot-other-languages.jsonl", "django-ui-strings.jsonl")]
OUT = os.path.join(ROOT, "Sources", "Inspection", "InjectionModelWeights.swift")
BITS = int(os.environ.get("INJECTION_BITS", "16"))
BUCKETS = 1 << BITS
MAX_BYTES = 4096
SEED = 20261129
L2 = float(os.environ.get("INJECTION_L2", "3e-5"))
EPOCHS = int(os.environ.get("INJECTION_EPOCHS", "300"))
NORM = 32.0
PRIOR = int(os.environ.get("INJECTION_PRIOR", "48"))
THRESHOLD = 0.7
# How much the model counts next to the rules; from 0.7 on it can flag a text alone.
MODEL_WEIGHTS = (0.69, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0)
# The model probability under which it adds nothing. Not 0: a model that finds a text benign (p = 0.2) must not
# lift a rule's 0.65 over the threshold ("Were you told before that my parcel was delayed?" did, with floor 0).
FLOORS = (0.1, 0.2, 0.3, 0.4, 0.5)


def family(source):
    """The LOSO group of a row: upstream project for the tuning set, coarse group for authored rows."""
    if source.startswith("authored/"):
        group = source.split("/", 1)[1]
        if group.startswith("shop-"):
            return "authored/shop-benign"
        if group.startswith("attack-multi"):
            return "authored/attacks-multilingual"
        if group.startswith("attack-"):
            return "authored/attacks-en"
        if group.startswith("short-benign"):
            return "authored/short-benign"
        if group.startswith("docs-"):
            return "authored/documents"
        if group.startswith(("persuasion-", "short-")):
            return "authored/persuasion-short"
        if group.startswith("pushy-benign"):
            return "authored/pushy-benign"
        if group.startswith(("variants-", "variants2-")):
            lang = group.rsplit("-", 1)[1]
            script = "cjk" if lang in ("zh", "ja") else "cyrillic-arabic" if lang in ("ru", "ar") else "latin"
            return "authored/variants-" + script
        return "authored/" + group
    if source.startswith("pypi:"):
        return source[5:].split("==")[0].split(":")[0]
    return source.split("@")[0]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def dump_features(paths):
    """Runs the Swift normalizer and rules over every row: (rule score, normalized bytes)."""
    binary = os.environ.get("INJECTION_EVAL")
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "injection-eval"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "injection-eval")
    out = []
    for path in paths:
        lines = subprocess.run([binary, path, "--dump"], check=True, capture_output=True, text=True).stdout.splitlines()
        for line in lines:
            rule, _, hexed = line.split("\t")
            out.append((float(rule), bytes.fromhex(hexed)))
    return out


def ngram_buckets(data):
    """Bucket ids of every 3-, 4- and 5-gram of `data`, as the Swift model hashes them."""
    a = np.frombuffer(data[:MAX_BYTES], dtype=np.uint8).astype(np.uint64)
    n = len(a)
    out = []
    for size in (3, 4, 5):
        if n < size:
            continue
        x = np.zeros(n - size + 1, dtype=np.uint64)
        for k in range(size):
            x |= a[k:n - size + 1 + k] << np.uint64(8 * k)
        x |= np.uint64(size) << np.uint64(40)
        out.append((x * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - BITS))
    return np.concatenate(out) if out else np.zeros(0, dtype=np.uint64)


def featurize(texts):
    """A sparse CSR matrix, one row per text: NORM * count / (number of n-grams + PRIOR) per bucket."""
    rows, cols, vals = [], [], []
    for r, data in enumerate(texts):
        ids = ngram_buckets(data)
        if len(ids) == 0:
            continue
        buckets, counts = np.unique(ids.astype(np.int64), return_counts=True)
        rows.append(np.full(len(buckets), r, dtype=np.int64))
        cols.append(buckets)
        vals.append(NORM * counts / (len(ids) + PRIOR))
    return sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                             shape=(len(texts), BUCKETS))


def train(X, y, weight, idx):
    """Weighted L2 logistic regression by full-batch Adam on rows `idx`."""
    A = X[idx]
    At = A.T.tocsr()
    yy, ww = y[idx], weight[idx]
    ww = ww / ww.sum()
    w = np.zeros(BUCKETS)
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros(BUCKETS), np.zeros(BUCKETS), 0.0, 0.0
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, EPOCHS + 1):
        z = A @ w + b
        p = 1 / (1 + np.exp(-z))
        g = (p - yy) * ww
        gw = At @ g + L2 * w
        gb = g.sum()
        m_w = b1 * m_w + (1 - b1) * gw
        v_w = b2 * v_w + (1 - b2) * gw * gw
        m_b = b1 * m_b + (1 - b1) * gb
        v_b = b2 * v_b + (1 - b2) * gb * gb
        w -= lr * (m_w / (1 - b1 ** t)) / (np.sqrt(v_w / (1 - b2 ** t)) + eps)
        b -= lr * (m_b / (1 - b1 ** t)) / (np.sqrt(v_b / (1 - b2 ** t)) + eps)
    return w, b


def quantize(w):
    scale = max(np.abs(w).max() / 127, 1e-12)
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, scale


def predict(X, q, scale, b):
    z = (X @ q.astype(np.float64)) * scale + b
    return 1 / (1 + np.exp(-z))


def combine(rule, p, floor, weight):
    model = weight * np.clip((p - floor) / (1 - floor), 0, None)
    return 1 - (1 - rule) * (1 - model)


def metrics(y, pred):
    tp = int(((pred == 1) & (y == 1)).sum()); fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum()); tn = int(((pred == 0) & (y == 0)).sum())
    prec = tp / (tp + fp) if tp + fp else float("nan")
    rec = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * prec * rec / (prec + rec) if tp else 0.0
    fpr = fp / (fp + tn) if fp + tn else float("nan")
    return len(y), tp + fn, prec, rec, f1, fpr


def table(title, y, pred, groups):
    print(f"\n{title}")
    print(f"{'group':48s}    n  pos   prec    rec     F1    FPR")
    for g in ["all"] + sorted(set(groups)):
        m = np.ones(len(y), bool) if g == "all" else np.array([x == g for x in groups])
        n, pos, prec, rec, f1, fpr = metrics(y[m], pred[m])
        print(f"{g[:48]:48s} {n:4d} {pos:4d} {prec:6.3f} {rec:6.3f} {f1:6.3f} {fpr:6.3f}")


def choose(rule, loso, y, shop, mask):
    """The model's floor and weight with the best LOSO F1 on rows `mask`, while the false-positive rate
    there stays at or under 1% on all benign rows and 0.5% on the benign shop rows (precision first: the
    model is least trustworthy on text unlike anything it saw)."""
    r, p, yy, sh = rule[mask], loso[mask], y[mask], shop[mask]
    best = (metrics(yy, (r >= THRESHOLD).astype(int))[4], 0.99, 0.0)
    for floor in FLOORS:
        for mw in MODEL_WEIGHTS:
            pred = (combine(r, p, floor, mw) >= THRESHOLD).astype(int)
            f1 = metrics(yy, pred)[4]
            if (not sh.any() or pred[sh].mean() <= 0.005) and pred[yy == 0].mean() <= 0.01 and f1 > best[0]:
                best = (f1, floor, mw)
    return best[1], best[2]


FOLD_DATA = {}


def fold(fam):
    """Trains without family `fam` and predicts its rows (run in a worker process)."""
    X, y, weight, fams = (FOLD_DATA[k] for k in ("X", "y", "weight", "fams"))
    test = np.array([i for i, f in enumerate(fams) if f == fam])
    trainIdx = np.array([i for i, f in enumerate(fams) if f != fam])
    w, b = train(X, y, weight, trainIdx)
    q, scale = quantize(w)
    print(f"fold {fam}: done", file=sys.stderr, flush=True)
    return test, predict(X[test], q, scale, b)


def report(X, y, weight, rule, fams, kinds, rows, shop):
    """Leave-one-source-out predictions, the tables, and the combination chosen on them."""
    # Leave one source family out.
    loso = np.zeros(len(rows))
    FOLD_DATA.update(X=X, y=y, weight=weight, fams=fams)
    with multiprocessing.get_context("fork").Pool(int(os.environ.get("INJECTION_JOBS", "2"))) as pool:
        for test, p in pool.imap_unordered(fold, sorted(set(fams))):
            loso[test] = p

    # The shipped combination is chosen on every LOSO row; the headline table instead chooses it for
    # each family on the other families' rows only, so the held-out family tunes nothing.
    fam_arr = np.array(fams)
    floor, mw = choose(rule, loso, y, shop, np.ones(len(rows), bool))
    nested = np.zeros(len(rows), dtype=int)
    for fam in sorted(set(fams)):
        held = fam_arr == fam
        f, m = choose(rule, loso, y, shop, ~held)
        nested[held] = combine(rule[held], loso[held], f, m) >= THRESHOLD
        print(f"nested {fam}: floor {f}, weight {m}", file=sys.stderr)
    print(f"combination: floor {floor}, weight {mw}")
    rule_pred = (rule >= THRESHOLD).astype(int)
    table("Rules alone (no model)", y, rule_pred, fams)
    table("LOSO, nested: model and combination chosen without the row's source family, by family",
          y, nested, fams)
    loso_pred = (combine(rule, loso, floor, mw) >= THRESHOLD).astype(int)
    table("LOSO, shipped combination (chosen on all LOSO rows), by family", y, loso_pred, fams)
    table("LOSO, nested, by kind", y, nested, kinds)
    print("\nThreshold curve, LOSO with the shipped combination (all rows)")
    print(f"{'threshold':>9s}   prec    rec     F1    FPR  shopFPR")
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        pred = (combine(rule, loso, floor, mw) >= t).astype(int)
        _, _, prec, rec, f1, fpr = metrics(y, pred)
        print(f"{t:9.2f} {prec:6.3f} {rec:6.3f} {f1:6.3f} {fpr:6.3f} {pred[shop].mean():8.4f}")
    if os.environ.get("INJECTION_LOSO_OUT"):
        np.savez(os.environ["INJECTION_LOSO_OUT"], rule=rule, loso=loso, y=y, nested=nested)
    own = [i for i in range(len(rows)) if rows[i]["source"].startswith("authored/")]
    table("LOSO, nested, by authored group", y[own], nested[own], [rows[i]["source"] for i in own])

    return floor, mw


def main():
    dev = load(DEV)
    authored = [row for path in AUTHORED + VENDORED for row in load(path)]
    rows = dev + authored
    feats = dump_features([DEV] + AUTHORED + VENDORED)
    assert len(feats) == len(rows), (len(feats), len(rows))
    rule = np.array([f[0] for f in feats])
    X = featurize([f[1] for f in feats])
    y = np.array([r["label"] for r in rows], dtype=np.float64)
    fams = [family(r["source"]) for r in rows]
    kinds = [r["kind"] for r in rows]
    # Precision on benign text matters most: benign rows count 1.5x, shop and customer rows 3x; the vendored
    # chat lines and interface strings, many and unlike user prompts, 0.5x.
    shop = np.array([r["source"].startswith(("authored/shop", "authored/pushy-benign", "authored/short-benign",
                                             "authored/variants-benign", "authored/variants2-benign")) for r in rows])
    vendored = np.array([r["source"].startswith(("pypi:chatterbot-corpus", "pypi:django")) for r in rows])
    weight = np.where(y == 0, 1.5, 1.0)
    weight[shop] = 3.0
    weight[vendored] = 0.5
    np.random.seed(SEED)

    quick = os.environ.get("INJECTION_COMBINATION")
    if quick:
        floor, mw = (float(x) for x in quick.split(","))
    else:
        floor, mw = report(X, y, weight, rule, fams, kinds, rows, shop)

    # Final model on everything.
    w, b = train(X, y, weight, np.arange(len(rows)))
    q, scale = quantize(w)
    encoded = base64.b64encode(q.tobytes()).decode()
    with open(OUT, "w") as f:
        f.write("/// Generated by tools/train_injection_model.py; do not edit. Int8 weights of the n-gram model\n")
        f.write(f"/// ({BUCKETS} buckets), trained on {len(rows)} rows (L2 {L2}, {EPOCHS} epochs, seed {SEED}).\n")
        f.write("enum InjectionModelWeights {\n")
        # Twelve significant digits: the last bits of these sums vary with the BLAS build, the Int8 table does not.
        f.write(f"    static let bias: Double = {float(b):.12g}\n")
        f.write(f"    static let scale: Double = {float(scale * NORM):.12g}\n")
        f.write(f"    /// Zero-weight n-grams added to every text's count (`InjectionModel`).\n")
        f.write(f"    static let prior: Int = {PRIOR}\n")
        f.write(f"    /// log2 of the bucket count; a bucket is the top `bits` bits of the hash.\n")
        f.write(f"    static let bits: Int = {BITS}\n")
        f.write(f"    /// The model counts as `weight · max(0, p − floor) / (1 − floor)` next to the rules.\n")
        f.write(f"    static let floor: Double = {float(floor)!r}\n")
        f.write(f"    static let weight: Double = {float(mw)!r}\n")
        f.write("    static let table: [Int8] = InjectionModel.decode(encoded)\n")
        f.write(f"    static let encoded = \"{encoded}\"\n")
        f.write("}\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
