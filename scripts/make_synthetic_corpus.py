#!/usr/bin/env python3
"""Make a synthetic corpus of N small documents (default 10,000) from paragraphs of the government work reports,
named YEAR_SEQ.txt, for scale tests of the analysis and the dashboard.

Usage: scripts/make_synthetic_corpus.py OUT_DIR [N] [--source DIR]
"""
import glob
import os
import re
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    out, n = args[0], int(args[1]) if len(args) > 1 else 10000
    source = sys.argv[sys.argv.index("--source") + 1] if "--source" in sys.argv else os.path.join(
        os.path.dirname(__file__), "..", "Corpus", "gov-work-reports")
    paragraphs = []
    for path in sorted(glob.glob(os.path.join(source, "*.txt"))):
        year = os.path.basename(path)[:4]
        for p in re.split(r"\r?\n", open(path, encoding="utf-8").read()):
            if len(p.strip()) > 80:
                paragraphs.append((year, p.strip()))
    os.makedirs(out, exist_ok=True)
    for k in range(n):
        i = (3 * k) % len(paragraphs)
        year = paragraphs[i][0]
        body = "\n".join(p for _, p in paragraphs[i:i + 3])
        with open(os.path.join(out, "%s_%05d.txt" % (year, k)), "w", encoding="utf-8") as f:
            f.write(body + "\n")
    print("%d documents in %s" % (n, out))


if __name__ == "__main__":
    main()
