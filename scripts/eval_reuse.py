#!/usr/bin/env python3
"""Score `tifa reuse` against the planted passages of dev-gold.json (top-level `reuse` list).

Every `verbatim` and `near` passage must be found: a reported pair of the same two documents whose spans cover
at least 90 % of the gold passage on both sides. The `central-quote` passages must not be reported as `copy`
when their source is given with --reference (the script writes that reference text: a made-up circular that
quotes the central sentence). Offsets: the gold counts in the text after CRLF→LF and NFKC, tifa in the original
decoded text; the script maps tifa's offsets through the same two steps.

Usage: scripts/eval_reuse.py [--tifa .build/debug/tifa] [--shared ../shared]
Exit status 0 when both targets are met.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_offsets import nfkc_offsets  # noqa: E402


def run(tifa, folder, extra):
    cmd = [tifa, "reuse", folder, "--quiet", "--format", "jsonl"] + extra
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode not in (0,):
        sys.exit(f"{' '.join(cmd)} failed ({out.returncode}): {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def covered(record, gold, shared, maps):
    """The record's coverage of the gold passage, on the worse side (0 when the documents differ)."""
    pairs = {(record["a"], record["b"]): ("a", "b"), (record["b"], record["a"]): ("b", "a")}
    key = (os.path.join(shared, gold["a"]), os.path.join(shared, gold["b"]))
    if key not in pairs:
        return 0.0
    ra, rb = pairs[key]
    worst = 1.0
    for side, rside in (("a", ra), ("b", rb)):
        path = os.path.join(shared, gold[side])
        table = maps[path]
        lo, hi = table[record[rside + "_start"]], table[record[rside + "_end"]]
        glo = gold[side + "_offset"]
        ghi = glo + len(gold[side + "_text"])
        inter = max(0, min(hi, ghi) - max(lo, glo))
        worst = min(worst, inter / (ghi - glo))
    return worst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tifa", default=".build/debug/tifa")
    ap.add_argument("--shared", default="../shared")
    args = ap.parse_args()
    gold = json.load(open(os.path.join(args.shared, "eval", "dev-gold.json"), encoding="utf-8"))["reuse"]
    folder = os.path.join(args.shared, "corpora", "reports-synthetic")
    maps = {}
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8", newline="") as f:
            maps[path] = nfkc_offsets(f.read())

    plain = run(args.tifa, folder, [])
    ok = True
    print("kind           a → b                                             found  kind reported")
    for g in gold:
        if g["kind"] not in ("verbatim", "near"):
            continue
        best = max(plain, key=lambda r: covered(r, g, args.shared, maps), default=None)
        cov = covered(best, g, args.shared, maps) if best else 0
        found = cov >= 0.9
        ok &= found
        print(f"{g['kind']:<14} {os.path.basename(g['a'])[:20]} → {os.path.basename(g['b'])[:20]}  "
              f"{'yes' if found else 'NO ':>5} ({cov:.2f})  {best['kind'] if best and found else '-'}"
              f"  {'OK' if found and best['kind'] == 'copy' else ''}")
        ok &= (not found) or best["kind"] == "copy"

    central = [g for g in gold if g["kind"] == "central-quote"]
    with tempfile.TemporaryDirectory() as tmp:
        ref = os.path.join(tmp, "central-circular.txt")
        with open(ref, "w", encoding="utf-8") as f:
            f.write("关于进一步为基层减负的通知\n\n为切实解决困扰基层的形式主义问题，现提出如下要求。\n"
                    + central[0]["a_text"] + "\n\n各地要结合实际认真贯彻落实。\n")
        with_ref = run(args.tifa, folder, ["--reference", ref])
        shown = run(args.tifa, folder, ["--reference", ref, "--show-reference"])
    for g in central:
        def kinds(records):
            return sorted({r["kind"] for r in records if covered(r, g, args.shared, maps) >= 0.5})
        without, hidden, listed = kinds(plain), kinds(with_ref), kinds(shown)
        good = "copy" not in hidden and listed == ["reference"]
        ok &= good
        print(f"central-quote  {os.path.basename(g['a'])[:20]} → {os.path.basename(g['b'])[:20]}  "
              f"no reference: {without or ['-']}  --reference: {hidden or ['-']}  --show-reference: {listed or ['-']}"
              f"  {'OK' if good else 'FAIL'}")
    print("targets met" if ok else "targets NOT met")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
