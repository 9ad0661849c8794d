#!/usr/bin/env python3
"""Run `tifa extract` on the documents of both extraction gold sets and print the reference scorer's tables.

usage: scripts/eval_extract.py [--tifa PATH] [--shared DIR] [--out DIR]

- dev:   the documents of SHARED/eval/dev-gold.json (keys relative to SHARED; a `#suffix` is dropped),
         scored by SHARED/eval/score_extract.py against dev-gold.json;
- seeds: the documents of SHARED/eval/seeds-gold.json (keys relative to SHARED/seeds), scored the same way.
The JSON Lines outputs stay in --out (default /tmp/tifa-eval-extract) for error inspection
(scripts/problem_errors.py). Exit code non-zero when tifa or the scorer fails.
"""
import argparse, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_set(name, tifa, gold, root, out):
    keys = json.load(open(gold, encoding="utf-8"))["documents"]
    paths = sorted({os.path.join(root, k.partition("#")[0]) for k in keys})
    jsonl = os.path.join(out, f"{name}.jsonl")
    with open(jsonl, "w", encoding="utf-8") as f:
        r = subprocess.run([tifa, "extract", *paths], stdout=f)
    if r.returncode != 0:
        sys.exit(f"tifa extract failed on the {name} set (exit {r.returncode})")
    scorer = os.path.join(os.path.dirname(gold), "score_extract.py")
    print(f"== {name}: {os.path.relpath(gold, ROOT)} ({len(paths)} documents) -> {jsonl}")
    r = subprocess.run([sys.executable, scorer, gold, root, jsonl])
    if r.returncode != 0:
        sys.exit(f"the scorer failed on the {name} set (exit {r.returncode})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tifa", default=os.path.join(ROOT, ".build", "debug", "tifa"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--out", default="/tmp/tifa-eval-extract")
    a = ap.parse_args()
    if not os.access(a.tifa, os.X_OK):
        sys.exit(f"{a.tifa}: no tifa executable (swift build --product tifa)")
    os.makedirs(a.out, exist_ok=True)
    ev = os.path.join(a.shared, "eval")
    run_set("dev", a.tifa, os.path.join(ev, "dev-gold.json"), a.shared, a.out)
    run_set("seeds", a.tifa, os.path.join(ev, "seeds-gold.json"), os.path.join(a.shared, "seeds"), a.out)


if __name__ == "__main__":
    main()
