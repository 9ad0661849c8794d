#!/usr/bin/env python3
"""Planting benchmark for `tifa reuse`: recall of passages planted between documents.

Takes passages of 30, 50, 100 and 200 characters from the documents of a corpus (default
../shared/corpora/gov-work-reports), in three variants: verbatim, with 3 characters changed (replaced by other
Han characters, never among the first and last 3 characters: an edit at the very edge only shortens the passage),
and with punctuation changed (every mark inside replaced by another, and one mark added where there was none).
Each is inserted after a sentence end (。) of another document. A passage starts and ends on a Han character.
A plant is found when a reported passage between its source and host documents covers at least 80 % of the
planted span in the host. `tifa reuse` runs once over the whole planted corpus with --min-chars 30.

Usage: benchmarks/reuse/plant.py [--tifa .build/release/tifa] [--corpus DIR] [--trials 60] [--seed 7]
Prints a recall table (length × variant) and exits 0 when recall ≥ 0.95 at ≥ 50 characters and ≥ 0.80 at 30.
"""
import argparse
import collections
import glob
import json
import os
import random
import subprocess
import sys
import tempfile

LENGTHS = (30, 50, 100, 200)
VARIANTS = ("verbatim", "3-changed", "punctuation")
PUNCT = "，、；：。！？"


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().replace("\r\n", "\n")


def pick_passage(rng, text, length):
    """A passage of `length` characters starting and ending on a Han character, inside one paragraph: its start."""
    for _ in range(1000):
        i = rng.randrange(0, max(1, len(text) - length))
        p = text[i:i + length]
        if len(p) == length and is_han(p[0]) and is_han(p[-1]) and "\n" not in p and sum(map(is_han, p)) > length * 0.7:
            return i
    return None


def vary(rng, passage, variant, han_pool):
    chars = list(passage)
    if variant == "3-changed":
        spots = [i for i in range(3, len(chars) - 3) if is_han(chars[i])]
        for i in rng.sample(spots, 3):
            new = chars[i]
            while new == chars[i]:
                new = rng.choice(han_pool)
            chars[i] = new
    elif variant == "punctuation":
        marks = [i for i, c in enumerate(chars) if c in PUNCT or c in ",;:"]
        for i in marks:
            chars[i] = rng.choice([m for m in PUNCT if m != chars[i]])
        i = rng.randrange(3, len(chars) - 3)
        chars.insert(i, rng.choice(PUNCT))
    return "".join(chars)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--tifa", default=os.path.join(here, "..", "..", ".build", "release", "tifa"))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "..", "shared", "corpora", "gov-work-reports"))
    ap.add_argument("--trials", type=int, default=60, help="plants per length and variant")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="write the planted corpus and the plants here instead of a temporary folder")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    paths = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    texts = {os.path.basename(p): read(p) for p in paths}
    names = sorted(texts)
    han_pool = [c for c in "".join(texts.values()) if is_han(c)]

    # Choose every plant on the unmodified texts, then insert them host by host.
    # A document's passages taken as sources stay whole: nothing is inserted inside them.
    plants, taken = [], collections.defaultdict(list)
    for length in LENGTHS:
        for variant in VARIANTS:
            for _ in range(args.trials):
                src, host = rng.sample(names, 2)
                start = pick_passage(rng, texts[src], length)
                if start is None:
                    continue
                taken[src].append((start, start + length))
                planted = vary(rng, texts[src][start:start + length], variant, han_pool)
                plants.append({"source": src, "host": host, "length": length, "variant": variant, "text": planted})
    for p in plants:
        ends = [i + 1 for i, c in enumerate(texts[p["host"]]) if c == "。"
                and not any(lo < i + 1 < hi for lo, hi in taken[p["host"]])]
        p["at"] = rng.choice(ends)
    by_host = collections.defaultdict(list)
    for p in plants:
        by_host[p["host"]].append(p)
    out_texts = dict(texts)
    for host, ps in by_host.items():
        ps.sort(key=lambda p: (p["at"], p["length"], p["variant"]))
        text, pieces, last, shift = texts[host], [], 0, 0
        for p in ps:
            pieces.append(text[last:p["at"]])
            p["start"] = p["at"] + shift
            p["end"] = p["start"] + len(p["text"])
            pieces.append(p["text"])
            shift += len(p["text"])
            last = p["at"]
        pieces.append(text[last:])
        out_texts[host] = "".join(pieces)

    folder = args.keep or tempfile.mkdtemp(prefix="tifa-plant-")
    os.makedirs(os.path.join(folder, "corpus"), exist_ok=True)
    for name, text in out_texts.items():
        with open(os.path.join(folder, "corpus", name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(folder, "plants.jsonl"), "w", encoding="utf-8") as f:
        for p in plants:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    cmd = [args.tifa, "reuse", os.path.join(folder, "corpus"), "--quiet", "--format", "jsonl", "--min-chars", "30"]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({run.returncode}): {run.stderr}")
    records = collections.defaultdict(list)
    for line in run.stdout.splitlines():
        r = json.loads(line)
        a, b = os.path.basename(r["a"]), os.path.basename(r["b"])
        records[(a, b)].append((r["a_start"], r["a_end"]))
        records[(b, a)].append((r["b_start"], r["b_end"]))

    found = collections.Counter()
    total = collections.Counter()
    for p in plants:
        key = (p["length"], p["variant"])
        total[key] += 1
        spans = records.get((p["host"], p["source"]), [])
        covered = set()
        for lo, hi in spans:
            covered.update(range(max(lo, p["start"]), min(hi, p["end"])))
        if len(covered) >= 0.8 * (p["end"] - p["start"]):
            found[key] += 1
    ok = True
    print(f"{'length':>6}  " + "  ".join(f"{v:>12}" for v in VARIANTS) + "       all")
    for length in LENGTHS:
        cells = [found[(length, v)] / max(1, total[(length, v)]) for v in VARIANTS]
        overall = sum(found[(length, v)] for v in VARIANTS) / max(1, sum(total[(length, v)] for v in VARIANTS))
        print(f"{length:>6}  " + "  ".join(f"{c:>12.3f}" for c in cells) + f"  {overall:>8.3f}")
        ok &= all(c >= (0.80 if length < 50 else 0.95) for c in cells)
    print(f"plants: {len(plants)} in {len(by_host)} documents; passages reported: {len(run.stdout.splitlines())}")
    print("targets met" if ok else "targets NOT met")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
