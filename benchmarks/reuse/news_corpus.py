#!/usr/bin/env python3
"""Builds a newspaper corpus for the planting benchmark from the SIGHAN 2005 test texts in ../shared (PKU: People's
Daily 1998; MSR: Microsoft Research news), which the reuse code has never been tuned on: consecutive lines are
joined into documents of about --chars characters each. The texts stay outside the repo (research use only).

Usage: benchmarks/reuse/news_corpus.py OUT_DIR [--chars 3000] [--documents 60]
Then:  python3 benchmarks/reuse/plant.py --tifa .build/release/tifa --corpus OUT_DIR
"""
import argparse
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SIGHAN = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval", "sighan2005"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--documents", type=int, default=60)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    written = 0
    for name in ("pku_test.utf8", "msr_test.utf8"):
        lines, size = [], 0
        with open(os.path.join(SIGHAN, name), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                lines.append(line)
                size += len(line)
                if size >= args.chars and written < args.documents:
                    path = os.path.join(args.out, f"{name.split('_')[0]}-{written:03d}.txt")
                    with open(path, "w", encoding="utf-8") as out:
                        out.write("\n".join(lines) + "\n")
                    written += 1
                    lines, size = [], 0
                    if written == args.documents // 2 and name.startswith("pku"):
                        break
    print(f"{written} documents in {args.out}")


if __name__ == "__main__":
    main()
