#!/usr/bin/env python3
"""Score the formalism measures of `tifa extract` against the `formalism` layer of dev-gold.json (the fourteen
synthetic reports).

Commitments: a gold commitment is found when a reported commitment's span contains its offset; precision counts
reported commitments that contain no gold offset as false alarms. The concrete and deadline labels are scored on
the found commitments (positive class = true; a label on a missed commitment counts as a miss).
Admitted problems: each gold admitted item is matched to the admitted problem records (stance admitted) in the
same full sentence; specific vs generic is scored on the matched items (positive class = specific), and the
coverage (gold items with a record) is printed beside it.
Offsets: the gold counts in the text after CRLF→LF and NFKC, tifa in the original text; the script maps tifa's.

Usage: scripts/eval_formalism.py [--tifa .build/debug/tifa] [--shared ../shared] [--verbose]
Exit status 0 when commitments F, concrete F and deadline F are ≥ 0.85 and specific F ≥ 0.80.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_offsets import nfkc_offsets  # noqa: E402


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tifa", default=".build/debug/tifa")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    gold = json.load(open(os.path.join(args.shared, "eval", "dev-gold.json"), encoding="utf-8"))["documents"]
    gold = {k: v["formalism"] for k, v in gold.items() if "formalism" in v}
    paths = [os.path.join(args.shared, k) for k in sorted(gold)]
    out = subprocess.run([args.tifa, "extract"] + paths, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"tifa extract failed ({out.returncode}): {out.stderr}")
    records = {json.loads(l)["document"]: json.loads(l) for l in out.stdout.splitlines() if l.strip()}

    c = {"tp": 0, "fp": 0, "fn": 0}
    labels = {name: {"tp": 0, "fp": 0, "fn": 0} for name in ("concrete", "deadline")}
    spec = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "missing": 0}
    for key in sorted(gold):
        path = os.path.join(args.shared, key)
        with open(path, encoding="utf-8", newline="") as f:
            original = f.read()
        table = nfkc_offsets(original)
        text = unicodedata.normalize("NFKC", original.replace("\r\n", "\n"))
        rec = records.get(path, {})
        commitments = [dict(x, s=table[x["start"]], e=table[x["end"]]) for x in rec.get("commitments", [])]
        g = gold[key]
        used = set()
        for item in g["commitments"]:
            hits = [i for i, x in enumerate(commitments) if x["s"] <= item["offset"] < x["e"]]
            if not hits:
                c["fn"] += 1
                for name in labels:
                    if item[name]:
                        labels[name]["fn"] += 1
                if args.verbose:
                    print(f"MISS  {key[-24:]} {item['evidence']}")
                continue
            c["tp"] += 1
            used.update(hits)
            x = commitments[hits[0]]
            for name in labels:
                if x[name] and item[name]:
                    labels[name]["tp"] += 1
                elif x[name]:
                    labels[name]["fp"] += 1
                elif item[name]:
                    labels[name]["fn"] += 1
                if args.verbose and x[name] != item[name]:
                    print(f"{name.upper():8} gold {item[name]} {key[-24:]} {x['text'][:60]} {x['cues']}")
        for i, x in enumerate(commitments):
            if i not in used:
                c["fp"] += 1
                if args.verbose:
                    print(f"EXTRA {key[-24:]} {x['text'][:60]} {x['cues']}")

        ends = [m.end() for m in re.finditer(r"[。!?\n]", text)]
        def sentence_of(o):
            lo = max([e for e in ends if e <= o], default=0)
            hi = min([e for e in ends if e > o], default=len(text))
            return lo, hi
        admitted = [dict(p, s=table[p["start"]]) for p in rec.get("problems", []) if p.get("stance") == "admitted"]
        for item in g["admitted"]:
            lo, hi = sentence_of(item["offset"])
            inside = [p for p in admitted if lo <= p["s"] < hi]
            if not inside:
                spec["missing"] += 1
                continue
            predicted = any(p.get("specific") for p in inside)
            key2 = ("tp" if item["specific"] else "fp") if predicted else ("fn" if item["specific"] else "tn")
            spec[key2] += 1
            if args.verbose and predicted != item["specific"]:
                print(f"SPECIFIC gold {item['specific']} {key[-24:]} {item['evidence']}")

    ok = True
    p, r, f = f1(c["tp"], c["fp"], c["fn"])
    print(f"commitments found   P {p:.3f}  R {r:.3f}  F {f:.3f}   (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    ok &= f >= 0.85
    for name, n in labels.items():
        p, r, f = f1(n["tp"], n["fp"], n["fn"])
        print(f"{name:<19} P {p:.3f}  R {r:.3f}  F {f:.3f}   (tp {n['tp']}, fp {n['fp']}, fn {n['fn']})")
        ok &= f >= 0.85
    p, r, f = f1(spec["tp"], spec["fp"], spec["fn"])
    matched = spec["tp"] + spec["fp"] + spec["fn"] + spec["tn"]
    total = matched + spec["missing"]
    print(f"admitted specific   P {p:.3f}  R {r:.3f}  F {f:.3f}   on {matched} of {total} gold items with an admitted "
          f"problem record (tn {spec['tn']})")
    ok &= f >= 0.80
    print("targets met" if ok else "targets NOT met")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
